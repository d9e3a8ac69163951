---- MODULE LazyScratchTwoWorkers ----
\* Lazy sets serialised in states (intervals), compared with explicit ones, looked for in sets of
\* sets, printed, on two workers: each worker thread's scratch arenas for these are freed when it
\* ends (ASan's leak check finds them otherwise).
EXTENDS Naturals, TLC
CONSTANT N
VARIABLES n, s
Ranges == {j..k : j, k \in 0..N}
Init == n = 0 /\ s = 1..0
Next == \E j, k \in 0..N : n' = k /\ s' = j..k
TypeOK == /\ n \in 0..N
          /\ s \in Ranges
          /\ s \in SUBSET (0..N)
          /\ (1..n) \in {1..m : m \in 0..N}
          /\ (s = 0..n) => s \subseteq 0..N
          /\ (n = N /\ s = N..N) => PrintT(SUBSET s)
Spec == Init /\ [][Next]_<<n, s>>
====
