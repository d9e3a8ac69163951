---- MODULE GeneratedBranches ----
\* TLC counts a generated state per branch of the next-state relation it walks: a disjunction or an
\* \E reached through a call of a definition (of any level but a constant without parameters)
\* branches, and so do a \A whose body can branch and an application of a function definition
\* f[x \in S] == P (P walked); once every variable has a value, the rest of the action is tested
\* without branching. The counts below are TLC's (2.20).
EXTENDS Naturals
VARIABLES x, y
Small(v) == v < 2 \/ v < 3
Guard == x < 2 \/ x < 3
Some == \E i \in 1..3 : i > 0
Safe(b) == LET SA[bb \in 0..3] == \/ bb = 0
                                  \/ \E c \in 0..(bb - 1) : SA[c] /\ x >= 0
           IN SA[b]
Init == x = 0 /\ y \in {0, 1}
Next == \/ x < 3 /\ Guard /\ Some /\ (\A i \in {1, 2} : Small(x) \/ i = 1) /\ x' = x + 1 /\ y' = y
        \/ x' = x /\ y' = y /\ \E i \in 1..3 : i > x
        \/ LET G == \E j \in 1..2 : j > x - 3 IN x = 3 /\ G /\ x' = 5 /\ y' = y
        \/ x = 5 /\ (IF y = 0 THEN (y = 0 \/ y = 0) ELSE \E k \in {1, 2} : TRUE)
                 /\ x' = 6 /\ UNCHANGED y
        \/ x = 6 /\ Safe(y + 2) /\ x' = 7 /\ y' = y
====
