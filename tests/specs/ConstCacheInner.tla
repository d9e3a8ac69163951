---- MODULE ConstCacheInner ----
\* Instantiated by ConstCache with two values of K.
EXTENDS Naturals, FiniteSets
CONSTANT K
Val == Cardinality({K, 2 * K, 3}) + K
Shifted(n) == {n + K, n + 2 * K}
====
