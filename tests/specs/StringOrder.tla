----------------------------- MODULE StringOrder -----------------------------
(***************************************************************************)
(* TLC orders strings by when it first meets their text, and model values *)
(* the same way, before any other value: the .cfg's values first, then    *)
(* every name of every module as its parser reads them, then the string   *)
(* literals, then strings made while checking. Not alphabetically. The    *)
(* order decides which value CHOOSE picks, which of several shortest      *)
(* counterexamples is found (the one whose \E takes the least values      *)
(* first), and how sets and records print. Here: "beta" is in the .cfg,   *)
(* "gamma" names a definition, "zeta" and "alpha" name record fields, and *)
(* "delta" is only a literal: beta, gamma, zeta, alpha, delta.            *)
(***************************************************************************)
EXTENDS Naturals, Sequences, TLC
CONSTANTS Procs, Tags, Nobody
VARIABLE st
Names == {"zeta", "beta", "alpha", "gamma", "delta"}
gamma == 3
Rec == [zeta |-> {Nobody, 1}, beta |-> Tags, alpha |-> "made" \o ToString(1)]
ASSUME PrintT(Rec)
Init == st = <<<<>>, CHOOSE n \in Names : TRUE, CHOOSE p \in Procs \cup {Nobody} : TRUE>>
Step(n, p) == /\ Len(st[1]) < 3
              /\ st' = <<Append(st[1], <<n, p, n \o "!">>), CHOOSE m \in Names \ {n} : TRUE, st[3]>>
Next == \E n \in Names, p \in Procs : Step(n, p)
Short == Len(st[1]) < 2
=============================================================================
