---- MODULE ReportedLikeTLCBound ----
\* A binding form's bound that TLC cannot enumerate (no set, or Nat, Int, Seq(S), STRING): TLC's words
\* for each form, placed at the form, not at its bound.
EXTENDS Integers, Sequences
CONSTANT Where
VARIABLE x
Two == 2
Init == x = 0
Next == \/ Where = "exists" /\ \E y \in 2 : x' = y
        \/ Where = "forall" /\ \A y \in Two : x' = y
        \/ Where = "string" /\ \E y \in "ab" : x' = 1
        \/ Where = "tuple" /\ \E <<y, z>> \in x + 3 : x' = y
        \/ Where = "nat" /\ \E y \in Nat : x' = y
        \/ Where = "seq" /\ \E y \in Seq({1}) : x' = 1
        \/ Where = "map" /\ x' = {y + 1 : y \in 2}
        \/ Where = "choose" /\ x' = CHOOSE y \in Nat : y > 3
        \/ Where = "two" /\ \E y \in x + 1, z \in STRING : x' = y
Inv == Where = "inv" => \A y \in Int : y > 0
InvExists == Where = "invexists" => \E y \in x + 1, z \in STRING : y = z
InvChoose == Where = "invchoose" => (CHOOSE y \in TRUE : y) = 1
====
