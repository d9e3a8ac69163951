---- MODULE MistakeSemanticArity ----
\* an operator given too many arguments: SANY's words, exit 150
EXTENDS Naturals
VARIABLE x
Op(a) == a + 1
Init == x = 0
Next == x < 3 /\ x' = Op(x, 2)
====
