---- MODULE KeptArgsLib ----
\* Instantiated by KeptArgsInst: Above(k) depends on the state through w and on its argument.
EXTENDS Naturals, FiniteSets
VARIABLE w
Above(k) == Cardinality({s \in 1..6 : s > w + k})
====
