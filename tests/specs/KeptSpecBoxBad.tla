---- MODULE KeptSpecBoxBad ----
\* The specification enumerated itself (its Next inside an instance): WF_x(Next)'s <<Next>>_x read
\* as "x changes" on the graph's steps, every one a [Next]_x step. Flipping y forever at x = 2 is
\* unfair (a reset is enabled), so Reset holds.
VARIABLES x, y
INSTANCE KeptSpecBoxMod
====
