---- MODULE SupsetUndefined ----
\* \supseteq (as \subset and \supset) is no operator of TLA+'s standard modules: SANY refuses it
\* (exit 150) unless the spec defines it.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x
Inv == {1, 2} \supseteq {x}
====
