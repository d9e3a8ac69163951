---- MODULE LivePassThrough ----
\* Properties whose automata have nodes no accepted component can hold that lie on cycles of their
\* own (waiting for the second <> with the first one's [] kept), between the "not yet" node and the
\* accepting ones: the first decomposition passes through them to reach the accepting nodes.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Next == \/ x' = (x + 1) % 4 /\ UNCHANGED y
        \/ y' = (y + 1) % 3 /\ UNCHANGED x
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
\* holds: after x = 1 never x = 2 keeps x at 1, so x = 3 (and never 0 after it) came first, which
\* keeps x at 3
Holds == [](x = 1 => <>(x = 2)) \/ [](x = 3 => <>(x = 0))
\* violated: x = 1, then 2, then 3 kept while y cycles
Broken == [](x = 1 => <>(x = 0)) \/ [](x = 2 => <>(x = 1))
====
