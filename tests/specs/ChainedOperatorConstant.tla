------------------------- MODULE ChainedOperatorConstant -------------------------
\* An operator constant given through two default (by name) substitutions: ChainMid's
\* Step is this module's, ChainBase's is ChainMid's. x goes 0, 6, 12 (Twice adds 6).
EXTENDS Naturals
VARIABLE x
Step(n) == n + 3
INSTANCE ChainMid
Init == x = 0
Next == x < 12 /\ x' = Twice(x)
================================================================================
