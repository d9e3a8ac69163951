---- MODULE SymmetryGivenValue ----
\* SYMMETRY naming a name the .cfg gives a value: TLC takes the name only as an operator of the spec.
EXTENDS Naturals
CONSTANT N
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 2
Sym == 3
SymX == {x}
====
