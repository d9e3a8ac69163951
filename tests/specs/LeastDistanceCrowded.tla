---- MODULE LeastDistanceCrowded ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 299 /\ x' = x + 1 /\ y' = y
        \/ y < 199 /\ y' = y + 1 /\ x' = x
        \/ x = 299 /\ y = 199 /\ UNCHANGED <<x, y>>
Spec == Init /\ [][Next]_<<x, y>>
====
