-------------------------------- MODULE TLCExt ------------------------------
(***************************************************************************)
(* TLC's extensions, as tlc-c ships them. AssertEq, AssertError,          *)
(* TLCModelValue and TLCNoOp are native. Trace, CounterExample,           *)
(* PickSuccessor and TLCDefer need the model checker's search (the        *)
(* behaviour so far, the user's choice of successors) and are refused     *)
(* with "not supported yet" when evaluated.                               *)
(***************************************************************************)
LOCAL INSTANCE TLC
AssertEq(a, b) == a = b                 \* native: prints both when they differ
(* TRUE iff evaluating exp fails with exactly the error message err.      *)
AssertError(err, exp) == CHOOSE b \in BOOLEAN : TRUE   \* native
TLCModelValue(str) == CHOOSE x : TRUE   \* native: the model value named str
TLCNoOp(val) == val                     \* native
TLCDefer(expression) == TRUE            \* native: not supported yet
PickSuccessor(exp) == TRUE              \* native: not supported yet
Trace == CHOOSE t : TRUE                \* native: not supported yet
CounterExample == CHOOSE c : TRUE       \* native: not supported yet
=============================================================================
