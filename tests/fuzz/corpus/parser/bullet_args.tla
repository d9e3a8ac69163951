---- MODULE G ----
A == Assert(/\ x = 1
            /\ \A a, b \in S : a = b, "m")
B == F(\/ x, CASE p -> /\ y [] OTHER -> z, {\E c \in /\ S, d \in T : c = d})
====
