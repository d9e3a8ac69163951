---- MODULE InvariantConjuncts ----
\* An invariant checked by its conjuncts: each is skipped in a state whose variables it reads have
\* values where it held before. I!Ok reads y only through the instance's substitution.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = (x + 1) % 3 /\ UNCHANGED y
        \/ y < 6 /\ y' = y + 1 /\ UNCHANGED x
I == INSTANCE InvariantConjunctsInner WITH a <- y
TypeOk == /\ x \in 0..2
          /\ y \in Nat
Small == /\ x < 3
         /\ I!Ok
====
