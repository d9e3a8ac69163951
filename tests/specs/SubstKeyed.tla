---- MODULE SubstKeyed ----
\* A refinement through an INSTANCE whose substitution reads pc but not n: its value is kept across
\* states by pc's bytes (expr.c subst_value, defcache.c), so states and steps with the same pc and
\* another n find it again. Bug > 0 adds a step moving both processes at once, to a pc seen before
\* (with another n): the refinement is violated there.
EXTENDS Naturals
CONSTANTS N, Bug
VARIABLES pc, n
P == 1..N
Init == pc = [p \in P |-> "a"] /\ n = 0
Go(p) == pc[p] = "a" /\ pc' = [pc EXCEPT ![p] = "b"] /\ n' = (n + 1) % 3
Back(p) == pc[p] = "b" /\ pc' = [pc EXCEPT ![p] = "a"] /\ n' = (n + 2) % 3
Tick == n' = (n + 1) % 3 /\ UNCHANGED pc
Both == Bug > 0 /\ n = 2 /\ pc = [p \in P |-> "a"] /\ pc' = [p \in P |-> "b"] /\ n' = 0
Next == Tick \/ Both \/ \E p \in P : Go(p) \/ Back(p)
Spec == Init /\ [][Next]_<<pc, n>>
phase(p) == IF pc[p] = "a" THEN "idle" ELSE "busy"
A == INSTANCE SubstKeyedAbs WITH st <- [p \in P |-> phase(p)], Procs <- P
Refines == A!Spec
====
