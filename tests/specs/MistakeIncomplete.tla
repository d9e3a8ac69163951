---- MODULE MistakeIncomplete ----
\* A next-state relation of one action that leaves y without a value: TLC's words for its only
\* action, the successor shown with y null and counted (exit 75).
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x < 2 /\ x' \in {x + 1, x + 2}
====
