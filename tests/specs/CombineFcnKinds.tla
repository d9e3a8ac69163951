---- MODULE CombineFcnKinds ----
\* f @@ g looks g's points up in f's domain by equality, as TLC's CombineFcn does: points of kinds
\* TLC does not compare stop it (exit 76 in an invariant); a model value compares with any point.
EXTENDS Naturals, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Mixed == x < 1 \/ (1 :> 2) @@ ("a" :> 3) # <<>>
WithModel == x < 1 \/ DOMAIN ((m :> 1) @@ (1 :> 2) @@ <<5, 6>>) = {m, 1, 2}
====
