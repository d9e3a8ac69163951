---- MODULE GraphRows ----
\* The behaviour graph of one worker takes its recorded label rows as they are (graph.c adopt_rows):
\* a state label, a step label and a fairness label read back from them; Cycles holds.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Inc == x < 4 /\ x' = x + 1 /\ UNCHANGED y
Reset == x = 4 /\ x' = 0 /\ y' = (y + 1) % 3
Spec == Init /\ [][Inc \/ Reset]_vars /\ WF_vars(Inc) /\ WF_vars(Reset)
Cycles == []<>(x = 0) /\ []<><<Reset>>_vars /\ []<>(y = 2)
Settles == <>[](x > 0)
====
