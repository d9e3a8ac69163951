---- MODULE InitPartsAgain ----
\* Init's split choice reached a second time, as a test (TypeOK conjoined again through Safe): every
\* part's states pass it, at 1 and 2 workers.
EXTENDS Naturals
VARIABLES x, y
TypeOK == x \in 0..99 /\ y \in {"a", "b"}
Safe == (TypeOK \/ y = "c") /\ x % 7 # 3
Init == TypeOK /\ Safe
Next == /\ x < 99
        /\ x' = x + 1
        /\ y' = y
====
