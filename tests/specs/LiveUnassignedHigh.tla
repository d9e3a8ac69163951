---- MODULE LiveUnassignedHigh ----
\* The higher-level module of LiveUnassigned's refinements
EXTENDS Naturals
VARIABLES hx, hy
HNext == hx < 2 /\ hx' = hx + 1
HSpec == [][HNext \/ (hy' = hy + 1 /\ UNCHANGED hx)]_<<hx, hy>> /\ WF_<<hx, hy>>(HNext)
====
