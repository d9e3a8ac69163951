---- MODULE Workers ----
(* C-syntax: fair processes, a macro, either, with, await, and Termination under -wf. *)
EXTENDS Naturals
CONSTANT N
(* --algorithm Workers {
  variables jobs = 3, done = 0;
  macro take(j) { await j > 0; j := j - 1; }
  fair process (W \in 1..N)
    variable got = 0;
  {
    w1: while (jobs > 0) {
          either { take(jobs); got := got + 1 }
          or     { with (k \in {0, 1}) { skip } };
        };
    w2: done := done + got;
  }
  fair process (Boss = 0) {
    b1: await done = 3;
  }
} *)
\* BEGIN TRANSLATION
\* END TRANSLATION
====
