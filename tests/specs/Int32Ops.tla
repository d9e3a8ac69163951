---- MODULE Int32Ops ----
\* TLC 2.20 holds integers in 32 bits: each way a result leaves them stops as TLC stops.
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Min == -2147483647 - 1
K == 2147483647 + 1
RECURSIVE Sum(_)
Sum(s) == IF s = {} THEN 0 ELSE LET e == CHOOSE e \in s : TRUE IN e + Sum(s \ {e})
InitEdge == x = << (-2)^31, Min, 46340 * 46340, Min % 2147483647, Min \div 1, -(-2147483647),
                   Cardinality(1..2147483647), 2147483647 - 0, Min + 0, 2^30 + (2^30 - 1),
                   Sum({1073741823, 1073741824}) >>
InitPlus == x = 2147483647 + 1
InitMinus == x = -2147483647 - 2
InitTimes == x = 65536 * 32768
InitNeg == x = -Min
InitDiv == x = Min \div (0 - 1)
InitPow == x = (-2)^32
InitCardInterval == x = Cardinality(0..2147483647)
InitCardSubset == x = Cardinality(SUBSET (1..31))
InitConst == x = K
InitSum == x = Sum({1073741824, 1073741825})
Init1 == x = 1
Inv == x + 2147483647 > 0
Stay == x' = x
InitPowZero == x = 0^0
====
