---- MODULE SplitAlways ----
\* A property []P under a LET, P a conjunction: checked by its conjuncts, each kept by the variables
\* it reads (Far's by x alone, Sum's by x and y). x cycles through 0..3, y climbs to 5.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == /\ x' = (x + 1) % 4
        /\ y' = IF y < 5 THEN y + 1 ELSE y
Spec == Init /\ [][Next]_<<x, y>>
Safe == LET Far == x < 4
            Sum == x + y
        IN [](/\ Far
              /\ Sum < 9
              /\ S:: y \in 0..5)
====
