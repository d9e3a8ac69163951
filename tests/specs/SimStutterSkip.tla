---- MODULE SimStutterSkip ----
\* A walk that stutters expands the same state again: the actions found without successors then are
\* not tried again, their draws taken all the same (eval_pick_same_state). Here the first action has
\* none once x >= 3 and draws within (its \E over a set of the state, which TLC takes as one action,
\* and the disjunction of Move); the draws after it order the actions still to try, so a wrong count
\* of them shows in the walk to the violation of Inv.
EXTENDS Integers
VARIABLES x, y
Init == x = 0 /\ y = 0
Up(i) == x < 3 /\ x' = x + i /\ y' = y
Never(i) == x = 99 + i /\ UNCHANGED <<x, y>>
Move(i) == Up(i) \/ Never(i)
Stay == x >= 3 /\ UNCHANGED <<x, y>>
Next == \/ \E i \in {x + 1, x + 2, x + 3} : Move(i - x)
        \/ Stay
        \/ \E d \in 1..3 : x >= 3 /\ y' = y + d /\ x' = x
Inv == y < 20
====
