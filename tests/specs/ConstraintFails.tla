---- MODULE ConstraintFails ----
\* A state constraint, an action constraint and an initial state's constraint that fail to
\* evaluate: TLC's trace ends with the successor checked, its positions run from the constraint's
\* body (for an initial state, from inside the initial predicate) to the failing expression.
EXTENDS Integers
CONSTANT Start
VARIABLE x
Init == x \in Start
Next == x' = x + 1
Con == x < 5 /\ 10 \div (3 - x) > 0
ACon == x' > 0 /\ 10 \div (3 - x') > 0
====
