---- MODULE ChooseUnboundedWords ----
\* CHOOSE y : P in a step: TLC's words, its place on their last line.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 5
Next == x' = CHOOSE y : y > 1
====
