---- MODULE GuardMemoAbs ----
EXTENDS Naturals
CONSTANT Err
VARIABLES a, b, t
vars == <<a, b, t>>
s == <<1, 1, 1>>
Quiet == t = 0
Init == a = 0 /\ b = 0 /\ t = 0
IncA == /\ Err => s[a + 1] > 0
        /\ a < 3
        /\ a' = a + 1
        /\ UNCHANGED <<b, t>>
IncB(i) == /\ b < 2
           /\ Quiet
           /\ b' = b + i
           /\ UNCHANGED <<a, t>>
Tick == /\ t < 2
        /\ t' = t + 1
        /\ UNCHANGED <<a, b>>
Next == IncA \/ IncB(1) \/ Tick
Spec == Init /\ [][Next]_vars
====
