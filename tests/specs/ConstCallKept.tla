---------------------------- MODULE ConstCallKept ----------------------------
\* Constant-level definitions applied to scalars, kept for the whole run by their arguments' values
\* (argcache.c): strings, integers, model values (a model value and a string of the same name are
\* different arguments), a RECURSIVE definition, two definitions applied to the same value, a set
\* built, a lazy set returned (not kept), a definition whose body is constant but reads a state
\* variable through its argument (kept by the argument's value).
EXTENDS Integers, FiniteSets
CONSTANTS A, B
VARIABLES role, m, n

Roles == <<"guest", "member", "admin">>
Rank(r) == CHOOSE i \in 1..3 : Roles[i] = r
Other(x) == CHOOSE y \in {A, B} : y # x
Show(x) == CHOOSE s \in {<<x>>} : TRUE
RECURSIVE Fact(_)
Fact(k) == IF k = 0 THEN 1 ELSE k * Fact(k - 1)
Evens(k) == {i \in 0..k : i % 2 = 0}
Odds(k) == {i \in 0..k : i % 2 = 1}
Above(k) == {i \in Nat : i > k}

Init == role = "guest" /\ m = A /\ n = 0
Next == \/ role # "admin" /\ role' = Roles[Rank(role) + 1] /\ UNCHANGED <<m, n>>
        \/ role # "guest" /\ role' = Roles[Rank(role) - 1] /\ UNCHANGED <<m, n>>
        \/ m' = Other(m) /\ UNCHANGED <<role, n>>
        \/ n < 5 /\ n' = n + 1 /\ UNCHANGED <<role, m>>
        \/ n = 5 /\ n' = Cardinality(Evens(n)) - Cardinality(Odds(n)) /\ UNCHANGED <<role, m>>

Inv == /\ Rank(role) \in 1..3
       /\ Show(m) # Show("A")
       /\ Show(A) = Show(A)
       /\ Fact(n) >= n
       /\ Fact(Rank(role)) = IF role = "admin" THEN 6 ELSE Rank(role)
       /\ n + 1 \in Above(n)
       /\ ~(n \in Above(n))
       /\ Other(Other(m)) = m
=============================================================================
