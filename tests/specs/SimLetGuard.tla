---- MODULE SimLetGuard ----
\* Random picks from TLC's list of actions (enumerate.c flat_let_guards, flat_let_decided): actions of
\* one class (the same guard, the same first LET definition m) whose LETs first test the same field
\* of m against literals of one kind are decided by that field's value once one of them has found it
\* in the pick: passed where it is not their literal, entered with the test known to hold where it is.
\* Here GetA, GetAToo (a second action on "a", the same successor), GetB, GetC on m.type; Even and
\* Odd on h.n (numbers: a class of their own, another LET, enabled once process 1's channel is
\* empty); process 2's messages are of a type no action takes. With
\* Bad = TRUE the fourth message's type is the number 7: the first of the class tried fails
\* comparing it with a string, as TLC's does. Each state has one successor, so the walk does not
\* depend on the draws: its trace and counts are TLC's simulator's (-simulate num=1 -depth 20 -seed 1).
EXTENDS Naturals, Sequences
CONSTANT Bad
VARIABLES net, got
Procs == {1, 2}
Msgs == <<[type |-> "a", hdr |-> [n |-> 0]], [type |-> "c", hdr |-> [n |-> 1]],
          [type |-> "b", hdr |-> [n |-> 1]], [type |-> IF Bad THEN 7 ELSE "a", hdr |-> [n |-> 0]],
          [type |-> "b", hdr |-> [n |-> 0]]>>
Nums == <<[type |-> "z", hdr |-> [n |-> 1]], [type |-> "z", hdr |-> [n |-> 0]]>>
Init == /\ net = [p \in Procs |-> IF p = 1 THEN Msgs ELSE Nums]
        /\ got = << >>
Take(p, x) == net' = [net EXCEPT ![p] = Tail(@)] /\ got' = Append(got, x)
GetA(p) == /\ net[p] # << >>
           /\ LET m == Head(net[p]) IN /\ m.type = "a"
                                       /\ Take(p, "a")
GetB(p) == /\ net[p] # << >>
           /\ LET m == Head(net[p]) IN /\ m.type = "b"
                                       /\ Take(p, "b")
GetAToo(p) == /\ net[p] # << >>
              /\ LET m == Head(net[p]) IN /\ m.type = "a"
                                          /\ Take(p, "a")
GetC(p) == /\ net[p] # << >>
           /\ LET m == Head(net[p]) IN /\ m.type = "c"
                                       /\ Take(p, "c")
Even(p) == /\ net[p] # << >>
           /\ LET h == Head(net[p]).hdr IN /\ h.n = 0
                                           /\ Len(got) >= 5
                                           /\ Take(p, 0)
Odd(p) == /\ net[p] # << >>
          /\ LET h == Head(net[p]).hdr IN /\ h.n = 1
                                          /\ Len(got) >= 5
                                          /\ Take(p, 1)
Next == \E p \in Procs : GetA(p) \/ GetB(p) \/ GetAToo(p) \/ GetC(p) \/ Even(p) \/ Odd(p)
NotDone == Len(got) < 7
====
