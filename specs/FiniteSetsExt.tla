--------------------------- MODULE FiniteSetsExt ---------------------------
(***************************************************************************)
(* More operators on finite sets, as tlc-c ships them (community module). *)
(* The operators marked native are computed in C with the meaning stated  *)
(* here.                                                                  *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Folds, Functions

(* Fold op over the elements of set, from base. TLC overrides the         *)
(* published definition (MapThenFoldSet with the first element chosen     *)
(* first) with Java that walks the set in its order and accumulates:      *)
(*    op(xn, ... op(x2, op(x1, base)) ...)    x1 the first element,        *)
(* which is the same value when op is associative and commutative, as the *)
(* published text asks; tlc-c follows TLC.                                *)
FoldSet(op(_, _), base, set) ==   \* native
    LET RECURSIVE Go(_, _)
        Go(acc, T) == IF T = {} THEN acc
                      ELSE LET x == CHOOSE x \in T : TRUE IN Go(op(x, acc), T \ {x})
    IN Go(base, set)

SumSet(set) == FoldSet(+, 0, set)                            \* native
ProductSet(set) == FoldSet(LAMBDA x, y : x * y, 1, set)      \* native
ReduceSet(op(_, _), set, acc) == FoldSet(op, acc, set)       \* native
MapThenSumSet(op(_), set) ==                                 \* native
    MapThenFoldSet(+, 0, op, LAMBDA s : CHOOSE x \in s : TRUE, set)
FlattenSet(S) == UNION S                                     \* native
SymDiff(A, B) == (A \ B) \cup (B \ A)                        \* native

(* The number of elements of S that satisfy P.                            *)
Quantify(S, P(_)) == Cardinality({ s \in S : P(s) })         \* native

(* The subsets of S with k elements ({} when k < 0 or k > |S|).           *)
kSubset(k, S) == { s \in SUBSET S : Cardinality(s) = k }     \* native

(* The greatest and least element of a non-empty finite set of integers.  *)
Max(S) == CHOOSE x \in S : \A y \in S : x >= y               \* native
Min(S) == CHOOSE x \in S : \A y \in S : x =< y               \* native

(* The sets made by picking one element of each set of Sets.             *)
Choices(Sets) ==                                             \* native
    LET ChoiceFunction(Ts) == { f \in [Ts -> UNION Ts] : \A T \in Ts : f[T] \in T }
    IN { Range(f) : f \in ChoiceFunction(Sets) }

(* The one element of S that satisfies P; an error when none or several  *)
(* do.                                                                    *)
ChooseUnique(S, P(_)) == CHOOSE x \in S : P(x) /\ \A y \in S : P(y) => y = x   \* native
=============================================================================
