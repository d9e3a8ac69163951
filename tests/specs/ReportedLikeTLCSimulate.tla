---- MODULE ReportedLikeTLCSimulate ----
\* An error computing a walk's next step, as TLC's simulator reports it: no positions, exit 255; an
\* Assert under the EvalException heading with the closing lines, a record without the field under
\* the RuntimeException heading and a conjunct that is not a Boolean in plain words, without them.
EXTENDS Integers, TLC
CONSTANT Where
VARIABLE x
Init == x = 0
Next == /\ x' = x + 1
        /\ Where # "assert" \/ Assert(x' < 3, "big")
        /\ Where # "field" \/ x' < 3 \/ [a |-> 1].b > 0
        /\ IF Where = "notbool" /\ x' >= 3 THEN 7 ELSE TRUE
====
