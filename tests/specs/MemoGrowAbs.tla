---- MODULE MemoGrowAbs ----
\* The abstract side of MemoGrow: x and y count up modulo N, one at a time; with Stuck, the step
\* from x = N - 1 to 0 is not allowed where y = N - 1.
EXTENDS Naturals
CONSTANTS N, Stuck
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Next == \/ x' = (x + 1) % N /\ y' = y /\ ~(Stuck /\ x = N - 1 /\ y = N - 1)
        \/ y' = (y + 1) % N /\ x' = x
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
====
