---------------------------- MODULE LiveAnyArg ----------------------------
(* Fairness of \E S \in T : Get(c, S), T a constant set that Next's \E ranges over: its labels are
   read off the expansion for every member of T (eval_sub_action.any_arg); over a set Next does not
   range over (SpecWide), they are evaluated. *)
EXTENDS Naturals
CONSTANTS Clients, Res
VARIABLES held, want
vars == <<held, want>>

Init == held = [c \in Clients |-> {}] /\ want = [c \in Clients |-> {}]
Ask(c, S) == want[c] = {} /\ held[c] = {} /\ S # {} /\ want' = [want EXCEPT ![c] = S] /\ UNCHANGED held
Get(c, S) == /\ S = want[c] /\ S # {}
             /\ \A d \in Clients : held[d] \cap S = {}
             /\ held' = [held EXCEPT ![c] = S] /\ want' = [want EXCEPT ![c] = {}]
Free(c) == held[c] # {} /\ held' = [held EXCEPT ![c] = {}] /\ UNCHANGED want
Next == \/ \E c \in Clients, S \in SUBSET Res : Ask(c, S) \/ Get(c, S)
        \/ \E c \in Clients : Free(c)

Spec == Init /\ [][Next]_vars /\ \A c \in Clients : WF_vars(\E S \in SUBSET Res : Get(c, S)) /\ WF_vars(Free(c))
SpecWide == Init /\ [][Next]_vars
            /\ \A c \in Clients : WF_vars(\E S \in SUBSET (Res \cup {9}) : Get(c, S)) /\ WF_vars(Free(c))
SpecFree == Init /\ [][Next]_vars /\ \A c \in Clients : WF_vars(Free(c))

Served == \A c \in Clients : want[c] # {} ~> held[c] # {}
Freed == \A c \in Clients : held[c] # {} ~> held[c] = {}
=============================================================================
