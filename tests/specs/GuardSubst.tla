------------------------------ MODULE GuardSubst ------------------------------
(* Guards `L = lit` of actions tried one after the other (PlusCal's labels, SimpleRegular's
   proc(self) == a1(self) \/ a2(self) \/ b(self)), the first one's L read from the caller's context
   before the parameters are bound (eval_compile_substituted): L over a parameter bound to a value,
   over one bound to an expression (proc(Arg(i)): read through the caller's thunk), with a
   quantifier inside, and L through a function the compiler leaves to the interpreter. Bad: 1 the
   argument's expression fails (division by zero), 2 an index outside the domain, 3 a label that is
   a number compared with strings, 4 an index outside the domain inside the quantifier. *)
EXTENDS Integers
CONSTANTS N, Bad
VARIABLES pc, x, y
vars == <<pc, x, y>>
Procs == 0..(N - 1)

Arg(i) == IF Bad = 1 /\ i = 2 THEN i \div 0 ELSE IF Bad = 2 /\ i = 2 THEN N ELSE i

Init == /\ pc = [p \in Procs |-> IF Bad = 3 /\ p = 2 THEN 7 ELSE "a1"]
        /\ x = [p \in Procs |-> 0]
        /\ y = [p \in Procs |-> 0]

a1(self) == /\ pc[self] = "a1"
            /\ pc' = [pc EXCEPT ![self] = "a2"]
            /\ UNCHANGED <<x, y>>
a2(self) == /\ pc[self] = "a2"
            /\ x' = [x EXCEPT ![self] = @ + 1]
            /\ pc' = [pc EXCEPT ![self] = IF x[self] < 1 THEN "a1" ELSE "b"]
            /\ UNCHANGED y
b(self) == /\ pc[self] = "b"
           /\ \E v \in {x[(self + 1) % N], 2}: y' = [y EXCEPT ![self] = v]
           /\ pc' = [pc EXCEPT ![self] = "Done"]
           /\ UNCHANGED x
proc(self) == a1(self) \/ a2(self) \/ b(self)

up(self) == /\ (IF \A q \in Procs : y[q] <= y[self] + (IF Bad = 4 /\ y[self] = 2 THEN x[self + N] ELSE 0) THEN "top" ELSE "low") = "top"
            /\ y[self] < 3
            /\ y' = [y EXCEPT ![self] = @ + 1]
            /\ UNCHANGED <<pc, x>>
down(self) == /\ (IF \A q \in Procs : y[q] <= y[self] + (IF Bad = 4 /\ y[self] = 2 THEN x[self + N] ELSE 0) THEN "top" ELSE "low")
                 = "low"
              /\ y[self] > 1
              /\ y' = [y EXCEPT ![self] = @ - 1]
              /\ UNCHANGED <<pc, x>>
rank(self) == up(self) \/ down(self)

Lbl(self) == [p \in Procs |-> pc[p]][self]
c1(self) == /\ Lbl(self) = "Done"
            /\ x[self] < 3
            /\ x' = [x EXCEPT ![self] = @ + 1]
            /\ UNCHANGED <<pc, y>>
c2(self) == /\ Lbl(self) = "b"
            /\ x[self] = 7
            /\ UNCHANGED vars
fin(self) == c1(self) \/ c2(self)

Next == \/ \E i \in Procs : proc(Arg(i))
        \/ \E i \in Procs : rank(i)
        \/ \E i \in Procs : fin(i)

Inv == \A p \in Procs : y[p] <= 3
=============================================================================
