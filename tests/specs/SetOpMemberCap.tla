---- MODULE SetOpMemberCap ----
\* x \notin {5} \cap {"a"}: TLC builds {5}.cap({"a"}) and stops at "a".equals(5); tlc-c answered x \notin {5} (TRUE) before.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == x \notin {5} \cap {"a"}
====
