---------------------------- MODULE Randomization ---------------------------
(***************************************************************************)
(* Random subsets, as tlc-c ships them (evaluated from these definitions: *)
(* the choice is deterministic, a valid result of the random one).        *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets
RandomSubset(k, S) == CHOOSE T \in SUBSET S : Cardinality(T) = k
RandomSetOfSubsets(k, n, S) == { RandomSubset(n, S) }
RandomSubsetSet(k, prob, S) == { RandomSubset(1, S) }
TestRandomSetOfSubsets(k, n, S) == TRUE
=============================================================================
