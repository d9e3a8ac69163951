/* cli.h - the pieces of the command line program: loading, checking, evaluation. */
#ifndef TLCC_CLI_H
#define TLCC_CLI_H

#include "options.h"
#include "sema.h"

const char *cli_spec_path(const char *spec);
sema_program *cli_load(const char *spec);      /* NULL after reporting errors */
const sema_options *cli_sema_options(void);    /* TLA_PATH and the tool's library */
int cli_check(const cli_options *o);
int cli_eval(const cli_options *o);
int cli_repl(const cli_options *o);

#endif
