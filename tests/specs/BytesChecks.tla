---- MODULE BytesChecks ----
\* Invariants decided from the state's bytes (check_bytes.c): quantifiers over a..b (nested, empty,
\* over a part of a function's domain), v[i] against strings, sets and numbers, \in and \notin
\* constant sets, v \in [D -> T], model values, a quantifier's variable compared; and the cases the
\* bytes leave to the evaluator: a string against a model value, a domain not the interval's.
EXTENDS Naturals
CONSTANTS N, M1, M2, M3
VARIABLES pc, x, y, owner
Procs == 0..N-1
Init == /\ pc = [i \in Procs |-> "a"]
        /\ x = [i \in Procs |-> {0}]
        /\ y = [i \in Procs |-> 0]
        /\ owner = M1
Step(i) == \/ /\ pc[i] = "a"
              /\ pc' = [pc EXCEPT ![i] = "b"]
              /\ x' = [x EXCEPT ![i] = {0, 1}]
              /\ UNCHANGED <<y, owner>>
           \/ /\ pc[i] = "b"
              /\ pc' = [pc EXCEPT ![i] = "c"]
              /\ x' = [x EXCEPT ![i] = {1}]
              /\ \E v \in x[(i + 1) % N] : y' = [y EXCEPT ![i] = v]
              /\ UNCHANGED owner
           \/ /\ pc[i] = "c"
              /\ owner' = IF owner = M1 THEN M2 ELSE M1
              /\ UNCHANGED <<pc, x, y>>
Next == \E i \in Procs : Step(i)
TypeOK == /\ pc \in [Procs -> {"a", "b", "c"}]
          /\ x \in [0..(N-1) -> SUBSET {0, 1} \ {{}}]
          /\ y \in [Procs -> {0, 1}]
          /\ owner \in {M1, M2}
Sets == \A i \in Procs : pc[i] \in {"b", "c"} => (x[i] = {0, 1} \/ x[i] = {1})
Some == \/ \E i \in Procs : pc[i] /= "c"
        \/ \E i \in Procs : y[i] = 1
        \/ owner = M2
Pairs == \A i \in Procs : \A j \in Procs : (i /= j /\ pc[i] = "c" /\ pc[j] = "c") => y[i] \in 0..1
Empty == /\ \A i \in 1..0 : pc[i] = 7
         /\ ~(\E i \in 1..0 : pc[i] = "a")
NotIn == \A i \in Procs : y[i] \notin {2, 3} /\ ~(pc[i] = "d")
Models == owner /= M3 /\ \A i \in Procs : pc[i] /= M3
Part == \A i \in 0..(N-2) : pc[i] /= "z"
Self == \A i \in Procs : i \in Procs /\ (pc[i] = "c" => i = i)
NotAllC == ~(\A i \in Procs : pc[i] = "c") \/ owner = M1
BadCompare == \A i \in Procs : pc[i] = "c" => y[i] /= "one"
====
