---- MODULE EvalError ----
\* An evaluation error while checking: at x = 2, Next divides by zero. Exit 75, the error with its
\* location, and the trace to the state where it happened.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 /\ 10 \div (2 - x) > 0
====
