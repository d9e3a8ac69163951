---- MODULE MistakeAssumeLevel ----
\* An ASSUME about a VARIABLE (through an argument its operator reads): SANY's level error, exit 150.
EXTENDS TLC
VARIABLE x
Both(a, b) == b
ASSUME Both(1, x = 0)
Init == x = 0
Next == x' = x
====
