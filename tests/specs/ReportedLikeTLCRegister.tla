---- MODULE ReportedLikeTLCRegister ----
\* TLCGet of a register never set: TLC's override fails inside, and TLC reports it so.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
InvInit == TLCGet(1) < 5
NextLater == x' = IF x = 1 THEN TLCGet(3) ELSE x + 1
====
