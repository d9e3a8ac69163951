---- MODULE KnownArgs ----
\* Arguments whose values are at hand when they are bound (a variable, a definition already computed
\* in the state) are read again when the state changes under them: in B of A \cdot B, v and d are
\* the intermediate state's x and Twice. From x, A gives t = x + 1 and B sets x to t + 2t = 3x + 3:
\* 0 -> 3 -> 12 (3 distinct states, depth 3; the values of s would give 0 -> 0).
\* A parameterless definition of an instantiated module has a value per state through each
\* instance: I!Quad is 4x and J!Quad 4y (y stays 1) in every state.
EXTENDS Naturals, TLC
ASSUME TLCGet("-Dtlc2.tool.impl.Tool.cdot") = "true"
VARIABLES x, y
I == INSTANCE KnownArgsInst WITH z <- x
J == INSTANCE KnownArgsInst WITH z <- y
Twice == 2 * x
Step(v, d) == (x' = v + 1 /\ y' = y) \cdot (x' = v + d /\ y' = y)
Init == x = 0 /\ y = 1
Next == x < 6 /\ Twice < 20 /\ Step(x, Twice)
Inv == I!Quad = 4 * x /\ J!Quad = 4 * y /\ I!Double + J!Double = 2 * x + 2
====
