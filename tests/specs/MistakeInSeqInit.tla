---- MODULE MistakeInSeqInit ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x \in Seq({1})
Next == UNCHANGED x
====
