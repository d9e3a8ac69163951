---------------------------- MODULE Assumptions ----------------------------
(* An assumption that does not hold, or cannot be evaluated: Which picks. *)
EXTENDS Sequences
CONSTANT Which
VARIABLE x
ASSUME Which # "false"
ASSUME Which = "error" => Head(<<>>) = 1
Init == x = 0
Next == UNCHANGED x
=============================================================================
