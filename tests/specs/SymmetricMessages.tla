---- MODULE SymmetricMessages ----
\* Up to three messages from three interchangeable processes, each carrying one of two
\* interchangeable values: the sets of at most 3 cells of a 3 x 2 grid, 42 states. Up to swapping
\* rows and columns: {}, one cell, two cells in a row, in a column or neither, and three cells as
\* a full row and one more, one per row in one column, or two in one column and one in the other:
\* 8 states.
EXTENDS Naturals, FiniteSets, TLC
CONSTANTS Proc, Val
VARIABLES msgs, sent
Init == msgs = {} /\ sent = [p \in Proc |-> {}]
Next == \E p \in Proc, v \in Val :
          /\ Cardinality(msgs) < 3
          /\ msgs' = msgs \cup {[from |-> p, val |-> v]}
          /\ sent' = [sent EXCEPT ![p] = @ \cup {v}]
Perms == Permutations(Proc) \cup Permutations(Val)
====
