---- MODULE InvariantConjunctsInner ----
EXTENDS Naturals
VARIABLE a
Ok == a < 4
====
