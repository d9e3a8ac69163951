---------------------------- MODULE SetMinusKinds ----------------------------
\* x \ {e} with e of another kind than x's members: an error, as for the merge (TLC compares e
\* with the members); reported only when the step that evaluates it is taken.
EXTENDS Integers
VARIABLE s

Init == s = {1, 2}
Next == \/ s = {1, 2} /\ s' = {1, 2, 3}
        \/ s = {1, 2, 3} /\ s' = s \ {"a"}
=============================================================================
