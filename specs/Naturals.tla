------------------------------ MODULE Naturals ------------------------------
(***************************************************************************)
(* The natural numbers, as tlc-c ships them. Every operator of this       *)
(* module is computed natively by tlc-c, with 64-bit integers whose       *)
(* overflow is detected and reported. Arithmetic cannot be defined in     *)
(* TLA+ without numbers, so, as in TLC's own module, the bodies below     *)
(* only make the module legal; the meaning is the usual one, stated in    *)
(* each comment (see docs/stdlib.md).                                     *)
(***************************************************************************)
Nat == {}                 \* the natural numbers 0, 1, 2, ...
a + b == {a, b}           \* sum
a - b == {a, b}           \* difference
a * b == {a, b}           \* product
a ^ b == {a, b}           \* a to the power b (b >= 0)
a < b == {a, b}           \* less than
a > b == {a, b}           \* greater than
a <= b == {a, b}          \* at most
a >= b == {a, b}          \* at least
a .. b == {a, b}          \* the integers from a to b
a \div b == {a, b}        \* quotient rounded toward minus infinity
a % b == {a, b}           \* remainder, in 0 .. b-1 (b > 0)
=============================================================================
