---- MODULE PrimedParams ----
\* Operators that prime their parameters: Inc(x) is an action that sets x', though Inc's body,
\* its parameter taken as a constant, is constant; also through another operator's parameter, a
\* LET definition, UNCHANGED, and a test of v' after v was read.
EXTENDS Naturals
VARIABLES x, y, z
vars == <<x, y, z>>
Init == x = 0 /\ y = 0 /\ z = 0
Inc(v) == v' = v + 1
Keep(v) == UNCHANGED v
Grew(v) == v < 3 /\ v' > v
Both(a, b) == a < 3 /\ Inc(a) /\ Keep(b) /\ a' > a /\ b' = b
StepY == y < 2 /\ Inc(y) /\ Keep(<<x, z>>) /\ Grew(y)
StepZ == LET Bump(w) == w' = w + 2 IN z < 4 /\ Bump(z) /\ Keep(<<x, y>>)
Next == (Both(x, y) /\ Keep(z)) \/ StepY \/ StepZ
Spec == Init /\ [][Next]_vars
====
