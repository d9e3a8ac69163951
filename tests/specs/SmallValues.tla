---------------------------- MODULE SmallValues ----------------------------
(* Functions on a few model values and small sets of them, as the value layer scans them
   (f[t][k], k \in s[t], x \in {a, b}), and operations that give back their operand: a union
   that adds nothing, a difference that removes nothing, an EXCEPT that puts the value there. *)
EXTENDS Naturals
CONSTANTS K, T, None
VARIABLES f, s, n

First == CHOOSE t \in T : TRUE

Init == /\ f = [t \in T |-> [k \in K |-> None]]
        /\ s = [t \in T |-> {}]
        /\ n = 0

Put(t, k) == /\ f[t][k] \notin {n % 2, 5}
             /\ f' = [f EXCEPT ![t][k] = n % 2]
             /\ s' = [s EXCEPT ![t] = @ \cup {k}]
             /\ n' = (n + 1) % 3

Keep(t, k) == /\ f' = [f EXCEPT ![t][k] = f[t][k]]
              /\ s' = [s EXCEPT ![t] = ((@ \cup (@ \cap {k})) \ {None}) \cup {}]
              /\ n' = n

Drop(t) == /\ s[t] # {}
           /\ f' = [f EXCEPT ![t] = [k \in K |-> None]]
           /\ s' = [s EXCEPT ![t] = s[t] \ K]
           /\ n' = n

Next == \/ \E t \in T, k \in K : Put(t, k) \/ Keep(t, k)
        \/ \E t \in T : Drop(t)

Inv == /\ \A t \in T : s[t] \subseteq K /\ None \notin s[t]
       /\ \A t \in T, k \in K : (k \in s[t]) = (f[t][k] # None)
       /\ \A t \in T, k \in K : f[t][k] \in {0, 1, None} /\ f[t][k] \notin {2, 3}
       /\ \A t \in T : (t \in {First}) = (t = First) /\ t \notin {None}
       /\ "b" \in {"a", "b"} /\ 3 \notin {1, 2}
=============================================================================
