----------------------------- MODULE LetKeptError -----------------------------
\* A LET definition kept for the run by the value of the parameter it reads fails for a value not
\* seen before: the error is reported in the state that forces it, after the same definition has
\* been kept for other values.
EXTENDS Integers
VARIABLE role

Roles == <<"guest", "member", "admin">>
Rank(t) == LET i == CHOOSE i \in 1..3 : Roles[i] = t[1] IN i

Init == role = "guest"
Next == \/ role = "guest" /\ role' = "member"
        \/ role = "member" /\ role' = "admin"
        \/ role = "admin" /\ role' = "root"
Inv == Rank(<<role>>) > 0
=============================================================================
