---- MODULE StepSubBroken ----
\* As StepSub with WF on Tick instead of Step: a Tick loop violates WF_n(A!Next).
EXTENDS Naturals
VARIABLES n, t
vars == <<n, t>>
A == INSTANCE StepSubAbs
Tick == t' = (t + 1) % 4 /\ UNCHANGED n
Step == n' = (n + 1) % 3 /\ UNCHANGED t
Next == Tick \/ Step
Spec == n = 0 /\ t = 0 /\ [][Next]_vars /\ WF_vars(Tick)
AbsLive == A!Live
====
