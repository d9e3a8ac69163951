---- MODULE SetSortsUnenumerable ----
\* TLC compares two sets it does not enumerate only when they are of one sort (Nat with Int, Seq(S)
\* with Seq(T), SUBSET S with SUBSET T, [S -> T] with [U -> V]); sets of other sorts stop it, as do
\* an infinite [a : S] or S \X T, which it compares by their elements even with one built alike.
\* tlc-c answered from the sets' structure (FALSE, or TRUE for sets built alike).
EXTENDS Integers, Sequences
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
SeqWithNat == x < 1 \/ Seq({1}) # Nat
EmptySeqWithString == x < 1 \/ Seq({}) # STRING
SubsetWithRecords == x < 1 \/ SUBSET Nat # [a : Nat]
RecordsAlike == x < 1 \/ [a : Nat] = [a : Nat]
TuplesWithFunctions == x < 1 \/ [1..2 -> Nat] # Nat \X Nat
OneSort == /\ Nat # Int /\ Seq({}) # Seq({1}) /\ SUBSET Nat # SUBSET Int
           /\ [Nat -> Nat] = [Nat -> Nat] /\ STRING = STRING
NextCompares == x < 2 /\ x' = IF x = 1 /\ Seq({x}) = Nat THEN 5 ELSE x + 1
====
