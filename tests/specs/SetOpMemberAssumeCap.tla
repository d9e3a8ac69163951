---- MODULE SetOpMemberAssumeCap ----
\* TLC builds {2}.cap({"a"}): "a".equals(2) stops it (tlc-c answered TRUE from 1 \notin {2} before).
EXTENDS Integers
VARIABLE x
ASSUME 1 \notin {2} \cap {"a"}
Init == x = 0
Next == x' = x
====
