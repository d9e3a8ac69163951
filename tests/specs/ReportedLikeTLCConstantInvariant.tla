---- MODULE ReportedLikeTLCConstantInvariant ----
\* An INVARIANT of constant level, as TLC takes it once it has started: TRUE is warned about (it
\* suggests an ASSUME; -nowarning leaves the warning out) and the search goes on; FALSE or another
\* value is a configuration error, exit 151. Checked against TLC 2.20.
EXTENDS Naturals
CONSTANTS N
VARIABLES x
Init == x = 0
Next == x' = (x + 1) % 2
InvTrue == N > 1
InvFalse == N > 5
InvNumber == N + 1
TypeOK == x \in 0..1
====
