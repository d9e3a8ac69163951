---- MODULE MistakeRedefined ----
\* Init defined twice: SANY's error and its warning, each at the whole definition
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = 1
Init == x = 1
====
