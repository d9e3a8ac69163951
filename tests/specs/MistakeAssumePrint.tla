---- MODULE MistakeAssumePrint ----
\* ASSUME PrintT(x), x a VARIABLE: SANY takes it (PrintT's body does not read its argument), and
\* TLC then fails to evaluate x (exit 10); Print(x, TRUE) is the same.
EXTENDS TLC
VARIABLE x
ASSUME PrintT(x)
ASSUME Print(x, TRUE)
Init == x = 0
Next == x' = x
====
