---- MODULE InvariantOverride ----
\* Conjuncts of invariants that read variables only through the .cfg's overrides (`<-`).
EXTENDS Naturals
CONSTANT F(_)
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = (x + 1) % 3 /\ UNCHANGED y
        \/ y < 6 /\ y' = y + 1 /\ UNCHANGED x
Bound == 0
ByDefinition == /\ x \in 0..2
                /\ Bound < 6
ByConstant == /\ x \in 0..2
              /\ F(1) < 5
MCBound == y + 2
MCF(v) == v + y
====
