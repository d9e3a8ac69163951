---- MODULE SetOpMapOperandCup ----
\* x \in F \cup M, M a map: TLC evaluates both operands of the \cup, the map whole, so the error in
\* the map's set ({1}.diff([{1} -> {2}]) asks the function set for 1) stops it even though x is in
\* F; tlc-c asked F first and, x found, never evaluated M: a violated invariant where TLC stops.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~(1 \in {y \in {y : y \in 1..3} : TRUE} \cup {y : y \in ({1} \ [{1} -> {2}])})
====
