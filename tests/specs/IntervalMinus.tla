--------------------------- MODULE IntervalMinus ---------------------------
(* An interval less an explicit set of integers (tlc-c lists the members kept straight from the
   interval's bounds): members inside and outside the interval, none, all, an empty interval,
   negative bounds, and a model value (another kind: the general way). Each ASSUME holds; the
   states reached use it on variables' values. *)
EXTENDS Integers, FiniteSets
CONSTANT m
VARIABLES x, t
ASSUME /\ (1..3) \ {2} = {1, 3}
       /\ (1..3) \ {} = {1, 2, 3}
       /\ (1..3) \ {0, 4, 7} = 1..3
       /\ (1..3) \ {1, 2, 3} = {}
       /\ (3..1) \ {2} = {}
       /\ (3..1) \ {} = {}
       /\ (-2..2) \ {-2, 0, 2} = {-1, 1}
       /\ (1..3) \ {m} = 1..3
       /\ Cardinality((1..5) \ {2, 4}) = 3
       /\ 2 \notin (1..3) \ {2}
       /\ (1..3) \ {2} \subseteq 1..3
Init == /\ x = 0
        /\ t = {}
Next == \E z \in (0..4) \ {x} :
           /\ x' = z
           /\ t' = IF Cardinality(t) < 3 THEN (z..4) \ t ELSE (x..z) \ {x, z}
TypeOK == /\ x \in 0..4
          /\ t \subseteq (0..4) \ {}
=============================================================================
