---- MODULE MistakePropertyNoInit ----
EXTENDS Naturals
VARIABLE x
Positive == x > 0
Large == x > 10
====
