---- MODULE SetOpNestedCupRefused ----
\* x \in (S \cap T) \cup U: TLC builds 1..3 \cap {2, 3} (normalized {2, 3}), then {2, 3}.cup({"a"})
\* asks {2, 3}.member("a"), a search by halves, and stops; tlc-c took the nesting by parts and
\* found "a" in {"a"}: a violated invariant where TLC reports an error.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~("a" \in (1..3 \cap {2, 3}) \cup {"a"})
====
