---- MODULE SetOpMemberCapNat ----
\* "a" \in Nat \cap {1, 2}: TLC builds {1, 2}.cap(Nat) (Nat is not Reducible) and stops at
\* 1.equals("a"); tlc-c enumerated Nat for the \cup case's first operand and failed with its own words.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~("a" \in Nat \cap {1, 2})
====
