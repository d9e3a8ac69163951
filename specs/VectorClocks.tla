---------------------------- MODULE VectorClocks ----------------------------
(***************************************************************************)
(* Vector clocks, as tlc-c ships them (community module). Both operators  *)
(* are native.                                                            *)
(***************************************************************************)
EXTENDS Naturals, Sequences, Functions

LOCAL concurrent(v1, v2) == \E i, j \in DOMAIN v1 : i # j /\ v1[i] < v2[i] /\ v1[j] > v2[j]
LOCAL happenedBefore(v1, v2) == /\ \A i \in DOMAIN v1 : v1[i] <= v2[i]
                                /\ \E i \in DOMAIN v1 : v1[i] < v2[i]

(* Every entry of log either happened after each entry before it or is   *)
(* concurrent with it, the two clocks compared on the union of their      *)
(* domains, a missing node counting 0.                                    *)
IsCausalOrder(log, clock(_)) ==                                          \* native
    \A i \in 1 .. Len(log) :
        \A j \in 1 .. (i - 1) :
            LET Fill(c, D) == [d \in D |-> IF d \in DOMAIN c THEN c[d] ELSE 0]
                D == DOMAIN clock(log[i]) \cup DOMAIN clock(log[j])
                vci == Fill(clock(log[i]), D)
                vcj == Fill(clock(log[j]), D)
            IN happenedBefore(vcj, vci) \/ concurrent(vcj, vci)

(* The first (in the order of CHOOSE) sequence of the entries of log in   *)
(* causal order. Two entries with equal clocks can be in no such order,   *)
(* nor an entry twice, so the log must not repeat an entry; the first     *)
(* order puts, at each position, the least entry (in the canonical order  *)
(* of values) that no entry left happened before. TLC's override sorts    *)
(* topologically in an order that depends on Java's hashing of the node   *)
(* names. node and domain are not used here.                              *)
CausalOrder(log, clock(_), node(_), domain(_)) ==                        \* native
    CHOOSE newlog \in { f \in [1 .. Len(log) -> Range(log)] : Range(f) = Range(log) } :
        IsCausalOrder(newlog, clock)
=============================================================================
