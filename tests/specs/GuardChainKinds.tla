---- MODULE GuardChainKinds ----
\* The guards of actions tried one after the other compare st[p] with 0, 1, then "two": an error
\* once st[p] is a number other than 0 and 1 (as TLC: a number compared with a string).
EXTENDS Integers
VARIABLES st

Init == st = [p \in 1..2 |-> 0]

Up(p) == /\ st[p] < 3
         /\ st' = [st EXCEPT ![p] = st[p] + 1]
Zero(p) == /\ st[p] = 0
           /\ UNCHANGED st
One(p) == /\ st[p] = 1
          /\ UNCHANGED st
Two(p) == /\ st[p] = "two"
          /\ UNCHANGED st

Next == \E p \in 1..2 : Up(p) \/ Zero(p) \/ One(p) \/ Two(p)
====
