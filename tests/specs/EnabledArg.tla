---- MODULE EnabledArg ----
\* x goes 0 -> 1 -> 2 -> 4 -> 2 ...; the abstract y is x % 2. Under ENABLED, TLC reads y' as a
\* variable of its own (free), except in an argument or LET definition made outside the ENABLED:
\* there y' is (x % 2)', and x' has no value (TLC's error).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x < 2 /\ x' = x + 1
        \/ x = 2 /\ x' = 4
        \/ x = 4 /\ x' = 2
Spec == Init /\ [][Next]_x /\ WF_x(Next)
A == INSTANCE EnabledArgAbs WITH y <- x % 2
RefinesArg == A!SpecArg
ArgState == A!ArgState
ArgPrimed == A!ArgPrimed
ArgAction == A!ArgAction
ArgLet == A!ArgLet
LetInside == A!LetInside
RootPrimed == A!Primes(x)
====
