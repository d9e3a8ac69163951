---- MODULE MistakeRedefinedKind ----
\* a definition of a name declared VARIABLE, and an operator redefined with another arity
VARIABLE x
F(a) == a
x == 3
F == 2
Init == x = 0
Next == x' = 1
====
