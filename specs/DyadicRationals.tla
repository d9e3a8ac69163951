-------------------------- MODULE DyadicRationals ---------------------------
(***************************************************************************)
(* Dyadic rationals num / 2^k as records [num |-> num, den |-> 2^k], as   *)
(* tlc-c ships them (community module). Reduce divides by the greatest    *)
(* common divisor as TLC's override computes it (of the absolute values;  *)
(* GCD(0, d) = |d|, so a zero numerator reduces to Zero), where the       *)
(* published definition, through divisors in 1..n, fails on a numerator  *)
(* that is not positive. IsDyadicRational, Add and Half are native.       *)
(***************************************************************************)
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
LOCAL INSTANCE TLC

LOCAL Rational(num, den) == [num |-> num, den |-> den]
LOCAL Abs(n) == IF n < 0 THEN -n ELSE n
RECURSIVE GCD(_, _)
LOCAL GCD(n, m) == IF m = 0 THEN Abs(n) ELSE GCD(m, n % Abs(m))
LOCAL Reduce(p) ==
    LET gcd == GCD(p.num, p.den)
    IN IF gcd = 1 THEN p ELSE Rational(p.num \div gcd, p.den \div gcd)

IsDyadicRational(r) == \E i \in 0 .. r.den : 2 ^ i = r.den          \* native
Zero == Rational(0, 1)
One == Rational(1, 1)
Add(p, q) ==                                                        \* native
    IF p = Zero THEN q
    ELSE LET lcn == IF p.den >= q.den THEN p.den ELSE q.den
         IN Reduce(Rational(q.num * (lcn \div q.den) + p.num * (lcn \div p.den), lcn))
Half(p) == Reduce(Rational(p.num, p.den * 2))                       \* native
PrettyPrint(p) ==
    IF p = Zero THEN "0"
    ELSE IF p = One THEN "1"
    ELSE ToString(p.num) \o "/" \o ToString(p.den)
=============================================================================
