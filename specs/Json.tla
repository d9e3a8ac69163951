-------------------------------- MODULE Json --------------------------------
(***************************************************************************)
(* JSON, as tlc-c ships it (community module). Serialising to a file is  *)
(* not supported yet: the writers only return TRUE.                       *)
(***************************************************************************)
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC
ToJson(value) == ToString(value)
ToJsonArray(value) == ToString(value)
ToJsonObject(value) == ToString(value)
JsonSerialize(absoluteFilename, value) == TRUE
JsonDeserialize(absoluteFilename) == CHOOSE val : TRUE
ndJsonSerialize(absoluteFilename, value) == TRUE
ndJsonDeserialize(absoluteFilename) == CHOOSE val : TRUE
=============================================================================
