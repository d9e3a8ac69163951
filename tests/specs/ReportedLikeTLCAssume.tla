---- MODULE ReportedLikeTLCAssume ----
\* An assumption whose value is not a Boolean: TLC names the expression.
EXTENDS Integers
ASSUME 1 + 1
====
