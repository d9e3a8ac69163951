------------------------------ MODULE BagsExt -------------------------------
(***************************************************************************)
(* More operators on bags, as tlc-c ships them (community module). The    *)
(* operators marked native are computed in C with the meaning stated here.*)
(***************************************************************************)
LOCAL INSTANCE Bags
LOCAL INSTANCE Integers
LOCAL INSTANCE Folds
LOCAL INSTANCE TLC

BagAdd(B, x) ==                                                 \* native
    IF x \in DOMAIN B
    THEN [e \in DOMAIN B |-> IF e = x THEN B[e] + 1 ELSE B[e]]
    ELSE [e \in DOMAIN B \cup {x} |-> IF e = x THEN 1 ELSE B[e]]
BagRemove(B, x) ==                                              \* native
    IF x \in DOMAIN B
    THEN IF B[x] = 1 THEN [e \in DOMAIN B \ {x} |-> B[e]]
         ELSE [e \in DOMAIN B |-> IF e = x THEN B[e] - 1 ELSE B[e]]
    ELSE B
BagRemoveAll(B, x) == [e \in DOMAIN B \ {x} |-> B[e]]           \* native

(* As published: every copy of an element is handled in a row, each      *)
(* element's run starting again from base, and the runs folded with       *)
(* MapThenFoldSet in CHOOSE's order (the argument choose is not used).    *)
MapThenFoldBag(op(_, _), base, f(_), choose(_), B) ==
    LET handle(x) ==
            LET pow[n \in Nat \ {0}] == op(IF n = 1 THEN base ELSE pow[n - 1], f(x))
            IN pow[B[x]]
    IN MapThenFoldSet(op, base, handle, LAMBDA S : CHOOSE x \in S : TRUE, DOMAIN B)

(* Fold op over every copy of every element of B, from base. TLC          *)
(* overrides the published definition (MapThenFoldBag, which brings base  *)
(* in once per element) with Java that walks DOMAIN B in its order and    *)
(* accumulates op(acc, e) once per copy of e, so that base is used once;  *)
(* both agree when base is a unit of op. tlc-c follows TLC. The counts    *)
(* must be positive integers.                                             *)
FoldBag(op(_, _), base, B) ==                                   \* native
    LET RECURSIVE Go(_, _, _)
        Go(acc, D, k) == IF D = {} THEN acc
                         ELSE LET e == CHOOSE e \in D : TRUE
                              IN IF k = B[e] THEN Go(acc, D \ {e}, 0) ELSE Go(op(acc, e), D, k + 1)
    IN IF \A e \in DOMAIN B : B[e] \in Nat \ {0} THEN Go(base, DOMAIN B, 0)
       ELSE Assert(FALSE, "FoldBag needs a bag")
SumBag(B) == FoldBag(LAMBDA x, y : x + y, 0, B)                 \* native
ProductBag(B) == FoldBag(LAMBDA x, y : x * y, 1, B)             \* native
=============================================================================
