-------------------------------- MODULE CSV ---------------------------------
(***************************************************************************)
(* Writing and reading CSV files, as tlc-c ships them (community module).*)
(* tlc-c does not write files yet: the writers only return TRUE.         *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers
CSVWrite(template, val, file) == TRUE
CSVWriteRecord(record, delim, headers, file) == TRUE
CSVRead(columns, delimiter, file) == << >>
CSVRecords(file) == 0
=============================================================================
