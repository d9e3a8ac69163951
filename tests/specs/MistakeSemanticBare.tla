---- MODULE MistakeSemanticBare ----
\* an operator used without its argument: SANY's words, exit 150
EXTENDS Naturals
VARIABLE x
Op(a) == a + 1
Init == x = Op
Next == x' = x
====
