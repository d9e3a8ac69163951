-------------------------------- MODULE CSV ---------------------------------
(***************************************************************************)
(* Writing and reading CSV files, as tlc-c ships them (community module).*)
(* Every operator is native. CSVWrite appends a line: the template filled *)
(* with the values as TLC prints them (%1$s, %2$s, ...). CSVWriteRecord   *)
(* appends a record's values (after its field names when the file is     *)
(* empty and headers holds). CSVRead gives the lines as records of        *)
(* strings; CSVRecords counts the lines (0 for a missing file).           *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers
CSVWrite(template, val, file) == TRUE                                   \* native: appends a line
CSVWriteRecord(record, delim, headers, file) == TRUE                    \* native: appends a line
CSVRead(columns, delimiter, file) == CHOOSE s : TRUE                    \* native
CSVRecords(file) == CHOOSE n \in Nat : TRUE                             \* native
=============================================================================
