---- MODULE InstanceDeclInner ----
EXTENDS Naturals
CONSTANT Max
VARIABLE c
Inc == c < Max /\ c' = c + 1
====
