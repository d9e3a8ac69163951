---- MODULE Intervals ----
\* -dump prints each state's values as TLC's evaluation built them: an interval kept by UNCHANGED
\* stays an interval (1..3), one that went through a set operator is a set ({1, 2, 3, 4}).
EXTENDS Naturals
VARIABLES s, n, g
Init == /\ s = 1..3
        /\ n = 0
        /\ g = [x \in 1..2 |-> 1..x]
Count == /\ n < 2
         /\ n' = n + 1
         /\ UNCHANGED <<s, g>>
Add == /\ n = 2
       /\ s' = s \cup {4}
       /\ g' = [g EXCEPT ![2] = {}]
       /\ UNCHANGED n
Next == Count \/ Add
====
