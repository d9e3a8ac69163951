---- MODULE MistakeRedefinedParam ----
\* a parameter named as a VARIABLE, and two parameters of one name
VARIABLE y
G(y) == 1
F(a, a) == a
Init == y = 0
Next == y' = 1
====
