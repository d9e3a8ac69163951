---- MODULE SetOpNestedDiffCup ----
\* x \in (S \ T) \cup U: {1, 2} \ {2} built whole from a set written out (unsorted), asked for "a"
\* by the \cup it is built into: a scan, stopped at 1.equals("a").
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~("a" \in ({1, 2} \ {2}) \cup {"a"})
====
