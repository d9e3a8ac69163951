/* dump_cmd.c - `-dump FILE` and `-dump dot[,colorize][,actionlabels] FILE`: after the search, the
 * states it found are walked again in its order on one thread (explore_visit), listed as TLC's
 * StateWriter lists them or drawn as its DotStateWriter draws them. The file is the same for any
 * number of workers. */
#include "cli.h"
#include "model.h"
#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* Node ids: the model's fingerprints depend on where the run's strings live in memory, so the
 * picture names each state by a fingerprint of its printed values instead, the same in every run.
 * The map goes from the model's fingerprint to that id. */
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
    arena mem;                       /* the state being expanded: its steps' names */
    model_step_label *steps;
    uint32_t nsteps;
    node_ids nodes;
} dumping;

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
    arena_mark mark = arena_save(&d->mem);
    const val *vars = model_decode(d->m, &d->mem, bytes, len);
    if (d->dot) report_dot_initial(d->dot, node_id(d, fp, vars), d->p, vars);
    else report_dump_state(d->out, ++d->count, d->p, vars);
    arena_restore(&d->mem, mark);
}

static void on_expanding(void *ctx, uint64_t fp, const uint8_t *bytes, uint32_t len, uint32_t level)
{
    dumping *d = ctx;
    arena_reset(&d->mem);
    d->nsteps = 0;
    if (!d->dot) return;
    report_dot_expanding(d->dot, node_get(&d->nodes, fp), level);
    if (d->labels) d->nsteps = model_step_labels(d->m, &d->mem, bytes, len, level, &d->steps);
}

static const model_step_label *step_of(const dumping *d, uint32_t action, const uint8_t *next, uint32_t len)
{
    for (uint32_t i = 0; i < d->nsteps; i++)
        if (d->steps[i].action == action && d->steps[i].len == len && !memcmp(d->steps[i].bytes, next, len))
            return &d->steps[i];
    return NULL;
}

static void on_edge(void *ctx, uint64_t from, uint64_t to, uint32_t action, const uint8_t *next, uint32_t len,
                    bool is_new)
{
    dumping *d = ctx;
    arena_mark mark = arena_save(&d->mem);
    const val *vars = is_new ? model_decode(d->m, &d->mem, next, len) : NULL;
    if (d->dot) {
        const model_step_label *s = step_of(d, action, next, len);
        uint64_t target = vars ? node_id(d, to, vars) : node_get(&d->nodes, to);
        report_dot_edge(d->dot, node_get(&d->nodes, from), target, s ? s->name : NULL, s ? s->label : NULL, d->p, vars);
    } else if (is_new) {
        report_dump_state(d->out, ++d->count, d->p, vars);
    }
    arena_restore(&d->mem, mark);
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
    free(d.nodes.keys);
    free(d.nodes.ids);
    free(path);
    return rc;
}
