---------------------------- MODULE EmptySetEqualKinds ----------------------------
\* x = {} with x not a set: the comparison's error, as before the in-line test of empty sets.
EXTENDS Integers
VARIABLE s

Init == s = {}
Next == s' = IF s = {} THEN {1} ELSE 1
Inv == s = {} \/ s # {}
=============================================================================
