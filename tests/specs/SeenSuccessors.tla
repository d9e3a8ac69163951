---- MODULE SeenSuccessors ----
\* Successors that are states found in an earlier round (the initial state again, the state itself)
\* before and after new ones: the search drops them before they are kept, and the counts where it
\* stops (an invariant violated by a new successor after some, a step property violated on a step to
\* one) must be those of keeping them.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Back == x' = 0 /\ y' = 0
Stay == UNCHANGED vars
Up == x < 6 /\ x' = x + 1 /\ UNCHANGED y
Side == y' = 1 - y /\ UNCHANGED x
Next == Back \/ Stay \/ Up \/ Side
Spec == Init /\ [][Next]_vars
Inv == x < 5
NoReturnFromFour == [][x' = 0 => x < 4]_vars
====
