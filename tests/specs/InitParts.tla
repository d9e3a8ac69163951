---- MODULE InitParts ----
\* Initial states enumerated in parts at 2 workers: Init's first choice is a filter over a record
\* set (split by ranges of the record set, the predicate evaluated per part), then more choices.
EXTENDS Naturals
VARIABLES z, x, y
Pairs == {r \in [a : 0..30, b : 0..30] : r.a + r.b <= 40}
Init == /\ z = 0
        /\ x \in Pairs
        /\ y \in 1..3
Next == /\ z < 2
        /\ z' = z + 1
        /\ x' = [x EXCEPT !.a = (@ + 7) % 31]
        /\ UNCHANGED y
Inv == ~(z = 2 /\ x.a = 3 /\ y = 2)
====
