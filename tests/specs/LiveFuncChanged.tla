---- MODULE LiveFuncChanged ----
\* WF_vars(A) where A's steps change a function, a tuple, a record holding a set, or a function on
\* sets: <<A>>_vars decided by comparing the step's new values with the old ones part by part.
\* The copies share their old value's domain; where a copy's values are the old ones (Same,
\* TupSame, RecSame: a fresh copy, not the value itself) the step changes nothing. g's domain holds
\* sets: compared in full.
EXTENDS Naturals
VARIABLES f, s, r, g
vars == <<f, s, r, g>>
Init == /\ f = [i \in 1..3 |-> 0]
        /\ s = <<0, 0>>
        /\ r = [a |-> {1}, b |-> 0]
        /\ g = [x \in {{1}, {2}} |-> 0]
Bump(i) == f[i] < 2 /\ f' = [f EXCEPT ![i] = f[i] + 1] /\ UNCHANGED <<s, r, g>>
Same(i) == f' = [f EXCEPT ![i] = 7, ![i] = f[i]] /\ UNCHANGED <<s, r, g>>
Tup == s[1] < 2 /\ s' = [s EXCEPT ![1] = s[1] + 1] /\ UNCHANGED <<f, r, g>>
TupSame == s' = [s EXCEPT ![2] = 1, ![2] = 0] /\ UNCHANGED <<f, r, g>>
Rec == r.b < 1 /\ r' = [r EXCEPT !.a = r.a \cup {2}, !.b = 1] /\ UNCHANGED <<f, s, g>>
RecSame == r' = [r EXCEPT !.a = r.a \cup {1}] /\ UNCHANGED <<f, s, g>>
OnSets == g[{1}] < 1 /\ g' = [g EXCEPT ![{1}] = 1] /\ UNCHANGED <<f, s, r>>
Next == \/ \E i \in 1..3 : Bump(i) \/ Same(i)
        \/ Tup \/ TupSame \/ Rec \/ RecSame \/ OnSets
Spec == /\ Init /\ [][Next]_vars
        /\ \A i \in 1..3 : WF_vars(Bump(i))
        /\ WF_vars(Tup) /\ WF_vars(Rec) /\ WF_vars(OnSets)
\* fair only on steps that change nothing: no progress is owed
SpecSame == Init /\ [][Next]_vars /\ \A i \in 1..3 : WF_vars(Same(i)) /\ WF_vars(TupSame) /\ WF_vars(RecSame)
Done == <>[](\A i \in 1..3 : f[i] = 2) /\ <>[](s[1] = 2) /\ <>[](r.b = 1) /\ <>[](g[{1}] = 1)
====
