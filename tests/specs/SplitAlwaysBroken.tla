---- MODULE SplitAlwaysBroken ----
\* The second conjunct of a []P under a LET fails (x + y reaches 7 in the state x = 3, y = 4), after
\* its first, kept by x alone, held in states with the same x.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == /\ x' = (x + 1) % 4
        /\ y' = IF y < 5 THEN y + 1 ELSE y
Spec == Init /\ [][Next]_<<x, y>>
Safe == LET Far == x < 4
            Sum == x + y
        IN [](Far /\ Sum < 7)
====
