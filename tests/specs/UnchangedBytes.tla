---- MODULE UnchangedBytes ----
\* A refinement whose abstract disjuncts end in UNCHANGED <<b, t>> and the like, b substituted by
\* the variable y and t by tok, a definition of net alone: decided by the two states' bytes of y
\* and net where they are the same. Skew adds a step that moves y and net together (IncB's
\* UNCHANGED <<a, t>> false by t); NoTok starts with no token (tok fails where IncA's UNCHANGED
\* evaluates it, net the same in both states); Kinds makes y a string on a step that moves x
\* (IncA's UNCHANGED <<b, t>> compares 0 with "s").
EXTENDS Naturals
CONSTANTS Skew, NoTok, Kinds
VARIABLES x, y, net
tok == (CHOOSE i \in DOMAIN net : net[i] = 1) - 1
Init == x = 0 /\ y = 0 /\ net = IF NoTok THEN <<0, 0>> ELSE <<1, 0>>
Next == \/ x < 3 /\ x' = x + 1 /\ UNCHANGED <<y, net>>
        \/ y' = (y + 1) % 3 /\ UNCHANGED <<x, net>>
        \/ net' = <<net[2], net[1]>> /\ UNCHANGED <<x, y>>
        \/ Skew /\ y = 1 /\ x = 2 /\ y' = 2 /\ net' = <<net[2], net[1]>> /\ UNCHANGED x
        \/ Kinds /\ x = 1 /\ y = 0 /\ x' = 2 /\ y' = "s" /\ UNCHANGED net
Spec == Init /\ [][Next]_<<x, y, net>>
A == INSTANCE UnchangedBytesAbs WITH a <- x, b <- y, t <- tok
Refines == A!Init /\ [][A!Next]_A!vars
====
