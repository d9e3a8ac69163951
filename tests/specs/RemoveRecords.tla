---------------------------- MODULE RemoveRecords ----------------------------
\* S \ {e} on explicit sets of records (value.c's remove_member, members compared in line): the
\* least, a middle and the last member taken out; records absent below, between and above the
\* members, records that differ only in a later field, of another domain, with sets and model values
\* as fields, the empty set; and next states built so, against the forms they stand for.
EXTENDS Integers, FiniteSets
CONSTANTS m1, m2
VARIABLES people, log

Names == {"ann", "bob", "cat"}
Roles == {"guest", "admin"}
P(n, r) == [name |-> n, role |-> r]

Init == /\ people = {P(n, "guest") : n \in Names}
        /\ log = {}
Next == \/ \E p \in people :
              /\ people' = (people \ {p}) \cup {[p EXCEPT !.role = IF p.role = "guest" THEN "admin" ELSE "guest"]}
              /\ log' = IF Cardinality(log) < 2 THEN log \cup {[who |-> p.name, m |-> m1, s |-> {p.role}]} ELSE log \ {[who |-> p.name, m |-> m1, s |-> {p.role}]}
        \/ \E q \in log : /\ log' = log \ {q}
                          /\ UNCHANGED people

Inv == /\ \A p \in people : people \ {p} = {q \in people : q # p}
       /\ \A n \in Names, r \in Roles : people \ {P(n, r)} = {q \in people : q # P(n, r)}
       /\ people \ {P("abe", "guest")} = people
       /\ people \ {P("bea", "guest")} = people
       /\ people \ {P("zed", "admin")} = people
       /\ people \ {[name |-> "ann"]} = people
       /\ people \ {[name |-> "ann", role |-> "guest", x |-> 1]} = people
       /\ \A q \in log : log \ {q} = {x \in log : x # q}
       /\ log \ {[who |-> "ann", m |-> m2, s |-> {"guest"}]} = log
       /\ log \ {[who |-> "ann", m |-> m1, s |-> {}]} = log
       /\ {} \ {P("ann", "guest")} = {}
       /\ Cardinality(people) = 3
=============================================================================
