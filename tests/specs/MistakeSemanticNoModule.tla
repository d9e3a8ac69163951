---- MODULE MistakeSemanticNoModule ----
\* EXTENDS of a module that has no file: SANY's words, exit 150
EXTENDS Naturals, NoSuchHelper
VARIABLE x
Init == x = 0
Next == x' = x
====
