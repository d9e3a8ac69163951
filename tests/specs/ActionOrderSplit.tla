---- MODULE ActionOrderSplit ----
\* [][A]_v checked by A's disjuncts (prop_split.c) in TLC's order: the disjuncts first, v only when
\* none holds; on a stuttering step too, where v' is v but A may fail to evaluate. Case: whether
\* Next stutters.
EXTENDS Naturals
CONSTANTS Case
VARIABLES p, c
Init == p = 0 /\ c = 0
Next == \/ p < 2 /\ p' = p + 1 /\ UNCHANGED c
        \/ p = 2 /\ c < 1 /\ p' = 0 /\ c' = c + 1
        \/ Case = "stutter" /\ UNCHANGED <<p, c>>
Bad == 10 \div (2 - p)
Up == p < 2 /\ p' = p + 1 /\ c' = c
Wrap == p = 2 /\ p' = 0 /\ c' = c + 1
DivUp == p < 2 /\ 10 \div (p' - p) > 0 /\ p' = p + 1 /\ c' = c
VHolds == [][Up \/ Wrap]_<<p, c, Bad>>
AFails == [][DivUp \/ Wrap]_<<p, c>>
====
