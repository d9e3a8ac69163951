--------------------------------- MODULE TLC --------------------------------
(***************************************************************************)
(* TLC's own operators, as tlc-c ships them. Print, PrintT, Assert,       *)
(* JavaTime, TLCGet, TLCSet, :>, @@, Permutations, SortSeq, Any,          *)
(* RandomElement, ToString and TLCEval are computed natively.             *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets
Print(out, val) == val                  \* native: also prints out
PrintT(out) == TRUE                     \* native: also prints out
Assert(val, out) == IF val = TRUE THEN TRUE ELSE CHOOSE v : FALSE   \* native: fails with out
JavaTime == CHOOSE n : n \in Nat        \* native: seconds since the epoch
TLCGet(i) == CHOOSE n : TRUE            \* native
TLCSet(i, v) == TRUE                    \* native
d :> e == [x \in {d} |-> e]             \* native
f @@ g == [x \in (DOMAIN f) \cup (DOMAIN g) |-> IF x \in DOMAIN f THEN f[x] ELSE g[x]]   \* native
Permutations(S) == { f \in [S -> S] : \A w \in S : \E v \in S : f[v] = w }   \* native
SortSeq(s, Op(_, _)) ==                 \* native
    LET Perm == CHOOSE p \in Permutations(1 .. Len(s)) :
                    \A i, j \in 1 .. Len(s) : (i < j) => Op(s[p[i]], s[p[j]]) \/ (s[p[i]] = s[p[j]])
    IN [i \in 1 .. Len(s) |-> s[Perm[i]]]
RandomElement(s) == CHOOSE x \in s : TRUE   \* native: a random element
Any == CHOOSE x : TRUE                  \* native: TLC's ANY, the set of every value
ToString(v) == (CHOOSE x \in [a : v, b : STRING] : TRUE).b   \* native
TLCEval(v) == v                         \* native
=============================================================================
