---------------------------- MODULE PairDomainGap ----------------------------
\* f[<<a, b>>] at a pair inside the grid its domain's ends span but not in its domain (a hole), reached
\* after two steps: TLC's error, its position and trace (value.c's guess_index then the binary search).
EXTENDS Integers
VARIABLE k

Holes == {<<0, 0>>, <<0, 2>>, <<1, 1>>, <<2, 0>>, <<2, 2>>}
f == [p \in Holes |-> p[1] + 10 * p[2]]

Init == k = 0
Next == /\ k < 4
        /\ k' = k + 1
Inv == k < 2 \/ f[<<k - 1, 0>>] >= 0
=============================================================================
