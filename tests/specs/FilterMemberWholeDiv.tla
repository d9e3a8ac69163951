---- MODULE FilterMemberWholeDiv ----
\* x \in {y \in S : P} with S enumerated: TLC builds the filter whole, so P failing on any element (y = 2) stops it, not only P(x).
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == /\ x < 3 /\ x \in {y \in 0..3 : 6 \div (y - 2) < 10} /\ x' = x + 1
====
