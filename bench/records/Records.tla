---------------------------- MODULE Records ----------------------------
(* A benchmark of tlc-c's own (not from the corpus): an access-control registry whose state is    *)
(* records with string fields and sets of such records, the shape of many real models (a set of  *)
(* messages, a set of grants) that makes a checker compare, sort and build records of strings.    *)
EXTENDS Naturals, FiniteSets

CONSTANTS Names, Docs, MaxPending

Roles == <<"guest", "member", "admin">>
Kinds == {"read", "write"}
Rank(r) == CHOOSE i \in 1..3 : Roles[i] = r

VARIABLES people, acl, pending, audit
vars == <<people, acl, pending, audit>>

Person(n) == CHOOSE p \in people : p.name = n
May(p, k) == k = "read" \/ p.role # "guest"

Init == /\ people = {[name |-> n, role |-> "guest"] : n \in Names}
        /\ acl = {}
        /\ pending = {}
        /\ audit = [who |-> "nobody", what |-> "none"]

Promote(n) ==
    LET p == Person(n) IN
    /\ Rank(p.role) < 3
    /\ people' = (people \ {p}) \cup {[p EXCEPT !.role = Roles[Rank(p.role) + 1]]}
    /\ audit' = [who |-> n, what |-> "promoted"]
    /\ UNCHANGED <<acl, pending>>

Demote(n) ==
    LET p == Person(n) IN
    /\ Rank(p.role) = 3
    /\ people' = (people \ {p}) \cup {[name |-> n, role |-> "guest"]}
    /\ acl' = {a \in acl : a.who # n \/ a.kind = "read"}
    /\ audit' = [who |-> n, what |-> "demoted"]
    /\ UNCHANGED pending

Request(n, d, k) ==
    /\ Cardinality(pending) < MaxPending
    /\ [who |-> n, doc |-> d, kind |-> k] \notin acl
    /\ pending' = pending \cup {[who |-> n, doc |-> d, kind |-> k]}
    /\ UNCHANGED <<people, acl, audit>>

Decide(r) ==
    /\ pending' = pending \ {r}
    /\ IF May(Person(r.who), r.kind)
          THEN /\ acl' = acl \cup {r}
               /\ audit' = [who |-> r.who, what |-> "granted"]
          ELSE /\ audit' = [who |-> r.who, what |-> "denied"]
               /\ UNCHANGED acl
    /\ UNCHANGED people

Revoke(a) ==
    /\ acl' = acl \ {a}
    /\ UNCHANGED <<people, pending, audit>>

Next == \/ \E n \in Names : Promote(n) \/ Demote(n)
        \/ \E n \in Names, d \in Docs, k \in Kinds : Request(n, d, k)
        \/ \E r \in pending : Decide(r)
        \/ \E a \in acl : Revoke(a)

Spec == Init /\ [][Next]_vars

TypeOK == /\ \A p \in people : p.name \in Names /\ p.role \in {Roles[i] : i \in 1..3}
          /\ Cardinality(people) = Cardinality(Names)
          /\ Cardinality(pending) <= MaxPending

(* A writer in the access list is not a guest. *)
WritersTrusted == \A a \in acl : a.kind = "write" => Person(a.who).role # "guest"
=============================================================================
