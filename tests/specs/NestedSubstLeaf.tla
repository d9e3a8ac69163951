---- MODULE NestedSubstLeaf ----
VARIABLE y
Val == y
====
