---- MODULE KeptArgsInst ----
\* Instantiated by KeptArgs (twice, with different substitutions); instantiates KeptArgsLib in turn.
EXTENDS Naturals
VARIABLE z
INSTANCE KeptArgsLib WITH w <- z
====
