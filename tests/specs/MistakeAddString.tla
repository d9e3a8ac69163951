---- MODULE MistakeAddString ----
\* A number added to a string, in a spec that extends Naturals only: TLC names the method of its
\* Naturals class (Integers' where the spec loads Integers), exit 75.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + "a"
====
