---- MODULE SplitAlwaysError ----
\* The second conjunct of a []P under a LET fails to evaluate (10 \div (3 - x) at x = 3), its first
\* kept by x alone: the error is the whole property's.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == /\ x' = (x + 1) % 4
        /\ y' = IF y < 5 THEN y + 1 ELSE y
Spec == Init /\ [][Next]_<<x, y>>
Safe == LET Far == x < 4
        IN [](Far /\ 10 \div (3 - x) + y > 0)
====
