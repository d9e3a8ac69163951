---- MODULE ReportedLikeTLCContinueError ----
\* -continue, an error computing the successors of x = 1: TLC reports it with its trace, then takes
\* the state as one without successors. Next: none generated before the error, a deadlock (exit 11;
\* with -deadlock, the error again with its positions, exit 255). NextAB: A's successor comes first,
\* so no deadlock: the error again with its positions.
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x < 3 /\ x' = x + 1 /\ (x = 1 => 10 \div 0 = 1)
A == x < 3 /\ x' = x + 1
B == x < 3 /\ x' = x + 2 /\ (x = 1 => 10 \div 0 = 1)
NextAB == A \/ B
====
