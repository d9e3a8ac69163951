---- MODULE SetOpMemberAssumeCup ----
\* TLC builds {1}.cup({"a"}), asking {1}.member("a"): 1.equals("a") stops it (tlc-c answered TRUE before).
EXTENDS Integers
VARIABLE x
ASSUME 1 \in {1} \cup {"a"}
Init == x = 0
Next == x' = x
====
