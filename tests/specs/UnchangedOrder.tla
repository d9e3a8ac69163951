---- MODULE UnchangedOrder ----
\* [A]_v's v compared as TLC compares it, the state's value first: y from 0 to "s" on a step where
\* A is false gives "integer 0 with non-integer "s"" (Prop, and PropSplit by its disjuncts).
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = x + 1 /\ y' = IF x = 1 THEN "s" ELSE 0
Big(i) == x > i /\ x' = x + 1
Prop == [][x > 5]_<<y>>
PropSplit == [][Big(5) \/ Big(6)]_<<y>>
====
