---- MODULE RowsShared ----
\* Two invariants kept by the rows of one variable (check_cache.c's rows_of): the second part
\* asked in a state finds the rows the first found and must still miss on a row its own table lacks.
EXTENDS Naturals, Sequences
CONSTANT N
VARIABLES x, t
D == 1..N
TypeOK == x \in [D -> Seq(0..3)]
Bounded == \A p \in D : Len(x[p]) <= 2
Cap(p) == IF p = N /\ t = 3 THEN 3 ELSE 2
Init == x = [p \in D |-> <<>>] /\ t = 0
Tick == t < 3 /\ t' = t + 1 /\ UNCHANGED x
Put(p, v) == Len(x[p]) < Cap(p) /\ x' = [x EXCEPT ![p] = Append(@, v)] /\ UNCHANGED t
Take(p) == x[p] # <<>> /\ x' = [x EXCEPT ![p] = Tail(@)] /\ UNCHANGED t
Next == Tick \/ \E p \in D : (\E v \in 0..1 : Put(p, v)) \/ Take(p)
====
