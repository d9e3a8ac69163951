---------------------------- MODULE TupleBoundMap ----------------------------
\* A set map over a tuple of names given a set with a member of another length: an error at the
\* form, reported only in the state where that member is there.
EXTENDS Integers
VARIABLE k

Init == k = 0
Next == k < 3 /\ k' = k + 1
Inv == {a + b : <<a, b>> \in {<<1, 2>>, IF k = 2 THEN <<1, 2, 3>> ELSE <<3, 4>>}} # {}
=============================================================================
