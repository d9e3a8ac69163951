---- MODULE MistakeRelationSpecNumber ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == 3
Spec == Init /\ [][Next]_x
====
