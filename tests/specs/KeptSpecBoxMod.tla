---- MODULE KeptSpecBoxMod ----
\* A specification whose subscript leaves y out: a step that only flips y is no <<Next>>_x step.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 2 /\ x' = x + 1 /\ UNCHANGED y
        \/ x = 2 /\ y' = 1 - y /\ UNCHANGED x
        \/ x = 2 /\ x' = 0 /\ UNCHANGED y
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Reset == []<>(x = 0)
Flip == []<>(y = 1)
====
