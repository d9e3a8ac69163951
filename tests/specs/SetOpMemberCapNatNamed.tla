---- MODULE SetOpMemberCapNatNamed ----
\* "a" \in Int \cap S, S a named {1, 2}: TLC builds S.cap(Int) and searches it for "a" by halves,
\* comparing "a" with 2; tlc-c enumerated Int before.
EXTENDS Integers
VARIABLE x
S == {1, 2}
Init == x = 0
Next == UNCHANGED x
Inv == ~("a" \in Int \cap S)
====
