---- MODULE MissingLabel ----
(* Two assignments to x in one step of a process: the translator asks for a label. *)
(* --algorithm MissingLabel
variables x = 0;
process P \in 1..2
begin
  a: x := 1;
     x := 2;
end process;
end algorithm *)
\* BEGIN TRANSLATION
\* END TRANSLATION
====
