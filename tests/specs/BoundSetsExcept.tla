--------------------------- MODULE BoundSetsExcept ---------------------------
(* One name bound to sets that are not listed (eval_for_bindings' fast path falls back to its
   general walk with the set it evaluated): an empty interval, SUBSET, a function set, a record set,
   a product, a set filter, an interval; and EXCEPT on small functions (copied in line) and larger
   ones (memcpy), nested paths, a key outside the domain (the function itself), `@`, records and
   sequences. Mode = "err": a bound set that is not a set, for one value of the state only. *)
EXTENDS Naturals, Sequences, TLC
CONSTANTS S, Mode
VARIABLES f, g, r, q, n

Big == [i \in 1..6 |-> 0]

Init == /\ f = [s \in S |-> 0]
        /\ g = [i \in 1..6 |-> [j \in S |-> 0]]
        /\ r = [a |-> 0, b |-> 0, c |-> 0, d |-> 0, e |-> 0]
        /\ q = <<0, 0>>
        /\ n = 0

Empty == /\ \E x \in 1..(n - 1) : n' = x \div 2
         /\ UNCHANGED <<f, g, r, q>>

Card(t) == IF t = {} THEN 0 ELSE IF \E x \in t : t = {x} THEN 1 ELSE 2

Subsets == /\ n < 3
           /\ \A x \in S : f[x] < 2
           /\ \E t \in SUBSET S : /\ Card(t) = 1
                                  /\ f' = [f EXCEPT ![CHOOSE x \in t : TRUE] = @ + 1]
           /\ n' = n + 1
           /\ UNCHANGED <<g, r, q>>

Funcs == /\ f[CHOOSE x \in S : TRUE] < 2
         /\ \E h \in [S -> {0, 1}] : /\ h # f
                                     /\ \A x \in S : h[x] >= f[x]
                                     /\ f' = [h EXCEPT ![99] = 5]
         /\ UNCHANGED <<g, r, q, n>>

Recs == /\ r.a < 2 /\ r.e < 4
        /\ \E p \in [a : {1, 2}, b : {3}] : r' = [r EXCEPT !.a = p.a, !.e = @ + p.b]
        /\ UNCHANGED <<f, g, q, n>>

Pairs == /\ q[1] < 2 /\ q[2] < 2
         /\ \E pr \in {1, 2} \X {3} : q' = [q EXCEPT ![1] = pr[1], ![2] = @ + 1]
         /\ UNCHANGED <<f, g, r, n>>

Nested == /\ \E i \in {j \in 1..6 : j > n + 4} : \E s \in S :
                 /\ g[i][s] < 1
                 /\ g' = [g EXCEPT ![i][s] = @ + 1, ![1][s] = 0]
          /\ UNCHANGED <<f, r, q, n>>

Bad == /\ Mode = "err"
       /\ n = 2
       /\ \E x \in n : n' = x
       /\ UNCHANGED <<f, g, r, q>>

Next == Empty \/ Subsets \/ Funcs \/ Recs \/ Pairs \/ Nested \/ Bad

Inv == /\ \A x \in S : f[x] \in 0..5
       /\ \A i \in 1..6 : \E s \in SUBSET S : s = {x \in S : g[i][x] = 1}
       /\ Big # g[1]
=============================================================================
