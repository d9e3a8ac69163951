---- MODULE InstParamProp ----
\* Properties of an instance with a parameter (Q(p) == INSTANCE ... WITH y <- p): the invariant or
\* action property taken apart from Q(x)!Small reads x through the parameter, so it is checked on
\* every state and step (TLC's answers), not once.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x < 2 /\ x' = x + 1
        \/ x = 2 /\ x' = 4
        \/ x = 4 /\ x' = 2
Spec == Init /\ [][Next]_x
Q(p) == INSTANCE InstParamPropAbs WITH y <- p
R(p) == INSTANCE InstParamPropAbs WITH y <- p + 0
Small == Q(x)!Small
StepSmall == Q(x)!StepSmall
Safe == Q(x)!Safe
SafeExpr == R(x)!Safe
Refines == Q(x)!Spec
====
