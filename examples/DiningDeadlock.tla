--------------------------- MODULE DiningDeadlock ---------------------------
(***************************************************************************)
(* N philosophers sit around a table with one fork between neighbours.     *)
(* Each picks up the fork on the left, then the fork on the right, eats,   *)
(* and puts both down.  If all pick up their left fork at once, nobody can *)
(* continue: the system deadlocks, and tlc-c prints the shortest way there.*)
(***************************************************************************)
EXTENDS Naturals

CONSTANT N

Phils == 0 .. N - 1
Left(p) == p
Right(p) == (p + 1) % N

VARIABLES holder,  \* holder[f]: the philosopher holding fork f, or N for nobody
          state    \* state[p]: "thinking", "hungry" (holds left fork) or "eating"

vars == <<holder, state>>

Free == N

Init == /\ holder = [f \in Phils |-> Free]
        /\ state = [p \in Phils |-> "thinking"]

TakeLeft(p) == /\ state[p] = "thinking"
               /\ holder[Left(p)] = Free
               /\ holder' = [holder EXCEPT ![Left(p)] = p]
               /\ state' = [state EXCEPT ![p] = "hungry"]

TakeRight(p) == /\ state[p] = "hungry"
                /\ holder[Right(p)] = Free
                /\ holder' = [holder EXCEPT ![Right(p)] = p]
                /\ state' = [state EXCEPT ![p] = "eating"]

PutDown(p) == /\ state[p] = "eating"
              /\ holder' = [holder EXCEPT ![Left(p)] = Free, ![Right(p)] = Free]
              /\ state' = [state EXCEPT ![p] = "thinking"]

Next == \E p \in Phils : TakeLeft(p) \/ TakeRight(p) \/ PutDown(p)

Spec == Init /\ [][Next]_vars
=============================================================================
