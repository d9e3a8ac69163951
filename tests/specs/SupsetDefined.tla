---- MODULE SupsetDefined ----
\* A spec may define \supseteq and \subset itself.
EXTENDS Naturals
VARIABLE x
S \supseteq T == T \subseteq S
S \subset T == S \subseteq T /\ S # T
Init == x = 0
Next == x < 2 /\ x' = x + 1
Inv == {0, 1, 2} \supseteq {x} /\ {x} \subset {0, 1, 2}
====
