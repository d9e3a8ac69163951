---- MODULE LiveStateMemo ----
\* State predicates kept by the bytes of the variables they read (x alone, y alone, both): their
\* values repeat over the states that differ in the other variable. Bad divides by zero where x = 2:
\* an evaluation that fails is not kept, so the error is reported as without the memo.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
IncX == x' = (x + 1) % 3 /\ UNCHANGED y
IncY == y' = (y + 1) % 4 /\ UNCHANGED x
Spec == Init /\ [][IncX \/ IncY]_vars /\ WF_vars(IncX) /\ WF_vars(IncY)
CycleX == []<>(\E i \in {0} : x = i)
LeadsX == (x = 2) ~> (x = 0)
LeadsY == (y = 3) ~> (\A j \in {1, 2} : y # j)
Both == [](x \in 0..2 /\ y \in 0..3)
Bad == []<>(10 \div (2 - x) > 0)
====
