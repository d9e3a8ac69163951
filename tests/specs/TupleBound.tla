----------------------------- MODULE TupleBound -----------------------------
\* The binding forms over one tuple of names, `<<x, y>> \in S` (compile.c's bind_one): CHOOSE, a set
\* map, a set filter and a function, over an explicit set, a product, a set of sequences of several
\* lengths and the empty set; the error cases are TupleBoundMap and TupleBoundFunc.
EXTENDS Integers, Sequences
VARIABLE k

Pairs == {<<1, 2>>, <<2, 1>>, <<3, 3>>}
Grid == (0..k) \X (1..2)

Init == k = 0
Next == k' = (k + 1) % 4

Inv == /\ (CHOOSE <<a, b>> \in Pairs : a > b) = <<2, 1>>
       /\ (CHOOSE <<a, b>> \in Grid : a + b = k + 2) = <<k, 2>>
       /\ {a + b : <<a, b>> \in Pairs} = {3, 6}
       /\ {<<b, a>> : <<a, b>> \in Grid} = (1..2) \X (0..k)
       /\ {a * 10 + b : <<a, b>> \in {}} = {}
       /\ {<<a, b>> \in Pairs : a < b} = {<<1, 2>>}
       /\ {<<a, b>> \in Grid : a = k} = {<<k, 1>>, <<k, 2>>}
       /\ [<<a, b>> \in Pairs |-> a - b][<<2, 1>>] = 1
       /\ [<<a, b>> \in Grid |-> a * b][<<k, 2>>] = 2 * k
       /\ DOMAIN [<<a, b>> \in Grid |-> a] = Grid
       /\ [<<a, b>> \in {} |-> a] = <<>>
       /\ {a : <<a>> \in {<<k>>, <<k + 1>>}} = {k, k + 1}
       /\ \A <<a, b>> \in Pairs : a + b >= 3
=============================================================================
