---- MODULE SetOpNestedCapLazy ----
\* x \in S \cap (Nat \cup T): Nat \cup {"b"} stays lazy (SetCupValue, its written part asked first),
\* and {1}.cap of it asks it for 1, which {"b"} refuses.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~("a" \in {1} \cap (Nat \cup {"b"}))
====
