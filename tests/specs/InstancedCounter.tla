---- MODULE InstancedCounter ----
\* The module InstanceAction instantiates: its action Inc is the next-state action there.
EXTENDS Naturals
VARIABLE c
Inc == c < 5 /\ c' = c + 1
====
