------------------------------ MODULE Peterson ------------------------------
(***************************************************************************)
(* Peterson's mutual-exclusion algorithm for two processes, 0 and 1.       *)
(* Each process raises its flag, gives the turn away, and waits until the  *)
(* other one's flag is down or the turn is its own.                        *)
(*                                                                         *)
(* The invariant MutualExclusion says the two are never both critical.     *)
(***************************************************************************)
EXTENDS Naturals

VARIABLES flag, turn, pc

vars == <<flag, turn, pc>>

Procs == {0, 1}
Other(p) == 1 - p

\* A process's program counter: idle, set its flag, give the turn, wait, critical.
Labels == {"idle", "flag", "turn", "wait", "cs"}

TypeOK == /\ flag \in [Procs -> BOOLEAN]
          /\ turn \in Procs
          /\ pc \in [Procs -> Labels]

Init == /\ flag = [p \in Procs |-> FALSE]
        /\ turn = 0
        /\ pc = [p \in Procs |-> "idle"]

Goto(p, from, to) == pc[p] = from /\ pc' = [pc EXCEPT ![p] = to]

Request(p) == /\ Goto(p, "idle", "flag")
              /\ UNCHANGED <<flag, turn>>

SetFlag(p) == /\ Goto(p, "flag", "turn")
              /\ flag' = [flag EXCEPT ![p] = TRUE]
              /\ UNCHANGED turn

GiveTurn(p) == /\ Goto(p, "turn", "wait")
               /\ turn' = Other(p)
               /\ UNCHANGED flag

Enter(p) == /\ Goto(p, "wait", "cs")
            /\ ~flag[Other(p)] \/ turn = p
            /\ UNCHANGED <<flag, turn>>

Exit(p) == /\ Goto(p, "cs", "idle")
           /\ flag' = [flag EXCEPT ![p] = FALSE]
           /\ UNCHANGED turn

Next == \E p \in Procs : Request(p) \/ SetFlag(p) \/ GiveTurn(p) \/ Enter(p) \/ Exit(p)

Spec == Init /\ [][Next]_vars

MutualExclusion == ~(pc[0] = "cs" /\ pc[1] = "cs")
=============================================================================
