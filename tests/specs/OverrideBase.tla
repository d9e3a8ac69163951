------------------------------ MODULE OverrideBase ------------------------------
\* Used by OverrideThroughInstance: a counter that steps by Step.
EXTENDS Naturals
VARIABLE x
Step(n) == n + 1
Init == x = 0
Next == x < 6 /\ x' = Step(x)
================================================================================
