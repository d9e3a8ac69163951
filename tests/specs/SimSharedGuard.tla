---- MODULE SimSharedGuard ----
\* Random picks from TLC's list of actions (enumerate.c, flat_group_guards, flat_try): the actions of
\* one instance whose calls start with the same guard share it within a pick, and those whose first
\* LET definition is the same expression take its value from the one tried before (RecvA, RecvB:
\* m == Head(q[p])); RecvC shares the guard only; Bump1 and Bump2 share a first definition that
\* reads a primed variable (never taken from another action); process 2's queue stays empty (its
\* guard found false, its group passed). Each state has one action with a successor, so the walk does
\* not depend on the draws: its trace and counts are TLC's simulator's (-simulate num=1 -depth 20
\* -seed 1).
EXTENDS Naturals, Sequences
VARIABLES q, got, k
Procs == {1, 2}
Init == q = [p \in Procs |-> IF p = 1 THEN <<"a", "b", "b", "a", "c">> ELSE <<>>] /\ got = <<>> /\ k = 0
Take(p, m) == q' = [q EXCEPT ![p] = Tail(@)] /\ got' = Append(got, m)
RecvA(p) == /\ q[p] # <<>>
            /\ LET m == Head(q[p])
               IN  /\ m = "a"
                   /\ Take(p, m)
                   /\ k' = k + 1
RecvB(p) == /\ q[p] # <<>>
            /\ LET m == Head(q[p])
               IN  /\ m = "b"
                   /\ Take(p, m)
                   /\ k' = k + 2
RecvC(p) == /\ q[p] # <<>>
            /\ LET n == Len(q[p])
               IN  /\ n = 1
                   /\ Head(q[p]) = "c"
                   /\ Take(p, "c")
                   /\ UNCHANGED k
Bump1(p) == /\ q[p] # <<>>
            /\ LET nx == k'
               IN  /\ k' = k
                   /\ nx = k + 10
                   /\ UNCHANGED <<q, got>>
Bump2(p) == /\ q[p] # <<>>
            /\ LET nx == k'
               IN  /\ k' = k + 1
                   /\ nx = k
                   /\ UNCHANGED <<q, got>>
Next == \E p \in Procs : RecvA(p) \/ Bump1(p) \/ RecvB(p) \/ RecvC(p) \/ Bump2(p)
NotDone == Len(got) < 5
====
