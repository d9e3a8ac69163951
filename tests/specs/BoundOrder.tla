---- MODULE BoundOrder ----
\* TLC binds the names of one quantifier with the first name varying fastest: \E i, j \in S yields
\* <<1, 1>>, <<2, 1>>, <<1, 2>>, <<2, 2>>, so the first violation TLC meets is <<2, 1>>.
VARIABLE x
Init == x = <<0, 0>>
Next == x = <<0, 0>> /\ \E i, j \in {1, 2} : x' = <<i, j>>
Inv == x \notin {<<1, 2>>, <<2, 1>>}
====
