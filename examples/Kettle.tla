------------------------------ MODULE Kettle ------------------------------
(***************************************************************************)
(* A kettle on a stove: Heat raises the water's temperature by 10 degrees  *)
(* at a time until it boils, while someone may Stir the water, which does  *)
(* not change its temperature. Does the water eventually boil?             *)
(*                                                                         *)
(* Spec asks for weak fairness of Next only: the system as a whole may not *)
(* stop while it can still do something. That is not enough. A behaviour  *)
(* that stirs forever is fair to Next and never heats, and tlc-c prints it *)
(* as a lasso: the states up to a cycle of Stir steps, then "Back to       *)
(* state 9". KettleFair.tla names the action that must not starve,         *)
(* WF_vars(Heat), and the property holds.                                  *)
(***************************************************************************)
EXTENDS Naturals

VARIABLES temp, spoon
vars == <<temp, spoon>>

Init == temp = 20 /\ spoon = "left"

Heat == /\ temp < 100
        /\ temp' = temp + 10
        /\ UNCHANGED spoon

Stir == /\ spoon' = IF spoon = "left" THEN "right" ELSE "left"
        /\ UNCHANGED temp

Next == Heat \/ Stir

Spec == Init /\ [][Next]_vars /\ WF_vars(Next)

Boils == <>(temp = 100)
=============================================================================
