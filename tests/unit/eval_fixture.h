/* eval_fixture.h - what the evaluator's unit tests share: a module loaded from text, with tlc-c's
 * own library (and a folder of the test's own modules, if any), and an evaluation worker on it. */
#ifndef TLCC_EVAL_FIXTURE_H
#define TLCC_EVAL_FIXTURE_H

#include "eval.h"
#include "sema.h"

#include <stdio.h>
#include <stdlib.h>

static sema_program *prog;
static eval_program *ep;
static eval_worker *w;

/* The folder of tlc-c's library modules: specs/ of the source tree. */
static const char *fixture_library(void)
{
    static char lib[4096];
    const char *srcdir = getenv("TLCC_SOURCE_DIR");
    snprintf(lib, sizeof lib, "%s/specs", srcdir ? srcdir : "..");
    return lib;
}

/* Load module `name` from `text` (the modules it uses found in `dir` if not NULL, then in the
 * library): 0, or -1 if it does not load. */
static int fixture_load(const char *name, const char *text, const char *dir)
{
    const char *search[1] = {dir};
    sema_options opts = {.search_path = dir ? search : NULL, .nsearch = dir ? 1 : 0, .library = fixture_library()};
    prog = sema_load_text(name, text, &opts);
    if (!prog) return -1;
    ep = eval_program_new(prog);
    w = eval_worker_new(ep, 0);
    return 0;
}

static void fixture_free(void)
{
    eval_worker_free(w);
    eval_program_free(ep);
    sema_free(prog);
}

#endif
