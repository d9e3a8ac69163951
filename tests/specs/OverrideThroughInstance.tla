----------------------- MODULE OverrideThroughInstance -----------------------
\* The .cfg replaces Step by Faster, which calls the original through a named
\* INSTANCE: B!Step keeps its meaning (as in TLC), so there is no endless
\* recursion. x counts up by 2 from even numbers, to 6.
EXTENDS OverrideBase
Faster(n) == LET B == INSTANCE OverrideBase IN
             IF n % 2 = 0 THEN B!Step(n) + 1 ELSE B!Step(n)
==============================================================================
