---- MODULE QueueSpill ----
\* A 100 x 100 grid walked from a corner: 10000 states, the last at depth 199. Checked with a queue
\* budget of 64 bytes (TLCC_QUEUE_MEMORY), nearly every queued state goes through the disk, and the
\* counts are the same.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 99 /\ x' = x + 1 /\ y' = y
        \/ y < 99 /\ y' = y + 1 /\ x' = x
====
