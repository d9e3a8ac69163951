------------------------------ MODULE IOUtils -------------------------------
(***************************************************************************)
(* Input and output, as tlc-c ships them (community module). Every       *)
(* operator is native and does what TLC's override does: IOExec runs a    *)
(* command (searched in PATH, stdin empty) and returns its exit value and *)
(* output; IOEnv is the process environment as a record; Serialize and    *)
(* Deserialize write and read text files (format "TXT"). IOSerialize and  *)
(* IODeserialize (TLC's binary value format) are not supported yet.       *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers
LOCAL INSTANCE Sequences
LOCAL ExecResult == [exitValue : Int, stdout : STRING, stderr : STRING]
IOSerialize(val, absoluteFilename, compress) == TRUE                    \* native: not supported yet
IODeserialize(absoluteFilename, compressed) == CHOOSE val : TRUE        \* native: not supported yet
(* Writes the string value to the file dest (options: [format |-> "TXT", *)
(* charset |-> "UTF-8", openOptions |-> <<"WRITE", "CREATE", ...>>]).    *)
Serialize(value, dest, options) == CHOOSE r \in ExecResult : TRUE       \* native
(* The text of the file src as the stdout of the result.                 *)
Deserialize(src, options) == CHOOSE r \in ExecResult : TRUE             \* native
(* Runs <<program, arg1, ...>>.                                          *)
IOExec(command) == CHOOSE r \in ExecResult : TRUE                       \* native
(* The same with the record env's fields added to the environment.       *)
IOEnvExec(env, command) == CHOOSE r \in ExecResult : TRUE               \* native
(* Each part of the command is formatted with the parameters (%s, %1$s). *)
IOExecTemplate(commandTemplate, parameters) == CHOOSE r \in ExecResult : TRUE   \* native
IOEnvExecTemplate(env, commandTemplate, parameters) == CHOOSE r \in ExecResult : TRUE   \* native
IOEnv == CHOOSE r \in [STRING -> STRING] : TRUE                         \* native
atoi(str) == CHOOSE i \in Int : ToString(i) = str                       \* native
(* ToString(n) after as many zeros as make it width characters long.     *)
zeroPadN(n, width) ==                                                   \* native
    LET s == ToString(n)
        Zeros[k \in Int] == IF k <= 0 THEN "" ELSE "0" \o Zeros[k - 1]
    IN Zeros[width - Len(s)] \o s
=============================================================================
