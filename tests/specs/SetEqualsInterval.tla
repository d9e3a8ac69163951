--------------------------- MODULE SetEqualsInterval ---------------------------
\* s = a..b for an explicit set s, empty or of integers, decided in line (compile.c's equal): against
\* membership both ways, with s empty, equal to the interval, of its size but other members, smaller,
\* larger, shifted, an empty interval, negative bounds, either side first, as a guard of the next
\* state (`ack[p] = Proc`), and a set of model values against an interval (the general way: FALSE).
EXTENDS Integers
CONSTANTS m1
VARIABLES s, n

Same(x, lo, hi) == (\A i \in x : i \in lo..hi) /\ (\A i \in lo..hi : i \in x)

Init == /\ s \in SUBSET ((-1)..3)
        /\ n \in 0..3

Next == \/ /\ s = 1..n
           /\ n > 0
           /\ s' = s \ {n}
           /\ n' = n - 1
        \/ /\ (0..n) = s
           /\ n' = n + 1
           /\ UNCHANGED s
        \/ /\ s # 1..n \/ n = 0
           /\ s /= (0..n)
           /\ UNCHANGED <<s, n>>

Inv == /\ (s = 1..n) = Same(s, 1, n)
       /\ (1..n = s) = Same(s, 1, n)
       /\ (s = (-1)..n) = Same(s, -1, n)
       /\ (s = 2..1) = (s = {})
       /\ (s = n..n) = (s = {n})
       /\ ({} = 1..n) = (n <= 0)
       /\ {1, 2, 3} = 1..3
       /\ {1, 3} # 1..2
       /\ {0, 1, 2} # 1..3
       /\ {1, 2} # 1..3
       /\ {1, 2, 3, 4} # 1..3
       /\ {m1} # 1..1
       /\ 1..1 # {m1}
===============================================================================
