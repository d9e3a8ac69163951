---- MODULE SetOpFilterOperandCap ----
\* x \in S \cap F, F a filter over Nat (kept lazy by TLC): TLC builds {1, 2}.cap(F), asking F for 1
\* and 2, and the predicate stops on 2; tlc-c asked only for x = 1 and held the invariant. (TLC's
\* words are "Cannot decide if element: 2 is element of: Nat and satisfies the predicate ...";
\* tlc-c gives the predicate's own error: only the exit code is checked.)
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~(1 \in {1, 2} \cap {y \in Nat : 10 \div (y - 2) > 0})
====
