---- MODULE AssumeAssertFails ----
\* A failed Assert in an assumption is an assumption that failed to evaluate, as TLC reports it
\* (exit 10, its heading), not an Assert in the search (exit 14).
EXTENDS TLC
VARIABLE x
Init == x = 0
Next == x' = x
ASSUME Assert(FALSE, "boom")
====
