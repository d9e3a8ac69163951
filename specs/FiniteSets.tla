----------------------------- MODULE FiniteSets -----------------------------
(***************************************************************************)
(* Finite sets, as tlc-c ships them: both operators are native.           *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
IsFiniteSet(S) == \E seq \in Seq(S) : \A s \in S : \E n \in 1 .. Len(seq) : seq[n] = s   \* native
Cardinality(S) == CHOOSE n \in Nat : \E f \in [1 .. n -> S] : \A s \in S : \E i \in 1 .. n : f[i] = s   \* native
=============================================================================
