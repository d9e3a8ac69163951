---- MODULE InternTwoWorkers ----
\* Two workers making strings at once (ToString interns each): the intern table's lock-free look-ups
\* and its growth while the other worker reads it (util.c).
EXTENDS Naturals, TLC
VARIABLES x, y, s
Init == x \in 0..99 /\ y = 0 /\ s = ToString(x * 100)
Next == y < 20 /\ y' = y + 1 /\ x' = x /\ s' = ToString(x * 100 + y')
Named == s = ToString(x * 100 + y)
====
