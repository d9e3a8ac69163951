---- MODULE ReportedLikeTLCInitPrint ----
\* What the initial predicate prints, as often as TLC prints it at a violation or an error: once at
\* the start; again before the trace when TLC finds its states up to the one it expanded again (not
\* when that one is an initial state), and after it, when it writes its trace module (not with
\* -continue).
EXTENDS Integers, TLC
VARIABLE x
Init == PrintT("hello") /\ x \in 0..1
Next == x < 3 /\ x' = x + 1
FailingNext == x' = x + 1 + 0 * (10 \div (x - 3))
FailingFromInit == x' = 10 \div (x - 1)
Below3 == x < 3
Below2 == x < 2
====
