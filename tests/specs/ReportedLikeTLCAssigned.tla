---- MODULE ReportedLikeTLCAssigned ----
\* Once every variable has a value, TLC evaluates the conjuncts left as values: the finished ones
\* leave its stack of positions (in an initial predicate, an action, and the initial predicate kept
\* while an initial state's invariant is checked); UNCHANGED's parts stay, up to the last variable.
EXTENDS Integers, TLC
CONSTANT Where
VARIABLES x, y
vars == <<x, y>>
Init == /\ x = 0
        /\ x < 5
        /\ y \in {0}
        /\ x < 6
        /\ Assert(Where # "init", "init")
Keep == UNCHANGED vars
Next == /\ x < 3
        /\ x' = x + 1
        /\ UNCHANGED y
        /\ x' > 0
        /\ Assert(Where # "next" \/ x' # 3, <<"reached", x'>>)
        /\ x' < 10
Later == /\ x' = x
         /\ x' < 4
         /\ Keep
         /\ y' = 0
         /\ Assert(Where # "later", "later")
Inv == Where # "inv" \/ x + y > "a"
====
