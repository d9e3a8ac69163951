---- MODULE StepSub ----
\* A refinement's WF_n(A!Next) through INSTANCE: on the Tick steps n is unchanged, <<A!Next>>_n false
\* without evaluating A!Next (whose division fails there), as TLC takes v first.
EXTENDS Naturals
VARIABLES n, t
vars == <<n, t>>
A == INSTANCE StepSubAbs
Tick == t' = (t + 1) % 4 /\ UNCHANGED n
Step == n' = (n + 1) % 3 /\ UNCHANGED t
Next == Tick \/ Step
Spec == n = 0 /\ t = 0 /\ [][Next]_vars /\ WF_vars(Step)
AbsLive == A!Live
====
