---- MODULE StepPropertyError ----
\* An action property that fails to evaluate on a step: TLC's heading, and its exit codes for an error
\* while computing successors (255), or for a failed Assert (14).
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
AssertProp == [][Assert(x' < 2, "big")]_x
TailProp == [][x' < 2 \/ Len(Tail(<<>>)) = 1]_x
====
