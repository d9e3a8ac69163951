---- MODULE InitPartsError ----
\* An evaluation error part-way through the initial states, in a part after the first at 2 workers:
\* reported as one worker reports it, with the states generated before it.
EXTENDS Naturals
VARIABLES x, y
Init == /\ x \in {r \in [a : 0..20, b : 0..20] : r.a + r.b <= 30}
        /\ y = IF x.a = 15 /\ x.b = 3 THEN 1 \div 0 ELSE 0
Next == UNCHANGED <<x, y>>
====
