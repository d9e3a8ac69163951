---------------------------- MODULE ExistsChain -----------------------------
(* Nested \E down to a call with tests hoisted out of the innermost, walked as one loop of the levels
   (enumerate.c, exists_hoist.levels, walk_exists_level), the call's parameters bound once for the
   whole chain. The cases: hoisted tests naming the outer names (t, then t and k), a middle set naming
   the outer name and empty for some of its values, several names at one level and a tuple at another,
   an argument bound outside the chain and a literal one, tests naming only the outer name failing for
   some of its values (t = 3 not open, t # 2), an expression as argument (a thunk: bound
   again for each value), four levels with a name passed twice, an empty innermost set, PrintT after
   the hoisted tests, and errors: (Mode = "err") a division by zero in the middle set for one outer
   value, (Mode = "err2") in a hoisted test naming the outer name only, for its second value. *)
EXTENDS Naturals, TLC
CONSTANTS Ids, Keys, Vals, Mode
VARIABLES open, store, log

Init == /\ open = {}
        /\ store = [k \in Keys |-> 0]
        /\ log = 0

Open(t) == /\ t \notin open
           /\ open' = open \cup {t}
           /\ UNCHANGED <<store, log>>

Add(t, k, v) == /\ t \in open
                /\ store[k] = 0
                /\ store' = [store EXCEPT ![k] = v]
                /\ log' = (log + 1) % 3
                /\ UNCHANGED open

Bump(t, k, v, n) == /\ log # n
                    /\ store[k] < 3
                    /\ store[t] # k
                    /\ store' = [store EXCEPT ![k] = (@ + v) % 4]
                    /\ UNCHANGED <<open, log>>

Pair(t, k, v, u) == /\ t \in open
                    /\ store[k] = u
                    /\ store' = [store EXCEPT ![k] = v]
                    /\ UNCHANGED <<open, log>>

Swap(t, k, j, i, v) == /\ t \in open
                       /\ store[k] # store[j]
                       /\ log = 2
                       /\ store' = [store EXCEPT ![i] = store[j], ![j] = v]
                       /\ log' = 0
                       /\ UNCHANGED open

Note(t, k, v) == /\ log = 0
                 /\ t # 2
                 /\ store[k] = 3
                 /\ PrintT(<<"note", t, k, v>>)
                 /\ UNCHANGED <<open, store, log>>

Div(t, k, v) == /\ t \in open
                /\ log = 1
                /\ UNCHANGED <<open, store, log>>

Probe(t, k, v) == /\ 4 \div (2 - t) > 0
                  /\ store[k] = v
                  /\ UNCHANGED <<open, store, log>>

Next == \/ \E t \in Ids : Open(t)
        \/ \E t \in open \cup {3} : \E k \in Keys : \E v \in Vals : Add(t, k, v)
        \/ \E t \in open : \E k \in {x \in Keys : x > t} : \E v \in Vals : Bump(t, k, v, 2)
        \/ \E n \in {0, 1} : n = log /\ \E t \in open, k \in Keys : \E <<v, u>> \in Vals \X {0} : Bump(t, k, v + u, n)
        \/ \E t \in open : \E k, j \in Keys : \E <<v, u>> \in Vals \X {1, 3} : Pair(t, k, v, u)
        \/ \E t \in open : \E k \in Keys : \E j \in Keys : \E v \in Vals : Swap(t, k, j, k, v)
        \/ \E t \in open : \E k \in Keys : \E v \in {} : Add(t, k, v)
        \/ \E t \in open \cup {3} : \E k \in Keys : \E v \in Vals : Note(t, k, v)
        \/ Mode = "err" /\ \E t \in open : \E k \in 1..(6 \div (2 - store[t])) : \E v \in Vals : Div(t, k, v)
        \/ Mode = "err2" /\ \E t \in open \cup {1} : \E k \in Keys : \E v \in Vals : Probe(t, k, v)

Inv == log \in 0..2
=============================================================================
