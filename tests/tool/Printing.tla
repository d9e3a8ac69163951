---------------------------- MODULE Printing ----------------------------
(* Print output: on stdout, or in -userFile's file.                     *)
EXTENDS TLC
VARIABLE x
ASSUME PrintT("hello from an assumption")
Init == x = 0 /\ PrintT(<<"initial", x>>)
Next == UNCHANGED x
=============================================================================
