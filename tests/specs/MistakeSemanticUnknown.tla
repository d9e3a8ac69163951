---- MODULE MistakeSemanticUnknown ----
\* a name the spec does not define (here a typo): SANY's "Unknown operator", exit 150
EXTENDS Naturals
VARIABLE count
Init == count = 0
Next == count' = cuont + 1
====
