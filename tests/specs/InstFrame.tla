---- MODULE InstFrame ----
\* An evaluation error inside a definition entered through INSTANCE: TLC lists the INSTANCE (its
\* substitutions) between the call and the body, unless the instance substitutes nothing.
EXTENDS Naturals
CONSTANTS K, Through
VARIABLE x
A == INSTANCE InstFrameSub
B == INSTANCE InstFrameNone
Init == x = 0
Next == \/ x < 2 /\ x' = B!Div(x - Through) + 5
        \/ x >= 2 /\ A!Bad
====
