---- MODULE SimCheckedValues ----
\* A simulation checks each successor with the values it was made from, not decoded from its bytes
\* (model_worker.c check_emitted), while the checks need values. Each step has three successors, two
\* outside the CONSTRAINT (side # 0: checked and counted, never taken) and one action (the \E is not
\* at its top: TLC does not split it), so the walk and the counts are the same in any simulator.
\* Their values are built in several ways (a set by union and difference, a sequence by Append or
\* as a function on 1..k, a record by EXCEPT, model values chosen), which Shapes compares with
\* values written otherwise. Inv fails in an outside successor (SimCheckedValues), or its evaluation
\* fails there (SimCheckedValuesError), as in TLC's simulator.
EXTENDS Integers, Sequences, FiniteSets
CONSTANTS a, b, c
VARIABLES n, side, s, f, r
M == {a, b, c}
Init == n = 0 /\ side = 0 /\ s = {} /\ f = <<>> /\ r = [p |-> a, k |-> 0]
Next == /\ n' = n + 1
        /\ \E d \in 0..2 :
           /\ side' = d
           /\ s' = IF d = 1 THEN (s \cup {n, n + 2}) \ {n + 2} ELSE s \cup {n}
           /\ f' = IF d = 2 THEN [i \in 1..Len(f) + 1 |-> IF i > Len(f) THEN r.p ELSE f[i]]
                            ELSE Append(f, r.p)
           /\ r' = [r EXCEPT !.k = n * d, !.p = IF d = 0 THEN r.p ELSE CHOOSE x \in M \ {r.p} : TRUE]
Side == side = 0
Shapes == /\ s = 0..(n - 1)
          /\ DOMAIN f = 1..n
          /\ f = [i \in 1..n |-> f[i]]
          /\ \A i \in 1..Len(f) : f[i] \in M
          /\ r = [k |-> r.k, p |-> r.p]
          /\ r.k \in {0, (n - 1) * side}
          /\ Cardinality({f[i] : i \in 1..Len(f)}) <= 2
Inv == Shapes /\ ~(side = 2 /\ n = 7 /\ r.p = b /\ f[n] = a)
InvError == Shapes /\ (side = 1 /\ n = 5 => f[n + 1] = a)
====
