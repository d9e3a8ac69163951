---- MODULE RandomSeed ----
\* -seed N makes a run repeatable: the random step a state takes is a function of the seed and of
\* the state, whatever the number of workers, and Limit (a constant definition) is drawn once.
\* The expected counts are those of seed 42 (RandomSeed.cfg and RandomSeedWorkers.cfg).
EXTENDS Naturals, TLC
ASSUME TLCGet("config").seed = 42
VARIABLE x
Limit == 20 + RandomElement(0..20)
Init == x = 0
Next == x < Limit /\ x' = x + RandomElement(1..3)
Inv == x < Limit + 3
====
