------------------------------ MODULE Relation ------------------------------
(***************************************************************************)
(* Binary relations over a set S as Boolean functions R on S \X S, or as  *)
(* binary operators (the ...Under forms), as tlc-c ships them (community *)
(* module). The closures are computed natively (Warshall's algorithm).    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

IsReflexive(R, S) == \A x \in S : R[x, x]
IsIrreflexive(R, S) == \A x \in S : ~R[x, x]
IsSymmetric(R, S) == \A x, y \in S : R[x, y] <=> R[y, x]
IsAntiSymmetric(R, S) == \A x, y \in S : R[x, y] /\ R[y, x] => x = y
IsAsymmetric(R, S) == \A x, y \in S : ~(R[x, y] /\ R[y, x])
IsTransitive(R, S) == \A x, y, z \in S : R[x, y] /\ R[y, z] => R[x, z]
IsStrictlyPartiallyOrdered(R, S) == IsIrreflexive(R, S) /\ IsAntiSymmetric(R, S) /\ IsTransitive(R, S)
IsPartiallyOrdered(R, S) == IsReflexive(R, S) /\ IsAntiSymmetric(R, S) /\ IsTransitive(R, S)
IsStrictlyTotallyOrdered(R, S) ==
    IsStrictlyPartiallyOrdered(R, S) /\ \A x, y \in S : x # y => R[x, y] \/ R[y, x]
IsTotallyOrdered(R, S) == IsPartiallyOrdered(R, S) /\ \A x, y \in S : R[x, y] \/ R[y, x]

\* The relation that op states on S.
LOCAL AsRelation(op(_, _), S) == [p \in S \X S |-> op(p[1], p[2])]
IsReflexiveUnder(op(_, _), S) == IsReflexive(AsRelation(op, S), S)
IsIrreflexiveUnder(op(_, _), S) == IsIrreflexive(AsRelation(op, S), S)
IsSymmetricUnder(op(_, _), S) == IsSymmetric(AsRelation(op, S), S)
IsAntiSymmetricUnder(op(_, _), S) == IsAntiSymmetric(AsRelation(op, S), S)
IsAsymmetricUnder(op(_, _), S) == IsAsymmetric(AsRelation(op, S), S)
IsTransitiveUnder(op(_, _), S) == IsTransitive(AsRelation(op, S), S)
IsStrictlyPartiallyOrderedUnder(op(_, _), S) == IsStrictlyPartiallyOrdered(AsRelation(op, S), S)
IsPartiallyOrderedUnder(op(_, _), S) == IsPartiallyOrdered(AsRelation(op, S), S)
IsStrictlyTotallyOrderedUnder(op(_, _), S) == IsStrictlyTotallyOrdered(AsRelation(op, S), S)
IsTotallyOrderedUnder(op(_, _), S) == IsTotallyOrdered(AsRelation(op, S), S)

(* The transitive closure of R on S, a function on S \X S (empty when S   *)
(* is): [x, y \in S |-> R[x, y]] extended by paths through S, Cardinality *)
(* (S) times, as published (a recursive function over Nat there).         *)
TransitiveClosure(R, S) ==                                       \* native
    LET RECURSIVE Extend(_, _)
        Extend(T, n) == IF n = 0 THEN T
                        ELSE Extend([x, y \in S |-> T[x, y] \/ \E z \in S : T[x, z] /\ T[z, y]], n - 1)
    IN Extend([x, y \in S |-> R[x, y]], Cardinality(S))
ReflexiveTransitiveClosure(R, S) ==                              \* native
    LET trcl == TransitiveClosure(R, S) IN [x, y \in S |-> x = y \/ trcl[x, y]]
IsConnected(R, S) ==                                             \* native
    LET rtrcl == ReflexiveTransitiveClosure(R, S) IN \A x, y \in S : rtrcl[x, y]
=============================================================================
