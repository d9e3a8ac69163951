---- MODULE BoxNames ----
\* A property []P is checked as an invariant; TLC names it by P's definition when P names one without
\* parameters, by the property otherwise; reached through a definition with arguments, by that
\* definition; under a bounded \A, by its place.
EXTENDS Naturals
VARIABLE hour
Init == hour = 0
Next == hour' = (hour + 1) % 4
Spec == Init /\ [][Next]_hour
Morning == hour < 3
Before(h) == hour < h
ByDefinition == []Morning
ByArguments == []Before(3)
ByOperator == [](hour < 3)
Upto(h) == [](hour < h)
ByExpansion == Upto(3)
ByPlace == \A h \in {3} : [](hour < h)
====
