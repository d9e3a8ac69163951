---- MODULE ReportedLikeTLCRegisters ----
\* TLCGet and TLCSet given what TLC 2.20 refuses (its wording, exit codes and positions), and
\* TLCSet("exit", v) with v not TRUE, which TLC takes as TRUE without stopping.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
GetKey == x < 3 /\ x' = x + TLCGet("nosuch")
GetNegative == x < 3 /\ x' = x + TLCGet(-1)
GetSet == x < 3 /\ x' = x + TLCGet({})
SetString == x < 3 /\ TLCSet("a", 1) /\ x' = x + 1
SetNegative == x < 3 /\ TLCSet(-1, 1) /\ x' = x + 1
SetExitNotTrue == x < 3 /\ TLCSet("exit", 5) /\ x' = x + 1
====
