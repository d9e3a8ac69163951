---- MODULE MistakeInitIncomplete ----
\* An initial predicate that leaves y without a value in its fifth state: TLC shows that state,
\* y null, after its progress lines, and stops without counts (code 2102, exit 255).
EXTENDS Naturals
VARIABLES x, y
Init == x \in 0..5 /\ (x < 4 => y = <<x, "a">>)
Next == UNCHANGED <<x, y>>
====
