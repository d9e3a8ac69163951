---------------------------- MODULE ReusedParams ----------------------------
(* Calls inside \E with tests hoisted out of it, whose parameters are bound for the first value and
   only the \E's own names written again for the later ones (enumerate.c, exists_hoist.reuse). The
   cases: a literal argument, an argument bound outside the \E, the \E's name passed twice, two
   names bound by one \E, an argument bound outside to an expression (a thunk: the parameters bound
   again for every value), a LET and PrintT naming the parameters after the hoisted tests, and
   (Mode = "err") an error for the third value only. *)
EXTENDS Naturals, TLC
CONSTANTS Keys, Vals, Mode
VARIABLES store, open, log

Init == /\ store = [k \in Keys |-> 0]
        /\ open = {}
        /\ log = 0

Open(k) == /\ k \notin open
           /\ open' = open \cup {k}
           /\ UNCHANGED <<store, log>>

Put(k, v, n) == /\ k \in open
                /\ store[k] = 0
                /\ LET sum == v + n IN store' = [store EXCEPT ![k] = sum]
                /\ log' = (log + n) % 4
                /\ UNCHANGED open

Twice(k, j, v) == /\ log < 2
                  /\ PrintT(<<"twice", k, j, v>>)
                  /\ store' = [store EXCEPT ![k] = v, ![j] = @ + v]
                  /\ UNCHANGED <<open, log>>

Both(k, v) == /\ log # 3
              /\ k \in open
              /\ store[k] > 0
              /\ store' = [store EXCEPT ![k] = (store[k] + v) % 5]
              /\ UNCHANGED <<open, log>>

Shift(x, v) == /\ x \in open
               /\ log' = (log + v + x) % 4
               /\ UNCHANGED <<store, open>>

Via(x) == \E v \in Vals : Shift(x, v)

Div(k, v) == /\ k \in open
             /\ log = 2
             /\ 6 \div (3 - v) > 0
             /\ UNCHANGED <<store, open, log>>

Next == \/ \E k \in Keys : Open(k)
        \/ \E k \in open : \E v \in Vals : Put(k, v, 1)
        \/ \E v \in Vals : \E k \in Keys : Twice(k, k, v)
        \/ \E k \in Keys, v \in Vals : Both(k, v)
        \/ \E k \in open : Via(k + 0)
        \/ Mode = "err" /\ \E k \in open : \E v \in Vals : Div(k, v)

Inv == log \in 0..3
=============================================================================
