---------------------------- MODULE InValueParam ----------------------------
(* `p \in S` as a call's first steps, where p's argument is a name bound by a quantifier: a value,
   never a variable to bind, known when the call is planned (enumerate.c, call_plan.in_tests). The
   cases: the guard of a call TLC splits at (Open), tests hoisted out of nested \E (Add, over model
   values, a test that fails for some values, an empty set), a parameter bound to x' (Choose: a
   target, bound by the IN step), the same definition called with an expression (Add(t, k + 0), not a
   name) and (Mode = "err") a division by zero in the set for one value only. *)
EXTENDS Naturals
CONSTANTS Ids, Keys, Mode
VARIABLES open, store, sel

Init == /\ open = {}
        /\ store = [k \in Keys |-> 0]
        /\ sel = 0

Open(t) == /\ t \in Ids
           /\ t \notin open
           /\ open' = open \cup {t}
           /\ UNCHANGED <<store, sel>>

Add(t, k, v) == /\ t \in open
                /\ k \in DOMAIN store
                /\ store[k] < 3
                /\ store' = [store EXCEPT ![k] = @ + v]
                /\ UNCHANGED <<open, sel>>

Choose(p, k) == /\ p \in {store[k], store[k] + 1}
                /\ UNCHANGED <<open, store>>

Close(t) == /\ t \in open
            /\ t \in {}
            /\ UNCHANGED <<open, store, sel>>

Div(t, k) == /\ t \in open
             /\ k \in 1..(6 \div (2 - store[k]))
             /\ UNCHANGED <<open, store, sel>>

Next == \/ \E t \in Ids : Open(t)
        \/ \E t \in Ids : \E k \in Keys : \E v \in {1, 2} : Add(t, k, v)
        \/ \E t \in open : \E k \in Keys : Add(t, k + 0, 1)
        \/ \E k \in Keys : sel < 2 /\ Choose(sel', k)
        \/ \E t \in open : Close(t)
        \/ \E t \in {} : Add(t, 1, 1)
        \/ Mode = "err" /\ \E t \in open : \E k \in Keys : Div(t, k)

Inv == sel \in 0..5
=============================================================================
