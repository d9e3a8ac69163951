---- MODULE ActionOrder ----
\* [A]_v and <<A>>_v in TLC's order. In an action property and in any expression, A comes first
\* and v only when A leaves the answer open: an error in v on a step where A holds is none, an error
\* in A on a stuttering step is one. A temporal formula's <<A>>_v (and WF/SF's) takes v first: A
\* only on a step that changes v, even where a guard of A is false (LiveGuard). Case picks the
\* property and whether Next stutters.
EXTENDS Naturals
CONSTANTS Case
VARIABLE x
Init == x = 0
Bad == 10 \div (2 - x)
Next == \/ x' = (x + 1) % 3
        \/ Case \in {"stutter", "stutterv", "live"} /\ UNCHANGED x
Spec == Init /\ [][Next]_x /\ WF_x(Next)
DivStep == 10 \div (x' - x) > 0 \/ x' = 0
VHolds == [][x' = (x + 1) % 3]_<<x, Bad>>
AFails == [][DivStep]_x
VFails == [][x' = (x + 1) % 3 /\ x' # x]_<<x, Bad>>
Angle == [][<<x' = (x + 1) % 3>>_<<x, Bad>> \/ x = 7]_x
LiveAngle == []<><<DivStep>>_x
LiveBox == <>[][DivStep]_x
LiveSub == []<><<x' = (x + 1) % 3>>_<<x, Bad>>
Never == x = 5 /\ x' = 0
LiveGuard == []<><<Never>>_<<x, Bad>>
====
