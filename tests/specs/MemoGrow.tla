---- MODULE MemoGrow ----
\* A refinement whose steps of x and y (3 N^2 of them, each met for 3 values of h) outgrow a memo
\* table of 8 K slots filled to a quarter: [][A!Next]_A!vars and A's fairness, kept by x's and y's
\* bytes, in tables that double as they fill (live_labels.c memo_grow). Counts from TLC.
EXTENDS Naturals
CONSTANTS N, Stuck
VARIABLES x, y, h
vars == <<x, y, h>>
A == INSTANCE MemoGrowAbs
XStep == x' = (x + 1) % N /\ y' = y /\ h' = (h + 1) % 3
YStep == y' = (y + 1) % N /\ x' = x /\ h' = h
Next == XStep \/ YStep \/ (h' = (h + 1) % 3 /\ UNCHANGED <<x, y>>)
Spec == x = 0 /\ y = 0 /\ h = 0 /\ [][Next]_vars /\ WF_vars(XStep) /\ WF_vars(YStep)
Refines == A!Spec
====
