-------------------------------- MODULE Bags --------------------------------
(***************************************************************************)
(* Bags (multisets) as functions from elements to positive counts, as in  *)
(* Specifying Systems. Every operator but SubBag is computed natively as  *)
(* TLC's own Java computes it, which differs from the definitions below   *)
(* only on values that are not bags:                                      *)
(*  - IsABag of a value that is not a function is FALSE (not an error);   *)
(*  - BagCardinality, (+) and the counts BagIn reads must be positive     *)
(*    integers (an error otherwise), and BagIn(e, B) is B[e] > 0;         *)
(*  - B1 \sqsubseteq B2 compares B1[e] with B2[e] (0 when e is not in B2) *)
(*    for each e of DOMAIN B1;                                            *)
(*  - BagUnion({B}) is B itself.                                          *)
(* SubBag is a finite set natively (tlc-c lists it; TLC can only test     *)
(* membership in it).                                                     *)
(***************************************************************************)
LOCAL INSTANCE Naturals
IsABag(B) == B \in [DOMAIN B -> { n \in Nat : n > 0 }]           \* native
BagToSet(B) == DOMAIN B                                         \* native
SetToBag(S) == [e \in S |-> 1]                                  \* native
BagIn(e, B) == e \in BagToSet(B)                                \* native
EmptyBag == SetToBag({})                                        \* native
CopiesIn(e, B) == IF BagIn(e, B) THEN B[e] ELSE 0               \* native
B1 (+) B2 ==                                                    \* native
    [e \in (DOMAIN B1) \cup (DOMAIN B2) |-> CopiesIn(e, B1) + CopiesIn(e, B2)]
B1 (-) B2 ==                                                    \* native
    LET B == [e \in DOMAIN B1 |-> CopiesIn(e, B1) - CopiesIn(e, B2)]
    IN [e \in { d \in DOMAIN B : B[d] > 0 } |-> B[e]]
LOCAL Sum(f) == LET DSum[S \in SUBSET DOMAIN f] ==
                        LET elt == CHOOSE e \in S : TRUE
                        IN IF S = {} THEN 0 ELSE f[elt] + DSum[S \ {elt}]
                IN DSum[DOMAIN f]
BagUnion(S) ==                                                  \* native
    [e \in UNION { BagToSet(B) : B \in S } |-> Sum([B \in S |-> CopiesIn(e, B)])]
B1 \sqsubseteq B2 == /\ (DOMAIN B1) \subseteq (DOMAIN B2)       \* native
                     /\ \A e \in DOMAIN B1 : B1[e] <= B2[e]
SubBag(B) ==                                                    \* native
    LET AllBagsOfSubset == UNION { [SB -> { n \in Nat : n > 0 }] : SB \in SUBSET BagToSet(B) }
    IN { SB \in AllBagsOfSubset : \A e \in DOMAIN SB : SB[e] <= B[e] }
BagOfAll(F(_), B) ==                                            \* native
    [e \in { F(d) : d \in BagToSet(B) } |-> Sum([d \in { d2 \in BagToSet(B) : F(d2) = e } |-> B[d]])]
BagCardinality(B) == Sum(B)                                     \* native
=============================================================================
