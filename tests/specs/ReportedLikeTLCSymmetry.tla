---- MODULE ReportedLikeTLCSymmetry ----
\* A SYMMETRY TLC refuses once it has started (TLCState's symmetry checks), as an unexpected
\* exception, exit 255: not a set, a set of non-functions, or its evaluation's error. Checked
\* against TLC 2.20's output.
EXTENDS Naturals, TLC
CONSTANTS A, B
VARIABLES x
Init == x \in {A, B}
Next == x' = x
SymNum == 3
SymSet == {1, 2}
SymErr == Permutations({A, B}) \cup {1 \div 0}
====
