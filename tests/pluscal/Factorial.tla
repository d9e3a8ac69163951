---- MODULE Factorial ----
(* A recursive procedure in a uniprocess algorithm: the stack, call, return. *)
EXTENDS Naturals, Sequences, TLC
(* --algorithm Factorial
variables result = 1;
procedure Fact(n = 0)
begin
  Test: if n > 1 then
          Mult: result := result * n;
          Rec:  call Fact(n - 1);
                return;
        else
          Base: return;
        end if;
end procedure;
begin
  Start: call Fact(5);
  Done1: assert result = 120;
end algorithm *)
\* BEGIN TRANSLATION
\* END TRANSLATION
====
