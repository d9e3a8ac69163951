/* options.c - parsing the command line. Options TLC accepts but tlc-c does not implement yet are
 * refused with a clear "not supported yet" error rather than silently ignored. */
#include "options.h"

#include <errno.h>
#include <stdio.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void cli_print_help(void)
{
    puts("usage: tlc-c [options] Spec.tla\n"
         "\n"
         "Checks the model of Spec.tla described by Spec.cfg (or -config FILE) and prints TLC's output.\n"
         "\n"
         "options:\n"
         "  -config FILE     the model configuration (default: Spec.cfg beside Spec.tla)\n"
         "  -workers N|auto  worker threads for breadth-first search (default 1; auto = cores)\n"
         "  -deadlock        do not check for deadlock\n"
         "  -seed N          the seed of RandomElement and co. (default: drawn at random, printed)\n"
         "  -difftrace       print only the variables that changed in each trace state\n"
         "  -continue        go on after a violated invariant or property, reporting each\n"
         "  -fpmem X         the fingerprint set's memory: X of physical memory (0 to 1) or X bytes;\n"
         "                   past it, fingerprints go to disk (default 0.25)\n"
         "  -dumpTrace F P   write a counterexample to file P in format F: json, tla or itf (repeatable)\n"
         "  -json P          write a machine-readable summary of the run to P (see README)\n"
         "  -simulate [num=N][,file=P]  random walks instead of exhaustive search (N walks; each\n"
         "                   written to P_<worker>_<n>); -depth D states per walk (default 100)\n"
         "  -generate [num=N][,file=P]  simulation making one successor per step, found without\n"
         "                   computing the others (TLC's -generate)\n"
         "  -stopAfter S     stop a simulation after S seconds\n"
         "  -dfid N          depth-first iterative deepening down to N states deep (one worker)\n"
         "  -dump [dot[,colorize][,actionlabels]] F  list every state found in F.dump, or draw the\n"
         "                   state graph in Graphviz's DOT in F.dot\n"
         "  -tool            TLC's framed message stream, for the VS Code extension and other clients\n"
         "  -coverage N      coverage of actions and variables every N minutes and at the end\n"
         "  -fp N            fingerprint with the Nth hash function (0 to 130)\n"
         "  -lncheck off     do not check temporal properties (default, final: checked at the end)\n"
         "  -userFile F      Print and PrintT write to F\n"
         "  -checkpoint M    write a checkpoint every M minutes (default 30; 0: none)\n"
         "  -metadir D       the checkpoints' folder (default states/<time> beside the spec)\n"
         "  -recover D       resume from the checkpoint in folder D\n"
         "  -modelcheck, -cleanup, -nowarning, -noTE, -gzip, -maxSetSize N, -dumpTrace tlc F:\n"
         "                   accepted as TLC's clients pass them (nothing to do in tlc-c)\n"
         "  --parse          stop after parsing and checking names, arities and levels\n"
         "  --eval EXPR      evaluate a constant expression and print its value\n"
         "  -module M.tla    with --eval or --repl: evaluate in the scope of module M\n"
         "  --repl           an interactive read-eval-print loop\n"
         "  --help           this text\n"
         "  --version        the version\n"
         "\n"
         "Modules are looked up in the spec's folder, then the folders of TLA_PATH (colon-separated),\n"
         "then tlc-c's own library (Naturals, Sequences, TLC, community modules, ...).\n"
         "\n"
         "exit codes (as TLC's): 0 success, 10 assumption false, 11 deadlock, 12 invariant violated,\n"
         "13 property violated, 14 Assert failed, 75/76/77 evaluation error (initial states, invariant,\n"
         "temporal property), 255 evaluation error computing successors, 150 spec does not\n"
         "parse or resolve, 151 bad configuration, 152 state space too large, 153 system error.");
}

/* Accept `-name` and `--name`. */
static const char *option_name(const char *arg)
{
    if (arg[0] != '-') return NULL;
    return arg[1] == '-' ? arg + 2 : arg + 1;
}

static const char *const unsupported[] = {
    "view", "loadTrace",
    "fpbits", "debugger", "generateSpecTE", "teSpecOutDir", NULL,
};

/* TLC compares these option names without regard to case (-dumptrace, -noTE, ...). */
static const char *const any_case[] = {"dumpTrace", "loadTrace", "noTE", "noGenerateSpecTE", "generateSpecTE",
                                       "teSpecOutDir", NULL};

static bool is_unsupported(const char *name)
{
    for (int i = 0; unsupported[i]; i++)
        if (strcmp(name, unsupported[i]) == 0) return true;
    return false;
}

/* An option's name as TLC spells it: the case-insensitive ones in their canonical spelling. */
static const char *canonical_name(const char *name)
{
    for (int i = 0; any_case[i]; i++)
        if (strcasecmp(name, any_case[i]) == 0) return any_case[i];
    return name;
}

static bool need_value(int i, int argc, const char *name)
{
    if (i + 1 < argc) return true;
    fprintf(stderr, "tlc-c: error: option -%s needs a value\n", name);
    return false;
}

/* A whole number from lo to hi, or a precise error naming the option. */
static bool parse_int(const char *name, const char *v, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (!*v || *end || errno || n < lo || n > hi) {
        fprintf(stderr, "tlc-c: error: -%s takes a whole number from %ld to %ld, not `%s`\n", name, lo, hi, v);
        return false;
    }
    *out = n;
    return true;
}

/* The options TLC's clients pass (the VS Code extension: -tool -modelcheck -fp N -dumptrace tlc F
 * -coverage 1; CI scripts: -lncheck final -cleanup). Returns 1 if `name` is one and was taken, 0 if
 * it is not one, -1 on a usage error. */
static int parse_client_option(int argc, char **argv, int *i, const char *name, cli_options *o)
{
    long n;
    if (!strcmp(name, "tool")) o->tool = true;
    else if (!strcmp(name, "nowarning")) o->nowarning = true;
    else if (!strcmp(name, "modelcheck") || !strcmp(name, "cleanup") || !strcmp(name, "nowarning") ||
             !strcmp(name, "noTE") || !strcmp(name, "noGenerateSpecTE") || !strcmp(name, "gzip")) {
        /* breadth-first search is the mode; TLC's housekeeping has nothing to do here */
    } else if (!strcmp(name, "metadir")) {
        if (!need_value(*i, argc, name)) return -1;
        o->metadir = argv[++*i];   /* where checkpoints go */
    } else if (!strcmp(name, "recover")) {
        if (!need_value(*i, argc, name)) return -1;
        o->recover = argv[++*i];
    } else if (!strcmp(name, "checkpoint")) {
        if (!need_value(*i, argc, name)) return -1;
        char *end;
        o->checkpoint = strtod(argv[++*i], &end);
        if (*end || end == argv[*i] || !(o->checkpoint >= 0) || o->checkpoint > 1e9) {
            fprintf(stderr, "tlc-c: error: -checkpoint takes minutes (0 for none, fractions allowed), not `%s`\n", argv[*i]);
            return -1;
        }
    } else if (!strcmp(name, "fp")) {
        if (!need_value(*i, argc, name) || !parse_int(name, argv[++*i], 0, 130, &n)) return -1;
        o->fp = (int)n;
    } else if (!strcmp(name, "coverage")) {
        if (!need_value(*i, argc, name) || !parse_int(name, argv[++*i], 0, 1000000, &n)) return -1;
        o->coverage = (int)n;
    } else if (!strcmp(name, "lncheck")) {
        if (!need_value(*i, argc, name)) return -1;
        const char *v = argv[++*i];
        if (strcmp(v, "default") && strcmp(v, "final") && strcmp(v, "seqfinal") && strcmp(v, "off")) {
            fprintf(stderr, "tlc-c: error: -lncheck takes default, final, seqfinal or off, not `%s`\n", v);
            return -1;
        }
        /* tlc-c checks the temporal properties once, on the complete graph: default and final agree */
        o->liveness_off = !strcmp(v, "off");
    } else if (!strcmp(name, "maxSetSize")) {
        if (!need_value(*i, argc, name)) return -1;
        const char *v = argv[++*i];
        if (!parse_int(name, v, 1, 2147483647, &n)) return -1;
        o->max_set_size = n;
    } else if (!strcmp(name, "userFile")) {
        if (!need_value(*i, argc, name)) return -1;
        o->user_file = argv[++*i];
    } else if (!strcmp(name, "dumpTrace") && *i + 1 < argc && !strcmp(argv[*i + 1], "tlc")) {
        if (*i + 2 >= argc) {
            fprintf(stderr, "tlc-c: error: option -dumpTrace tlc needs a file name\n");
            return -1;
        }
        *i += 2;
        fprintf(stderr, "tlc-c: warning: -dumpTrace tlc %s: tlc-c does not write TLC's binary trace format; no file "
                        "is written\n", argv[*i]);
    } else {
        return 0;
    }
    return 1;
}

/* -fpmem as TLC reads it: a fraction of the memory (0 to 1), or a number of bytes (at most the
 * machine's memory). */
static bool parse_fpmem(const char *v, cli_options *o)
{
    char *end;
    double x = strtod(v, &end);
    if (end == v || *end || !(x >= 0)) {
        fprintf(stderr, "tlc-c: error: -fpmem takes a fraction of physical memory (0 to 1) or a number of bytes, not `%s`\n",
                v);
        return false;
    }
    double physical = (double)sysconf(_SC_PHYS_PAGES) * (double)sysconf(_SC_PAGE_SIZE);
    if (x > 1 && x > physical) {
        fprintf(stderr, "tlc-c: error: -fpmem %s is more than the machine's memory (%.0f bytes)\n", v, physical);
        return false;
    }
    o->fpmem = x;
    return true;
}

/* -dumpTrace FORMAT FILE: json, tla or itf (TLC's other formats are its own binary or need the
 * community modules' output operators). */
static bool parse_dump_trace(const char *format, const char *path, cli_options *o)
{
    static const char *const formats[] = {"json", "tla", "itf"};   /* report_trace_format's order */
    int f = -1;
    for (int i = 0; i < 3; i++)
        if (!strcasecmp(format, formats[i])) f = i;
    if (f < 0) {
        fprintf(stderr, "tlc-c: error: -dumpTrace %s is not supported yet (formats: json, tla, itf)\n", format);
        o->refused = true;
        return false;
    }
    if (o->ndump_traces == (int)(sizeof o->dump_traces / sizeof *o->dump_traces)) {
        fprintf(stderr, "tlc-c: error: -dumpTrace is given more than %d times\n", o->ndump_traces);
        return false;
    }
    o->dump_traces[o->ndump_traces++] = (struct cli_dump_trace){f, path};
    return true;
}

/* -dump's DOT options: dot[,colorize][,actionlabels] (TLC's snapshot, constrained, stuttering
 * and strict are not supported yet). */
static bool parse_dump_dot(const char *spec, cli_options *o)
{
    char *copy = strdup(spec), *save = NULL;
    bool ok = true;
    o->dump_dot = true;
    for (char *item = strtok_r(copy, ",", &save); item && ok; item = strtok_r(NULL, ",", &save)) {
        if (!strcmp(item, "dot")) continue;
        else if (!strcmp(item, "colorize")) o->dump_colorize = true;
        else if (!strcmp(item, "actionlabels")) o->dump_labels = true;
        else if (!strcmp(item, "snapshot") || !strcmp(item, "constrained") || !strcmp(item, "stuttering") ||
                 !strcmp(item, "strict")) {
            fprintf(stderr, "tlc-c: error: -dump dot,%s is not supported yet\n", item);
            o->refused = true;
            ok = false;
        } else {
            fprintf(stderr, "tlc-c: error: -dump takes dot[,colorize][,actionlabels], not `%s`\n", item);
            ok = false;
        }
    }
    free(copy);
    return ok;
}

/* A whole number from 1 to max, or an error naming the option. */
static bool parse_count(const char *what, const char *v, uint64_t max, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (!*v || *v == '-' || *end || errno || n < 1 || n > max) {
        fprintf(stderr, "tlc-c: error: %s takes a whole number from 1 to %llu, not `%s`\n", what, (unsigned long long)max, v);
        return false;
    }
    *out = n;
    return true;
}

/* -simulate's parameters: num=N, file=P, stats=basic|full (TLC's sched= is not supported yet). */
static bool parse_simulate(const char *params, cli_options *o)
{
    char *copy = strdup(params), *save = NULL;
    bool ok = true;
    for (char *item = strtok_r(copy, ",", &save); item && ok; item = strtok_r(NULL, ",", &save)) {
        if (!strncmp(item, "num=", 4)) {
            ok = parse_count("-simulate num=", item + 4, UINT64_MAX, &o->sim_num);
        } else if (!strncmp(item, "file=", 5) && item[5]) {
            o->sim_file = params + (item + 5 - copy);   /* in argv, which outlives the run */
            o->sim_file_len = (int)strcspn(o->sim_file, ",");
        } else if (!strcmp(item, "stats=basic") || !strcmp(item, "stats=full")) {
            o->sim_stats = true;   /* the last one given counts, as in TLC */
            o->sim_stats_full = !strcmp(item, "stats=full");
        } else if (!strncmp(item, "stats=", 6) || !strncmp(item, "sched=", 6)) {
            fprintf(stderr, "tlc-c: error: -simulate %.5s is not supported yet\n", item);
            o->refused = true;
            ok = false;
        } else {
            fprintf(stderr, "tlc-c: error: -simulate takes num=N and file=P, not `%s`\n", item);
            ok = false;
        }
    }
    free(copy);
    return ok;
}

/* The argument after -simulate is its parameters when it looks like them (key=value). */
static bool simulate_params(const char *arg) { return arg && arg[0] != '-' && strchr(arg, '=') != NULL; }

bool cli_parse_options(int argc, char **argv, cli_options *o)
{
    memset(o, 0, sizeof *o);
    o->fpmem = -1;
    o->checkpoint = -1;
    o->mode = MODE_CHECK;
    o->workers = 1;
    o->depth = 100;
    o->coverage = -1;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *name = option_name(arg);
        if (name) name = canonical_name(name);
        int taken;
        if (!name || !*name) {
            if (o->spec) {
                fprintf(stderr, "tlc-c: error: more than one spec given (`%s` and `%s`)\n", o->spec, arg);
                return false;
            }
            o->spec = arg;
            continue;
        }
        if (!strcmp(name, "help") || !strcmp(name, "h")) o->mode = MODE_HELP;
        else if (!strcmp(name, "version")) o->mode = MODE_VERSION;
        else if (!strcmp(name, "parse")) o->mode = MODE_PARSE;
        else if (!strcmp(name, "repl")) o->mode = MODE_REPL;
        else if (!strcmp(name, "eval")) {
            if (!need_value(i, argc, name)) return false;
            o->mode = MODE_EVAL;
            o->eval_expr = argv[++i];
        } else if (!strcmp(name, "module")) {
            if (!need_value(i, argc, name)) return false;
            o->eval_module = argv[++i];
        } else if (!strcmp(name, "config")) {
            if (!need_value(i, argc, name)) return false;
            o->config = argv[++i];
        } else if (!strcmp(name, "workers")) {
            if (!need_value(i, argc, name)) return false;
            const char *v = argv[++i];
            char *end;
            long n = strtol(v, &end, 10);
            if (!strcmp(v, "auto")) o->workers = 0;
            else if (*end || n < 1 || n > 1024) {
                fprintf(stderr, "tlc-c: error: -workers takes a number from 1 to 1024 or `auto`, not `%s`\n", v);
                return false;
            } else o->workers = (int)n;
        } else if (!strcmp(name, "fpmem")) {
            if (!need_value(i, argc, name) || !parse_fpmem(argv[++i], o)) return false;
        } else if (!strcmp(name, "seed")) {
            if (!need_value(i, argc, name)) return false;
            const char *v = argv[++i];
            char *end;
            errno = 0;
            o->seed = strtoll(v, &end, 10);
            if (!*v || *end || errno) {
                fprintf(stderr, "tlc-c: error: -seed takes a 64-bit integer, not `%s`\n", v);
                return false;
            }
            o->has_seed = true;
        } else if (!strcmp(name, "dumpTrace") && !(i + 1 < argc && !strcmp(argv[i + 1], "tlc"))) {
            if (i + 2 >= argc) {
                fprintf(stderr, "tlc-c: error: option -dumpTrace needs a format and a file\n");
                return false;
            }
            if (!parse_dump_trace(argv[i + 1], argv[i + 2], o)) return false;
            i += 2;
        } else if (!strcmp(name, "simulate")) {
            o->simulate = true;
            if (i + 1 < argc && simulate_params(argv[i + 1]) && !parse_simulate(argv[++i], o)) return false;
        } else if (!strcmp(name, "dump")) {
            if (!need_value(i, argc, name)) return false;
            bool dot = !strncmp(argv[i + 1], "dot", 3) && (!argv[i + 1][3] || argv[i + 1][3] == ',') && i + 2 < argc;
            if (dot && !parse_dump_dot(argv[++i], o)) return false;
            o->dump_file = argv[++i];
        } else if (!strcmp(name, "generate")) {
            o->simulate = o->generate = true;
            if (i + 1 < argc && simulate_params(argv[i + 1]) && !parse_simulate(argv[++i], o)) return false;
        } else if (!strcmp(name, "depth")) {
            uint64_t d;
            if (!need_value(i, argc, name) || !parse_count("-depth", argv[++i], UINT32_MAX, &d)) return false;
            o->depth = (uint32_t)d;
        } else if (!strcmp(name, "dfid")) {
            uint64_t d;
            if (!need_value(i, argc, name) || !parse_count("-dfid", argv[++i], UINT32_MAX, &d)) return false;
            o->dfid = (uint32_t)d;
        } else if (!strcmp(name, "stopAfter")) {
            uint64_t secs;
            if (!need_value(i, argc, name) || !parse_count("-stopAfter", argv[++i], UINT32_MAX, &secs)) return false;
            o->stop_after = (double)secs;
        } else if (!strcmp(name, "json")) {
            if (!need_value(i, argc, name)) return false;
            o->json_summary = argv[++i];
        } else if (!strcmp(name, "deadlock")) o->deadlock_off = true;
        else if (!strcmp(name, "difftrace")) o->difftrace = true;
        else if (!strcmp(name, "continue")) o->keep_going = true;
        else if (!strcmp(name, "terse")) o->terse = true;
        else if ((taken = parse_client_option(argc, argv, &i, name, o)) != 0) {
            if (taken < 0) return false;
        } else if (is_unsupported(name)) {
            fprintf(stderr, "tlc-c: error: option -%s is not supported yet\n", name);
            o->refused = true;
            return false;
        } else {
            fprintf(stderr, "tlc-c: error: unknown option `%s` (see tlc-c --help)\n", arg);
            return false;
        }
    }
    if ((o->mode == MODE_CHECK || o->mode == MODE_PARSE) && !o->spec) {
        fprintf(stderr, "tlc-c: error: no spec given (usage: tlc-c [options] Spec.tla; see --help)\n");
        return false;
    }
    return true;
}
