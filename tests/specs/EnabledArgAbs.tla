---- MODULE EnabledArgAbs ----
\* The abstract module of the EnabledArg* tests: one bit y, and ENABLED of an expression passed in
\* from outside it (an operator's argument, a LET definition).
EXTENDS Naturals
VARIABLE y
Init == y = 0
Flip == y' = 1 - y
Set(v) == y' = 1 - v
SetTo(e) == ENABLED (y' = e)
Primes(e) == ENABLED (e' = 1)
With(e) == ENABLED (y' = 1 /\ e)
SpecArg == Init /\ [][Flip]_y /\ WF_y(Set(y))
ArgState == SetTo(1 - y)
ArgPrimed == Primes(y)
ArgAction == With(y' = 1)
ArgLet == LET w == y' IN ENABLED (w = 1)
LetInside == ENABLED (LET w == y' IN w = 1)
====
