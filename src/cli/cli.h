/* cli.h - the pieces of the command line program: loading, checking, evaluation. */
#ifndef TLCC_CLI_H
#define TLCC_CLI_H

#include "options.h"
#include "sema.h"

const char *cli_spec_path(const char *spec);
sema_program *cli_load(const char *spec);      /* NULL after reporting errors */
const sema_options *cli_sema_options(void);    /* TLA_PATH and the tool's library */
int cli_check(const cli_options *o);
/* -dump: the states a search found (all of them with max_states 0), listed or drawn (dump_cmd.c). 0,
 * or EXIT_SYSTEM when the file cannot be written. */
typedef struct model model;
int cli_dump(model *m, const cli_options *o, const sema_program *p, uint64_t max_states);
int cli_eval(const cli_options *o);
int cli_repl(const cli_options *o);

#endif
