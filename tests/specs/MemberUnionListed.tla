---- MODULE MemberUnionListed ----
\* x \in UNION S with S a set of sets written out: TLC makes the union one list, in the order of the
\* sets' members, and scans it, each member.equals(x).
EXTENDS Integers
CONSTANT Case
ASSUME CASE Case = 1 -> "a" \in UNION {{1}, {2}}
         [] OTHER -> /\ 2 \in UNION {{1}, {2, 3}}
                     /\ 4 \notin UNION {{1}, {2, 3}}
                     /\ {1} \in UNION {{{1}}, {{2}}}
====
