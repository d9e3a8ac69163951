---- MODULE MistakeConstantTwice ----
EXTENDS Naturals
CONSTANT N
CONSTANT N
VARIABLE x
Init == x = N
Next == x' = 1 - x
====
