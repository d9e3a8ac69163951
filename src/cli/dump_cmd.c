/* dump_cmd.c - `-dump FILE` and `-dump dot[,colorize][,actionlabels] FILE`: after the search, the
 * states it found are walked again in its order on one thread (explore_visit), listed as TLC's
 * StateWriter lists them or drawn as its DotStateWriter draws them, each state with its values as
 * TLC's evaluation built them (model_steps: found again among the steps of the state before, as
 * built), so that `1..3` prints as TLC prints it. The file is the same for any number of workers. */
#include "cli.h"
#include "model.h"
#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* A map from the model's fingerprints to a word: the state's node id, or its values as built.
 * Node ids: the model's fingerprints depend on where the run's strings live in memory, so the
 * picture names each state by a fingerprint of its printed values instead, the same in every run. */
typedef struct node_ids { uint64_t *keys, *ids; size_t cap, n; } node_ids;

static uint64_t *node_slot(node_ids *t, uint64_t key)
{
    size_t j = key & (t->cap - 1);
    while (t->keys[j] && t->keys[j] != key) j = (j + 1) & (t->cap - 1);
    return &t->keys[j];
}

static void node_put(node_ids *t, uint64_t key, uint64_t id)
{
    if (2 * (t->n + 1) > t->cap) {
        node_ids bigger = {util_xcalloc(t->cap ? 2 * t->cap : 256, sizeof(uint64_t)),
                           util_xcalloc(t->cap ? 2 * t->cap : 256, sizeof(uint64_t)), t->cap ? 2 * t->cap : 256, 0};
        for (size_t i = 0; i < t->cap; i++)
            if (t->keys[i]) node_put(&bigger, t->keys[i], t->ids[i]);
        free(t->keys);
        free(t->ids);
        *t = bigger;
    }
    uint64_t *k = node_slot(t, key);
    if (!*k) t->n++;
    *k = key;
    t->ids[k - t->keys] = id;
}

static uint64_t node_get(node_ids *t, uint64_t key) { return t->ids[node_slot(t, key) - t->keys]; }

typedef struct dumping {
    model *m;
    const sema_program *p;
    FILE *out;
    report_dot *dot;                 /* NULL for a listing */
    bool labels;                     /* the steps' names are needed (colours or labels) */
    uint64_t count;
    arena mem;                       /* the state being expanded: its steps */
    model_step_label *steps;
    bool *shown;                     /* steps[i] has been drawn as an edge */
    uint32_t nsteps;
    node_ids nodes;
    node_ids built;                  /* fingerprint -> its values as built (const val *), until expanded */
    arena levels[2];                 /* the values as built of the states of odd and even levels */
    uint32_t level;                  /* the level being expanded */
    arena init_mem;                  /* the initial states as built */
    model_step_label *inits;
    uint32_t ninits;
    bool inits_done;
} dumping;

/* The step among `steps` that produced (action, bytes): the first with the same action and bytes not
 * shown yet (the transitions come in the order of the steps: RcvAbort(r2) after RcvAbort(r1), both
 * to the same state), else the first with the same bytes. The first of a state's steps with given
 * bytes is the one whose values TLC keeps: `shown` NULL gives it, whatever its action. */
static const model_step_label *step_of(const model_step_label *steps, bool *shown, uint32_t n, uint32_t action,
                                       const uint8_t *next, uint32_t len)
{
    const model_step_label *same_bytes = NULL;
    for (uint32_t i = 0; i < n; i++) {
        if (steps[i].len != len || memcmp(steps[i].bytes, next, len)) continue;
        if (!shown) return &steps[i];
        if (!same_bytes) same_bytes = &steps[i];
        if (steps[i].action == action && !shown[i]) {
            shown[i] = true;
            return &steps[i];
        }
    }
    return same_bytes;
}

/* The values of a new state of the given level: as built by its step (kept until the state is
 * expanded), or decoded from its bytes where the step is not found. */
static const val *built_values(dumping *d, uint64_t fp, const model_step_label *s, const uint8_t *bytes, uint32_t len,
                               uint32_t level)
{
    arena *a = &d->levels[level & 1];
    val *vars = arena_alloc(a, sizeof(val) * (d->p->nvars + 1));
    if (s)
        for (uint32_t i = 0; i < d->p->nvars; i++) vars[i] = val_copy(a, s->vars[i]);
    else
        memcpy(vars, model_decode(d->m, a, bytes, len), sizeof(val) * d->p->nvars);
    node_put(&d->built, fp, (uint64_t)(uintptr_t)vars);
    return vars;
}

/* A state's id in the picture: a fingerprint of its printed values (see node_ids). */
static uint64_t node_id(dumping *d, uint64_t fp, const val *vars)
{
    XXH3_state_t *h = XXH3_createState();
    XXH3_64bits_reset(h);
    for (uint32_t i = 0; i < d->p->nvars; i++) {
        const char *text = val_to_string(&d->mem, vars[i]);
        XXH3_64bits_update(h, text, strlen(text) + 1);
    }
    uint64_t id = XXH3_64bits_digest(h);
    XXH3_freeState(h);
    node_put(&d->nodes, fp, id);
    return id;
}

static void on_initial(void *ctx, uint64_t fp, const uint8_t *bytes, uint32_t len)
{
    dumping *d = ctx;
    if (!d->inits_done) d->ninits = model_steps(d->m, &d->init_mem, NULL, NULL, 0, 0, false, &d->inits);
    d->inits_done = true;
    const val *vars = built_values(d, fp, step_of(d->inits, NULL, d->ninits, 0, bytes, len), bytes, len, 1);
    if (d->dot) report_dot_initial(d->dot, node_id(d, fp, vars), d->p, vars);
    else report_dump_state(d->out, ++d->count, d->p, vars);
}

static void on_expanding(void *ctx, uint64_t fp, const uint8_t *bytes, uint32_t len, uint32_t level)
{
    dumping *d = ctx;
    arena_reset(&d->mem);
    if (level > d->level) {
        /* every state of the level before is expanded: their values are no longer needed */
        d->level = level;
        arena_reset(&d->levels[(level + 1) & 1]);
    }
    const val *vars = (const val *)(uintptr_t)node_get(&d->built, fp);
    d->nsteps = model_steps(d->m, &d->mem, vars, bytes, len, level, d->labels, &d->steps);
    d->shown = arena_alloc(&d->mem, d->nsteps + 1);
    memset(d->shown, 0, d->nsteps + 1);
    if (d->dot) report_dot_expanding(d->dot, node_get(&d->nodes, fp), level);
}

static void on_edge(void *ctx, uint64_t from, uint64_t to, uint32_t action, const uint8_t *next, uint32_t len,
                    bool is_new)
{
    dumping *d = ctx;
    const model_step_label *s = step_of(d->steps, d->shown, d->nsteps, action, next, len);
    /* the values TLC keeps: those of the first step to the state */
    const val *vars = is_new ? built_values(d, to, step_of(d->steps, NULL, d->nsteps, action, next, len), next, len,
                                            d->level + 1) : NULL;
    if (d->dot) {
        uint64_t target = vars ? node_id(d, to, vars) : node_get(&d->nodes, to);
        report_dot_edge(d->dot, node_get(&d->nodes, from), target, s ? s->name : NULL, s ? s->label : NULL, d->p, vars);
    } else if (is_new) {
        report_dump_state(d->out, ++d->count, d->p, vars);
    }
}

/* FILE with TLC's extension added unless it has it. */
static char *dump_path(const char *file, const char *ext)
{
    size_t n = strlen(file), e = strlen(ext);
    if (n >= e && !strcmp(file + n - e, ext)) return util_xstrdup(file);
    char *p = util_xmalloc(n + e + 1);
    memcpy(p, file, n);
    memcpy(p + n, ext, e + 1);
    return p;
}

int cli_dump(model *m, const cli_options *o, const sema_program *p, uint64_t max_states)
{
    char *path = dump_path(o->dump_file, o->dump_dot ? ".dot" : ".dump");
    dumping d = {.m = m, .p = p, .labels = o->dump_colorize || o->dump_labels};
    d.out = fopen(path, "w");
    if (!d.out) {
        fprintf(stderr, "tlc-c: error: could not write %s: %s\n", path, strerror(errno));
        free(path);
        return EXIT_SYSTEM;
    }
    arena_init(&d.mem);
    arena_init(&d.levels[0]);
    arena_init(&d.levels[1]);
    arena_init(&d.init_mem);
    if (o->dump_dot) d.dot = report_dot_open(d.out, o->dump_colorize, o->dump_labels);
    explore_model em = model_interface(m);
    explore_visitor v = {&d, on_initial, on_expanding, on_edge};
    bool ok = explore_visit(&em, max_states, &v);
    if (d.dot) report_dot_close(d.dot);
    int rc = 0;
    if (fclose(d.out) != 0 || !ok) {
        fprintf(stderr, "tlc-c: error: %s is incomplete: %s\n", path, ok ? strerror(errno) : "the model failed");
        rc = EXIT_SYSTEM;
    }
    arena_free(&d.mem);
    arena_free(&d.levels[0]);
    arena_free(&d.levels[1]);
    arena_free(&d.init_mem);
    free(d.nodes.keys);
    free(d.nodes.ids);
    free(d.built.keys);
    free(d.built.ids);
    free(path);
    return rc;
}
