---- MODULE SubsetEqUnenumerable ----
\* TLC enumerates S of S \subseteq T: an infinite S (Nat) or Seq(S) stops it (exit 76 in an
\* invariant) where tlc-c answered from the sets' structure; a finite S is fine.
EXTENDS Integers, Sequences
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Infinite == x < 1 \/ Nat \subseteq Int
Finite == x < 1 \/ (1..5 \subseteq Nat /\ {<<1>>} \subseteq Seq(Nat) /\ SUBSET {1} \subseteq SUBSET Nat)
====
