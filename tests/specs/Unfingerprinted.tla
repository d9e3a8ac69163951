---- MODULE Unfingerprinted ----
\* An error met inside a set, tuple or record that the expression builds where it is asked: TLC
\* evaluates the initial predicate or the step again for the error's positions, giving the values it
\* builds their places, and reports "TLC was unable to fingerprint." with the positions and then the
\* places of the values the error passed through. An invariant after a step it does not evaluate
\* again: its plain words there.
EXTENDS Integers
CONSTANT Case
VARIABLE x
Init == x = 0
Next == /\ x < 2
        /\ x' = IF Case = 4 /\ x = 1 /\ "a" \in {x, 1} THEN 0 ELSE x + 1
Inv == CASE Case = 1 -> "a" \notin {x, 1}
         [] Case = 2 -> <<"a">> \notin {<<i>> : i \in 1..3}
         [] Case = 3 -> <<1, 2>>[x + 4] > 0
         [] Case = 5 -> x = 0 \/ "a" \notin {x, 1}
         [] Case = 6 -> {1, 2} \ {"x"} = {}
         [] OTHER -> TRUE
====
