---- MODULE InstParamPropAbs ----
\* The abstract module of the InstParamProp* tests: y is its instance's parameter.
EXTENDS Naturals
VARIABLE y
Flip == y' = 1 - y
Small == [](y < 4)
StepSmall == [][y' < 4]_y
Safe == [][Flip]_y
====
