--------------------------- MODULE IntervalEquality ---------------------------
(* An interval compared with an explicit set, either way round, and listed (Proc \ {p}): every
   ASSUME holds and the invariant holds in every state. *)
EXTENDS Naturals
VARIABLE s
ASSUME /\ 1..3 = {1, 2, 3}
       /\ {1, 2, 3} = 1..3
       /\ 1..3 # {1, 3}
       /\ {0, 1, 2} # 1..3
       /\ 1..3 # {1, 2, 3, 4}
       /\ 1..0 = {}
       /\ {} = 3..2
       /\ 1..2 # {}
       /\ (1..3) \ {2} = {1, 3}
       /\ (1..3) \ {} = 1..3
       /\ 2..1 \ {1} = {}
       /\ DOMAIN [i \in 1..3 |-> i] = 1..3
       /\ 1..3 # 2..4
       /\ 1..3 # 1..4
       /\ 3..1 = 5..4
       /\ 3..1 # 1..1
Init == s = {}
Next == \E i \in 1..3 : s' = s \cup {i}
Size(S) == IF S = {} THEN 0 ELSE IF S = {1} \/ S = {2} \/ S = {3} THEN 1
           ELSE IF S = 1..3 THEN 3 ELSE 2
Inv == /\ (s = 1..3) <=> (Size(s) = 3)
       /\ (1..3 = s) <=> (Size(s) = 3)
       /\ (s = 1..1) <=> (s = {1})
=============================================================================
