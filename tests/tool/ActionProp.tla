---------------------------- MODULE ActionProp ----------------------------
(* Action properties: one violated by a step of Send(2), one that fails to evaluate. *)
EXTENDS Naturals, Sequences, TLC

VARIABLES x, y

Init == x = 0 /\ y = 0

Send(i) == /\ x < 4
           /\ x' = x + i
           /\ y' = y

Tick == /\ y < 2
        /\ y' = y + 1
        /\ x' = x

Next == \/ \E i \in {1, 2} : Send(i)
        \/ Tick

Spec == Init /\ [][Next]_<<x, y>>

\* violated by the step from x = 2 to x = 4
SmallSteps == [][x' <= 3]_<<x, y>>

\* Head(<<>>) once x reaches 2
BadStep == [][x < 2 \/ Head(<<>>) = x']_<<x, y>>

=============================================================================
