---- MODULE ReportedLikeTLCReplay ----
\* An invariant failing to evaluate (not a violation) on a successor while others wait: TLC expands
\* the state before it again to find the error's positions, and its successors after the failing
\* one that are new then join the set and the queue (those seen before do not); that replay stops at
\* the first whose invariants fail. Generated: up to the failing successor.
EXTENDS Integers
VARIABLES x, y
Init == x \in {0, 1} /\ y = 0
Next == \/ x' \in {x + 1, x + 3} /\ y' = y
        \/ y < 2 /\ y' = y + 1 /\ x' = x
WideNext == \/ x' \in {x + 1, x + 3} /\ y' = y
            \/ x' \in {x - 1, x + 2, x + 5} /\ y' = y
            \/ y < 2 /\ y' = y + 1 /\ x' = x
            \/ y > 0 /\ y' = y - 1 /\ x' = x
NotBool == IF x + y < 7 THEN TRUE ELSE x
Fails == IF x + y < 7 THEN TRUE ELSE x + "a" > 0
NoFourOne == ~(x = 4 /\ y = 1)
====
