---- MODULE ActionProperty ----
\* A property [][A]_v is checked on every step: x goes back to 0 after 3, which Monotone forbids;
\* exit 13, and the step that breaks it ends the trace.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x < 3 /\ x' = x + 1
        \/ x = 3 /\ x' = 0
Monotone == [][x' > x]_x
====
