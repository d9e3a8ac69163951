---- MODULE PropName ----
\* How TLC names an action property or an invariant taken from a PROPERTY: a definition without
\* parameters whose body is [][A]_v by its name, a conjunct by its place (through INSTANCE too).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x
A == INSTANCE PropNameAbs WITH y <- x
Prop == [][x' > x]_x
Refines == A!Spec
Mixed == A!Init /\ [][A!Next]_A!vars
Two == [][x' # 7]_x /\ [][x' > x]_x
List == /\ [][x' # 7]_x
        /\ [][x' > x]_x
Inst == A!Prop2
Via == Prop /\ [](x < 9)
Par == ([][x' > x]_x)
InvTwo == [](x < 8) /\ [](x < 3)
ASafe == A!Safe
TwoErr == [][x' # 7]_x /\ [][x' > "a"]_x
InitP == x = 0 /\ x = 1
InitD == x = 1
====
