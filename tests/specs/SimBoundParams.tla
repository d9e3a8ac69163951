---- MODULE SimBoundParams ----
\* Random picks from TLC's list of actions (enumerate.c, flat_bind_params): a call entered whose
\* arguments are all names bound to values has its parameters bound once, when the list is made:
\* Shift(p, d), a caller's parameter and a LET definition of constant level. Bound at each try as
\* before: Step(p, p + 0) (an expression). Walked, not entered as calls: Tag(m) under \E over model
\* values, Fail(p - 1 + 1, now) (a definition of the state), which fails to evaluate. Each state has
\* one action with a successor, so the walk does not depend on the draws: its trace, counts and error
\* are TLC's simulator's (-simulate num=1 -depth 20 -seed 1).
EXTENDS Naturals, Sequences
CONSTANTS P1, P2
VARIABLES x, log
Procs == {0, 1, 2}
Init == x = 0 /\ log = <<>>
Step(p, q) == /\ x = p /\ q = p
              /\ x' = x + 1 /\ log' = Append(log, <<"step", q>>)
Shift(p, d) == /\ x = d
               /\ x' = x + 1 /\ log' = Append(log, <<"shift", p>>)
Tag(m) == /\ x = 6 /\ m = P2
          /\ x' = 7 /\ log' = Append(log, m)
Fail(p, v) == /\ v = 7 /\ p = 1
              /\ x' = 10 \div (p - 1) /\ UNCHANGED log
Proc(p) == LET d == p + 3
               now == x
           IN  \/ Step(p, p + 0)
               \/ Shift(p, d)
               \/ Fail(p - 1 + 1, now)
Next == \/ \E p \in Procs : Proc(p)
        \/ \E m \in {P1, P2} : Tag(m)
====
