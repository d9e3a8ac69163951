---------------------------- MODULE ConstCallError ----------------------------
\* A constant-level definition kept for the run by its argument's value fails for an argument not
\* seen before: the error is reported in the state that applies it, after the same definition has
\* been applied (and kept) for other arguments.
EXTENDS Integers
VARIABLE role

Roles == <<"guest", "member", "admin">>
Rank(r) == CHOOSE i \in 1..3 : Roles[i] = r

Init == role = "guest"
Next == \/ role = "guest" /\ role' = "member"
        \/ role = "member" /\ role' = "admin"
        \/ role = "admin" /\ role' = "root"
Inv == Rank(role) > 0
=============================================================================
