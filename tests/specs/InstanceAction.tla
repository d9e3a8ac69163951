---- MODULE InstanceAction ----
\* An action reached through INSTANCE: Next is C!Inc, and the trace names Inc in InstancedCounter.
EXTENDS Naturals
VARIABLE n
C == INSTANCE InstancedCounter WITH c <- n
Init == n = 0
Next == C!Inc
Small == n < 2
====
