------------------------------ MODULE IOUtils -------------------------------
(***************************************************************************)
(* Input and output, as tlc-c ships them (community module). tlc-c does  *)
(* not run commands or write files yet: IOEnv is the empty record and the *)
(* other operators are not supported yet.                                 *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
IOSerialize(val, absoluteFilename, compress) == TRUE
IODeserialize(absoluteFilename, compressed) == CHOOSE val : TRUE
Serialize(value, dest, options) == TRUE
Deserialize(src, options) == CHOOSE val : TRUE
IOExec(command) == [exitValue |-> 0, stdout |-> "", stderr |-> ""]
IOEnvExec(env, command) == IOExec(command)
IOExecTemplate(commandTemplate, parameters) == IOExec(commandTemplate)
IOEnvExecTemplate(env, commandTemplate, parameters) == IOExec(commandTemplate)
IOEnv == [x \in {} |-> ""]
atoi(str) == CHOOSE i \in Int : ToString(i) = str
zeroPadN(n, width) == ToString(n)
=============================================================================
