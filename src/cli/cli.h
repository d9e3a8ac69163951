/* cli.h - the pieces of the command line program: loading, checking, evaluation. */
#ifndef TLCC_CLI_H
#define TLCC_CLI_H

#include "options.h"
#include "sema.h"

/* TLC's exit codes. */
enum {
    EXIT_OK = 0, EXIT_ASSUMPTION = 10, EXIT_DEADLOCK = 11, EXIT_SAFETY = 12, EXIT_LIVENESS = 13,
    EXIT_ASSERT = 14, EXIT_EVAL = 75, EXIT_SAFETY_EVAL = 76, EXIT_LIVENESS_EVAL = 77, EXIT_PARSE = 150,
    EXIT_CONFIG = 151, EXIT_TOO_LARGE = 152, EXIT_SYSTEM = 153, EXIT_ERROR = 255,
};

const char *cli_spec_path(const char *spec);
sema_program *cli_load(const char *spec);      /* NULL after reporting errors */
const sema_options *cli_sema_options(void);    /* TLA_PATH and the tool's library */
int cli_check(const cli_options *o);
int cli_eval(const cli_options *o);
int cli_repl(const cli_options *o);

#endif
