---------------------------- MODULE GuardAsCaller ----------------------------
(* Actions' first conjuncts tested from the caller's context, before the parameters are bound
   (enumerate.c's guard_as_caller): parameters given quantifiers' names, literals, records; a
   parameterless definition, an IN guard, a set form and a LET keeping the old path; and errors
   raised in such a guard (Bad: 1 an index outside the domain, 2 a value that is not a Boolean, 3 a
   literal's index outside the domain, 4 a record without the field). *)
EXTENDS Naturals, Sequences
CONSTANTS Procs, Bad
VARIABLES x, ch, msgs, done
vars == <<x, ch, msgs, done>>

Active == {p \in Procs : x[p] > 0}
Limit == 2
Shift == IF Bad = 1 THEN 1 ELSE 0
Off == IF Bad = 3 THEN 6 ELSE 0

Init == /\ x = [p \in Procs |-> 0]
        /\ ch = [p \in Procs |-> << >>]
        /\ msgs = {}
        /\ done = {}

Send(p, q) == /\ x[p] < Limit
              /\ ch' = [ch EXCEPT ![q] = Append(@, p)]
              /\ x' = [x EXCEPT ![p] = @ + 1]
              /\ UNCHANGED <<msgs, done>>

Recv(p) == /\ ch[p] # << >>
           /\ msgs' = msgs \cup {[type |-> IF Head(ch[p]) = p THEN "self" ELSE "other", to |-> p]}
           /\ ch' = [ch EXCEPT ![p] = Tail(@)]
           /\ UNCHANGED <<x, done>>

Handle(m) == /\ m.type = "other"
             /\ m.to \notin done
             /\ done' = done \cup {m.to}
             /\ UNCHANGED <<x, ch, msgs>>

Reset(k) == /\ x[k] = Limit
            /\ k \in Active
            /\ \A q \in Procs : ch[q] = << >>
            /\ x' = [x EXCEPT ![k] = 0]
            /\ UNCHANGED <<ch, msgs, done>>

Finish(p) == /\ p \in done
             /\ Len(ch[p]) = 0
             /\ done' = done \ {p}
             /\ UNCHANGED <<x, ch, msgs>>

Wake(p) == /\ p \in Active
           /\ LET y == x[p] IN y = 1
           /\ msgs' = {}
           /\ UNCHANGED <<x, ch, done>>

Lone(p) == /\ LET y == x[p] IN y = Limit /\ ch[p] = << >>
           /\ done' = done \cup {p}
           /\ UNCHANGED <<x, ch, msgs>>

BadIndex(p) == /\ ch[p + Shift] # << >>
               /\ UNCHANGED vars
BadValue(p) == /\ Head(<<IF Bad = 2 THEN x[p] ELSE x[p] = 9>>)
               /\ UNCHANGED vars
BadLit(k) == /\ x[k + Off] = 0
             /\ UNCHANGED vars
BadField(r) == /\ r.to = 3
               /\ UNCHANGED vars

Next == \/ \E p \in Procs : \E q \in Procs \ {p} : Send(p, q)
        \/ \E p \in Procs : Recv(p) \/ Finish(p) \/ Wake(p) \/ Lone(p)
        \/ \E m \in msgs : Handle(m)
        \/ Reset(2)
        \/ \E p \in Procs : BadIndex(p) \/ BadValue(p)
        \/ BadLit(1)
        \/ \E r \in {[to |-> 1], IF Bad = 4 THEN [from |-> 1] ELSE [to |-> 2]} : BadField(r)

Spec == Init /\ [][Next]_vars
TypeOK == x \in [Procs -> 0..Limit]
==============================================================================
