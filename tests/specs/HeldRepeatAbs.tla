---- MODULE HeldRepeatAbs ----
\* The abstract side of HeldRepeat: y counts up to 5, k is painted (Down never holds on its steps).
EXTENDS Naturals
VARIABLES y, k
vars == <<y, k>>
Init == y = 0 /\ k = "b"
Up == /\ y < 5
      /\ y' = y + 1
      /\ k' = "w"
Paint == /\ k = "w"
         /\ k' = "b"
         /\ UNCHANGED y
Down == /\ y > 7
        /\ y' = y - 1
        /\ UNCHANGED k
Next == Up \/ Paint \/ Down
====
