------------------------------- MODULE LetKept -------------------------------
\* LET definitions without parameters kept for the run by the values of the bound names they read
\* (letcache.c): an operator parameter holding a tuple, read through a LET definition from around
\* it (GameOfLife's `points` over `nbrs`); a quantified name; strings and model values; two names;
\* an argument bound by name and not forced yet (evaluated as before); a LET definition that would
\* fail and is never forced; one reading an operator argument (not kept); one whose value is a lazy
\* set (not kept); one reading a state variable (not kept); one in a RECURSIVE definition; the same
\* value as a tuple and as a function (hints in the key).
EXTENDS Integers, FiniteSets, Sequences
CONSTANTS A, B
VARIABLES n, m, s

Shift(p) == LET d == {-1, 0, 1}
                pts == {<<p[1] + x, p[2] + y>> : <<x, y>> \in d \X d}
            IN pts
Pairs(q) == \A i \in 1..2 : LET row == {<<i, j>> : j \in 1..q} IN Cardinality(row) = q
Tag(v, k) == LET t == {<<v, k, j>> : j \in 1..2} IN t
Lazy(k) == LET never == {1 \div (k - k) : j \in 1..2} IN k
Apply(Op(_), k) == LET img == {Op(j) : j \in 1..k} IN img
Above(k) == LET big == {j \in Nat : j > k} IN big
Late(k) == LET pick == {k + j : j \in 1..n} IN Cardinality(pick)
ByName(k) == LET sq == {k * j : j \in 1..2} IN IF n > 1 THEN Cardinality(sq) ELSE 0
RECURSIVE Down(_)
Down(k) == IF k = 0 THEN {} ELSE LET here == {k + j : j \in 0..1} IN here \cup Down(k - 1)
Dom(f) == LET idx == {f[j] : j \in DOMAIN f} IN idx
Double(x) == 2 * x

Init == n = 0 /\ m = A /\ s = {}
Next == \/ n < 3 /\ n' = n + 1 /\ s' = Shift(<<n, n + 1>>) /\ UNCHANGED m
        \/ m' = (IF m = A THEN B ELSE A) /\ s' = Tag(m, "x") /\ UNCHANGED n
        \/ n = 3 /\ n' = 0 /\ s' = Down(2) \cup Apply(Double, n) /\ UNCHANGED m

Inv == /\ Cardinality(Shift(<<n, n>>)) = 9
       /\ <<n + 1, n + 1>> \in Shift(<<n, n>>)
       /\ Pairs(n)
       /\ Tag(m, "y") # Tag(m, "x")
       /\ Tag(A, 1) # Tag(B, 1)
       /\ Lazy(n) = n
       /\ Apply(Double, n) = {2 * j : j \in 1..n}
       /\ Apply(LAMBDA j : j + n, 2) = {1 + n, 2 + n}
       /\ n + 1 \in Above(n)
       /\ Late(2) = n
       /\ ByName(n + 1) = IF n > 1 THEN 2 ELSE 0
       /\ Down(n) = IF n = 0 THEN {} ELSE 1..n + 1
       /\ Dom(<<n, n + 1>>) = Dom([j \in 1..2 |-> n + j - 1])
       /\ Cardinality(s) \in {0, 2, 5, 9}
=============================================================================
