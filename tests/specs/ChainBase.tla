------------------------------- MODULE ChainBase -------------------------------
\* Used by ChainedOperatorConstant: an operator constant, and a value made with it.
CONSTANT Step(_)
Twice(n) == Step(Step(n))
================================================================================
