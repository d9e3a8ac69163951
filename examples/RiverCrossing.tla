--------------------------- MODULE RiverCrossing ---------------------------
(***************************************************************************)
(* A farmer must ferry a wolf, a goat and a cabbage across a river.  The   *)
(* boat holds the farmer and at most one passenger.  Left alone, the wolf  *)
(* eats the goat and the goat eats the cabbage.                            *)
(*                                                                         *)
(* We ask the model checker to solve the puzzle by claiming it cannot be   *)
(* solved: the invariant NotSolved is violated, and the counterexample     *)
(* trace tlc-c prints is a shortest solution.                              *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

Items == {"wolf", "goat", "cabbage"}

VARIABLES here,   \* the items on the starting bank
          farmer  \* the bank the farmer is on: "start" or "goal"

vars == <<here, farmer>>

TypeOK == /\ here \subseteq Items
          /\ farmer \in {"start", "goal"}

\* A bank without the farmer is safe unless something eats something else.
Safe(bank) == /\ ~({"wolf", "goat"} \subseteq bank)
              /\ ~({"goat", "cabbage"} \subseteq bank)

Init == /\ here = Items
        /\ farmer = "start"

\* The farmer crosses alone, or with one item from his bank.
Cross(cargo) ==
    /\ cargo \subseteq (IF farmer = "start" THEN here ELSE Items \ here)
    /\ Cardinality(cargo) <= 1
    /\ here' = IF farmer = "start" THEN here \ cargo ELSE here \cup cargo
    /\ farmer' = IF farmer = "start" THEN "goal" ELSE "start"
    \* the bank the farmer leaves must be safe
    /\ Safe(IF farmer' = "start" THEN Items \ here' ELSE here')

Next == \E cargo \in SUBSET Items : Cross(cargo)

Spec == Init /\ [][Next]_vars

\* Claimed invariant; its violation is the solution.
NotSolved == here /= {}
=============================================================================
