---- MODULE RefineRest ----
\* A refinement `Refines == A!Spec` whose abstract disjuncts go on after their first part: Bump(i)'s
\* `n < 10`, Tick's two conjuncts (a call entered) and an \E; BumpQuiet(i)'s UNCHANGED m and Tick.
\* Inc(i) steps are Bump(i)'s, IncQuiet(i) steps BumpQuiet(i)'s (Bump(i)'s first part true, its \E
\* false). Bad adds Skip, whose first part f' holds for Bump(2) and BumpQuiet(2) but Tick's n' = n + 1
\* does not; Err makes Tick's second conjunct fail where n = 2 (after the first part held); Kinds adds
\* Odd, a step to x = "s", which Bump(1)'s first part f' = [f EXCEPT ![1] = @ + 1] compares with a
\* function (f' read as x's value in the next state).
EXTENDS Naturals
CONSTANTS Err, Bad, Kinds
VARIABLES x, y, c
Init == x = [i \in 1..2 |-> 0] /\ y = 0 /\ c = 0
Inc(i) == x[i] < 2 /\ x' = [x EXCEPT ![i] = @ + 1] /\ y' = (y + 1) % 2 /\ c' = c + 1
IncQuiet(i) == x[i] < 2 /\ x' = [x EXCEPT ![i] = @ + 1] /\ c' = c + 1 /\ UNCHANGED y
Flip == y' = 1 - y /\ UNCHANGED <<x, c>>
Skip == Bad /\ x[2] = 1 /\ x' = [x EXCEPT ![2] = 2] /\ c' = c + 2 /\ UNCHANGED y
Odd == Kinds /\ x = <<1, 1>> /\ x' = "s" /\ UNCHANGED <<y, c>>
Next == (\E i \in 1..2 : Inc(i) \/ IncQuiet(i)) \/ Flip \/ Skip \/ Odd
Spec == Init /\ [][Next]_<<x, y, c>>
A == INSTANCE RefineRestAbs WITH f <- x, m <- y, n <- c
Refines == A!Spec
====
