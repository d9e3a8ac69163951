---- MODULE EnabledSubst ----
\* x goes 0 -> 1 -> 2 -> 4 -> 2 ...; the abstract y is x % 2 (0 on the loop 2, 4).
\* ENABLED of the abstract actions, with y a substitution by an expression: TLC reads y' there
\* as a variable of its own (free), y as x % 2.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x < 2 /\ x' = x + 1
        \/ x = 2 /\ x' = 4
        \/ x = 4 /\ x' = 2
Spec == Init /\ [][Next]_x /\ WF_x(Next)
A == INSTANCE EnabledSubstAbs WITH y <- x % 2
RefinesNever == A!SpecNever
RefinesFromOne == A!SpecFromOne
RefinesFlip == A!SpecFlip
RefinesChange == A!SpecChange
EnabledInside == A!EnabledFlip
EnabledOutside == ENABLED A!Flip
LiveInside == A!LiveFromOne
====
