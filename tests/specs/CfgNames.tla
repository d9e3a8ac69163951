---- MODULE CfgNames ----
\* Names of the configuration TLC refuses: a VARIABLE is not a definition, a constant is no
\* operator where TLC wants one (INIT, NEXT, VIEW); an undefined ALIAS is ignored; a POSTCONDITION
\* that is not defined stops TLC after the search (each CfgNames*.cfg picks one).
EXTENDS Naturals
CONSTANT K
VARIABLE b, n
Init == b = TRUE /\ n = 0
Next == n < 2 /\ n' = n + 1 /\ b' = b
Spec == Init /\ [][Next]_<<b, n>>
Small == n < 2
====
