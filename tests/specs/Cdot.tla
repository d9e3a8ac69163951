---- MODULE Cdot ----
\* Action composition A \cdot B: the steps s -> u with s -A-> t -B-> u for some t.
\*
\* From x, A reaches t = x + 1 or x + 2 and B doubles t (it reads t, not s): u = 2x + 2 or
\* 2x + 4, while x < 8. From 0: 2, 4; from 2: 6, 8; from 4: 10, 12; from 6: 14, 16; the others
\* stop. Distinct states 0, 2, ..., 16 (9), the longest shortest path 0 -> 2 -> 6 -> 14 (depth 4).
\* TLC counts each intermediate state t as a generated state too: 17 generated (8 states t, 8 states u
\* and the initial state).
EXTENDS Naturals, TLC
ASSUME TLCGet("-Dtlc2.tool.impl.Tool.cdot") = "true"
VARIABLE x
Init == x = 0
A == x' \in {x + 1, x + 2}
B == x' = 2 * x
Next == x < 8 /\ (A \cdot B)
Inv == x \in {0, 2, 4, 6, 8, 10, 12, 14, 16}
====
