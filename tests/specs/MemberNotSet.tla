---- MODULE MemberNotSet ----
\* x \in v where v is not a set: TLC's words name v's kind (its member method).
EXTENDS Integers
CONSTANT Case, M
ASSUME CASE Case = 1 -> <<1, 1>> \in 3
         [] Case = 2 -> 1 \in "abc"
         [] Case = 3 -> 1 \in <<1, 2>>
         [] Case = 4 -> 1 \in [a |-> 1]
         [] Case = 5 -> 1 \notin TRUE
         [] Case = 6 -> 1 \in [i \in 1..2 |-> i]
         [] OTHER -> 1 \in M
====
