---- MODULE SetOpNestedWrittenCup ----
\* x \in (S \cup T) \cup U of sets written out: {"b"} \cup {"c"} built, then asked for 1 while the
\* outer union is built: "b".equals(1) stops it, before "a" is looked for at all.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~("a" \in ({"b"} \cup {"c"}) \cup {1})
====
