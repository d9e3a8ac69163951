---- MODULE SetEqualityUnenumerable ----
\* TLC compares a set it does not enumerate (Nat, Int, Seq(S), an infinite set of functions) only
\* with another such set; against any other value it stops (exit 76 in an invariant), where tlc-c
\* answered from the sets' structure.
EXTENDS Integers, Sequences
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
SeqWithSet == x < 1 \/ Seq({1}) # {}
SetWithNat == x < 1 \/ {1} # Nat
NatWithInterval == x < 1 \/ Nat # 0..3
TupleInFunctions == x < 1 \/ <<1, 2>> \notin [Nat -> Nat]
Alike == x < 1 \/ (Seq({1}) = Seq({1}) /\ Nat # Int /\ <<1>> \in Seq(Nat) /\ {1} \in SUBSET Nat)
====
