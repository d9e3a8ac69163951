/* eval_cmd.c - `tlc-c --eval EXPR` and `tlc-c --repl`: constant expressions evaluated in a scope
 * that extends the standard modules, or in the scope of `-module Spec.tla`. */
#include "cli.h"
#include "eval.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef TLCC_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

/* The modules TLC's REPL extends (tlc2/REPL.java), with the popular community modules it adds when
 * they are present (tlc2.overrides.CommunityModules), as tlc-c's library has them. */
static const char scope_modules[] = "Reals, Sequences, Bags, FiniteSets, TLC, Randomization, FiniteSetsExt, Functions, "
                                    "SequencesExt, Folds, IOUtils";

/* The scope module's text, EXTENDS the REPL's modules (and, with -module M.tla, M as well, in M's folder). */
static sema_program *load_scope(const cli_options *o)
{
    char path[4096], text[8192];
    const char *module = NULL;
    size_t dir = 0;
    if (o->eval_module) {
        const char *spec = cli_spec_path(o->eval_module);
        const char *slash = strrchr(spec, '/');
        const char *base = slash ? slash + 1 : spec;
        dir = slash ? (size_t)(slash - spec) + 1 : 0;
        if (access(spec, R_OK) != 0) {
            fprintf(stderr, "tlc-c: error: cannot read spec file `%s`\n", spec);
            return NULL;
        }
        module = base;
        snprintf(path, sizeof path, "%.*sTLCcEval.tla", (int)dir, spec);
    } else {
        snprintf(path, sizeof path, "TLCcEval.tla");
    }
    int len = module ? (int)(strlen(module) - 4) : 0;
    snprintf(text, sizeof text, "---- MODULE TLCcEval ----\nEXTENDS %s%s%.*s\n====\n", scope_modules, module ? ", " : "",
             len, module ? module : "");
    return sema_load_text(path, text, cli_sema_options());
}

typedef struct evaluator {
    sema_program *prog;
    eval_program *ep;
    eval_worker *w;
} evaluator;

static bool evaluator_open(const cli_options *o, evaluator *ev)
{
    ev->prog = load_scope(o);
    if (!ev->prog) return false;
    ev->ep = eval_program_new(ev->prog);
    ev->w = eval_worker_new(ev->ep, 0);
    return true;
}

static void evaluator_close(evaluator *ev)
{
    eval_worker_free(ev->w);
    eval_program_free(ev->ep);
    sema_free(ev->prog);
}

static void print_eval_error(const eval_error *err)
{
    util_diag(DIAG_ERROR, err->loc, NULL, "%s", err->message);
}

/* Parse, resolve and evaluate one expression; print its value or the error. */
static int eval_line(evaluator *ev, const char *origin, const char *text)
{
    arena a;
    arena_init(&a);
    int rc = 0;
    syn_expr *e = syn_parse_expr(&a, origin, text);
    if (!e || !sema_resolve_expr(ev->prog, ev->prog->root, e)) {
        rc = EXIT_PARSE;
    } else {
        eval_compile_expr(ev->ep, e);
        val v;
        if (eval_value(ev->w, e, NULL, NULL, &v)) {
            val_print(stdout, v);
            putchar('\n');
            fflush(stdout);
        } else {
            print_eval_error(eval_worker_error(ev->w));
            rc = EXIT_EVAL;
        }
    }
    eval_worker_reset(ev->w);
    arena_free(&a);
    return rc;
}

int cli_eval(const cli_options *o)
{
    /* TLC orders strings by their first appearance, and its REPL reads the expression first */
    arena first;
    arena_init(&first);
    syn_parse_expr(&first, "<eval>", o->eval_expr);
    arena_free(&first);
    evaluator ev;
    if (!evaluator_open(o, &ev)) return EXIT_PARSE;
    int rc = eval_line(&ev, "<eval>", o->eval_expr);
    evaluator_close(&ev);
    return rc;
}

static char *read_line(const char *prompt)
{
#ifdef TLCC_HAVE_READLINE
    char *line = readline(prompt);
    if (line && *line) add_history(line);
    return line;
#else
    fputs(prompt, stdout);
    fflush(stdout);
    char *line = NULL;
    size_t cap = 0;
    if (getline(&line, &cap, stdin) < 0) {
        free(line);
        return NULL;
    }
    line[strcspn(line, "\n")] = 0;
    return line;
#endif
}

int cli_repl(const cli_options *o)
{
    evaluator ev;
    if (!evaluator_open(o, &ev)) return EXIT_PARSE;
    printf("tlc-c %s: type a TLA+ expression to evaluate it; an empty line or Ctrl-D quits.\n", TLCC_VERSION);
    char *line;
    while ((line = read_line("tla> ")) != NULL) {
        if (!*line) {
            free(line);
            break;
        }
        eval_line(&ev, "<repl>", line);
        free(line);
    }
    evaluator_close(&ev);
    return 0;
}
