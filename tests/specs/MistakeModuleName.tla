---- MODULE Other ----
\* SANY refuses a file whose module has another name: TLC exit 150 (tlc-c checked it before)
VARIABLE x
Init == x = 0
Next == x' = x
====
