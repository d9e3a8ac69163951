---- MODULE QuantReleased ----
\* \A and \E over a large interval or set whose body keeps nothing made while it is tested: the
\* scratch arena is given back after each element (an operator's parameters are made by its call).
\* Bodies that read a variable, or call an operator kept by its arguments' values, keep the arena.
EXTENDS Integers, FiniteSets
Even(x) == x % 2 = 0
Twice(x) == Even(x + x)
Evens(n) == {k \in 0 .. n : Even(k)}
Big == 0 .. 300000
ASSUME \A x \in Big : Twice(x)
ASSUME \E x \in Big : x + x = 500000
ASSUME ~\E x \in Big : x + x = 500001
ASSUME \A s \in {<<a, b>> : a \in 1 .. 40, b \in 1 .. 40} : Even(s[1] + s[1] + s[2] + s[2])
VARIABLE v
Init == v = 0
Next == v < 3 /\ v' = v + 1
\* the variable read in the body
Inv == \A x \in 1 .. 2000 : Even(x + x + v)
\* Evens is kept by its arguments' values in a state: the body is not released
Inv2 == \E x \in 1 .. 1500 : Cardinality(Evens(x)) = v + 2
====
