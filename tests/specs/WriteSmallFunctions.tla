--------------------------- MODULE WriteSmallFunctions ---------------------------
(* A changed point of a function written anew where it is a function on the old point's domain whose
   range is at most 16 immediate values (value_io.c's put_small_function): a record of scalars changed
   at a field and replaced whole, a function of functions changed at an inner point (KeyValueStore's
   `snapshotStore[t][k]`), records two levels down changed at the last point and at another one; and
   the cases written like the old value: a point given another domain, a range of 17 values, a range
   holding a set. A variable of more than 128 bytes copied unchanged (value_io.c's LONG_COPY). *)
EXTENDS Integers

CONSTANTS a, b

VARIABLES r, s, t, u, big

Init == /\ r = [i \in 0..1 |-> [x |-> 0, y |-> "p"]]
        /\ s = [i \in 0..1 |-> [k \in 0..1 |-> a]]
        /\ t = [i \in 0..1 |-> [j \in 0..1 |-> [m |-> 0, n |-> TRUE]]]
        /\ u = [i \in 0..1 |-> [k \in 1..17 |-> 0]]
        /\ big = [i \in 1..40 |-> i * 100000]

SetR == \/ \E v \in {-300, a} : r' = [r EXCEPT ![1].x = v] /\ UNCHANGED <<s, t, u, big>>
        \/ r' = [r EXCEPT ![0] = [x |-> 1, y |-> "q"]] /\ UNCHANGED <<s, t, u, big>>
        \/ r' = [r EXCEPT ![0] = [z |-> {1}]] /\ UNCHANGED <<s, t, u, big>>
SetS == \E k \in 0..1 : s' = [s EXCEPT ![1][k] = b] /\ UNCHANGED <<r, t, u, big>>
SetT == \E i \in 0..1 : /\ t[i][i].m < 1
                        /\ t' = [t EXCEPT ![i][i].m = @ + 1, ![i][i].n = ~@]
                        /\ UNCHANGED <<r, s, u, big>>
SetU == /\ u[1][17] < 1
        /\ u' = [u EXCEPT ![1][17] = @ + 1]
        /\ UNCHANGED <<r, s, t, big>>
SetBig == /\ big[40] < 4000050
          /\ big' = [big EXCEPT ![40] = @ + 50]
          /\ UNCHANGED <<r, s, t, u>>

Next == SetR \/ SetS \/ SetT \/ SetU \/ SetBig

TypeOK == /\ DOMAIN r = 0..1 /\ DOMAIN s = 0..1 /\ DOMAIN t = 0..1
          /\ \A i \in 0..1 : u[i][17] \in 0..1
          /\ big[1] = 100000

(* Violated (WriteSmallFunctionsViolated.cfg): the trace prints the values decoded from the bytes. *)
NotAll == ~(r[1].x = a /\ s[1][1] = b /\ t[1][1].m = 1 /\ r[0] = [z |-> {1}] /\ big[40] > 4000000)
=============================================================================
