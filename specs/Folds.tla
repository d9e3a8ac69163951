------------------------------- MODULE Folds --------------------------------
(***************************************************************************)
(* The general fold over a set, as tlc-c ships it (community module),     *)
(* computed natively: apply f to each element of S, picking the elements  *)
(* one at a time with choose, and combine the results with op, starting   *)
(* from base:                                                              *)
(*    op(f(x1), op(f(x2), ... op(f(xn), base) ...))                         *)
(* where x1 = choose(S), x2 = choose(S \ {x1}), and so on. The result     *)
(* depends on choose unless op is associative and commutative.            *)
(***************************************************************************)
MapThenFoldSet(op(_, _), base, f(_), choose(_), S) ==   \* native
    LET RECURSIVE Go(_)
        Go(T) == IF T = {} THEN base
                 ELSE LET x == choose(T) IN op(f(x), Go(T \ {x}))
    IN Go(S)
=============================================================================
