---- MODULE ReportedLikeTLCSimulateMean ----
\* A walk stopped by an evaluation error counts as a trace generated, but TLC's trace lengths (mean,
\* variance) leave it out: it takes a walk's length when the walk ends, which the error escapes.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == /\ x' = x + 1
        /\ Assert(TLCGet("stats").traces < 2 \/ x < 1, "boom")
====
