---- MODULE SetOpMemberCup ----
\* x \in {x} \cup s with s of strings: TLC builds the union, asking {x}.member("p"); tlc-c answered TRUE from {x} before.
EXTENDS Integers, TLC
VARIABLE x, s
Init == x = 0 /\ s = {"p", "q"}
Next == x' = (x + 1) % 3 /\ UNCHANGED s
Inv == x = 1 => x \in {x} \cup s
====
