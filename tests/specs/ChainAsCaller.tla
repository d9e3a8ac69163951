----------------------------- MODULE ChainAsCaller -----------------------------
(* A call whose body is a chain of calls with guards `L = lit` (SimpleRegular's
   proc(self) == a1(self) \/ a2(self) \/ b(self)): L read from the call's caller's context before
   the call is entered, through both calls' parameters (eval_compile_substituted_through); the call
   passed where L is none of the literals ("Done"). The chain nested both ways, a call of it with a
   literal argument among others, a literal argument inside it, a site whose argument is an
   expression (the usual path, the same chain); two calls of a chain with the same literal (both
   walked). Bad: 1 a label that is a number compared with strings, 2 an index outside the domain
   read from the caller's context, 3 a label that is a record, 4 a chain whose literals are of two
   kinds (a string compared with 7). *)
EXTENDS Integers
CONSTANTS N, Bad
VARIABLES pc, x, y
vars == <<pc, x, y>>
Procs == 0..(N - 1)

Init == /\ pc = [p \in Procs |-> IF Bad = 1 /\ p = 2 THEN 7 ELSE IF Bad = 3 /\ p = 1 THEN [l |-> 1] ELSE "a1"]
        /\ x = [p \in Procs |-> {0}]
        /\ y = [p \in Procs |-> 0]

a1(self, v) == /\ pc[self] = "a1"
               /\ x' = [x EXCEPT ![self] = {0, v}]
               /\ pc' = [pc EXCEPT ![self] = "a2"]
               /\ UNCHANGED y
a2(self, v) == /\ pc[self] = "a2"
               /\ x' = [x EXCEPT ![self] = {v}]
               /\ pc' = [pc EXCEPT ![self] = "b"]
               /\ UNCHANGED y
b(self, w) == /\ pc[self] = "b"
              /\ \E v \in x[(self + w) % N] : y' = [y EXCEPT ![self] = v]
              /\ pc' = [pc EXCEPT ![self] = "Done"]
              /\ UNCHANGED x
c(self, w) == /\ pc[self] = "Done"
              /\ y[self] = 0
              /\ y' = [y EXCEPT ![self] = 2 * w]
              /\ UNCHANGED <<pc, x>>
b2(self, w) == /\ pc[self] = "b"
               /\ y[self] = 0
               /\ y' = [y EXCEPT ![self] = w]
               /\ UNCHANGED <<pc, x>>
k(self, w) == /\ pc[self] = 7
              /\ UNCHANGED vars
proc(self) == (a1(self, 1) \/ a2(self, 1)) \/ b(self, 1)
again(self) == a2(self, 1) \/ (b(self, 1) \/ (b2(self, 1) \/ c(self, 1)))
mixed(self) == c(self, 1) \/ k(self, 1)

Top == IF Bad = 2 THEN N ELSE N - 1

Next == \/ \E i \in 0..Top : proc(i)
        \/ proc(0)
        \/ \E i \in Procs : again(i)
        \/ \E i \in Procs : proc(i + 0)
        \/ \E i \in IF Bad = 4 THEN Procs ELSE {} : mixed(i)

Inv == \A p \in Procs : y[p] <= 2
=============================================================================
