---- MODULE Postcondition ----
\* A POSTCONDITION is checked after a complete search, with TLCGet("stats") holding the final counts.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 5 /\ x' = x + 1
AllSix == TLCGet("stats").distinct = 6 /\ TLCGet("stats").diameter = 6 /\ TLCGet("stats").queue = 0
Seven == TLCGet("stats").distinct = 7
====
