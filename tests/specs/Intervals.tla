---- MODULE Intervals ----
\* TLC prints a trace's values as its evaluation built them: an interval that was never turned into
\* an enumerated set prints as a..b (given in Init, kept by UNCHANGED, x' = x, inside records,
\* functions and sequences, chosen from a set of intervals), an interval that went through a set
\* operator as {...}.
EXTENDS Integers, Sequences
VARIABLES span, kept, grown, pick, rec, fun, seq, step
Init ==
  /\ span = 1..3
  /\ kept = 2..4
  /\ grown = 1..2
  /\ pick \in {5..6, 7..8}
  /\ rec = [lo |-> 0, range |-> 1..2]
  /\ fun = [i \in 1..2 |-> 1..i]
  /\ seq = <<>>
  /\ step = 0
Next ==
  /\ step' = step + 1
  /\ span' = span
  /\ grown' = grown \cup {}
  /\ rec' = [rec EXCEPT !.lo = 3..3]
  /\ fun' = [fun EXCEPT ![1] = 2..3]
  /\ seq' = Append(seq, 0..1)
  /\ UNCHANGED <<kept, pick>>
Inv == step < 2
====
