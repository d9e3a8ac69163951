---- MODULE CoreErrors ----
\* Errors of the language's core and of the standard modules on an initial state, worded as TLC
\* words them. TLC names the state ("While working on the initial state:") for the core's errors,
\* not for its modules' (division by zero), which it raises in another way.
EXTENDS Naturals
CONSTANT Case
VARIABLE n
Init == n \in {0, 1}
Next == UNCHANGED n
book == [title |-> "Dune", year |-> 1965]
Inv == CASE Case = "div"    -> 60 \div n > 0
         [] Case = "field"  -> book.author = n
         [] Case = "choose" -> (CHOOSE k \in 1..3 : k > 5 + n) = 1
         [] Case = "apply"  -> n[1] = 0
         [] Case = "index"  -> <<4, 5>>[n + 3] = 0
====
