---- MODULE ReportedLikeTLCContinueEnd ----
\* -continue: the violations are reported as the search goes on; what ends it gives the exit code,
\* as in TLC 2.20: a deadlock after two violations of Inv exits 11, a temporal property violated
\* after them 13 (a search that goes to its end exits with the first violation's code, where TLC
\* exits 0: tlaplus issue 1385).
EXTENDS Naturals
VARIABLES x
Init == x \in {0, 1}
Next == x < 4 /\ x' = x + 1
Loop == x' = (x + 1) % 4
Spec == Init /\ [][Loop]_x
Inv == x < 3
Live == <>(x = 7)
====
