---- MODULE WrapAlias ----
\* An ALIAS whose fields are long values: broken over lines as in a state.
EXTENDS Wrap
Alias == [short |-> short, rec |-> rec, seqlen |-> 6, seq |-> seq]
====
