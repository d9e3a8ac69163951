---- MODULE Incomparable ----
\* TLC stops with an error where it compares values of different kinds: 1 = "a", 2 \in {"done"},
\* "a" \in Nat, <<"a">> = <<1>>; a model value compares with anything. tlc-c did answer FALSE.
EXTENDS Naturals
CONSTANT NoVal
VARIABLES x, y
Init == x = 0 /\ y = NoVal
Next == \/ x < 2 /\ x' = x + 1 /\ y' = x
        \/ x = 2 /\ x \in {"done"} /\ UNCHANGED <<x, y>>
Step == x < 2 /\ x' = x + 1 /\ y' = x
Typed == y \in Nat \cup {NoVal} /\ <<x, y>> \notin {<<5, 5>>}
Mixed == x \in {"none"} \cup Nat
Deep == <<y>> # <<"a">>
====
