---- MODULE ReportedLikeTLCNoBehaviour ----
\* Constants and assumptions only: TLC computes no initial state, and its estimate of a collision
\* (0.0, below 1e-10) comes without the one from the actual fingerprints.
EXTENDS Integers
CONSTANT N
ASSUME N > 0
====
