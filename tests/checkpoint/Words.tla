-------------------------------- MODULE Words --------------------------------
(* Strings made while checking (ToString, \o) are ranked as they are made;   *)
(* a checkpoint carries them so that a recovered run reads its states back   *)
(* with the same strings in the same order.                                  *)
EXTENDS Naturals, Sequences, TLC
VARIABLES x, last, seen
Init == x = 0 /\ last = "none" /\ seen = {}
Next == /\ \E w \in {"c", "b", "a"} : x' = x + 1 /\ last' = w
        /\ seen' = IF x % 2000 = 0 THEN seen \cup {ToString(x \div 2000) \o "k"} ELSE seen
Bound == x < 60000
=============================================================================
