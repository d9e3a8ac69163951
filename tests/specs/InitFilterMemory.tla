---- MODULE InitFilterMemory ----
\* A constant filter over a large set in Init: the filter's predicate keeps nothing per element, so
\* its test gives the scratch arena back; with two workers one computes Sorted, the other waits.
EXTENDS Integers, Sequences, FiniteSets
CONSTANT N
Seqs == UNION {[1 .. n -> 1 .. 5] : n \in 1 .. N}
Sorted == {s \in Seqs : \A i, j \in 1 .. Len(s) : (i < j) => (s[i] =< s[j])}
VARIABLES seq, i
Init == /\ seq \in Sorted
        /\ i = 1
Next == \/ /\ i < Len(seq)
           /\ i' = i + 1
           /\ UNCHANGED seq
        \/ /\ i = Len(seq)
           /\ UNCHANGED <<seq, i>>
TypeOK == /\ seq \in Sorted
          /\ i \in 1 .. N
====
