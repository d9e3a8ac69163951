---- MODULE Labels ----
\* How TLC names the steps of a Next split at disjunctions, \E over constant sets, LETs and calls
\* with constant arguments: each step by the first expression it does not split (Tool.getActions).
EXTENDS Naturals
VARIABLES p, x
A(n) == p = 1 /\ p' = 2 /\ x' = n
B == p' = 3 /\ x' = 0
C(v) == p = 3 /\ p' = 4 /\ x' = v + 1
Init == p = 0 /\ x = 0
Next ==
  \/ \E i \in {1, 2} : p = 0 /\ p' = 1 /\ x' = i
  \/ \E i \in {3} : A(i)
  \/ IF p = 2 THEN B ELSE FALSE
  \/ C(x)
  \/ LET k == 5 IN p = 4 /\ p' = k /\ x' = k
  \/ \E i \in {x} : p = 5 /\ p' = 6 /\ x' = i
  \/ p = 6 /\ p' = 7 /\ UNCHANGED x
  \/ \E i \in {1} : \/ p = 7 /\ p' = 8 /\ x' = i
                    \/ p = 100 /\ p' = 8 /\ x' = i
  \/ \E i \in {1}, j \in {2} : LET q == 9 IN
                                   \/ FALSE /\ p' = p /\ x' = x
                                   \/ p = 8 /\ p' = q /\ x' = i + j
  \/ CASE p = 9 -> p' = 10 /\ x' = 0
       [] OTHER -> FALSE
Inv == p < 10
====
