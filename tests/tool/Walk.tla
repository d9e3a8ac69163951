---- MODULE Walk ----
\* One walk of the simulator written to a file=P module, as TLC writes it: the variables (not the
\* ALIAS record), values as built (an interval stays a..b), and the successor past the depth.
EXTENDS Naturals
VARIABLES count, span
Init == count = 0 /\ span = 1..2
Next == count' = count + 1 /\ span' = span
Shown == [steps |-> count]
====
