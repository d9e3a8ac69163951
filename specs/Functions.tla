----------------------------- MODULE Functions ------------------------------
(***************************************************************************)
(* Operators on functions, as tlc-c ships them (community module). The    *)
(* operators marked native are computed in C with the meaning stated here.*)
(***************************************************************************)
EXTENDS Integers, Folds

Restrict(f, S) == [x \in S |-> f[x]]                                    \* native
RestrictDomain(f, Test(_)) == Restrict(f, { x \in DOMAIN f : Test(x) })  \* native
RestrictValues(f, Test(_)) ==                                           \* native
    LET S == { x \in DOMAIN f : Test(f[x]) } IN Restrict(f, S)
IsRestriction(narrow, wide) ==                                          \* native
    /\ DOMAIN narrow \subseteq DOMAIN wide
    /\ \A x \in DOMAIN narrow \cap DOMAIN wide : narrow[x] = wide[x]
Range(f) == { f[x] : x \in DOMAIN f }                                   \* native
Pointwise(f, g, T(_, _)) == [e \in DOMAIN f |-> T(f[e], g[e])]          \* native

(* For t in Range(f), the first s of S (in CHOOSE's order) that f maps to *)
(* t; for any other t, the first element of S.                            *)
Inverse(f, S, T) == [t \in T |-> CHOOSE s \in S : t \in Range(f) => f[s] = t]   \* native
AntiFunction(f) == Inverse(f, DOMAIN f, Range(f))                       \* native
IsInjective(f) == \A a, b \in DOMAIN f : f[a] = f[b] => a = b           \* native

Injection(S, T) == { M \in [S -> T] : IsInjective(M) }
Surjection(S, T) == { M \in [S -> T] : \A t \in T : \E s \in S : M[s] = t }
Bijection(S, T) == Injection(S, T) \cap Surjection(S, T)
ExistsInjection(S, T) == Injection(S, T) # {}                           \* native
ExistsSurjection(S, T) == Surjection(S, T) # {}                         \* native
ExistsBijection(S, T) == Bijection(S, T) # {}                           \* native

(* Fold op over the values fun[i] for i in indices, from base. TLC        *)
(* overrides the published definition (MapThenFoldSet, the first index    *)
(* chosen first) with Java that walks indices in their order and          *)
(* accumulates: op(fun[in], ... op(fun[i1], base) ...), i1 the first      *)
(* index; the same value when op is associative and commutative, as the   *)
(* published text asks. tlc-c follows TLC.                                *)
FoldFunctionOnSet(op(_, _), base, fun, indices) ==                      \* native
    LET RECURSIVE Go(_, _)
        Go(acc, I) == IF I = {} THEN acc
                      ELSE LET i == CHOOSE i \in I : TRUE IN Go(op(fun[i], acc), I \ {i})
    IN Go(base, indices)
FoldFunction(op(_, _), base, fun) == FoldFunctionOnSet(op, base, fun, DOMAIN fun)   \* native
SumFunctionOnSet(fun, indices) == FoldFunctionOnSet(+, 0, fun, indices)             \* native
SumFunction(fun) == SumFunctionOnSet(fun, DOMAIN fun)                               \* native
=============================================================================
