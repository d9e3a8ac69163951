---- MODULE KeptNestedInner ----
\* The innermost module: p steps by Step or back to 0.
EXTENDS Naturals
CONSTANT Step
VARIABLE p
INext == p' = p + Step \/ p' = 0
Spec == p = 0 /\ [][INext]_p /\ WF_p(INext)
====
