---- MODULE PureInstanceInner ----
\* Instantiated by PureInstance, whose Ok stands for this module's by its name alone.
EXTENDS Naturals
CONSTANT Ok(_)
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Inv == Ok(x)
====
