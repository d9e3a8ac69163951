---- MODULE ReportedLikeTLCStateArgs ----
\* A step labelled as TLC labels it: a call whose arguments are constants is entered, and its step
\* named with their values (Shift(1)); a call with an argument of the state (x, or `now`, a LET
\* definition that reads x) is the step itself, named without arguments and placed at the call
\* (Tool.getActionsAppl, Action.getLocation). One action has a successor in each state, so the
\* simulator's walk does not depend on its draws.
EXTENDS Naturals, Sequences
VARIABLES x, marks
Init == x = 0 /\ marks = <<>>
Mark(p, t) == /\ x % 3 = 0
              /\ marks' = Append(marks, t) /\ x' = x + p
Note(p, t) == /\ x % 3 = 1
              /\ marks' = Append(marks, t) /\ x' = x + p
Shift(p) == /\ x % 3 = 2
            /\ x' = x + p /\ UNCHANGED marks
Proc(p) == LET now == x
           IN  \/ Mark(p, now)
               \/ Note(p, x)
               \/ Shift(p)
Next == \E p \in {1} : Proc(p)
Inv == x < 5
====
