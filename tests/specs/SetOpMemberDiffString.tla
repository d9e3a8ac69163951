---- MODULE SetOpMemberDiffString ----
\* m1 \in {3, 1} \ STRING: TLC builds {3, 1}.diff(STRING), asking STRING for 3, which it refuses;
\* tlc-c answered by parts (m1 is not in {3, 1}), an invariant holding where TLC stops.
EXTENDS Integers
CONSTANT m1
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~(m1 \in {3, 1} \ STRING)
====
