---- MODULE EnabledRenameAbs ----
\* The abstract module of the EnabledRename* tests: a and b, both substituted by the one variable x.
EXTENDS Naturals
VARIABLES a, b
B == a' = 1 - a /\ b' = b
Fair == WF_<<a, b>>(B)
CanB == ENABLED B
====
