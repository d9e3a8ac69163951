---- MODULE SetOpUnionOperandCap ----
\* x \in UNION S \cap M: 3 is not in the UNION, but TLC evaluates the map M too and stops in its set;
\* tlc-c stopped at the first operand's answer (no error).
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~(3 \in UNION {{1}, {2}} \cap {y : y \in ({1} \ [{1} -> {2}])})
====
