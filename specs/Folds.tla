------------------------------- MODULE Folds --------------------------------
(***************************************************************************)
(* The general fold over a set, as tlc-c ships it: apply f to each        *)
(* element, picking elements one at a time with choose, and combine the   *)
(* results with op starting from base.                                    *)
(***************************************************************************)
MapThenFoldSet(op(_, _), base, f(_), choose(_), S) ==
    LET RECURSIVE Go(_)
        Go(T) == IF T = {} THEN base
                 ELSE LET x == choose(T) IN op(f(x), Go(T \ {x}))
    IN Go(S)
=============================================================================
