---- MODULE KeptArgs ----
\* Definitions with arguments kept per state by their arguments' values (src/eval/argcache.c): a
\* kept value must be the state's (x changes in every step), the instance's (I and J substitute
\* different variables for z, also through the module KeptArgsInst instantiates in turn), and an
\* argument that fails but is not needed must fail nothing (Pick's e, whether evaluated ahead or not).
EXTENDS Naturals, FiniteSets
VARIABLES x, y
I == INSTANCE KeptArgsInst WITH z <- x
J == INSTANCE KeptArgsInst WITH z <- y
Count(k) == Cardinality({s \in 0..x : s >= k})
Pick(b, e) == IF b THEN Cardinality({s \in 1..3 : s > 1}) ELSE e
RECURSIVE SumTo(_)
SumTo(n) == IF n = 0 THEN 0 ELSE n + SumTo(n - 1)
Init == x = 0 /\ y = 6
Next == x < 6 /\ x' = x + 1 /\ y' = y - 1 /\ Count(0) = x + 1 /\ Count(0) + Count(1) = 2 * x + 1
Inv == /\ \A k \in 0..3 : Count(k) = IF k > x THEN 0 ELSE x + 1 - k
       /\ \A k \in 0..3 : Count(k) = IF k > x THEN 0 ELSE x + 1 - k
       /\ \A k \in 0..2 : I!Above(k) = IF x + k > 6 THEN 0 ELSE 6 - x - k
       /\ \A k \in 0..2 : J!Above(k) = IF y + k > 6 THEN 0 ELSE 6 - y - k
       /\ \A k \in 0..2 : I!Above(k) - J!Above(k) = I!Above(k) - J!Above(k)
       /\ Pick(TRUE, 1 \div 0) = 2 /\ Pick(TRUE, 1 \div 0) = 2
       /\ SumTo(x) = (x * (x + 1)) \div 2 /\ SumTo(x) + SumTo(x) = x * (x + 1)
====
