---- MODULE ReportedLikeTLCExcept ----
\* An EXCEPT whose path leaves its value's domain (a record's field, a function's point, a sequence's
\* index, a nested path): TLC leaves the value as it is and warns, each text once; the run's first
\* warning ends with TLC's note on -nowarning (so that text without it is printed once more).
EXTENDS Integers
CONSTANT Where
VARIABLE x
Init == x = [a |-> 1, b |-> 2]
Many == \/ x' = [x EXCEPT !.c = 3]
        \/ x' = [[x EXCEPT !.d = 3] EXCEPT !.a = 7]
        \/ x' = [x EXCEPT !.a = <<1, 2>>]
        \/ x' = [x EXCEPT !.b = 5, !.f = 0]
        \/ x' = [x EXCEPT !.b = 3 - @]
        \/ x' = x /\ [[i \in 1..2 |-> i] EXCEPT ![3] = 3] = [<<1, 2>> EXCEPT ![0] = 3]
Next == \/ Where = "field" /\ x' = [x EXCEPT !.c = 3]
        \/ Where = "many" /\ Many
        \/ Where = "error" /\ x' = [x EXCEPT !.c = 1 \div 0]
Inv == [x EXCEPT !.e = 1] # x
====
