---- MODULE SeqInLine ----
\* Len, Append, Head and Tail as compile.c evaluates them in line: on sequences (tuples, functions
\* on 1..n, strings as arguments) and, by the native itself, on what is not one (`Bad` picks an error).
EXTENDS Naturals, Sequences
CONSTANT Bad
VARIABLES q, w, k

f == [i \in 1..2 |-> i * 10]   \* a function on 1..2: a sequence

Init == /\ q = <<>>
        /\ w = "abc"
        /\ k = 0

Push == /\ Len(q) < 3
        /\ q' = Append(q, IF Len(w) > 1 THEN Head(f) ELSE Len(f))
        /\ w' = IF Len(w) > 0 THEN Tail(w) ELSE "abc"
        /\ k' = Len(Tail(Append(Tail(f), k)))

Pop == /\ q # <<>>
       /\ q' = Tail(q)
       /\ k' = (Head(q) + k) % 5
       /\ w' = w

Fail == /\ Bad # "none"
        /\ Len(q) = 1
        /\ k' = CASE Bad = "head"   -> Head(Tail(q))
                  [] Bad = "tail"   -> Len(Tail(Tail(<<k>>)))
                  [] Bad = "append" -> Len(Append(w, 1))
                  [] Bad = "len"    -> Len(k)
                  [] Bad = "tailstr" -> Len(Tail(Tail(Tail(Tail("abc")))))
                  [] OTHER -> 0
        /\ UNCHANGED <<q, w>>

Next == Push \/ Pop \/ Fail

Inv == Len(q) <= 3 /\ k \in 0..4
====
