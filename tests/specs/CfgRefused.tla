---- MODULE CfgRefused ----
\* Configurations TLC refuses before it checks: a SPECIFICATION given with INIT or NEXT, a
\* substitution `c <- d` where c and d take different numbers of arguments (tlc-c checked both).
EXTENDS Integers
CONSTANT N
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Op(a) == a > 0
Three == 3
====
