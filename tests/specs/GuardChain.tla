---- MODULE GuardChain ----
\* Actions tried one after the other whose guards compare the same expression with literals, as
\* PlusCal's labels do (pc[self] = "a1", then "a2", ...): a guard that held for the action before
\* (B1, B2: the same literal), numbers (st), a model value (M) against a string, guards on other
\* arguments (C). GuardChainKinds: a value that cannot be compared with the next literal.
EXTENDS Integers
CONSTANTS N, M
VARIABLES pc, st, y

Procs == 0..(N - 1)

Init == /\ pc = [p \in Procs |-> IF p = 0 THEN M ELSE "a1"]
        /\ st = [p \in Procs |-> 0]
        /\ y = 0

A1(p) == /\ pc[p] = "a1"
         /\ pc' = [pc EXCEPT ![p] = "b"]
         /\ UNCHANGED <<st, y>>
B1(p) == /\ pc[p] = "b"
         /\ y < 3
         /\ y' = y + 1
         /\ UNCHANGED <<pc, st>>
B2(p) == /\ pc[p] = "b"
         /\ pc' = [pc EXCEPT ![p] = "c"]
         /\ UNCHANGED <<st, y>>
C(p) == /\ pc[(p + 1) % N] = "c"
        /\ st[p] < 2
        /\ st' = [st EXCEPT ![p] = st[p] + 1]
        /\ UNCHANGED <<pc, y>>
S0(p) == /\ st[p] = 0
         /\ pc[p] = M
         /\ pc' = [pc EXCEPT ![p] = "a1"]
         /\ UNCHANGED <<st, y>>
S1(p) == /\ st[p] = 1
         /\ pc[p] = "c"
         /\ pc' = [pc EXCEPT ![p] = "d"]
         /\ UNCHANGED <<st, y>>
S2(p) == /\ st[p] = 2
         /\ pc' = [pc EXCEPT ![p] = "e"]
         /\ UNCHANGED <<st, y>>

Proc(p) == A1(p) \/ B1(p) \/ B2(p) \/ C(p) \/ S0(p) \/ S1(p) \/ S2(p)

Next == \E p \in Procs : Proc(p)

Inv == y <= 3
====
