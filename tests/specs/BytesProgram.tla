---- MODULE BytesProgram ----
\* The invariants of BytesChecks' model as check_bytes.c's flat programs see them: the jumps of /\ and
\* \/ nested in each other and in quantifiers, => nested both ways, ~ around quantifiers, a quantifier
\* stopping early inside another that goes on, \E over an empty interval in a disjunction, and a
\* function's domain written as a set in one conjunct and as the interval in another (their constants
\* share an id). Deep is violated only in states where every process is at "c" (BytesProgramViolated).
EXTENDS BytesChecks
Groups == \A i \in Procs : \/ pc[i] = "a" /\ y[i] = 0 /\ x[i] = {0}
                           \/ pc[i] = "b" /\ x[i] = {0, 1}
                           \/ pc[i] = "c" /\ x[i] = {1}
Chain == \A i \in Procs : /\ pc[i] = "a" => (y[i] = 0 => x[i] = {0})
                          /\ (pc[i] = "c" => y[i] \in {0, 1}) => y[i] /= 2
Nested == \A i \in Procs : \E j \in Procs : pc[j] = pc[i] /\ ~(\A k \in Procs : pc[k] /= pc[i])
EmptyOr == \/ \E i \in 1..0 : pc[i] = "a"
           \/ ~(\E i \in 1..0 : pc[i] = "a") /\ owner \in {M1, M2}
SameDomain == /\ pc \in [{0, 1, 2} -> {"a", "b", "c"}]
              /\ \A i \in 0..2 : pc[i] /= "d"
              /\ y \in [{2, 0, 1} -> {0, 1}]
Deep == \A i \in Procs : pc[i] = "c" => \E j \in Procs : j /= i /\ pc[j] /= "c"
====
