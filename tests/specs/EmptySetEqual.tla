---------------------------- MODULE EmptySetEqual ----------------------------
\* x = {} and x # {} of explicit sets decided in line when either side is empty (compile.c's equal):
\* against sets of numbers, of sets, of tuples, of strings, of model values, against a lazy empty
\* set (an empty interval, an empty filter), and a fold over a set down to {} (GameOfLife's Sum).
EXTENDS Integers
CONSTANTS A, B
VARIABLE s

RECURSIVE Sum(_)
Sum(S) == IF S = {} THEN 0 ELSE LET x == CHOOSE x \in S : TRUE IN x + Sum(S \ {x})

Init == s \in {{}, {1}, {1, 2}}
Next == \/ s # {} /\ s' = s \ {CHOOSE x \in s : TRUE}
        \/ s = {} /\ s' = {3}

Inv == /\ {} = {}
       /\ ~({} # {})
       /\ {} # {{}}
       /\ {{}} # {}
       /\ {<<>>} # {}
       /\ {"a"} # {}
       /\ {A, B} # {}
       /\ {} # {A}
       /\ (0..-1) = {}
       /\ {} = (0..-1)
       /\ {} # (1..2)
       /\ {x \in {1, 2} : x > 5} = {}
       /\ SUBSET {} # {}
       /\ (s = {}) = (Sum(s) = 0)
       /\ (s # {}) = (\E x \in s : TRUE)
       /\ ({s} = {}) = FALSE
=============================================================================
