------------------------------- MODULE ChainMid --------------------------------
\* Used by ChainedOperatorConstant: instances ChainBase, giving it its own Step by name.
CONSTANT Step(_)
INSTANCE ChainBase
================================================================================
