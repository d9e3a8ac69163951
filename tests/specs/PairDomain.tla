---------------------------- MODULE PairDomain ----------------------------
\* f[<<a, b>>] on functions whose domains are sets of pairs (value.c's guess_index: the point guessed
\* from the domain's ends and checked, else a binary search): a full grid, negative numbers, a grid
\* with holes, pairs of strings, model values or sets, tuples of other lengths beside the
\* pairs, points outside the domain tested by DOMAIN, and a grid function changed by the steps.
EXTENDS Integers, FiniteSets
CONSTANTS m1, m2
VARIABLES g, n

Grid == (0..2) \X (0..2)
Neg == (-2..-1) \X (-1..0)
Holes == {<<0, 0>>, <<0, 2>>, <<1, 1>>, <<2, 0>>, <<2, 5>>}
Strs == {<<1, "a">>, <<2, "b">>, <<2, "a">>}
Models == {<<m1, 1>>, <<m2, 2>>, <<m1, 2>>}
Sets == {<<{1}, 1>>, <<{2}, 2>>, <<{}, 0>>}
Lens == {<<1>>, <<1, 2>>, <<1, 2, 3>>, <<0, 9>>, <<2, 0>>}

fG == [p \in Grid |-> p[1] * 3 + p[2]]
fN == [p \in Neg |-> p[1] - p[2]]
fH == [p \in Holes |-> p[1] + 10 * p[2]]
fS == [p \in Strs |-> p]
fM == [p \in Models |-> p[2]]
fT == [p \in Sets |-> p[2]]
Cnt(s) == CHOOSE k \in 0..3 : DOMAIN s = 1..k
fL == [p \in Lens |-> Cnt(p)]

Init == /\ g = [p \in (0..1) \X (0..1) |-> 0]
        /\ n = 0
Next == \/ /\ n < 3
           /\ \E x, y \in 0..1 : /\ g[<<x, y>>] = 0
                                 /\ g' = [g EXCEPT ![<<x, y>>] = n + 1]
           /\ n' = n + 1
        \/ n = 3 /\ UNCHANGED <<g, n>>

Inv == /\ \A x, y \in -1..3 : (<<x, y>> \in DOMAIN fG) = (x \in 0..2 /\ y \in 0..2)
       /\ \A p \in Grid : fG[p] = p[1] * 3 + p[2]
       /\ \A x \in 0..2, y \in 0..2 : fG[<<x, y>>] = 3 * x + y
       /\ \A p \in Neg : fN[p] = p[1] - p[2]
       /\ fN[<<-2, 0>>] = -2 /\ fN[<<-1, -1>>] = 0
       /\ \A p \in Holes : fH[p] = p[1] + 10 * p[2]
       /\ fH[<<2, 5>>] = 52 /\ fH[<<1, 1>>] = 11
       /\ <<1, 0>> \notin DOMAIN fH /\ <<2, 1>> \notin DOMAIN fH /\ <<0, 1>> \notin DOMAIN fH
       /\ fS[<<2, "b">>] = <<2, "b">> /\ fS[<<2, "a">>] = <<2, "a">> /\ <<1, "b">> \notin DOMAIN fS
       /\ fM[<<m1, 2>>] = 2 /\ fM[<<m2, 2>>] = 2 /\ fM[<<m1, 1>>] = 1
       /\ fT[<<{2}, 2>>] = 2 /\ fT[<<{}, 0>>] = 0
       /\ fL[<<1, 2>>] = 2 /\ fL[<<0, 9>>] = 2 /\ fL[<<1, 2, 3>>] = 3 /\ fL[<<1>>] = 1
       /\ <<1, 3>> \notin DOMAIN fL /\ <<9, 9>> \notin DOMAIN fL
       /\ \A x, y \in 0..1 : g[<<x, y>>] \in 0..3
       /\ Cardinality({p \in DOMAIN g : g[p] > 0}) = n
=============================================================================
