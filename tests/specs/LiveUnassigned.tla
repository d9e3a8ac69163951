---- MODULE LiveUnassigned ----
\* Fairness WF_v(A) / SF_v(A) whose action A leaves a variable of v without a value: TLC stops on
\* its exception computing ENABLED <<A>>_v where A is enabled (exit 255); a variable outside v is
\* no error.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
A == x < 3 /\ x' = x + 1
Late == x >= 2 /\ x < 3 /\ x' = x + 1
Flip == y' = 1 - y /\ UNCHANGED x
Next == (A /\ UNCHANGED y) \/ Flip
NextInline == (x < 3 /\ x' = x + 1 /\ UNCHANGED y) \/ Flip
SpecWF == Init /\ [][Next]_vars /\ WF_vars(A)
SpecSF == Init /\ [][Next]_vars /\ SF_vars(A)
SpecSingle == Init /\ [][Next]_vars /\ WF_y(A)
SpecOutside == Init /\ [][Next]_vars /\ WF_x(A)
SpecStrongOutside == Init /\ [][NextInline]_vars /\ SF_x(A)
SpecLate == Init /\ [][NextInline]_vars /\ WF_vars(Late)
SpecPlain == Init /\ [][Next]_vars
Either == (x < 3 /\ x' = x + 1) \/ (x = 3 /\ x' = 0 /\ y' = y)
SpecEither == Init /\ [][(Either /\ y' = y) \/ Flip]_vars /\ WF_vars(Either)
Reaches3 == <>(x = 3)
EnabledBelow3 == [](ENABLED <<A>>_vars => x < 3)
\* refinements: the higher module's WF_<<hx, hy>>(HNext), HNext leaving hy unassigned
SpecBoth == Init /\ [][(x < 3 /\ x' = x + 1 /\ UNCHANGED y) \/ (y < 2 /\ y' = y + 1 /\ UNCHANGED x)]_vars
High == INSTANCE LiveUnassignedHigh WITH hx <- x, hy <- y
HighSum == INSTANCE LiveUnassignedHigh WITH hx <- x, hy <- y + 0
Refined == High!HSpec
RefinedSum == HighSum!HSpec
====
