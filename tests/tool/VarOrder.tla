---- MODULE VarOrder ----
\* TLC lists a state's variables in the order of SANY's hash table of the module's names, not in the
\* order they are declared: the trace and -dump print them in TLC's order.
EXTENDS Naturals, Sequences
VARIABLES zeta, alpha, mid, b, a, counter, x1, x10, x2, Q, queue, pc, stack
vars == <<zeta, alpha, mid, b, a, counter, x1, x10, x2, Q, queue, pc, stack>>
Init == /\ zeta = 1 /\ alpha = 2 /\ mid = 3 /\ b = 4 /\ a = 5 /\ counter = 0 /\ x1 = 7
        /\ x10 = 8 /\ x2 = 9 /\ Q = 10 /\ queue = <<>> /\ pc = "start" /\ stack = {}
Next == /\ counter < 3
        /\ counter' = counter + 1
        /\ queue' = Append(queue, counter)
        /\ UNCHANGED <<zeta, alpha, mid, b, a, x1, x10, x2, Q, pc, stack>>
Inv == counter < 2
====
