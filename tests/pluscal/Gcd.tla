---- MODULE Gcd ----
(* Euclid's algorithm, uniprocess, p-syntax, with an assert: checked for every pair in 1..N. *)
EXTENDS Naturals, TLC
CONSTANT N
(* --algorithm Gcd
variables a \in 1..N, b \in 1..N, a0 = a, b0 = b;
begin
  Loop: while a # b do
          if a > b then a := a - b;
          else b := b - a;
          end if;
        end while;
  Check: assert \A d \in 1..N : (a0 % d = 0 /\ b0 % d = 0) => a % d = 0;
end algorithm *)
\* BEGIN TRANSLATION
\* END TRANSLATION
====
