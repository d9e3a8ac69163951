---------------------------- MODULE FcnDefUnreadPoint ----------------------------
\* A function definition whose value fails at a point never read (k \div 0): no error, as TLC,
\* which applies such a definition at the point asked for; f over a tuple of names, g over one name.
EXTENDS Integers
VARIABLE k
f[<<x, y>> \in (0..1) \X (0..1)] == IF x = 1 /\ y = 1 THEN k \div 0 ELSE x + y + k
g[x \in 0..2] == IF x = 2 THEN k \div 0 ELSE x + k
Init == k = 0
Next == k' = (k + 1) % 3
Inv == f[<<1, 0>>] = 1 + k /\ g[1] = 1 + k
=============================================================================
