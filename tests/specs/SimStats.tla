---- MODULE SimStats ----
\* TLCGet in a simulation, as TLC's simulator answers: the level of the state checked, the mode,
\* depth and number of walks asked for, the walk being made. Three walks of ten states: 1 initial
\* state and 3 * 10 successors generated (the successor of a walk's last state is generated and
\* checked too), which TLC prints as "31 states checked".
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == /\ TLCGet("level") = x + 1
       /\ TLCGet("config").mode = "simulate"
       /\ TLCGet("config").depth = 10
       /\ TLCGet("config").traces = 3
       /\ TLCGet("stats").traces \in 0..3
       /\ TLCGet("stats").distinct = -1
====
