---- MODULE InstParamPropAbs ----
\* The abstract module of the InstParamProp* tests: y is its instance's parameter.
EXTENDS Naturals
VARIABLE y
Init == y = 1
Flip == y' = 1 - y
Spec == Init /\ [][Flip]_y
Small == [](y < 4)
StepSmall == [][y' < 4]_y
Safe == [][Flip]_y
====
