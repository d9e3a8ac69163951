------------------------------ MODULE BagsExt -------------------------------
(***************************************************************************)
(* More operators on bags, as tlc-c ships them (community module).        *)
(***************************************************************************)
LOCAL INSTANCE Bags
LOCAL INSTANCE Integers
LOCAL INSTANCE Folds
LOCAL INSTANCE TLC
BagAdd(B, x) == IF x \in DOMAIN B THEN [B EXCEPT ![x] = @ + 1] ELSE B @@ (x :> 1)
BagRemove(B, x) ==
    IF x \in DOMAIN B
    THEN IF B[x] = 1 THEN [y \in DOMAIN B \ {x} |-> B[y]] ELSE [B EXCEPT ![x] = @ - 1]
    ELSE B
BagRemoveAll(B, x) == [y \in DOMAIN B \ {x} |-> B[y]]
FoldBag(op(_, _), base, B) ==
    MapThenFoldSet(LAMBDA a, b : op(a, b), base, LAMBDA x : x, LAMBDA s : CHOOSE x \in s : TRUE,
                   { <<e, i>> : e \in DOMAIN B, i \in 1 .. 1 })
SumBag(B) == MapThenFoldSet(LAMBDA a, b : a + b, 0, LAMBDA e : e * B[e], LAMBDA s : CHOOSE x \in s : TRUE, DOMAIN B)
ProductBag(B) == MapThenFoldSet(LAMBDA a, b : a * b, 1, LAMBDA e : e ^ B[e], LAMBDA s : CHOOSE x \in s : TRUE, DOMAIN B)
=============================================================================
