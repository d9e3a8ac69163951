---- MODULE OverriddenSort ----
\* Sets of TLC's Java overrides (Nat, Int, STRING, Seq(S)) among the members of a set: TLC's sort
\* compares each member, in the order made, with those sorted before it, and stops at a pair it does
\* not compare: two overrides of different sorts, or an override and another set; a union merges the
\* two sets' sorted members, comparing one of each.
EXTENDS Integers, FiniteSets, Sequences
CONSTANT Case
ASSUME CASE Case = 1 -> Cardinality({Nat, STRING}) = 2
         [] Case = 2 -> {Int, STRING, Nat} # {}
         [] Case = 3 -> Cardinality({Nat, 1..2}) = 2
         [] Case = 4 -> Cardinality({[a : {1}], Nat}) = 2
         [] Case = 5 -> Cardinality({Seq({1}), Nat}) = 2
         [] Case = 7 -> Cardinality({Nat} \cup {STRING}) = 2
         [] OTHER -> /\ Cardinality({Nat, Int}) = 2
                     /\ Cardinality({Seq({1}), Seq({2}), Seq({1})}) = 2
                     /\ Cardinality({STRING, STRING}) = 1
                     /\ Nat \in {Nat, STRING}
====
