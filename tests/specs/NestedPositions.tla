--------------------------- MODULE NestedPositions ---------------------------
(***************************************************************************)
(* Evaluation errors inside calls, LETs, IFs, disjunctions and set        *)
(* filters: TLC lists every expression it was inside, from the action to  *)
(* the failing one ("nested expressions"), each .cfg one case.            *)
(***************************************************************************)
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = <<1>>
F(s) == LET t == Tail(s) IN <<Head(t), 2>>
Pop(s) == IF Len(s) > 5 THEN s ELSE Tail(Tail(s))
InLet == x' = F(x)
InIf == /\ x' = Pop(x)
        /\ TRUE
InFilter == /\ x = <<1>>
            /\ \/ x' = <<2>>
               \/ x' = {y \in {1} : Head(Tail(x)) = y}
=============================================================================
