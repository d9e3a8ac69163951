---- MODULE LivePassThroughBroken ----
\* A violated property whose automaton has nodes no accepted component can hold on cycles of their
\* own (waiting for the second <> with the first one's [] kept): the accepting component is reached
\* only through nodes the first decomposition passes through. No fairness: the behaviour stops at
\* x = 3.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x
Broken == [](x = 1 => <>(x = 0)) \/ [](x = 2 => <>(x = 1))
====
