---- MODULE LabelRowsError ----
\* State labels reading the same variable kept in one row: the one that fails to evaluate is kept
\* nowhere and reported where it fails, as before.
EXTENDS Integers
VARIABLE x
Next == x' = (x + 1) % 3
Spec == x = 0 /\ [][Next]_x /\ WF_x(Next)
Often == []<>(x = 2)
Sometime == <>(10 \div (x - 1) = 5)
====
