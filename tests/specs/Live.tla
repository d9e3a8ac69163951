---- MODULE Live ----
\* Liveness regression: a counter x that climbs to 3 and resets, and a flag that toggles.
EXTENDS Naturals
VARIABLES x, flag
vars == <<x, flag>>

Init == x = 0 /\ flag = FALSE
Inc == x < 3 /\ x' = x + 1 /\ UNCHANGED flag
Reset == x = 3 /\ x' = 0 /\ UNCHANGED flag
Toggle == flag' = ~flag /\ UNCHANGED x
Next == Inc \/ Reset \/ Toggle

Spec == Init /\ [][Next]_vars
WeakSpec == Spec /\ WF_vars(Inc \/ Reset)
FairSpec == WeakSpec /\ WF_vars(Toggle)

EventuallyThree == <>(x = 3)
InfinitelyZero == []<>(x = 0)
OneLeadsToTwo == (x = 1) ~> (x = 2)
EachLeadsToNext == \A n \in 0..2 : (x = n) ~> (x = n + 1)
EventuallyAlwaysFlag == <>[]flag
InfinitelyManyIncs == []<><<Inc>>_vars
ThreeStays == [](x = 3 => [](x = 3))
ToggleIsFair == WF_vars(Toggle)
Vacuous == (x = 5) => <>FALSE
AlwaysSmall == [](x <= 3)
====
