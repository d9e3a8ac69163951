---- MODULE LiveSharedPayload ----
\* Equality on values shared by a step's two states (an unchanged variable's value is the same
\* payload on both sides): plain values (functions, records, sequences of sets, model values) and
\* values holding lazy sets kept as built (SUBSET, an interval, a function set), in action properties.
EXTENDS Naturals, Sequences
CONSTANTS M1, M2
VARIABLES f, s, r, n
vars == <<f, s, r, n>>
Init == /\ f = [i \in 1..2 |-> {}]
        /\ s = [a |-> SUBSET (1..2), b |-> 1..3, c |-> [{M1, M2} -> {0, 1}], d |-> {}]
        /\ r = <<M1>>
        /\ n = 0
Grow == /\ n < 3 /\ n' = n + 1
        /\ f' = [f EXCEPT ![1] = f[1] \cup {n}]
        /\ UNCHANGED <<s, r>>
Push == /\ n < 3 /\ n' = n + 1
        /\ r' = Append(r, IF n = 1 THEN M2 ELSE M1)
        /\ UNCHANGED <<f, s>>
Swap == /\ n = 2 /\ n' = 3
        /\ s' = [s EXCEPT !.d = {M1}]
        /\ UNCHANGED <<f, r>>
Tick == /\ n = 3 /\ n' = 4 /\ UNCHANGED <<f, s, r>>
Next == Grow \/ Push \/ Swap \/ Tick
Spec == Init /\ [][Next]_vars
\* holds: every step changes n and one other variable, but Tick
Moves == [][n' = 4 \/ f' # f \/ s' # s \/ r' # r]_vars
Same == [][UNCHANGED <<f, s, r>> \/ <<f, s, r>>' # <<f, s, r>>]_vars
\* violated by Tick: no variable but n changes
Busy == [][f' # f \/ s' # s \/ r' # r]_vars
====
