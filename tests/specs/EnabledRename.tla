---- MODULE EnabledRename ----
\* a <- x, b <- x: under ENABLED TLC binds a' and b' by name, two variables of their own, so B is
\* enabled in every state (through the substitution it would never be: x' = 1 - x /\ x' = x).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Spec == Init /\ [][Next]_x
I == INSTANCE EnabledRenameAbs WITH a <- x, b <- x
Fair == I!Fair
CanB == I!CanB
====
