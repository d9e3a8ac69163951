----------------------------- MODULE Statistics -----------------------------
(***************************************************************************)
(* Statistical tests, as tlc-c ships them (community module).            *)
(* ChiSquare(expected, actual, alpha) is the chi-square goodness-of-fit   *)
(* test (native): TRUE unless the counts in actual differ from those in   *)
(* expected significantly at level alpha, a string such as "0.05".       *)
(***************************************************************************)
EXTENDS Naturals
ChiSquare(expected, actual, alpha) == CHOOSE b \in BOOLEAN : TRUE   \* native
=============================================================================
