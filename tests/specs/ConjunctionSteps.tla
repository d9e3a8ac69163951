---- MODULE ConjunctionSteps ----
\* Conjunction lists of every shape the enumerator turns into steps: x' bound then tested,
\* UNCHANGED through definitions and nested tuples, of a variable already bound, tests once every
\* variable is bound, calls that are tests and calls that branch, and an instance's substitutions.
EXTENDS Naturals
VARIABLES x, y, z
vars == <<x, y, z>>
yz == <<y, <<z>>>>
Small == x < 3
Bump(v) == \/ v' = v + 1
           \/ v' = v + 2
Init == x = 0 /\ y = 0 /\ z = 0
Twice ==
  /\ Small
  /\ x' = x + 1
  /\ x' = x + 1
  /\ UNCHANGED yz
Clash ==
  /\ x' = 1
  /\ x' = 2
  /\ UNCHANGED <<y, z>>
KeepBound ==
  /\ y < 2
  /\ y' = y
  /\ UNCHANGED <<x, <<y>>, z>>
KeepClash ==
  /\ y' = y + 1
  /\ UNCHANGED y
  /\ UNCHANGED <<x, z>>
Dup ==
  /\ z < 2
  /\ (z' = z + 1 \/ z' = z + 1)
  /\ UNCHANGED <<x, y>>
Late ==
  /\ y' = (y + 1) % 3
  /\ x' = x
  /\ z' = z
  /\ x' + y' > 0
  /\ Small
Branching ==
  /\ z < 3
  /\ Bump(z)
  /\ UNCHANGED <<x, y>>
I == INSTANCE ConjunctionStepsInner WITH a <- x, b <- z
Inner == I!Step /\ UNCHANGED y
Next == Twice \/ Clash \/ KeepBound \/ KeepClash \/ Dup \/ Late \/ Branching \/ Inner
Spec == Init /\ [][Next]_vars
====
