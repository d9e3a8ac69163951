----------------------------- MODULE Statistics -----------------------------
(***************************************************************************)
(* Statistical tests, as tlc-c ships them (community module). The         *)
(* chi-square test needs real numbers, which tlc-c does not support yet.  *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets
ChiSquare(expected, actual, significance) == TRUE   \* not supported yet
=============================================================================
