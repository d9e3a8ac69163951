---------------------------- MODULE VectorClocks ----------------------------
(***************************************************************************)
(* Vector clocks, as tlc-c ships them (community module).                 *)
(***************************************************************************)
EXTENDS Naturals, Sequences, Functions
LOCAL concurrent(v1, v2) == ~(\A n \in DOMAIN v1 : v1[n] <= v2[n]) /\ ~(\A n \in DOMAIN v2 : v2[n] <= v1[n])
LOCAL happenedBefore(v1, v2) == /\ \A n \in DOMAIN v1 : v1[n] <= v2[n]
                                /\ \E n \in DOMAIN v1 : v1[n] < v2[n]
IsCausalOrder(log, clock(_)) ==
    \A i \in 1 .. Len(log) : \A j \in 1 .. (i - 1) : ~happenedBefore(clock(log[i]), clock(log[j]))
CausalOrder(log, clock(_), node(_), domain(_)) ==
    CHOOSE s \in { p \in [1 .. Len(log) -> 1 .. Len(log)] : IsInjective(p) } :
        IsCausalOrder([i \in 1 .. Len(log) |-> log[s[i]]], clock)
=============================================================================
