---- MODULE MemberRefused ----
\* x \in S where TLC cannot compare x with S's members: its words by the kind of S. A set held by a
\* state TLC keeps sorted and searches by halves (x compared with the middle member); one written
\* out it scans in the order written (member = x); intervals, Nat, SUBSET, Seq, records and tuples
\* refuse x by its kind, or the part of x they look for in a set inside them.
EXTENDS Integers, Sequences, TLC
VARIABLE x, y
Init == x = 0 /\ y = {5, 3, 1, 2, 4}
Next == x < 1 /\ x' = x + 1 /\ y' = y
Sorted == x = 0 \/ "a" \notin y
Listed == x = 0 \/ "a" \notin {2, 1}
Interval == x = 0 \/ "a" \notin 1..x
NatMember == x = 0 \/ "a" \notin Nat
NotRecord == x = 0 \/ <<1>> \notin [a : {1}]
RecordPart == x = 0 \/ [a |-> "x"] \notin [a : {1}]
SeqPart == x = 0 \/ <<"a">> \notin Seq({1})
SubsetOf == x = 0 \/ "a" \notin SUBSET {1}
RandomEmpty == x = 0 \/ RandomElement({}) = 1
====
