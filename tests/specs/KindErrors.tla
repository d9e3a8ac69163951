---- MODULE KindErrors ----
\* Values of the wrong kind handed to the standard modules' operators, and states holding sets
\* that cannot be enumerated: TLC's messages and exit codes (each .cfg KindErrors*.cfg picks one).
EXTENDS Integers, FiniteSets, Sequences
VARIABLE x, y
Init == x = 0 /\ y = 0
Count == y' = (y + 1) % 3
PlusString == Count /\ x' = x + "a"
RangeSet == Count /\ x' = Cardinality({x} .. 2)
NegBool == Count /\ x' = -(x = 0)
LessString == Count /\ x' = IF x < "a" THEN 1 ELSE 2
CardFilter == Count /\ x' = Cardinality({n \in Nat : n > x})
CardNat == Count /\ x' = Cardinality(Nat)
CardUnion == Count /\ x' = Cardinality(Nat \cup {x})
KeepNat == Count /\ x' = Nat
KeepSeqs == Count /\ x' = {Seq({y})}
KeepFilter == Count /\ x' = {n \in Nat : n > y}
InitNat == x = Nat /\ y = 0
Unchanged == UNCHANGED <<x, y>>
View == y
Guard == y >= 0
Always == TRUE
Both == Guard /\ Count
PlusGuarded == Guard /\ Always /\ Both /\ (\E i \in {1} : x' = x + i) /\ x' = x + "a"
Checked == y >= 0 /\ x = 0 /\ y + "a" > 0
GuardBody == Count /\ Checked /\ x' = 1
====
