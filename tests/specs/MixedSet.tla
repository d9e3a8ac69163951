---- MODULE MixedSet ----
\* A set written out with members of different kinds ({0, "none"}): TLC keeps it unsorted, looks for
\* a value in it in the order written (0 is found before "none" is compared with it), and stops with
\* an error when it needs the set in order (to list its members, compare or fingerprint it).
EXTENDS Naturals
VARIABLE x
Init == x = 0
InitListed == x \in {0, "none"}
Found == x < 2 /\ x \in {0, 1, "none"} /\ x' = x + 1
Compared == x < 2 /\ x \in {"none", 0, 1} /\ x' = x + 1
Listed == x < 2 /\ x' \in {x + 1, "none"}
Mapped == x < 2 /\ x' = x + 1 /\ {IF i = 1 THEN "one" ELSE i : i \in 0..x} # {}
====
