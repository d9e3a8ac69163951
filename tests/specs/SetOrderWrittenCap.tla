---- MODULE SetOrderWrittenCap ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x = 0 /\ x' = {3000 + 333, 1000 + 111} \cap [{1} -> {2}]
====
