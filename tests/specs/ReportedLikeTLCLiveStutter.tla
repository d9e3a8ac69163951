---- MODULE ReportedLikeTLCLiveStutter ----
\* A temporal property violated by stuttering after the initial state (the specification has no
\* fairness). In a simulation TLC leaves the walk that violated it out of the trace lengths, as it
\* does a walk stopped by an error: one walk, "mean=0" (TLC 2.20 -simulate num=3 -depth 10 -seed 1).
\* TLC also ends the "State 2: Stuttering" line without a blank line after it.
EXTENDS Naturals
VARIABLES x
Init == x = 0
Loop == x' = (x + 1) % 4
Spec == Init /\ [][Loop]_x
Live == <>(x = 7)
====
