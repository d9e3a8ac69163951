---------------------------- MODULE OneMemberKinds ----------------------------
\* s \cup {e} with e of another kind than s's members (compile.c's c_cup_one leaves it to the
\* builtin): an error, reported only when the step that evaluates it is taken.
EXTENDS Integers
VARIABLE s

Init == s = {1, 2}
Next == \/ s = {1, 2} /\ s' = s \cup {3}
        \/ s = {1, 2, 3} /\ s' = s \cup {"a"}
=============================================================================
