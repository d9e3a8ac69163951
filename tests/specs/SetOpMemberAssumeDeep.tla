---- MODULE SetOpMemberAssumeDeep ----
\* <<1>> \in {<<1>>} \cup {<<"a">>}: TLC builds the union, asking {<<1>>}.member(<<"a">>), and stops at 1 against "a" (tlc-c answered TRUE from the first operand before).
EXTENDS Integers
VARIABLE x
ASSUME <<1>> \in {<<1>>} \cup {<<"a">>}
Init == x = 0
Next == x' = x
====
