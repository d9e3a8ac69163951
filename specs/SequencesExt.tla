---------------------------- MODULE SequencesExt ----------------------------
(***************************************************************************)
(* More operators on sequences, as tlc-c ships them (community module).   *)
(* The operators marked native are computed in C with the meaning stated  *)
(* here; where TLC's own override of an operator means something else     *)
(* than the published definition, the comment says which tlc-c follows.   *)
(* Strings are sequences of characters where TLC takes them: in IsPrefix, *)
(* IsStrictPrefix, Front, RemoveAt, Prefixes, LongestCommonPrefix,        *)
(* FlattenSeq (of strings), SubSeqs, IndexFirstSubSeq, ReplaceFirstSubSeq *)
(* and ReplaceAllSubSeqs.                                                 *)
(***************************************************************************)
EXTENDS Sequences, Naturals, FiniteSets, FiniteSetsExt, Folds, Functions, Bags, TLC

ToSet(s) == { s[i] : i \in DOMAIN s }                                        \* native
ToBag(s) == [x \in Range(s) |-> Cardinality({ i \in DOMAIN s : s[i] = x })]   \* native
(* The elements of S in their canonical order (the first injective        *)
(* function in CHOOSE's order, and the order of TLC's override).          *)
SetToSeq(S) == CHOOSE f \in [1 .. Cardinality(S) -> S] : IsInjective(f)       \* native
SetToSeqs(S) ==                                                              \* native
    LET D == 1 .. Cardinality(S) IN { f \in [D -> S] : \A i, j \in D : i # j => f[i] # f[j] }
SetToSortSeq(S, op(_, _)) == SortSeq(SetToSeq(S), op)
SetToAllKPermutations(S) == UNION { SetToSeqs(s) : s \in SUBSET S }
TupleOf(set, n) == [1 .. n -> set]
SeqOf(set, n) == UNION { [1 .. m -> set] : m \in 0 .. n }
BoundedSeq(S, n) == SeqOf(S, n)

Contains(s, e) == \E i \in 1 .. Len(s) : s[i] = e                              \* native
IsSorted(s, op(_, _)) == \A i, j \in 1 .. Len(s) : i < j => op(s[i], s[j])   \* native
Reverse(s) == [i \in 1 .. Len(s) |-> s[(Len(s) - i) + 1]]                     \* native
Remove(s, e) == SelectSeq(s, LAMBDA t : t # e)                                \* native
ReplaceAll(s, old, new) == [i \in 1 .. Len(s) |-> IF s[i] = old THEN new ELSE s[i]]   \* native

(* The index of the first (last) element of seq that satisfies Test, 0    *)
(* when none does. The SubSeq forms look at the elements from .. to and,  *)
(* as TLC's override does, still count from the start of seq (the         *)
(* published definition, through SubSeq(seq, from, to), counts from       *)
(* `from`).                                                               *)
SelectInSeq(seq, Test(_)) ==                                                 \* native
    LET I == { i \in 1 .. Len(seq) : Test(seq[i]) } IN IF I # {} THEN Min(I) ELSE 0
SelectInSubSeq(seq, from, to, Test(_)) ==                                    \* native
    LET I == { i \in from .. to : Test(seq[i]) } IN IF I # {} THEN Min(I) ELSE 0
SelectLastInSeq(seq, Test(_)) ==                                             \* native
    LET I == { i \in 1 .. Len(seq) : Test(seq[i]) } IN IF I # {} THEN Max(I) ELSE 0
SelectLastInSubSeq(seq, from, to, Test(_)) ==                                \* native
    LET I == { i \in from .. to : Test(seq[i]) } IN IF I # {} THEN Max(I) ELSE 0

InsertAt(s, i, e) == SubSeq(s, 1, i - 1) \o <<e>> \o SubSeq(s, i, Len(s))     \* native
ReplaceAt(s, i, e) == [s EXCEPT ![i] = e]                                    \* native
RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))             \* native
RemoveFirst(s, e) ==                                                         \* native
    IF \E i \in 1 .. Len(s) : s[i] = e THEN RemoveAt(s, SelectInSeq(s, LAMBDA v : v = e)) ELSE s
RemoveFirstMatch(s, Test(_)) ==                                              \* native
    IF \E i \in 1 .. Len(s) : Test(s[i]) THEN RemoveAt(s, SelectInSeq(s, Test)) ELSE s
Cons(elt, seq) == <<elt>> \o seq                                             \* native
Snoc(elt, seq) == Append(seq, elt)                                           \* native
Front(s) == SubSeq(s, 1, Len(s) - 1)                                         \* native
Last(s) == s[Len(s)]                                                         \* native

IsPrefix(s, t) == Len(s) <= Len(t) /\ SubSeq(s, 1, Len(s)) = SubSeq(t, 1, Len(s))   \* native
IsStrictPrefix(s, t) == IsPrefix(s, t) /\ s # t                              \* native
IsSuffix(s, t) == IsPrefix(Reverse(s), Reverse(t))                           \* native
IsStrictSuffix(s, t) == IsSuffix(s, t) /\ s # t                              \* native
Prefixes(s) == { SubSeq(s, 1, l) : l \in 0 .. Len(s) }                       \* native
CommonPrefixes(S) ==
    LET P == UNION { Prefixes(seq) : seq \in S } IN { prefix \in P : \A t \in S : IsPrefix(prefix, t) }
LongestCommonPrefix(S) ==                                                    \* native
    CHOOSE longest \in CommonPrefixes(S) : \A other \in CommonPrefixes(S) : Len(other) <= Len(longest)
Suffixes(s) == { SubSeq(s, l, Len(s)) : l \in 1 .. Len(s) } \cup { <<>> }   \* native
SeqMod(a, b) == IF a % b = 0 THEN b ELSE a % b

(* FoldFunction's order (TLC's override): op(seq[n], ... op(seq[1], base)).*)
FoldSeq(op(_, _), base, seq) == FoldFunction(op, base, seq)                   \* native
(* op(... op(op(base, seq[1]), seq[2]) ..., seq[n]) *)
FoldLeft(op(_, _), base, seq) ==                                             \* native
    MapThenFoldSet(LAMBDA x, y : op(y, x), base, LAMBDA i : seq[i], LAMBDA S : Max(S), DOMAIN seq)
(* op(seq[1], op(seq[2], ... op(seq[n], base) ...)) *)
FoldRight(op(_, _), seq, base) ==                                            \* native
    MapThenFoldSet(op, base, LAMBDA i : seq[i], LAMBDA S : Min(S), DOMAIN seq)
FoldLeftDomain(op(_, _), base, seq) == FoldLeft(op, base, [i \in DOMAIN seq |-> i])    \* native
FoldRightDomain(op(_, _), seq, base) == FoldRight(op, [i \in DOMAIN seq |-> i], base)  \* native

(* The concatenation of the sequences (or strings) of seqs.               *)
FlattenSeq(seqs) ==                                                          \* native
    IF Len(seqs) = 0 THEN seqs
    ELSE LET flatten[i \in 1 .. Len(seqs)] == IF i = 1 THEN seqs[i] ELSE flatten[i - 1] \o seqs[i]
         IN flatten[Len(seqs)]
(* Pairs of the elements of s and t at the same position, as long as the  *)
(* shorter of the two.                                                    *)
Zip(s, t) ==                                                                 \* native
    LET l == IF Len(s) <= Len(t) THEN Len(s) ELSE Len(t) IN [i \in 1 .. l |-> <<s[i], t[i]>>]
(* As published: << <<s[1]>>, <<t[1]>>, <<s[2]>>, <<t[2]>>, ... >>, and   *)
(* << <<>>, <<>> >> for two empty sequences; undefined (an error) for     *)
(* sequences of different lengths.                                        *)
Interleave(s, t) ==                                                          \* native
    CASE Len(s) = Len(t) /\ Len(s) > 0 ->
            [i \in 1 .. 2 * Len(s) |-> IF i % 2 = 1 THEN <<s[(i + 1) \div 2]>> ELSE <<t[i \div 2]>>]
      [] Len(s) = Len(t) /\ Len(s) = 0 -> << <<>>, <<>> >>
SubSeqs(s) == { SubSeq(s, i + 1, j) : i, j \in 0 .. Len(s) }                 \* native
(* The subsequences of s with any elements left out, in order.            *)
AllSubSeqs(s) == { FoldFunction(Snoc, <<>>, [i \in D |-> s[i]]) : D \in SUBSET DOMAIN s }   \* native

(* Where s first occurs in t (1 for s = <<>>); an error when s does not   *)
(* occur in t.                                                            *)
IndexFirstSubSeq(s, t) ==                                                    \* native
    LET last == CHOOSE i \in 0 .. Len(t) : /\ s \in SubSeqs(SubSeq(t, 1, i))
                                          /\ \A j \in 0 .. i - 1 : s \notin SubSeqs(SubSeq(t, 1, j))
    IN last - (Len(s) - 1)
ReplaceSubSeqAt(i, r, s, t) == SubSeq(t, 1, i - 1) \o r \o SubSeq(t, i + Len(s), Len(t))
ReplaceFirstSubSeq(r, s, t) ==                                               \* native
    IF s \in SubSeqs(t) THEN ReplaceSubSeqAt(IndexFirstSubSeq(s, t), r, s, t) ELSE t
(* t with every occurrence of s replaced by r, the occurrences taken from *)
(* the left without overlap; for s = <<>>, r before each element of t (r  *)
(* when t is empty too). This is TLC's override for strings and what the  *)
(* published text states; its definition for sequences, which picks      *)
(* among the ways of cutting t by CHOOSE's order, can place a lone        *)
(* occurrence further right (<<0, 1, 1, 1>> with s = <<1, 1>>) and is    *)
(* beyond TLC's reach past a few elements.                                *)
ReplaceAllSubSeqs(r, s, t) ==                                                \* native
    IF Len(s) = 0
    THEN IF Len(t) = 0 THEN r ELSE FlattenSeq([i \in 1 .. Len(t) |-> r \o SubSeq(t, i, i)])
    ELSE LET RECURSIVE Go(_)
             Go(u) == IF s \notin SubSeqs(u) THEN u
                      ELSE LET i == IndexFirstSubSeq(s, u)
                           IN SubSeq(u, 1, i - 1) \o r \o Go(SubSeq(u, i + Len(s), Len(u)))
         IN Go(t)
=============================================================================
