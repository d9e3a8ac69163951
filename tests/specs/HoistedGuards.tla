---------------------------- MODULE HoistedGuards ----------------------------
(* Calls inside \E whose first tests name none of the \E's bound names (enumerate.c, exists_hoist):
   those tests are tested for the first value only. The cases: tests that hold or fail for every
   value, a test naming the value after one that does not, a test through a .cfg-valued definition
   and a model value, a binding `x' \in S` among the leading steps, an empty set of values (the test
   that would fail to evaluate is never evaluated), a test with PrintT (printed for every value),
   a test naming an outer \E's value through a tuple, and (Mode = "err") a test failing to
   evaluate for the first value. *)
EXTENDS Naturals, TLC
CONSTANTS Keys, Vals, NoVals, Mode
VARIABLES store, open, log

Nothing == CHOOSE x : x \notin Vals

Init == /\ store = [k \in Keys |-> Nothing]
        /\ open = {}
        /\ log = 0

Open(k) == /\ k \notin open
           /\ open' = open \cup {k}
           /\ UNCHANGED <<store, log>>

Put(k, v) == /\ k \in open
             /\ store[k] = Nothing
             /\ store' = [store EXCEPT ![k] = v]
             /\ UNCHANGED <<open, log>>

Change(k, v) == /\ k \in open
                /\ store[k] \notin {Nothing, v}
                /\ store' = [store EXCEPT ![k] = v]
                /\ log' = (log + 1) % 3
                /\ UNCHANGED open

Pick(k, v) == /\ <<k, log>> \in open \X {0, 1}
              /\ log' \in {1, 2}
              /\ store[k] = v
              /\ UNCHANGED <<store, open>>

Bad(k, v) == /\ store[k] + 1 = 2
             /\ UNCHANGED <<store, open, log>>

Shout(k, v) == /\ PrintT(<<"shout", k, v>>)
               /\ log = 2
               /\ k \notin open
               /\ UNCHANGED <<store, open, log>>

Close(k) == /\ k \in open
            /\ store[k] # Nothing
            /\ open' = open \ {k}
            /\ store' = [store EXCEPT ![k] = Nothing]
            /\ UNCHANGED log

Next == \/ \E k \in Keys : Open(k)
        \/ \E k \in open : \E v \in Vals : Put(k, v)
        \/ \E k \in Keys : \E v \in Vals : Change(k, v)
        \/ \E k \in Keys, v \in Vals : Pick(k, v)
        \/ \E k \in open : \E v \in NoVals : Bad(k, v)
        \/ \E k \in Keys : \E v \in Vals : Shout(k, v)
        \/ \E k \in open : Close(k)
        \/ Mode = "err" /\ \E k \in open : \E v \in Vals : Bad(k, v)

Inv == log \in 0..2
=============================================================================
