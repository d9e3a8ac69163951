---- MODULE ConstCache ----
\* Closed constant sub-expressions are evaluated once per run and kept (constcache.c): kept per
\* instance (I1!Val is 4, I2!Val is 5: one kept value for both would be wrong), never for what is
\* impure (TLCGet("level") changes from state to state) nor for what reads a bound name from
\* outside (Shifted(x) depends on x). TLC agrees: 7 distinct states, depth 7, no violation.
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
I1 == INSTANCE ConstCacheInner WITH K <- 1
I2 == INSTANCE ConstCacheInner WITH K <- 2
Init == x = 0
Next == x' = (x + 1) % 7
Inv == /\ I1!Val = 4
       /\ I2!Val = 5
       /\ I1!Shifted(x) = {x + 1, x + 2}
       /\ I2!Shifted(x) = {x + 2, x + 4}
       /\ \A n \in 0 .. 3 : I2!Shifted(n) = {n + 2, n + 4}
       /\ TLCGet("level") = x + 1
       /\ Cardinality({y \in 0 .. 9 : y > x}) = 9 - x
====
