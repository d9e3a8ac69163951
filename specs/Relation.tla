------------------------------ MODULE Relation ------------------------------
(***************************************************************************)
(* Binary relations as Boolean functions [S \X S -> BOOLEAN], as tlc-c    *)
(* ships them (community module).                                         *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets
IsReflexive(R, S) == \A x \in S : R[x, x]
IsIrreflexive(R, S) == \A x \in S : ~R[x, x]
IsSymmetric(R, S) == \A x, y \in S : R[x, y] <=> R[y, x]
IsAntiSymmetric(R, S) == \A x, y \in S : R[x, y] /\ R[y, x] => x = y
IsAsymmetric(R, S) == \A x, y \in S : ~(R[x, y] /\ R[y, x])
IsTransitive(R, S) == \A x, y, z \in S : R[x, y] /\ R[y, z] => R[x, z]
IsStrictlyPartiallyOrdered(R, S) == IsIrreflexive(R, S) /\ IsTransitive(R, S)
IsPartiallyOrdered(R, S) == IsReflexive(R, S) /\ IsAntiSymmetric(R, S) /\ IsTransitive(R, S)
IsStrictlyTotallyOrdered(R, S) == IsStrictlyPartiallyOrdered(R, S) /\ \A x, y \in S : x # y => R[x, y] \/ R[y, x]
IsTotallyOrdered(R, S) == IsPartiallyOrdered(R, S) /\ \A x, y \in S : R[x, y] \/ R[y, x]
TransitiveClosure(R, S) ==
    LET RECURSIVE Close(_, _)
        Close(T, n) == IF n = 0 THEN T
                       ELSE Close([p \in S \X S |-> T[p] \/ \E z \in S : T[p[1], z] /\ T[z, p[2]]], n - 1)
    IN Close(R, Cardinality(S))
ReflexiveTransitiveClosure(R, S) == LET T == TransitiveClosure(R, S) IN [p \in S \X S |-> p[1] = p[2] \/ T[p]]
IsConnected(R, S) == LET T == ReflexiveTransitiveClosure(R, S) IN \A x, y \in S : T[x, y]
=============================================================================
