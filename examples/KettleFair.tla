---------------------------- MODULE KettleFair ----------------------------
(***************************************************************************)
(* The kettle of Kettle.tla, fixed: weak fairness of Heat says that Heat,  *)
(* enabled until the water boils, cannot be ignored forever. Every fair    *)
(* behaviour now reaches 100 degrees.                                      *)
(***************************************************************************)
EXTENDS Kettle

FairSpec == Spec /\ WF_vars(Heat)
=============================================================================
