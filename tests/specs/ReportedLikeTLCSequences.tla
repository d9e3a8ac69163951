---- MODULE ReportedLikeTLCSequences ----
EXTENDS Naturals, Sequences
VARIABLES x
Init == x = 0
TailE == x < 2 /\ x' = x + 1 /\ (x = 1 => Tail(<<>>) = <<>>)
HeadE == x < 2 /\ x' = x + 1 /\ (x = 1 => Head(<<>>) = 1)
LenE == x < 2 /\ x' = x + 1 /\ (x = 1 => Len(3) = 1)
AppendE == x < 2 /\ x' = x + 1 /\ (x = 1 => Append(3, 1) = <<1>>)
LenSet == x < 2 /\ x' = x + 1 /\ (x = 1 => Len({1}) = 1)
TailStr == x < 2 /\ x' = x + 1 /\ (x = 1 => Tail("") = "")
HeadStr == x < 2 /\ x' = x + 1 /\ (x = 1 => Head("") = "")
ConcatE == x < 2 /\ x' = x + 1 /\ (x = 1 => 3 \o <<1>> = <<1>>)
SubSeqE == x < 2 /\ x' = x + 1 /\ (x = 1 => SubSeq(3, 1, 1) = <<1>>)
TailRec == x < 2 /\ x' = x + 1 /\ (x = 1 => Tail([a |-> 1]) = <<>>)
Test(e) == x < 2 /\ x' = x + 1 /\ (x = 1 => e)
ConcatArg == Test(<<1>> \o 3 = <<1>>)
\* The Sequences operators refusing what they are given, in TLC's words (its Java overrides'), the
\* positions ending at the call, not at the argument refused. ConcatArg: a constant argument of an action
\* that fails to evaluate; TLC does not split the call (its step is <Test line 16, col 14 ...>).
====
