---- MODULE MappedSteps ----
\* Labels <<Flip(p)>>_abs whose Flip reads the variables only through abs's parts: a mapping ab
\* of c, and the variable t.
EXTENDS Naturals
CONSTANT P
VARIABLES c, t
vars == <<c, t>>
ab == [p \in P |-> c[p] % 2]
abs == <<ab, t>>
Init == c = [p \in P |-> 0] /\ t = 0
Inc(p) == c' = [c EXCEPT ![p] = (c[p] + 1) % 4] /\ t' = 1 - t
Skip(p) == c' = [c EXCEPT ![p] = (c[p] + 2) % 4] /\ UNCHANGED t
Next == \E p \in P : Inc(p) \/ Skip(p)
Spec == Init /\ [][Next]_vars /\ WF_vars(Inc(1))
Flip(p) == ab'[p] = 1 - ab[p] /\ t' # t
Stay(p) == ab'[p] = ab[p]
Moves == \A p \in P : []<><<Flip(p)>>_abs
FirstFlips == []<><<Flip(1)>>_abs /\ []<><<Flip(1) \/ Stay(1)>>_abs
BoxAbs == [][Flip(1) \/ t' = 1]_abs
====
