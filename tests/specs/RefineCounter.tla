---- MODULE RefineCounter ----
EXTENDS Naturals
VARIABLES c, top
Init == c = 0 /\ top = 0
Next == c' = c + 1 /\ top' >= top
Spec == Init /\ [][Next]_<<c, top>>
StrictNext == c' = c + 1 /\ top' > top
StrictSpec == Init /\ [][StrictNext]_<<c, top>>
====
