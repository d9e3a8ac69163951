---- MODULE KeptNestedMid ----
\* An instance inside an instance: its substitution p <- a * k an expression of this module's a and k.
EXTENDS Naturals
CONSTANT k
VARIABLE a
R == INSTANCE KeptNestedInner WITH p <- a * k, Step <- k
====
