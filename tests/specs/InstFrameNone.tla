---- MODULE InstFrameNone ----
\* Instantiated by InstFrame: no CONSTANT or VARIABLE, so nothing substituted.
EXTENDS Naturals
Div(a) == 10 \div a
====
