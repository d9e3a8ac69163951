/* fuzz_eval.c - libFuzzer target: any text given to `--eval` (parsed as an expression, resolved in
 * the scope of the standard modules, evaluated) must give a value or a located error, never a crash
 * or a hang. Inputs with numbers of three digits or more are skipped: `1..99999999` is a
 * legitimately long evaluation, not a bug, and would be reported as a timeout. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "eval.h"
#include "syntax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char scope[] = "---- MODULE FuzzEval ----\n"
                            "EXTENDS Naturals, Integers, Sequences, FiniteSets, Bags, TLC\n"
                            "====\n";

static bool small_numbers(const uint8_t *data, size_t size)
{
    size_t run = 0;
    for (size_t i = 0; i < size; i++) {
        run = isdigit(data[i]) ? run + 1 : 0;
        if (run > 2 || !data[i]) return false;
    }
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *devnull;
    static sema_program *prog;
    static eval_worker *w;
    if (!devnull) {
        devnull = fopen("/dev/null", "w");
        util_diag_stream(devnull);
        sema_options so = {.library = TLCC_SOURCE_DIR "/specs"};
        prog = sema_load_text("FuzzEval.tla", scope, &so);
        if (!prog) return 0;
        w = eval_worker_new(eval_program_new(prog), 0);
    }
    if (!prog || size > 256 || !small_numbers(data, size)) return 0;
    char text[257];
    memcpy(text, data, size);
    text[size] = 0;
    arena a;
    arena_init(&a);
    syn_expr *e = syn_parse_expr(&a, "<fuzz>", text);
    val v;
    if (e && sema_resolve_expr(prog, prog->root, e)) eval_value(w, e, NULL, NULL, &v);
    eval_worker_reset(w);
    arena_free(&a);
    return 0;
}
