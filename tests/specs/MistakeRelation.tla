---- MODULE MistakeRelation ----
\* Initial predicates and next-state relations that are no predicates (MistakeRelation*.cfg): TLC's
\* words, places and exit codes for each.
EXTENDS Naturals
CONSTANT c
VARIABLE x
Init == x = 0
InitNumber == 3
NextNumber == 3
NextString == x' = 1 \/ "a"
NextVariable == LET y == 1 IN x' = y \/ x
NextConstant == x' = 1 \/ c
NextValue == x + 1
NextTrue == TRUE
NextStep == x' = x + 1
====
