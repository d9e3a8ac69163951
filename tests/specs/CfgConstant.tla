---- MODULE CfgConstant ----
\* Definitions given values by the .cfg (None = None, Limit = 2) inside constant expressions that
\* actions and invariants build: [k \in K |-> None], V \cup {None}, {Limit}.
EXTENDS Naturals
CONSTANTS K, V
VARIABLES f, n
None == CHOOSE v : v \notin V
Limit == 100
Cleared == [k \in K |-> None]
Init == f = [k \in K |-> None] /\ n = 0
Put(k, v) == f[k] = None /\ f' = [f EXCEPT ![k] = v] /\ UNCHANGED n
Clear == n < Limit /\ f # [k \in K |-> None] /\ f' = [k \in K |-> None] /\ n' = n + 1
Reset == f' = Cleared /\ n' = 0
Next == \/ \E k \in K, v \in V : Put(k, v)
        \/ Clear
        \/ n \in {Limit} /\ Reset
Inv == /\ \A k \in K : f[k] \in V \cup {None}
       /\ n \in 0..Limit
       /\ f \in [K -> V \cup {None}]
====
