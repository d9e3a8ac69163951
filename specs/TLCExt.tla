-------------------------------- MODULE TLCExt ------------------------------
(***************************************************************************)
(* TLC's extensions, as tlc-c ships them. AssertEq, TLCModelValue and     *)
(* TLCNoOp are native; the rest are not supported yet.                    *)
(***************************************************************************)
LOCAL INSTANCE TLC
AssertEq(a, b) == a = b                 \* native: prints both when they differ
AssertError(err, exp) == TRUE           \* not supported yet
TLCModelValue(str) == CHOOSE x : TRUE   \* native: the model value named str
TLCNoOp(val) == val                     \* native
TLCDefer(expression) == TRUE            \* not supported yet
PickSuccessor(exp) == TRUE              \* not supported yet
Trace == << >>                          \* not supported yet
CounterExample == [state |-> {}, action |-> {}]   \* not supported yet
=============================================================================
