---- MODULE ReportedLikeTLCLambda ----
\* A function written [i \in S |-> e] and applied in the same expression outside its domain: TLC
\* applies it unbuilt (its FcnLambdaValue) and words the error its own way, whatever it prints as.
EXTENDS Naturals
VARIABLE x
Init == x = 0
InAction == x' = [i \in 0..1 |-> i + 1][x]
InParens == x' = ([i \in 0..1 |-> i + 1])[x]
AsTuple == x' = [i \in 1..2 |-> i][x + 1]
Empty == x' = [i \in {} |-> i][x]
Inv == [i \in 0..1 |-> i][x] < 5
Built == [i \in 0..1 |-> i + 1]
FromDefinition == x' = Built[x]
====
