---- MODULE ParallelActionMemo ----
\* Seventy actions, more than a worker's memo of action ids has slots: actions sharing a slot are
\* kept in the slots after it, and once the memo is full a new one replaces another. Each step of
\* the trace is named by its own action, at two workers.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in 0..99
A1 == x = 0 /\ x' = 1 /\ y' = y
A2 == x = 1 /\ x' = 2 /\ y' = y
A3 == x = 2 /\ x' = 3 /\ y' = y
A4 == x = 3 /\ x' = 4 /\ y' = y
A5 == x = 4 /\ x' = 5 /\ y' = y
A6 == x = 5 /\ x' = 6 /\ y' = y
A7 == x = 6 /\ x' = 7 /\ y' = y
A8 == x = 7 /\ x' = 8 /\ y' = y
A9 == x = 8 /\ x' = 9 /\ y' = y
A10 == x = 9 /\ x' = 10 /\ y' = y
A11 == x = 10 /\ x' = 11 /\ y' = y
A12 == x = 11 /\ x' = 12 /\ y' = y
A13 == x = 12 /\ x' = 13 /\ y' = y
A14 == x = 13 /\ x' = 14 /\ y' = y
A15 == x = 14 /\ x' = 15 /\ y' = y
A16 == x = 15 /\ x' = 16 /\ y' = y
A17 == x = 16 /\ x' = 17 /\ y' = y
A18 == x = 17 /\ x' = 18 /\ y' = y
A19 == x = 18 /\ x' = 19 /\ y' = y
A20 == x = 19 /\ x' = 20 /\ y' = y
A21 == x = 20 /\ x' = 21 /\ y' = y
A22 == x = 21 /\ x' = 22 /\ y' = y
A23 == x = 22 /\ x' = 23 /\ y' = y
A24 == x = 23 /\ x' = 24 /\ y' = y
A25 == x = 24 /\ x' = 25 /\ y' = y
A26 == x = 25 /\ x' = 26 /\ y' = y
A27 == x = 26 /\ x' = 27 /\ y' = y
A28 == x = 27 /\ x' = 28 /\ y' = y
A29 == x = 28 /\ x' = 29 /\ y' = y
A30 == x = 29 /\ x' = 30 /\ y' = y
A31 == x = 30 /\ x' = 31 /\ y' = y
A32 == x = 31 /\ x' = 32 /\ y' = y
A33 == x = 32 /\ x' = 33 /\ y' = y
A34 == x = 33 /\ x' = 34 /\ y' = y
A35 == x = 34 /\ x' = 35 /\ y' = y
A36 == x = 35 /\ x' = 36 /\ y' = y
A37 == x = 36 /\ x' = 37 /\ y' = y
A38 == x = 37 /\ x' = 38 /\ y' = y
A39 == x = 38 /\ x' = 39 /\ y' = y
A40 == x = 39 /\ x' = 40 /\ y' = y
A41 == x = 40 /\ x' = 41 /\ y' = y
A42 == x = 41 /\ x' = 42 /\ y' = y
A43 == x = 42 /\ x' = 43 /\ y' = y
A44 == x = 43 /\ x' = 44 /\ y' = y
A45 == x = 44 /\ x' = 45 /\ y' = y
A46 == x = 45 /\ x' = 46 /\ y' = y
A47 == x = 46 /\ x' = 47 /\ y' = y
A48 == x = 47 /\ x' = 48 /\ y' = y
A49 == x = 48 /\ x' = 49 /\ y' = y
A50 == x = 49 /\ x' = 50 /\ y' = y
A51 == x = 50 /\ x' = 51 /\ y' = y
A52 == x = 51 /\ x' = 52 /\ y' = y
A53 == x = 52 /\ x' = 53 /\ y' = y
A54 == x = 53 /\ x' = 54 /\ y' = y
A55 == x = 54 /\ x' = 55 /\ y' = y
A56 == x = 55 /\ x' = 56 /\ y' = y
A57 == x = 56 /\ x' = 57 /\ y' = y
A58 == x = 57 /\ x' = 58 /\ y' = y
A59 == x = 58 /\ x' = 59 /\ y' = y
A60 == x = 59 /\ x' = 60 /\ y' = y
A61 == x = 60 /\ x' = 61 /\ y' = y
A62 == x = 61 /\ x' = 62 /\ y' = y
A63 == x = 62 /\ x' = 63 /\ y' = y
A64 == x = 63 /\ x' = 64 /\ y' = y
A65 == x = 64 /\ x' = 65 /\ y' = y
A66 == x = 65 /\ x' = 66 /\ y' = y
A67 == x = 66 /\ x' = 67 /\ y' = y
A68 == x = 67 /\ x' = 68 /\ y' = y
A69 == x = 68 /\ x' = 69 /\ y' = y
A70 == x = 69 /\ x' = 70 /\ y' = y
Next == A1 \/ A2 \/ A3 \/ A4 \/ A5 \/ A6 \/ A7 \/ A8 \/ A9 \/ A10 \/ A11 \/ A12 \/ A13 \/ A14 \/ A15 \/ A16 \/ A17 \/ A18 \/ A19 \/ A20 \/ A21 \/ A22 \/ A23 \/ A24 \/ A25 \/ A26 \/ A27 \/ A28 \/ A29 \/ A30 \/ A31 \/ A32 \/ A33 \/ A34 \/ A35 \/ A36 \/ A37 \/ A38 \/ A39 \/ A40 \/ A41 \/ A42 \/ A43 \/ A44 \/ A45 \/ A46 \/ A47 \/ A48 \/ A49 \/ A50 \/ A51 \/ A52 \/ A53 \/ A54 \/ A55 \/ A56 \/ A57 \/ A58 \/ A59 \/ A60 \/ A61 \/ A62 \/ A63 \/ A64 \/ A65 \/ A66 \/ A67 \/ A68 \/ A69 \/ A70
Below == x < 70
====
