---- MODULE GuardMemo ----
\* A refinement `Refines == A!Spec` whose abstract disjuncts begin with guards that read one
\* abstract variable each: IncA's `a < 3` (x), IncB(1)'s `b < 2` (y) and Quiet, a definition reading t
\* (z through tt, a definition), Tick's `t < 2` (z). The guards are kept by those variables' bytes
\* and found again in the states with the same bytes. Bad lets y grow where z = 1 (IncB's Quiet
\* false there: violated); Err makes IncA's second guard fail where x = 3 (s[4]: TLC's error, a guard
\* never kept).
EXTENDS Naturals
CONSTANTS Err, Bad
VARIABLES x, y, z
Init == x = 0 /\ y = 0 /\ z = 0
Next == \/ x < 3 /\ x' = x + 1 /\ UNCHANGED <<y, z>>
        \/ y < 2 /\ (z = 0 \/ (Bad /\ z = 1)) /\ y' = y + 1 /\ UNCHANGED <<x, z>>
        \/ z < 2 /\ z' = z + 1 /\ UNCHANGED <<x, y>>
tt == z
A == INSTANCE GuardMemoAbs WITH a <- x, b <- y, t <- tt
Refines == A!Spec
====
