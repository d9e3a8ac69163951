---- MODULE InstanceDecl ----
\* A CONSTANT or VARIABLE of an instantiated module is substituted, not exported: A!c and A!Max
\* are unknown operators for SANY (TLC: "Parsing or semantic analysis failed", exit 150).
EXTENDS Naturals
VARIABLE a
A == INSTANCE InstanceDeclInner WITH c <- a, Max <- 3
Init == a = 0
Next == a < A!Max /\ a' = A!c + 1
====
