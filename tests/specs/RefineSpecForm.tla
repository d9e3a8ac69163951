---- MODULE RefineSpecForm ----
\* A refinement written `Refines == A!Spec` (the abstract module's own Spec), A's t substituted by
\* tok, a definition of net alone: tok kept by net's bytes, as in the form `A!Init /\
\* [][A!Next]_A!vars`. Skew adds a step that moves y and net together (IncB's UNCHANGED <<a, t>>
\* false by t); NoTok starts with no token (tok fails where IncA's UNCHANGED evaluates it, net the
\* same in both states).
EXTENDS Naturals
CONSTANTS Skew, NoTok
VARIABLES x, y, net
tok == (CHOOSE i \in DOMAIN net : net[i] = 1) - 1
Init == x = 0 /\ y = 0 /\ net = IF NoTok THEN <<0, 0>> ELSE <<1, 0>>
Next == \/ x < 3 /\ x' = x + 1 /\ UNCHANGED <<y, net>>
        \/ y' = (y + 1) % 3 /\ UNCHANGED <<x, net>>
        \/ net' = <<net[2], net[1]>> /\ UNCHANGED <<x, y>>
        \/ Skew /\ y = 1 /\ x = 2 /\ y' = 2 /\ net' = <<net[2], net[1]>> /\ UNCHANGED x
Spec == Init /\ [][Next]_<<x, y, net>>
A == INSTANCE RefineSpecFormAbs WITH a <- x, b <- y, t <- tok
Refines == A!Spec
====
