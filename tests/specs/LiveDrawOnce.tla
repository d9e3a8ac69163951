---- MODULE LiveDrawOnce ----
\* Step is drawn once (a parameterless constant definition of the root module, as TLC computes it at
\* start-up), so the model stays pure and WF_x(Next)'s labels are read off the expansion. Either
\* draw (1 or 3) walks x around 0..3, so the counts do not depend on it. Reach: <>(x = 2) holds;
\* Stay: <>[](x = 3) fails (a lasso around the four states). Near(v) reads Step through a call
\* with an argument (kept by its arguments in a pure model).
EXTENDS Naturals, TLC
VARIABLE x
Step == RandomElement({1, 3})
Near(v) == (v + Step) % 4
Init == x = 0
Next == x' = Near(x)
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Reach == <>(x = 2)
Stay == <>[](x = 3)
====
