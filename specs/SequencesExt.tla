---------------------------- MODULE SequencesExt ----------------------------
(***************************************************************************)
(* More operators on sequences, as tlc-c ships them (community module).   *)
(***************************************************************************)
EXTENDS Sequences, Naturals, FiniteSets, FiniteSetsExt, Folds, Functions, Bags, TLC

ToSet(s) == { s[i] : i \in DOMAIN s }
ToBag(s) == [e \in ToSet(s) |-> Cardinality({ i \in DOMAIN s : s[i] = e })]
SetToSeq(S) == CHOOSE f \in [1 .. Cardinality(S) -> S] : IsInjective(f)   \* native
SetToSeqs(S) == { f \in [1 .. Cardinality(S) -> S] : IsInjective(f) }
SetToSortSeq(S, op(_, _)) == SortSeq(SetToSeq(S), op)
SetToAllKPermutations(S) == UNION { SetToSeqs(T) : T \in SUBSET S }
TupleOf(set, n) == [1 .. n -> set]
SeqOf(set, n) == UNION { [1 .. m -> set] : m \in 0 .. n }
BoundedSeq(S, n) == SeqOf(S, n)
Contains(s, e) == \E i \in 1 .. Len(s) : s[i] = e
IsSorted(s, op(_, _)) == \A i, j \in 1 .. Len(s) : i < j => op(s[i], s[j]) \/ s[i] = s[j]
Reverse(s) == [i \in 1 .. Len(s) |-> s[Len(s) - i + 1]]
Remove(s, e) == SelectSeq(s, LAMBDA t : t # e)
ReplaceAll(s, old, new) == [i \in 1 .. Len(s) |-> IF s[i] = old THEN new ELSE s[i]]
SelectInSeq(seq, Test(_)) ==
    LET I == { i \in 1 .. Len(seq) : Test(seq[i]) } IN IF I = {} THEN 0 ELSE Min(I)
SelectInSubSeq(seq, from, to, Test(_)) ==
    LET I == { i \in from .. to : Test(seq[i]) } IN IF I = {} THEN 0 ELSE Min(I)
SelectLastInSeq(seq, Test(_)) ==
    LET I == { i \in 1 .. Len(seq) : Test(seq[i]) } IN IF I = {} THEN 0 ELSE Max(I)
SelectLastInSubSeq(seq, from, to, Test(_)) ==
    LET I == { i \in from .. to : Test(seq[i]) } IN IF I = {} THEN 0 ELSE Max(I)
InsertAt(s, i, e) == SubSeq(s, 1, i - 1) \o <<e>> \o SubSeq(s, i, Len(s))
ReplaceAt(s, i, e) == [s EXCEPT ![i] = e]
RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))
RemoveFirst(s, e) == LET i == SelectInSeq(s, LAMBDA t : t = e) IN IF i = 0 THEN s ELSE RemoveAt(s, i)
RemoveFirstMatch(s, Test(_)) == LET i == SelectInSeq(s, Test) IN IF i = 0 THEN s ELSE RemoveAt(s, i)
Cons(elt, seq) == <<elt>> \o seq
Snoc(elt, seq) == Append(seq, elt)
Front(s) == SubSeq(s, 1, Len(s) - 1)
Last(s) == s[Len(s)]
IsPrefix(s, t) == Len(s) <= Len(t) /\ SubSeq(t, 1, Len(s)) = s
IsStrictPrefix(s, t) == IsPrefix(s, t) /\ s # t
IsSuffix(s, t) == IsPrefix(Reverse(s), Reverse(t))
IsStrictSuffix(s, t) == IsSuffix(s, t) /\ s # t
Prefixes(s) == { SubSeq(s, 1, n) : n \in 0 .. Len(s) }
CommonPrefixes(S) == LET P == UNION { Prefixes(s) : s \in S } IN { p \in P : \A s \in S : IsPrefix(p, s) }
LongestCommonPrefix(S) == CHOOSE p \in CommonPrefixes(S) : \A q \in CommonPrefixes(S) : Len(q) <= Len(p)
Suffixes(s) == { SubSeq(s, n, Len(s)) : n \in 1 .. Len(s) + 1 }
SeqMod(a, b) == IF a % b = 0 THEN b ELSE a % b
FoldLeft(op(_, _), base, seq) ==
    LET RECURSIVE Go(_, _)
        Go(acc, i) == IF i > Len(seq) THEN acc ELSE Go(op(acc, seq[i]), i + 1)
    IN Go(base, 1)
FoldRight(op(_, _), seq, base) ==
    LET RECURSIVE Go(_, _)
        Go(acc, i) == IF i = 0 THEN acc ELSE Go(op(seq[i], acc), i - 1)
    IN Go(base, Len(seq))
FoldSeq(op(_, _), base, seq) == FoldRight(op, seq, base)
FoldLeftDomain(op(_, _), base, seq) ==
    LET RECURSIVE Go(_, _)
        Go(acc, i) == IF i > Len(seq) THEN acc ELSE Go(op(acc, i), i + 1)
    IN Go(base, 1)
FoldRightDomain(op(_, _), seq, base) ==
    LET RECURSIVE Go(_, _)
        Go(acc, i) == IF i = 0 THEN acc ELSE Go(op(i, acc), i - 1)
    IN Go(base, Len(seq))
FlattenSeq(seqs) == FoldLeft(LAMBDA a, b : a \o b, << >>, seqs)
Zip(s, t) == [i \in 1 .. Len(s) |-> <<s[i], t[i]>>]
Interleave(s, t) == [i \in 1 .. 2 * Len(s) |-> IF i % 2 = 1 THEN s[(i + 1) \div 2] ELSE t[i \div 2]]
SubSeqs(s) == { SubSeq(s, i, j) : i \in 1 .. Len(s) + 1, j \in 0 .. Len(s) }
AllSubSeqs(s) == { [i \in 1 .. Cardinality(I) |-> s[CHOOSE k \in I : Cardinality({ m \in I : m < k }) = i - 1]] :
                   I \in SUBSET (1 .. Len(s)) }
IndexFirstSubSeq(s, t) ==
    LET I == { i \in 0 .. Len(t) : \E j \in 0 .. Len(t) : SubSeq(t, i + 1, j) = s }
    IN IF I = {} THEN 0 ELSE Min(I) + 1
ReplaceSubSeqAt(i, r, s, t) == SubSeq(t, 1, i - 1) \o r \o SubSeq(t, i + Len(s), Len(t))
ReplaceFirstSubSeq(r, s, t) == LET i == IndexFirstSubSeq(s, t) IN IF i = 0 THEN t ELSE ReplaceSubSeqAt(i, r, s, t)
ReplaceAllSubSeqs(r, s, t) ==
    LET RECURSIVE Go(_)
        Go(u) == LET i == IndexFirstSubSeq(s, u)
                 IN IF i = 0 \/ s = << >> THEN u
                    ELSE SubSeq(u, 1, i - 1) \o r \o Go(SubSeq(u, i + Len(s), Len(u)))
    IN Go(t)
=============================================================================
