---- MODULE MistakeVariableTwice ----
EXTENDS Naturals
VARIABLE x
VARIABLE x
Init == x = 0
Next == x' = 1 - x
====
