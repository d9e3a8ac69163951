/* options.h - the command line, in TLC's spellings (single dash; `--` forms accepted too). */
#ifndef TLCC_CLI_OPTIONS_H
#define TLCC_CLI_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

typedef enum { MODE_CHECK, MODE_PARSE, MODE_EVAL, MODE_REPL, MODE_HELP, MODE_VERSION } cli_mode;

typedef struct cli_options {
    cli_mode mode;
    const char *spec;          /* the root .tla file */
    const char *config;        /* -config FILE (default: Spec.cfg beside Spec.tla) */
    const char *eval_expr;     /* --eval EXPR */
    const char *eval_module;   /* -module Spec.tla, with --eval / --repl */
    int workers;               /* -workers N; 0 = auto (number of cores) */
    bool deadlock_off;         /* -deadlock: do not check for deadlock */
    bool difftrace;            /* -difftrace: print only changed variables in traces */
    bool has_seed;
    int64_t seed;              /* -seed N: of the random operators (drawn at random without it) */
    bool keep_going;           /* -continue: report every violation and go on */
    double fpmem;              /* -fpmem: a fraction of physical memory (<= 1) or bytes; < 0 unset */
    double checkpoint;         /* -checkpoint M: minutes between checkpoints (0: none); < 0 unset (30) */
    const char *metadir;       /* -metadir DIR: where checkpoints go (default states/<time> by the spec) */
    const char *recover;       /* -recover DIR: resume from the checkpoint there */
    bool terse;
    bool refused;              /* the options ask for something not supported yet (exit 151, not 1) */
    /* -dumpTrace FORMAT FILE (repeatable): the counterexample written to FILE */
    struct cli_dump_trace { int format; const char *path; } dump_traces[8];   /* report_trace_format */
    int ndump_traces;
    const char *json_summary;  /* -json FILE: tlc-c's machine-readable run summary */
    /* -simulate [num=N][,file=P]: random walks instead of breadth-first search */
    bool simulate;
    bool generate;             /* -generate: simulation making one successor per step (TLC's) */
    uint64_t sim_num;          /* walks (0: until stopped) */
    const char *sim_file;      /* file=P: each walk written to P_<worker>_<n> */
    int sim_file_len;          /* P's length: sim_file runs on to the next parameter */
    bool sim_stats;            /* stats=basic|full: TLC's action graph written to <Spec>_actions.dot */
    bool sim_stats_full;       /* stats=full: a node per TLC action (\E instances apart), with its context */
    uint32_t depth;            /* -depth D: states per walk (default 100) */
    double stop_after;         /* -stopAfter SECONDS (0: none) */
    uint32_t dfid;             /* -dfid N: depth-first iterative deepening to depth N (0: breadth-first) */
    /* -dump [dot[,colorize][,actionlabels]] FILE: every state found, listed (FILE.dump) or drawn (FILE.dot) */
    const char *dump_file;
    bool dump_dot, dump_colorize, dump_labels;
    /* TLC's options for its clients (the VS Code extension, the Toolbox, CI scripts) */
    bool tool;                 /* -tool: TLC's framed message stream */
    int fp;                    /* -fp N: the fingerprint seed (a different hash per N, as TLC's polynomials) */
    int coverage;              /* -coverage N: coverage every N minutes and at the end; -1 none */
    bool liveness_off;         /* -lncheck off */
    const char *user_file;     /* -userFile F: Print and PrintT output goes to F */
    int64_t max_set_size;      /* -maxSetSize N (0 unset) */
    bool nowarning;            /* -nowarning: TLC's warnings are not printed */
} cli_options;

/* Parse argv; on a usage error print it and return false (the caller exits 1... as TLC does: 255?). */
bool cli_parse_options(int argc, char **argv, cli_options *o);
void cli_print_help(void);

#endif
