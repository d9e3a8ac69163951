---- MODULE NestedSubstMid ----
EXTENDS Naturals
CONSTANT c
VARIABLE x
L == INSTANCE NestedSubstLeaf WITH y <- x + c
Val == L!Val
====
