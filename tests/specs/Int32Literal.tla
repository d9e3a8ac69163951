---- MODULE Int32Literal ----
\* A literal beyond 2147483647 anywhere in the spec, even unused: TLC refuses it before the search.
EXTENDS Naturals
VARIABLE x
Unused == 2147483648
Init == x = 2147483647
Next == x' = x
====
