---- MODULE SetOpCapRecordSet ----
\* x \in [f : {1}] \cap {<<1>>}: [f : {1}] is not Reducible in TLC, so {<<1>>}.cap([f : {1}]) asks the
\* set of records for <<1>>, a non-record, and stops; tlc-c intersected the listed sets (empty).
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~("b" \in [f : {1}] \cap {<<1>>})
====
