---- MODULE SharedConjuncts ----
\* Invariants sharing conjuncts (Inv's TypeOK): a conjunct found in the check cache while checking
\* TypeOK holds in the state for Inv too, and is not asked about again; Inv's own conjunct still is.
\* x and y come back to values met before, so their conjuncts are found in the cache.
EXTENDS Naturals
CONSTANT Limit
VARIABLES x, y, pc
Init == x = 0 /\ y = 0 /\ pc = "a"
Next == \/ x' = (x + 1) % 3 /\ UNCHANGED <<y, pc>>
        \/ y' = (y + 1) % 4 /\ UNCHANGED <<x, pc>>
        \/ pc' = (IF pc = "a" THEN "b" ELSE "a") /\ UNCHANGED <<x, y>>
TypeOK == /\ x \in 0..2
          /\ y \in 0..3
          /\ pc \in {"a", "b"}
Inv == /\ TypeOK
       /\ x + y <= Limit
SmallY == y \in 0..2
InvSmallY == /\ TypeOK
             /\ SmallY
====
