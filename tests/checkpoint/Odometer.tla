---- MODULE Odometer ----
\* N digits from 0 to K, each step raises one of them: (K + 1)^N states in N * K + 1 levels, wide
\* ones in the middle. Checkpoint tests stop and resume it; Bound is violated only at the last level.
EXTENDS Naturals
CONSTANTS N, K
VARIABLE d
Digits == 1..N
Init == d = [i \in Digits |-> 0]
Next == \E i \in Digits : d[i] < K /\ d' = [d EXCEPT ![i] = d[i] + 1]
Sum == LET S[i \in 0..N] == IF i = 0 THEN 0 ELSE S[i - 1] + d[i] IN S[N]
TypeOK == \A i \in Digits : d[i] \in 0..K
Bound == Sum < N * K
====
