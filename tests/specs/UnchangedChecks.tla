---------------------------- MODULE UnchangedChecks ----------------------------
(* Checks that read only variables a step did not change: the constraint reads x, the invariants'
   conjuncts x or y alone. With -continue a violating state is expanded, and its successors that
   keep y violate again: each is reported. *)
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = x + 1 /\ UNCHANGED y
        \/ y' = (y + 1) % 3 /\ UNCHANGED x
Bound == x <= 4
TypeOK == /\ x \in 0 .. 5
          /\ y \in 0 .. 2
NoTwo == /\ x \in 0 .. 5
         /\ y # 2
=============================================================================
