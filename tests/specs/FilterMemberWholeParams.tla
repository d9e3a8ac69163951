---- MODULE FilterMemberWholeParams ----
\* x \in Big(x + 1), Big(n) a filter over 0..n: built whole for its parameters (P fails at i = 3 once n = 3; before: x \in 0..n /\ P(x), exit 0).
EXTENDS Integers
VARIABLE x
Init == x = 0
Big(n) == {i \in 0..n : 12 \div (i - 3) > -100}
Next == x' = (x + 1) % 3 /\ x \in Big(x + 1)
====
