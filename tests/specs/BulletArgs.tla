---- MODULE BulletArgs ----
\* Bullet lists ended by a comma, a closing bracket or a binder's colon, as PlusCal translations
\* write them: Assert(/\ a /\ b, "message").
EXTENDS Naturals, TLC
VARIABLES x, y

Either(a, b) == a \/ b

Init == /\ x = 0
        /\ y \in {0, 1}

Next == \/ /\ x < 3
           /\ Assert(/\ x \in 0..3
                     /\ y \in {0, 1}, "out of range")
           /\ x' = x + 1
           /\ y' \in {z \in {0, 1, 2} : \/ z = y
                                        \/ x = 2}
        \/ /\ x = 3
           /\ Either(\/ y = 0, \/ y = 1
                               \/ y = 2)
           /\ UNCHANGED <<x, y>>

Inv == /\ \A a, b \in {x, y} : a + b <= 6
       /\ \A p \in {/\ x >= 0, \/ y >= 0
                        \/ y = 7} : p
       /\ \E q \in BOOLEAN, r \in {\/ x < 9} : /\ q = r
                                           /\ q
====
