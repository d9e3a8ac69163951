---- MODULE SetOpNestedCupSorts ----
\* x \in (S \cup T) \cap U: {"a"}.cup({"b", 1}) enumerates {"b", 1}, which TLC sorts first and
\* cannot: 1 compared with "b". TLC's trace names the \cup, then {"a"} and {"b", 1}.
EXTENDS Integers
CONSTANT m1
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~("a" \in ({"a"} \cup {"b", 1}) \cap {"a"})
====
