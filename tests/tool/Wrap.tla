---- MODULE Wrap ----
\* Values longer than 80 columns, which TLC's pretty-printer breaks over lines: records, sets,
\* sequences and functions, nested in each other, with long keys, strings and negative numbers.
EXTENDS Integers, Sequences, TLC
VARIABLES rec, set, seq, fun, nest, short, strs, ifun
Init ==
  /\ rec = [alpha |-> -1, beta |-> "a long string value with spaces, commas, and |-> signs",
            gamma |-> {1, 2, 3}, delta |-> <<1, 2, 3, 4, 5>>, eps |-> [x |-> 1, y |-> 2]]
  /\ set = {<<i, j>> : i \in 1..4, j \in -1..1}
  /\ seq = [i \in 1..6 |-> [id |-> i, peers |-> {i, i + 1, i + 2}, log |-> <<"a", "b">>]]
  /\ fun = ("k1" :> {1, 2} @@ "k2" :> <<"x", "y">> @@ "k3" :> [a |-> 1] @@ "k4" :> (2 :> "two" @@ 5 :> "five")
            @@ "k5" :> "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv")
  /\ nest = [a_very_long_field_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_forever_x |->
              {[n |-> i, m |-> {j \in 1..i : TRUE}] : i \in 1..5},
             b |-> <<<<1, 2>>, <<3, 4>>, {"p", "q"}, [z |-> <<>>], {}, SUBSET {1}>>]
  /\ short = {1, 2}
  /\ ifun = [i \in {2, 4, 6, 8, 10, 12} |-> [left |-> i - 1, right |-> i + 1, name |-> "node"]]
  /\ strs = {"ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss", "t"}
Next == /\ short' = short \cup {3}
        /\ UNCHANGED <<rec, set, seq, fun, nest, strs, ifun>>
Inv == 3 \notin short
====
