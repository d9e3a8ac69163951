---- MODULE ErrorKinds ----
\* TLC raises an error of the language's core (CHOOSE with no element, a function applied outside its
\* domain) as an unexpected exception, exit 75; an error of its modules (Tail(<<>>)) with its own
\* code, exit 255.
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Step == x = 0 /\ x' = 1
NextChoose == Step \/ (x = 1 /\ x' = CHOOSE y \in {1, 2} : y > 5)
NextDomain == Step \/ (x = 1 /\ x' = <<1>>[x + 1])
NextTail == Step \/ (x = 1 /\ x' = Len(Tail(<<>>)))
====
