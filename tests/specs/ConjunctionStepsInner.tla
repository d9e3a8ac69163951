---- MODULE ConjunctionStepsInner ----
\* An action whose variables an instance substitutes (see ConjunctionSteps).
EXTENDS Naturals
VARIABLES a, b
Step ==
  /\ a < 2
  /\ a' = a + 1
  /\ UNCHANGED b
====
