---- MODULE TlcSetExit ----
\* TLCSet("exit", FALSE) does nothing (TLC: 11 states); TLCSet("exit", TRUE), which ends TLC's
\* search early, is refused as not supported yet.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x < 10 /\ x' = x + 1 /\ TLCSet("exit", x = 50)
NextExits == x < 10 /\ x' = x + 1 /\ TLCSet("exit", x = 5)
====
