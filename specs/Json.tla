-------------------------------- MODULE Json --------------------------------
(***************************************************************************)
(* JSON, as tlc-c ships it (community module). Every operator is native  *)
(* and encodes as TLC does: records are objects, tuples and sets arrays,  *)
(* strings and model values strings. The serializers write files (a JSON  *)
(* array, or one value per line for ndJson); the deserializers read them, *)
(* arrays as tuples and objects as records.                               *)
(***************************************************************************)
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets
LOCAL INSTANCE TLC
ToJson(value) == CHOOSE s \in STRING : TRUE                 \* native
ToJsonArray(value) == CHOOSE s \in STRING : TRUE            \* native
ToJsonObject(value) == CHOOSE s \in STRING : TRUE           \* native
JsonSerialize(absoluteFilename, value) == TRUE              \* native: writes the file
JsonDeserialize(absoluteFilename) == CHOOSE val : TRUE      \* native
ndJsonSerialize(absoluteFilename, value) == TRUE            \* native: writes the file
ndJsonDeserialize(absoluteFilename) == CHOOSE val : TRUE    \* native
=============================================================================
