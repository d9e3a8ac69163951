----------------------------- MODULE Sequences ------------------------------
(***************************************************************************)
(* Finite sequences, as tlc-c ships them: Seq, Len, \o, Append, Head,     *)
(* Tail, SubSeq and SelectSeq are computed natively.                      *)
(***************************************************************************)
LOCAL INSTANCE Naturals
Seq(S) == UNION { [1 .. n -> S] : n \in Nat }     \* native (lazy)
Len(s) == CHOOSE n \in Nat : DOMAIN s = 1 .. n    \* native
s \o t == [i \in 1 .. (Len(s) + Len(t)) |-> IF i <= Len(s) THEN s[i] ELSE t[i - Len(s)]]   \* native
Append(s, e) == s \o <<e>>                        \* native
Head(s) == s[1]                                   \* native
Tail(s) == [i \in 1 .. (Len(s) - 1) |-> s[i + 1]] \* native
SubSeq(s, m, n) == [i \in 1 .. (1 + n - m) |-> s[i + m - 1]]   \* native
SelectSeq(s, Test(_)) ==                          \* native
    LET F[i \in 0 .. Len(s)] ==
            IF i = 0 THEN << >>
            ELSE IF Test(s[i]) THEN Append(F[i - 1], s[i]) ELSE F[i - 1]
    IN F[Len(s)]
=============================================================================
