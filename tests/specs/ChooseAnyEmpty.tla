---------------------------- MODULE ChooseAnyEmpty ----------------------------
\* CHOOSE x \in S : TRUE on an empty S (compile.c's c_choose_any leaves it to c_choose): TLC's
\* error, in the state that evaluates it, after a member was taken out in each step before.
EXTENDS Integers
VARIABLE s

Init == s = {1, 2}
Next == s' = s \ {CHOOSE x \in s : TRUE}
=============================================================================
