---- MODULE ReportedLikeTLC ----
\* Errors whose words and nested positions are TLC's: a CASE with no guard true (as a value, as an
\* action, as the initial predicate), a first conjunct that is not a Boolean (TLC lists it, where it
\* does not list a later one), a variable read before the initial predicate or the action gives it a
\* value, a constraint that fails to evaluate on the first initial state (TLC names the state, depth 1).
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x + 1
InitCase == CASE FALSE -> x = 1 [] 1 = 2 -> x = 2
InitEarly == /\ 3 + x
             /\ x = 0
NextValueCase == x' = CASE x = 5 -> 1 [] x = 6 -> 2
NextActionCase == CASE x = 0 -> x' = 1
                    [] x = 1 -> x' = 2
NextFirstNotBool == /\ x + 1
                    /\ x' = x + 1
NextFirstNotBoolInfix == x + 1 /\ x' = x + 1
NextLaterNotBool == /\ x' = x + 1
                    /\ x + 1
NextPrimedEarly == x' + 1 > 0 /\ x' = x + 1
ConField == x.a = 1
====
