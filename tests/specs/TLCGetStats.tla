---- MODULE TLCGetStats ----
\* TLCGet's counters while checking are those of the search as of the start of the round being
\* expanded. On a single behaviour they are exact: at state x, x + 1 states are known and as many
\* generated, none waits on the queue, and the search is at depth x + 1 (as with TLC).
EXTENDS Naturals, TLC
VARIABLE x
Init == /\ x = 0
        /\ TLCGet("distinct") = 0 /\ TLCGet("generated") = 0 /\ TLCGet("queue") = 0
        /\ TLCGet("diameter") = 1
Next == /\ x < 5
        /\ x' = x + 1
        /\ Assert(TLCGet("distinct") = x + 1, "distinct")
        /\ Assert(TLCGet("generated") = x + 1, "generated")
        /\ Assert(TLCGet("queue") = 0, "queue")
        /\ Assert(TLCGet("diameter") = x + 1, "diameter")
        /\ Assert(TLCGet("stats").distinct = x + 1, "stats")
        /\ Assert(TLCGet("duration") >= 0, "duration")
====
