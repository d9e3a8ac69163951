---- MODULE ForallTests ----
\* \A q \in S : D(p, q) where D's body is a disjunction list of tests (enumerate.c forall_tests_of,
\* forall_tests_from; LamportMutex's Enter and beats): each instance's disjuncts that hold, in order,
\* each followed by the next instance, as TLC walks the \A: a state where two disjuncts of one instance
\* hold is generated twice (the generated count). Beats has a conjunction, `#`, a call not walked into
\* (Odd), `=` on a function's value or a constant; NoTest's first disjunct `y' = y` (primed) keeps its
\* \A on the walk. With Mode = "notbool", Odd's value is 7 once x[q] = 3: TLC's error for a test that is
\* not a Boolean; with Mode = "div", a disjunct after one that held divides by zero.
EXTENDS Naturals
CONSTANT Mode
VARIABLES x, y
P == {1, 2, 3}
Flag == [v \in 0..3 |-> IF Mode = "notbool" /\ v = 3 THEN 7 ELSE v % 2 = 1]
Odd(q) == Flag[x[q]]
Beats(p, q) == \/ x[q] = 0
               \/ x[p] < x[q]
               \/ x[p] = x[q] /\ p < q
               \/ x[q] # 2
               \/ Odd(q)
               \/ Mode = "div" /\ x[q] = 3 /\ 1 \div (x[q] - 3) = 0
NoTest(p, q) == \/ y' = y
                \/ x[p] = x[q]
Init == x = [p \in P |-> 0] /\ y = 0
Step(p) == /\ \A q \in P \ {p} : Beats(p, q)
           /\ x' = [x EXCEPT ![p] = (@ + p) % 4]
           /\ y' = (y + 1) % 3
Other(p) == /\ \A q \in P \ {p} : NoTest(p, q)
            /\ y' = (y + 2) % 3
            /\ UNCHANGED x
Next == \E p \in P : Step(p) \/ Other(p)
====
