---- MODULE DecodedSmallSetsError ----
\* `x \in {...}` whose in-line comparison meets a member of another kind (compile.c's
\* member_listed hands the search to eval_member_listed): TLC finds 1 and 2 before it, and stops on
\* 3, which it cannot compare with "two". `s \ {e}` (remove_member) and `{}` decoded on the way.
EXTENDS Naturals
VARIABLES s, n

Init == s = {} /\ n = 0

Next == /\ n < 4
        /\ n' = n + 1
        /\ s' = IF n \in {0, 1} THEN s \cup {n} ELSE s \ {n - 2}

Inv == n = 0 \/ n \in {1, 2, "two", 3}
====
