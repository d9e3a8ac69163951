--------------------------- MODULE Combinatorics ----------------------------
(***************************************************************************)
(* Factorials and binomial coefficients, as tlc-c ships them (community   *)
(* module). choose is computed natively, as TLC's override computes it:   *)
(* exactly whenever the result fits (the definition, through factorial,   *)
(* overflows past 20!); n and k must be naturals with k <= n.             *)
(***************************************************************************)
EXTENDS Naturals
factorial[n \in Nat] == IF n = 0 THEN 1 ELSE n * factorial[n - 1]
choose(n, k) == factorial[n] \div (factorial[k] * factorial[n - k])   \* native
=============================================================================
