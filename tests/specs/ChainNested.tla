------------------------------ MODULE ChainNested ------------------------------
(* Calls whose bodies are chains of guards `pc[self] = lit`, each L read from its caller's context
   and given down the call it enters as an argument (walk_chain_call), not left in the enumerator:
   two such calls one after the other with different arguments (the second reads its own L), one
   inside the body of another call (outer(self) == proc(self) \/ d(self)), the same chain reached
   through a bound name, a literal and an expression (the usual path), and a chain whose literals
   are numbers, passed where L is 3. ChainNested.cfg: Inv violated (TLC's trace of 13);
   ChainNestedHolds.cfg: Bounded holds. Counts and traces are TLC's. *)
EXTENDS Integers
VARIABLES pc, n
vars == <<pc, n>>
Procs == 0..2

Init == /\ pc = [p \in Procs |-> IF p = 2 THEN 1 ELSE "a1"]
        /\ n = 0

a1(self) == /\ pc[self] = "a1"
            /\ pc' = [pc EXCEPT ![self] = "a2"]
            /\ UNCHANGED n
a2(self) == /\ pc[self] = "a2"
            /\ pc' = [pc EXCEPT ![self] = "b"]
            /\ n' = n + 1
b(self) == /\ pc[self] = "b"
           /\ pc' = [pc EXCEPT ![self] = IF n < 3 THEN "a1" ELSE "Done"]
           /\ n' = n + 2
d(self) == /\ pc[self] = "Done"
           /\ n < 9
           /\ n' = n + 1
           /\ UNCHANGED pc
one(self) == /\ pc[self] = 1
             /\ pc' = [pc EXCEPT ![self] = 2]
             /\ UNCHANGED n
two(self) == /\ pc[self] = 2
             /\ n < 10
             /\ pc' = [pc EXCEPT ![self] = IF n > 6 THEN 3 ELSE 1]
             /\ n' = n + 1
proc(self) == a1(self) \/ a2(self) \/ b(self)
outer(self) == proc(self) \/ d(self)
nums(self) == one(self) \/ two(self)

Next == \/ proc(0) \/ proc(1)
        \/ \E i \in {0, 1} : outer(i)
        \/ \E i \in {1} : proc(i - 1)
        \/ nums(2)

Inv == n < 12
Bounded == n < 20
=============================================================================
