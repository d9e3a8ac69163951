---- MODULE Alias ----
\* ALIAS shapes the printed trace: each state shows the alias record's fields, not the variables.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Small == x < 2
Shown == [count |-> x, double |-> 2 * x, step |-> TLCGet("level")]
====
