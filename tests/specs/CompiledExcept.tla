---- MODULE CompiledExcept ----
\* EXCEPT in the shapes compile.c's c_except, c_except_one and c_except_two run: one key, a path
\* of two, a field path, a tuple key, several updates, `@`, an EXCEPT in a value's `@`, keys outside
\* the domain (a model value at either step, a sequence's index 0 and Len + 1, an integer between a
\* domain's points), and (Mode = "err") an EXCEPT on a value that is not a function.
EXTENDS Naturals, Sequences
CONSTANTS P, Outside, Mode
VARIABLES f, g, r, s, h, t, n

Init == /\ f = [p \in P |-> 0]
        /\ g = [p \in P |-> [q \in P |-> 0]]
        /\ r = [a |-> 0, b |-> [c |-> <<>>]]
        /\ s = <<0, 0, 0>>
        /\ h = [x \in {1, 3, 5} |-> 0]
        /\ t = [x \in 0..1, y \in {"u", "v"} |-> 0]
        /\ n = 0

Step(p, q) ==
    /\ n < 3
    /\ f' = [[f EXCEPT ![Outside] = 7] EXCEPT ![p] = (@ + n) % 3]
    /\ g' = [g EXCEPT ![p][q] = @ + 1, ![Outside][p] = 9, ![q][Outside] = 9, ![q] = [@ EXCEPT ![p] = @ * 2]]
    /\ r' = [r EXCEPT !.a = @ + 1, !.b.c = IF Len(@) < 2 THEN Append(@, p) ELSE <<>>]
    /\ s' = [s EXCEPT ![n + 1] = @ + 1, ![0] = 5, ![4] = 6]
    /\ h' = [h EXCEPT ![2 * n + 1] = @ + 1, ![2] = 4]
    /\ t' = [t EXCEPT ![n % 2, "u"] = @ + 1, ![2, "v"] = 1]
    /\ n' = n + 1

Reset(p) ==
    /\ n = 3
    /\ f' = [f EXCEPT ![p] = 0]
    /\ r' = [[r EXCEPT !.b = [@ EXCEPT !.c = <<>>]] EXCEPT !.b.c = Append(@, p)]
    /\ s' = [s EXCEPT ![3] = 0]
    /\ g' = [[[g EXCEPT ![p][Outside] = 1] EXCEPT ![Outside][p] = 2] EXCEPT ![p][p] = 3]
    /\ UNCHANGED <<h, t, n>>

NotAFunction ==
    /\ Mode = "err" /\ n = 2
    /\ n' = [n EXCEPT ![1] = 2]
    /\ UNCHANGED <<f, g, r, s, h, t>>

Next == (\E p, q \in P : Step(p, q)) \/ (\E p \in P : Reset(p)) \/ NotAFunction

Inv == /\ \A p \in P : f[p] \in 0..2
       /\ Len(s) = 3 /\ DOMAIN h = {1, 3, 5}
====
