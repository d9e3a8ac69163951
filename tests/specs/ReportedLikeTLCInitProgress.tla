---- MODULE ReportedLikeTLCInitProgress ----
\* TLC's progress while it computes the initial states: "Computed N initial states..." before the
\* (N + 1)-th, N a power of two from 2, up to the state its checks stop at; after an evaluation error
\* there, again once it has named the state (it computes them again to find the positions).
EXTENDS Integers
CONSTANT Bad
VARIABLE x
Init == x \in 0..4
Next == x' = (x + 1) % 5
NotBool == IF x = Bad THEN x ELSE TRUE
Differs == x # Bad
====
