---- MODULE LabelDefKeyed ----
\* A liveness property whose label reads Top, a parameterless definition (a CHOOSE) that reads c
\* but not h: its value is kept across states by c's bytes (live_labels.c keep_definition,
\* defcache.c), while the label's own key (h, a history) does not repeat. Bug > 0 stops h from
\* catching up with Top once c reaches Bug: <>[] is violated.
EXTENDS Naturals, Sequences
CONSTANTS Max, Bug
VARIABLES c, h
Top == CHOOSE m \in 0..Max : m = c
Init == c = 0 /\ h = <<>>
Grow == c < Max /\ c' = c + 1 /\ UNCHANGED h
Log == Len(h) < Top /\ (Bug = 0 \/ c < Bug) /\ h' = Append(h, Len(h)) /\ UNCHANGED c
Next == Grow \/ Log
Spec == Init /\ [][Next]_<<c, h>> /\ WF_<<c, h>>(Grow) /\ WF_<<c, h>>(Log)
Caught == \A i \in 0..Max : <>[](i \in 1..Top => Len(h) >= i)
====
