---- MODULE SplitRecursion ----
\* A next-state relation that recurs where TLC splits it (a disjunct calling its own definition
\* with constant arguments) runs out of stack: reported, as a recursion through other calls is.
EXTENDS Naturals
VARIABLE x
RECURSIVE Loop(_)
Loop(n) == \/ Loop(n + 1)
           \/ x' = x
Init == x = 0
Next == Loop(0)
====
