------------------------------- MODULE Reals --------------------------------
(***************************************************************************)
(* The reals, as tlc-c ships them. Like TLC, tlc-c cannot enumerate or    *)
(* compute with real numbers: using Real or / is reported as not          *)
(* supported.                                                             *)
(***************************************************************************)
EXTENDS Integers
Real == Int                   \* native: not supported yet
a / b == CHOOSE c \in Real : a = b * c   \* native: not supported yet
Infinity == CHOOSE x : x \notin Real
=============================================================================
