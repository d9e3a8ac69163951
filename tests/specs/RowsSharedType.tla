---- MODULE RowsSharedType ----
\* A value outside TypeOK's set in a row met after Bounded, asked first, found the rows.
EXTENDS Naturals, Sequences
CONSTANT N
VARIABLES x, t
D == 1..N
TypeOK == x \in [D -> Seq(0..3)]
Bounded == \A p \in D : Len(x[p]) <= 2
Vals(p) == IF p = N /\ t = 3 THEN 0..4 ELSE 0..1
Init == x = [p \in D |-> <<>>] /\ t = 0
Tick == t < 3 /\ t' = t + 1 /\ UNCHANGED x
Put(p) == Len(x[p]) < 2 /\ \E v \in Vals(p) : x' = [x EXCEPT ![p] = Append(@, v)] /\ UNCHANGED t
Take(p) == x[p] # <<>> /\ x' = [x EXCEPT ![p] = Tail(@)] /\ UNCHANGED t
Next == Tick \/ \E p \in D : Put(p) \/ Take(p)
====
