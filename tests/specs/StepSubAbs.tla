---- MODULE StepSubAbs ----
\* The abstract side of StepSub: its Next fails to evaluate on a step leaving n alone.
EXTENDS Naturals
VARIABLE n
Next == n' = (n + 1) % 3 /\ 6 \div (n' - n) # 0
Live == WF_n(Next)
====
