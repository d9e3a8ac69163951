---- MODULE NotBoolean ----
\* An operand that is not a Boolean where one is needed: TLC's words name the operator (P \/ Q when
\* Q was an integer), IF's condition, a bulleted list's item or a quantifier's body, and the kind of
\* value as TLC names it (a string, a record, a function, a set of the form i..j).
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = x + 1
Or == x = 0 \/ (x + 1)
Implies == x # 0 => "a"
AndRecord == x = 0 \/ (x = 1 /\ [a |-> 1])
OrFunction == x = 0 \/ [i \in {1, 2} |-> i]
OrInterval == x = 0 \/ 1..2
Equiv == (x = 0) <=> (x + 1)
IfCond == IF x + 1 THEN TRUE ELSE FALSE
DisjItem == \/ x = 0
            \/ x + 1
Not == ~(x + 1)
Forall == \A i \in {1} : x + i
NextIf == IF x + 1 THEN x' = 1 ELSE x' = 2
InitIf == IF 1 THEN x = 0 ELSE x = 1
====
