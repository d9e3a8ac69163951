---- MODULE MistakeNoInitConstInvF ----
EXTENDS Naturals
VARIABLE x
Next == x' = 1
Inv == 1 < 0
====
