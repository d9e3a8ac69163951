---- MODULE SimBoundError ----
\* Random picks from TLC's list of actions (enumerate.c, flat_enter): an action whose parameters are
\* bound once (flat_bind_params) is entered from the action kept with it, not copied into the
\* enumerator first. An evaluation error names the same action and positions as before: in the
\* guard tested first (Mode = "guard": Boom(2)'s `10 \div (p - 2) = 0`), or in the body after it
\* held (Mode = "body": Boom(2)'s `x' = 10 \div (p - 2)`). Each state has one action with a
\* successor, so the walk does not depend on the draws: the trace, counts and error are TLC's
\* simulator's (-simulate num=1 -depth 20 -seed 1).
EXTENDS Naturals
CONSTANT Mode
VARIABLES x
Procs == {0, 1, 2}
Init == x = 0
Step(p) == /\ x = p
           /\ x' = x + 1
Boom(p) == /\ IF Mode = "guard" /\ x = 3 THEN 10 \div (p - 2) = 0 ELSE x = 3
           /\ p = 2
           /\ x' = 10 \div (p - 2)
Next == \E p \in Procs : Step(p) \/ Boom(p)
====
