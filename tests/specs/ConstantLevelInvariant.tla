---- MODULE ConstantLevelInvariant ----
\* An invariant that names no variable but calls TLCGet is constant-level, yet its value changes
\* from state to state: it is evaluated in every state (as TLC does), not once and kept. The state
\* space is infinite, so keeping the first value would never end.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Shallow == TLCGet("level") < 6
====
