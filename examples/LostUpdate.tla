---------------------------- MODULE LostUpdate ----------------------------
(***************************************************************************)
(* A PlusCal example for courses: N workers each add 1 to a shared        *)
(* counter by calling the procedure Increment, which reads the counter    *)
(* in one step (label Read) and writes it back in the next (label Write). *)
(* The invariant says that once every worker is done, the counter equals  *)
(* N.  It is violated: two workers can both read 0 before either writes,  *)
(* and then both write 1 -- an update is lost.                            *)
(*                                                                        *)
(* The translation below was made with                                    *)
(*     tlc-c --translate LostUpdate.tla                                   *)
(* and is checked with                                                    *)
(*     tlc-c LostUpdate.tla                                               *)
(* Merging Read and Write into one step (delete the label Write) makes    *)
(* the increment atomic, and the invariant then holds.                    *)
(***************************************************************************)
EXTENDS Naturals, Sequences
CONSTANT N

(* --algorithm LostUpdate
variables counter = 0;
define
  AllDone == \A w \in 1..N : pc[w] = "Done"
  NoLostUpdate == AllDone => counter = N
end define;

procedure Increment()
variable tmp = 0;
begin
  Read:  tmp := counter;
  Write: counter := tmp + 1;
         return;
end procedure;

process Worker \in 1..N
begin
  Work: call Increment();
end process;
end algorithm *)
\* BEGIN TRANSLATION
VARIABLES pc, counter, stack

(* define statement *)
AllDone == \A w \in 1..N : pc[w] = "Done"
NoLostUpdate == AllDone => counter = N

VARIABLE tmp

vars == << pc, counter, stack, tmp >>

ProcSet == (1..N)

Init == (* Global variables *)
        /\ counter = 0
        (* Procedure Increment *)
        /\ tmp = [ self \in ProcSet |-> 0]
        /\ stack = [self \in ProcSet |-> << >>]
        /\ pc = [self \in ProcSet |-> "Work"]

Read(self) == /\ pc[self] = "Read"
              /\ tmp' = [tmp EXCEPT ![self] = counter]
              /\ pc' = [pc EXCEPT ![self] = "Write"]
              /\ UNCHANGED << counter, stack >>

Write(self) == /\ pc[self] = "Write"
               /\ counter' = tmp[self] + 1
               /\ pc' = [pc EXCEPT ![self] = Head(stack[self]).pc]
               /\ tmp' = [tmp EXCEPT ![self] = Head(stack[self]).tmp]
               /\ stack' = [stack EXCEPT ![self] = Tail(stack[self])]

Increment(self) == Read(self) \/ Write(self)

Work(self) == /\ pc[self] = "Work"
              /\ stack' = [stack EXCEPT ![self] = << [ procedure |->  "Increment",
                                                       pc        |->  "Done",
                                                       tmp       |->  tmp[self] ] >>
                                                   \o stack[self]]
              /\ tmp' = [tmp EXCEPT ![self] = 0]
              /\ pc' = [pc EXCEPT ![self] = "Read"]
              /\ UNCHANGED counter

Worker(self) == Work(self)

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in ProcSet: Increment(self))
           \/ (\E self \in 1..N: Worker(self))
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION
=============================================================================
