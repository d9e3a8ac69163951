---- MODULE Prints ----
\* Print(out, v) prints both values, two spaces apart, PrintT(out) its one, each as TLC prints a
\* value in a state (broken over lines past 80 columns).
EXTENDS Naturals, TLC
VARIABLE x
Init == /\ Print("a", TRUE)
        /\ PrintT(<<1, "b">>)
        /\ Print([k |-> 1], 3) = 3
        /\ PrintT([i \in 1..6 |-> [id |-> i, peers |-> {i, i + 1, i + 2}, log |-> <<"a", "b">>]])
        /\ Print({<<i, "some string">> : i \in 1..5}, [a |-> 1, b |-> "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]).a = 1
        /\ x = 0
Next == x < 2 /\ x' = x + 1
====
