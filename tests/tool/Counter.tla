---------------------------- MODULE Counter ----------------------------
(* One variable, a few errors to choose from: the .cfg files pick which.  *)
EXTENDS Naturals, Sequences, TLC

VARIABLE x

Init == x = <<1>>

Grow == /\ Len(x) < 3
        /\ x' = Append(x, Len(x) + 1)

Shrink == /\ Len(x) > 1
          /\ x' = Tail(x)

Next == Grow \/ Shrink

\* Tail(<<>>) when x has one element: an error while computing successors
BadNext == x' = Tail(Tail(x))

\* an Assert that fails at the third state
AssertNext == /\ Assert(Len(x) < 3, "x grew too long")
              /\ Grow

Short == Len(x) < 3
AlwaysShort == []Short

\* an error while evaluating an invariant, at the second state
BadInv == Len(x) < 2 \/ Head(Tail(Tail(x))) > 0

\* an error while evaluating a temporal property, at the second state
BadLive == <>(Len(x) < 2 \/ Head(Tail(Tail(x))) = 9)

BadLiveInit == <>(Head(Tail(x)) = 9)

Spec == Init /\ [][Next]_x /\ WF_x(Next)

\* violated by the initial state
Long == Len(x) > 1

\* an error while computing the initial states
BadInit == x = Tail(<<>>)
=============================================================================
