-------------------------- MODULE DyadicRationals ---------------------------
(***************************************************************************)
(* Dyadic rationals num / 2^k as records [num, den], as tlc-c ships them *)
(* (community module).                                                    *)
(***************************************************************************)
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
LOCAL INSTANCE TLC
LOCAL Rational(num, den) == [num |-> num, den |-> den]
RECURSIVE Reduce(_)
LOCAL Reduce(p) ==
    IF p.num % 2 = 0 /\ p.den > 1 /\ p.num # 0 THEN Reduce(Rational(p.num \div 2, p.den \div 2))
    ELSE IF p.num = 0 THEN Rational(0, 1) ELSE p
LOCAL PowerOfTwo(n) == \E k \in 0 .. n : 2 ^ k = n
IsDyadicRational(r) == PowerOfTwo(r.den)
Zero == Rational(0, 1)
One == Rational(1, 1)
Add(p, q) ==
    IF p.num = 0 THEN q ELSE IF q.num = 0 THEN p
    ELSE LET den == IF p.den > q.den THEN p.den ELSE q.den
         IN Reduce(Rational(p.num * (den \div p.den) + q.num * (den \div q.den), den))
Half(p) == Reduce(Rational(p.num, p.den * 2))
PrettyPrint(p) == IF p.den = 1 THEN ToString(p.num) ELSE ToString(p.num) \o "/" \o ToString(p.den)
=============================================================================
