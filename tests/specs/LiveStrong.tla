---- MODULE LiveStrong ----
\* Strong versus weak fairness: Grab is enabled only while the light is on, and the light keeps
\* blinking, so Grab is never continuously enabled: weak fairness does not force it; strong does.
EXTENDS Naturals
VARIABLES got, light
vars == <<got, light>>
Init == got = 0 /\ light = FALSE
Grab == light /\ got < 2 /\ got' = got + 1 /\ UNCHANGED light
Blink == light' = ~light /\ UNCHANGED got
Next == Grab \/ Blink
WeakGrab == Init /\ [][Next]_vars /\ WF_vars(Blink) /\ WF_vars(Grab)
StrongGrab == Init /\ [][Next]_vars /\ WF_vars(Blink) /\ SF_vars(Grab)
AllGot == <>(got = 2)
====
