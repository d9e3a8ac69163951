------------------------------ MODULE Integers ------------------------------
(***************************************************************************)
(* The integers, as tlc-c ships them: Naturals, the set Int and unary     *)
(* minus, all computed natively (see Naturals for why bodies are dummies).*)
(***************************************************************************)
EXTENDS Naturals
Int == {}                 \* all the integers
-. a == {a}               \* 0 - a
=============================================================================
