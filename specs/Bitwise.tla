------------------------------ MODULE Bitwise -------------------------------
(***************************************************************************)
(* Bitwise operations on natural numbers, as tlc-c ships them (community *)
(* module), defined digit by digit in base 2.                             *)
(***************************************************************************)
LOCAL INSTANCE Integers
RECURSIVE BitsOf(_, _, _, _)
\* Combine the bits of x and y with Op, from bit weight n upward.
LOCAL BitsOf(x, y, n, Op(_, _)) ==
    IF x = 0 /\ y = 0 THEN 0
    ELSE Op(x % 2, y % 2) * n + BitsOf(x \div 2, y \div 2, 2 * n, Op)
x & y == BitsOf(x, y, 1, LAMBDA a, b : IF a = 1 /\ b = 1 THEN 1 ELSE 0)
x | y == BitsOf(x, y, 1, LAMBDA a, b : IF a = 1 \/ b = 1 THEN 1 ELSE 0)
x ^^ y == BitsOf(x, y, 1, LAMBDA a, b : IF a # b THEN 1 ELSE 0)
RECURSIVE NotBits(_, _)
LOCAL NotBits(x, n) == IF x = 0 THEN 0 ELSE (1 - (x % 2)) * n + NotBits(x \div 2, 2 * n)
Not(a) == NotBits(a, 1)
RECURSIVE shiftR(_, _)
shiftR(n, pos) == IF pos = 0 THEN n ELSE shiftR(n \div 2, pos - 1)
=============================================================================
