---- MODULE OverriddenUnion ----
\* UNION of sets holding TLC's Java overrides (Nat, Int, STRING, Seq(S)): TLC adds each member of each
\* set unless one added before equals it, and stops at a pair it does not compare; a set of such sets
\* is sorted comparing its members member by member.
EXTENDS Integers, FiniteSets, Sequences
CONSTANT Case
ASSUME CASE Case = 1 -> Cardinality(UNION {{STRING}, {Nat, Int}}) = 2
         [] Case = 2 -> Nat \in UNION {{STRING}, {Nat, Int}}
         [] Case = 3 -> Cardinality({{Nat}, {STRING}}) = 2
         [] Case = 4 -> Cardinality(UNION {{{STRING}}, {{Nat}, {Int, Nat}}}) = 2
         [] OTHER -> /\ Cardinality(UNION {{Nat}, {Nat, Int}}) = 2
                     /\ Cardinality(UNION {{Seq({1})}, {Seq({1})}}) = 1
                     /\ Cardinality({{Nat}, {Int, Nat}}) = 2
                     /\ Cardinality(UNION {{1, 2}, {2, 3}}) = 3
====
