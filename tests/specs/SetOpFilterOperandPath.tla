---- MODULE SetOpFilterOperandPath ----
\* {1}.cap(F), F a filter over the lazy Nat \cup {"b"}: F asks its set for 1, which {"b"} refuses.
\* TLC's trace names {1}, the \cup and {"b"}, not the filter (a SetPredValue has no place).
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~("a" \in {1} \cap {y \in (Nat \cup {"b"}) : TRUE})
====
