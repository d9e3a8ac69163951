---- MODULE SimFlatList ----
\* TLC's list of actions for random picks (enumerate.c, flat_of): a LET above the actions (a constant
\* and a definition of the state, kept from one state to the next), \E over
\* constant sets (one of model values, one made from the first's choice, one empty: no action), a
\* call with constant arguments, and an action that fails to evaluate. Each state has one action
\* with a successor, so the walk does not depend on the draws: its trace, counts and error are TLC's
\* simulator's (-simulate num=1 -depth 20 -seed 1).
EXTENDS Naturals, Sequences
CONSTANTS P1, P2, Empty
VARIABLES turn, log, n
Init == turn = P1 /\ log = <<>> /\ n = 0
Pass(p, q) ==
    LET next == q IN
    /\ turn = p /\ n < 4
    /\ turn' = next /\ log' = Append(log, p) /\ n' = n + 1
Last == n = 4 /\ n' = 10 \div (n - 4) /\ UNCHANGED <<turn, log>>
Next == LET all == {P1, P2}
            done == n >= 4 IN
        \/ \E p \in all : \E q \in all \ {p} : Pass(p, q)
        \/ \E e \in Empty : n' = e /\ UNCHANGED <<turn, log>>
        \/ done /\ Last
====
