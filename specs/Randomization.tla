---------------------------- MODULE Randomization ---------------------------
(***************************************************************************)
(* Random subsets, as tlc-c ships them. RandomSubset, RandomSetOfSubsets  *)
(* and RandomSubsetSet are computed natively, from the run's seed and the *)
(* state being expanded (as TLC: a state makes the same choices in every  *)
(* run with the same seed); the definitions below only state what the     *)
(* results are.                                                           *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

(* k elements of S chosen at random (all of S if it has no more than k). *)
RandomSubset(k, S) == CHOOSE T \in SUBSET S : Cardinality(T) = k   \* native

(* k picks of subsets of S, each element of S in each with probability    *)
(* n / Cardinality(S); picks that coincide make one element.              *)
RandomSetOfSubsets(k, n, S) == CHOOSE T \in SUBSET SUBSET S : Cardinality(T) <= k   \* native

(* The same with the probability written as a string, like "0.5".        *)
RandomSubsetSet(k, prob, S) == CHOOSE T \in SUBSET SUBSET S : Cardinality(T) <= k   \* native

(* The sizes of five sets RandomSetOfSubsets(k, n, S), to choose k.       *)
TestRandomSetOfSubsets(k, n, S) == [i \in 1..5 |-> Cardinality(RandomSetOfSubsets(k, n, S))]
=============================================================================
