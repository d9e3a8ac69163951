---- MODULE InitFilterKept ----
\* Filters over many elements whose predicates keep what they make (an operator's argument, a LET
\* definition from around the filter, a state variable): tested as written, the arena kept; and
\* transient ones nested in them and around a smaller filter.
EXTENDS Integers, Sequences, FiniteSets, TLC
Seqs == UNION {[1 .. n -> 1 .. 4] : n \in 1 .. 5}
IsSorted(s) == \A i, j \in 1 .. Len(s) : (i < j) => (s[i] =< s[j])
Ones(s) == Cardinality({k \in 1 .. Len(s) : s[k] = 1})
VARIABLE x
Init == x \in {s \in Seqs : IsSorted(s)}
Next == \/ /\ Len(x) > 1
           /\ x' = Tail(x)
        \/ /\ Len(x) = 1
           /\ UNCHANGED x
\* a LET definition forced inside the filter, and the variable x read there
SameStart == LET m == Len(x) IN
             Cardinality({s \in Seqs : Len(s) = m /\ s[1] = x[1] /\ IsSorted(s)}) =
             Cardinality({s \in Seqs : Len(s) = Len(x) /\ s[1] = x[1] /\ \A i, j \in 1 .. Len(s) : (i < j) => (s[i] =< s[j])})
\* transient: a filter inside the predicate, a constant read there
FewOnes == Cardinality({s \in Seqs : Cardinality({k \in 1 .. Len(s) : s[k] = 1}) < 2})
ASSUME FewOnes = Cardinality({s \in Seqs : Ones(s) < 2})
ASSUME PrintT(<<"FewOnes", FewOnes>>)
====
