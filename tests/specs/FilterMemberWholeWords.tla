---- MODULE FilterMemberWholeWords ----
\* "a" \notin {y \in 1..3 : y > x}: the filter built ({2, 3}, sorted) and searched by halves, in TLC's words.
EXTENDS Integers, Sequences, TLC, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Inv == x = 1 => "a" \notin {y \in 1..3 : y > x}
====
