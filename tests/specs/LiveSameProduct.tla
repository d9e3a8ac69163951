---- MODULE LiveSameProduct ----
\* Properties of one shape for each process (`\A i : <>[]P(i)`): checks of one product, cleared
\* together by one search (liveness.c live_clear_shared); a violated one is searched alone.
EXTENDS Naturals
CONSTANT N
VARIABLES x, done
vars == <<x, done>>
Init == x = [i \in 1..N |-> 0] /\ done = FALSE
Inc(i) == x[i] < 2 /\ x' = [x EXCEPT ![i] = x[i] + 1] /\ UNCHANGED done
Finish == (\A i \in 1..N : x[i] = 2) /\ ~done /\ done' = TRUE /\ UNCHANGED x
Next == (\E i \in 1..N : Inc(i)) \/ Finish
Spec == Init /\ [][Next]_vars /\ \A i \in 1..N : WF_vars(Inc(i))
StrongSpec == Init /\ [][Next]_vars /\ \A i \in 1..N : SF_vars(Inc(i))
Settles == \A i \in 1..N : <>[](x[i] = 2)
Ends == \A i \in 1..N : <>[](x[i] = 2 /\ done)
Visits == \A i \in 1..N : []<>(x[i] # 1)
====
