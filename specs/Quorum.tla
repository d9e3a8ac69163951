------------------------------- MODULE Quorum -------------------------------
(***************************************************************************)
(* Quorum systems, as tlc-c ships them (community module): the non-empty  *)
(* collections of subsets of S that pairwise intersect and hold every     *)
(* superset of their members.                                             *)
(***************************************************************************)
QuorumSystem(S) ==
    { QS \in SUBSET (SUBSET S) :
        /\ QS # {}
        /\ \A Q1, Q2 \in QS : Q1 \cap Q2 # {}
        /\ \A Q1, Q2 \in SUBSET S : Q1 \in QS /\ Q1 \subseteq Q2 => Q2 \in QS }
=============================================================================
