---- MODULE InstFrameSub ----
\* Instantiated by InstFrame with implicit substitutions (K <- K, x <- x).
EXTENDS Naturals
CONSTANT K
VARIABLE x
Bad == x' = x + 1 \div (K - 1)
====
