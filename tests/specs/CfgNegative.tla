---- MODULE CfgNegative ----
\* TLC's .cfg reader has no negative numbers: `N = -5`, and `-2` inside a set, stop TLC with its
\* ConfigFileException (exit 255) before anything is checked.
EXTENDS Integers
CONSTANT N
VARIABLE x
Init == x = N
Next == x' = x
====
