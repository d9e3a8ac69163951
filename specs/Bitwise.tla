------------------------------ MODULE Bitwise -------------------------------
(***************************************************************************)
(* Bitwise operations, as tlc-c ships them (community module), computed   *)
(* natively. The definitions below, digit by digit in base 2, hold for    *)
(* natural numbers. TLC overrides &, | and ^^ with Java's operators on    *)
(* two's complement integers, which tlc-c follows (on 64 bits: the same   *)
(* results on every integer TLC can hold); Not(a) needs a >= 0 and        *)
(* shiftR(n, pos) is n \div 2^pos (pos >= 0) as defined (TLC's Java       *)
(* shifts the 32 bits of n, with pos taken modulo 32).                    *)
(***************************************************************************)
LOCAL INSTANCE Integers

\* Combine the bits of x and y with Op, from bit weight n upward.
RECURSIVE BitsOf(_, _, _, _)
LOCAL BitsOf(x, y, n, Op(_, _)) ==
    IF x = 0 /\ y = 0 THEN 0
    ELSE Op(x % 2, y % 2) * n + BitsOf(x \div 2, y \div 2, 2 * n, Op)

x & y == BitsOf(x, y, 1, LAMBDA a, b : a * b)                      \* native
x | y == BitsOf(x, y, 1, LAMBDA a, b : IF a + b > 0 THEN 1 ELSE 0)   \* native
x ^^ y == BitsOf(x, y, 1, LAMBDA a, b : (a + b) % 2)               \* native

\* The bits of a below its highest 1, flipped (Not(0) = 0).
RECURSIVE NotBits(_, _)
LOCAL NotBits(x, n) == IF x = 0 THEN 0 ELSE (1 - (x % 2)) * n + NotBits(x \div 2, 2 * n)
Not(a) == NotBits(a, 1)                                            \* native

RECURSIVE shiftR(_, _)
shiftR(n, pos) == IF pos = 0 THEN n ELSE shiftR(n \div 2, pos - 1)   \* native
=============================================================================
