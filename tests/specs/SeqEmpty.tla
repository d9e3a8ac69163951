---- MODULE SeqEmpty ----
\* Seq({}) is the set {<<>>}, but TLC keeps it as Seq({}): it prints so, cannot fingerprint it in a
\* state (an unexpected exception, exit 75) and refuses its Cardinality; membership works.
EXTENDS Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ <<>> \in Seq({})
Next == x' = x
NextSeq == x' = Seq({})
Card == x = 0 /\ PrintT(Seq({})) /\ Cardinality(Seq({})) = 1
====
