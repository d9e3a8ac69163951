/* micro.c - a micro-benchmark of the evaluator and of state fingerprinting: each row evaluates one
 * representative expression (or fingerprints one state) over and over, resetting the worker's
 * scratch arena after each run as the explorer does after each state, and prints ns/op and ops/s.
 *
 * Usage: bench_micro [seconds per row, default 0.3]   (build: cmake --build build --target bench_micro) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

#include "eval.h"

static const char scope[] =
    "---- MODULE Micro ----\n"
    "EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC, FiniteSetsExt, Bags\n"
    "VARIABLES pc, queue, votes, clock\n"
    "Procs == 1..5\n"
    "RECURSIVE Fact(_)\n"
    "Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)\n"
    "R == [a |-> 1, b |-> 2, c |-> 3]\n"
    "====\n";

/* Expressions evaluated in the state below (pc, queue, votes, clock); the names go into a
 * Markdown table, so they hold no | . */
static const struct { const char *what, *text; } rows[] = {
    {"integer arithmetic", "((7 * 13 + 5) % 11) - 17 \\div 3"},
    {"a state predicate", "pc[2] = \"wait\" /\\ Len(queue) < 4 /\\ clock[3] <= 10"},
    {"\\A over 1..100", "\\A i \\in 1..100 : i * i >= i"},
    {"set map {x % 17 : x \\in 1..200}", "{x % 17 : x \\in 1..200}"},
    {"set filter and Cardinality", "Cardinality({v \\in votes : v.round > 1})"},
    {"\\cup of two sets of records", "votes \\cup {[round |-> 9, val |-> \"z\"]}"},
    {"function constructor, then applied", "[i \\in 1..50 |-> i * i][37]"},
    {"EXCEPT on a function of records", "[clock EXCEPT ![2] = @ + 1, ![4] = @ * 2]"},
    {"record EXCEPT and field", "[R EXCEPT !.b = @ + 1].b"},
    {"sequence ops", "Len(Append(Tail(queue), 6)) + Head(queue)"},
    {"CHOOSE x \\in 1..1000 : x * x > 500000", "CHOOSE x \\in 1..1000 : x * x > 500000"},
    {"lazy <<...>> \\in Seq(Nat)", "<<1, 2, 3, 4, 5>> \\in Seq(Nat)"},
    {"lazy {1, 2} \\in SUBSET Nat", "{1, 2} \\in SUBSET Nat"},
    {"lazy clock \\in [Procs -> Nat]", "clock \\in [Procs -> Nat]"},
    {"SUBSET (1..10) filtered", "Cardinality({s \\in SUBSET (1..10) : 5 \\in s})"},
    {"recursive operator Fact(15)", "Fact(15)"},
    {"\\E over a product", "\\E p, q \\in Procs : p # q /\\ clock[p] = clock[q] + 1"},
    {"FoldSet(LAMBDA a, b : a + b, 0, 1..200)", "FoldSet(LAMBDA a, b : a + b, 0, 1..200)"},
    {"MapThenFoldSet over votes", "MapThenFoldSet(LAMBDA a, b : a + b, 0, LAMBDA v : v.round, LAMBDA s : CHOOSE x \\in s : TRUE, votes)"},
    {"bag (+) and BagCardinality", "BagCardinality(SetToBag(1..50) (+) SetToBag(25..75))"},
    {"BagUnion of 10 bags, CopiesIn", "CopiesIn(12, BagUnion({SetToBag(i..i+10) : i \\in 1..10}))"},
};

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void report(const char *what, double seconds, long ops)
{
    double ns = seconds * 1e9 / (double)ops;
    printf("| %-40s | %10.0f | %12.0f |\n", what, ns, 1e9 / ns);
}

/* The state: pc a function of strings, queue a sequence, votes a set of records, clock a
 * function of integers. */
static void make_state(arena *a, val *vars)
{
    val pcs[5], items[5], clock[5], votes[8];
    const char *names[3] = {"idle", "wait", "crit"};
    for (int i = 0; i < 5; i++) {
        pcs[i] = val_str(util_intern(names[i % 3]));
        items[i] = val_int(i + 1);
        clock[i] = val_int(3 * i);
    }
    atom fields[2] = {util_intern("round"), util_intern("val")};
    for (int i = 0; i < 8; i++) {
        val rv[2] = {val_int(i % 4), val_str(util_intern(i % 2 ? "x" : "y"))};
        votes[i] = val_record_make(a, fields, rv, 2);
    }
    vars[0] = val_seq_make(a, pcs, 5);
    vars[1] = val_seq_make(a, items, 5);
    vars[2] = val_set_make(a, votes, 8);
    vars[3] = val_seq_make(a, clock, 5);
}

static void bench_expression(eval_program *ep, eval_worker *w, sema_program *p, const val *state, const char *what, const char *text,
                             double budget)
{
    arena a;
    arena_init(&a);
    syn_expr *e = syn_parse_expr(&a, "<bench>", text);
    if (!e || !sema_resolve_expr(p, p->root, e)) {
        fprintf(stderr, "bench_micro: cannot resolve %s\n", text);
        exit(1);
    }
    eval_compile_expr(ep, e);   /* as the model's own expressions are */
    val v;
    long ops = 0;
    double start = now(), elapsed;
    do {
        for (int i = 0; i < 100; i++, ops++) {
            if (!eval_value(w, e, state, NULL, &v)) {
                fprintf(stderr, "bench_micro: %s: %s\n", text, eval_worker_error(w)->message);
                exit(1);
            }
            eval_worker_reset(w);
        }
    } while ((elapsed = now() - start) < budget);
    report(what, elapsed, ops);
    arena_free(&a);
}

/* Serialise the state to its canonical bytes and hash them (XXH3-64), as the explorer does for
 * every successor; then the same for reading a state back from its bytes. */
static void bench_fingerprint(const val *state, uint32_t nvars, double budget)
{
    val_buf buf = {0};
    long ops = 0;
    uint64_t sink = 0;
    double start = now(), elapsed;
    do {
        for (int i = 0; i < 1000; i++, ops++) {
            buf.len = 0;
            val_state_serialize(state, nvars, &buf);
            sink ^= XXH3_64bits(buf.items, buf.len);
        }
    } while ((elapsed = now() - start) < budget);
    char what[64];
    snprintf(what, sizeof what, "fingerprint a state (%zu bytes)", buf.len);
    report(what, elapsed, ops);

    arena a;
    arena_init(&a);
    val back[8];
    ops = 0;
    start = now();
    do {
        for (int i = 0; i < 1000; i++, ops++) {
            if (!val_state_deserialize(&a, buf.items, (uint32_t)buf.len, back, nvars)) exit(1);
            arena_reset(&a);
        }
    } while ((elapsed = now() - start) < budget);
    report("read a state back from its bytes", elapsed, ops);
    arena_free(&a);
    free(buf.items);
    if (sink == 42) puts("");   /* keeps the hashing from being optimised away */
}

int main(int argc, char **argv)
{
    double budget = argc > 1 ? atof(argv[1]) : 0.3;
    sema_options opts = {.library = TLCC_SOURCE_LIB};
    sema_program *p = sema_load_text("Micro.tla", scope, &opts);
    if (!p) return 1;
    eval_program *ep = eval_program_new(p);
    eval_worker *w = eval_worker_new(ep, 0);
    arena state_arena;
    arena_init(&state_arena);
    val state[4];
    make_state(&state_arena, state);

    printf("| %-40s | %10s | %12s |\n|%s|%s|%s|\n", "operation", "ns/op", "ops/s",
           "------------------------------------------", "------------", "--------------");
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) bench_expression(ep, w, p, state, rows[i].what, rows[i].text, budget);
    bench_fingerprint(state, 4, budget);

    arena_free(&state_arena);
    eval_worker_free(w);
    eval_program_free(ep);
    sema_free(p);
    return 0;
}
