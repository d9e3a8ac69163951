---------------------------- MODULE LiveEntered ----------------------------
(* Fairness of actions Next enters under \E m \in net, a set that is a variable: TLC names such a
   step by the disjunct, yet liveness reads Recv(m)'s steps off the expansion (eval_action.entered);
   and properties []P taken from a temporal formula, kept by the variables they read. *)
EXTENDS Naturals
CONSTANT Msgs
VARIABLES net, got, t
vars == <<net, got, t>>

Init == net = {} /\ got = {} /\ t = 0
Send(m) == m \notin net /\ m \notin got /\ net' = net \cup {m} /\ UNCHANGED <<got, t>>
Recv(m) == m \in net /\ net' = net \ {m} /\ got' = got \cup {m} /\ UNCHANGED t
Tick == t' = 1 - t /\ UNCHANGED <<net, got>>
Next == \/ \E m \in Msgs : Send(m)
        \/ \E m \in net : Recv(m)
        \/ Tick

Spec == Init /\ [][Next]_vars /\ \A m \in Msgs : WF_vars(Recv(m))
SpecOne == Init /\ [][Next]_vars /\ WF_vars(Recv(1))

Delivered == \A m \in Msgs : (m \in net) ~> (m \in got)
(* []P under \A and LET, reading net and t only *)
Quiet == [](\A m \in Msgs : m \in net => t = 0)
Small == \A m \in Msgs : LET sent == m \in net IN [](sent => m \in Msgs)
=============================================================================
