----------------------------- MODULE ExistsList -----------------------------
(* \E whose body is a conjunction list, walked inside a step (the set names a variable: TLC does
   not split there) by the list's plan for each value (enumerate.c, exists_list_body): a first test
   failing for most values, a test between assignments, nested \E of the same form, an empty set,
   the body wholly assigned before the \E (tested whole), an \E in a call's body and under a
   disjunction, one whose body is not a list, the whole specification as a formula (spec mode),
   and errors: (Mode = "err") a division by zero in the body for one value, after three states. *)
EXTENDS Naturals, TLC
CONSTANTS Mode
VARIABLES msgs, x, y

Init == /\ msgs = {}
        /\ x = 0
        /\ y = 0

Send == /\ x < 3
        /\ \E v \in 1..2 : msgs' = msgs \cup {[t |-> v, n |-> x]}
        /\ x' = x + 1
        /\ UNCHANGED y

Take == \E m \in msgs :
          /\ m.t = 1
          /\ y' = y + m.n
          /\ y' < 5
          /\ msgs' = msgs \ {m}
          /\ UNCHANGED x

Pair == /\ \E m \in msgs :
             /\ m.t = 2
             /\ \E k \in {j \in msgs : j.n > m.n} :
                  /\ k.t = 2
                  /\ msgs' = msgs \ {m, k}
        /\ UNCHANGED <<x, y>>

Empty == /\ \E m \in {j \in msgs : j.n > 5} : /\ m.t = 1
                                              /\ x' = m.n
         /\ UNCHANGED <<msgs, y>>

Fixed == /\ x' = x
         /\ y' = 0
         /\ msgs' = msgs
         /\ \E m \in msgs : /\ m.n = 2
                            /\ y # 0

Drop(t) == \E m \in msgs : /\ m.t = t
                           /\ m.n = 0
                           /\ msgs' = msgs \ {m}
                           /\ UNCHANGED <<x, y>>

NotList == \E m \in msgs : m.n = 1 /\ x' = 0 /\ UNCHANGED <<msgs, y>>

Bad == /\ Mode = "err"
       /\ \E m \in msgs : /\ m.t = 2
                          /\ x' = 6 \div (m.n - 1)
       /\ UNCHANGED <<msgs, y>>

Next == Send \/ Take \/ Pair \/ Empty \/ Fixed \/ Drop(1) \/ (x = 3 /\ Drop(2)) \/ NotList \/ Bad

Spec == Init /\ [][Next]_<<msgs, x, y>>

Inv == y < 5
=============================================================================
