---- MODULE ActionPropertyErrorKinds ----
\* An error evaluating an action property ends TLC with the exit code it gives the same error in an
\* action: 75 for what it raises as a RuntimeException (values it cannot compare, CHOOSE without a
\* witness, a tuple applied outside its domain), 255 for its modules' errors (Tail(<<>>), \div 0),
\* 14 for Assert. tlc-c exited 255 for all but the first kind.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
StringEquality == [][x = 0 \/ x = "a"]_x
Choose == [][x = 0 \/ (CHOOSE y \in {1} : y > 5) = 1]_x
Domain == [][x = 0 \/ <<1>>[x + 1] = 1]_x
Overridden == [][x = 0 \/ Nat = 0..x]_x
EmptyTail == [][x = 0 \/ Len(Tail(<<>>)) = 1]_x
Asserted == [][x = 0 \/ Assert(x = 0, "boom")]_x
====
