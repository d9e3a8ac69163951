---- MODULE ReportedLikeTLCRecursive ----
\* An error inside a recursion: TLC lists every level, the call and the body it entered (a RECURSIVE
\* operator, two operators calling each other, a recursive function).
EXTENDS Integers, Sequences
CONSTANT Where
VARIABLE x
RECURSIVE Sum(_), Len2(_), Helper(_)
Sum(n) == IF n = 0 THEN "a" + 1 ELSE n + Sum(n - 1)
Helper(s) == IF s = <<>> THEN 0 ELSE 1 + Len2(Tail(s))
Len2(s) == IF Len(s) = 1 THEN Head(s) + "b" ELSE Helper(s)
f[n \in Nat] == IF n = 0 THEN 1 \div 0 ELSE f[n - 1]
Init == /\ x = 0
        /\ Where # "init" \/ Len2(<<1, 2>>) > 0
Next == \/ Where = "op" /\ x' = Sum(2)
        \/ Where = "fun" /\ x' = f[2]
Inv == Where # "inv" \/ Sum(2) > 0
Con == Where # "con" \/ Sum(1) > 0
====
