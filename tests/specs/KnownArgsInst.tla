---- MODULE KnownArgsInst ----
\* Instantiated by KnownArgs (twice, with different substitutions).
EXTENDS Naturals
VARIABLE z
Double == 2 * z
Quad == Double + Double
====
