/* coverage.c - TLC's -coverage statistics: how many distinct values each variable takes in the
 * states found, and for the initial predicate and each action the new states it found first and the
 * successors it generated (TLC's "<Action line ...>: distinct:generated"). */
#include "model_internal.h"
#include "report.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* The hashes of one variable's values (0 is the empty slot), under a lock: only -coverage pays. */
struct model_value_set {
    pthread_mutex_t lock;
    uint64_t *slots;
    size_t cap, n;
};

static void set_insert(model_value_set *s, uint64_t h)
{
    size_t i = h & (s->cap - 1);
    while (s->slots[i] && s->slots[i] != h) i = (i + 1) & (s->cap - 1);
    if (!s->slots[i]) s->slots[i] = h, s->n++;
}

static void set_put(model_value_set *s, uint64_t h)
{
    pthread_mutex_lock(&s->lock);
    if (2 * (s->n + 1) > s->cap) {
        uint64_t *old = s->slots;
        size_t old_cap = s->cap;
        s->cap = old_cap ? 2 * old_cap : 64;
        s->slots = util_xcalloc(s->cap, sizeof(uint64_t));
        s->n = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i]) set_insert(s, old[i]);
        free(old);
    }
    set_insert(s, h);
    pthread_mutex_unlock(&s->lock);
}

void model_coverage_start(model *m)
{
    m->var_values = util_xcalloc(m->prog->nvars + 1, sizeof *m->var_values);
    for (uint32_t i = 0; i < m->prog->nvars; i++) pthread_mutex_init(&m->var_values[i].lock, NULL);
}

void model_coverage_free(model *m)
{
    if (!m->var_values) return;
    for (uint32_t i = 0; i < m->prog->nvars; i++) {
        pthread_mutex_destroy(&m->var_values[i].lock);
        free(m->var_values[i].slots);
    }
    free(m->var_values);
}

void model_coverage_count_state(model *m, const val *vars, val_buf *buf)
{
    for (uint32_t i = 0; i < m->prog->nvars; i++) {
        buf->len = 0;
        val_serialize(vars[i], buf);
        uint64_t h = XXH3_64bits(buf->items, buf->len);
        set_put(&m->var_values[i], h ? h : 1);
    }
}

/* A definition's head as TLC locates it, `Name(p, q)`: from its start to the last character before
 * `==` on that line. */
static syn_loc head_of(const sema_def *d)
{
    syn_loc l = d->loc;
    size_t len;
    const char *text = util_source_line(l.file, l.line, &len);
    const char *eq = NULL;
    if (text && l.col >= 1 && l.col <= len) {
        for (size_t i = l.col - 1; i + 1 < len && !eq; i++)
            if (text[i] == '=' && text[i + 1] == '=') eq = text + i;
    }
    l.end_line = l.line;
    if (eq) {
        const char *end = eq;
        while (end > text + l.col && (end[-1] == ' ' || end[-1] == '\t')) end--;
        l.end_col = (uint32_t)(end - text);
    } else {
        l.end_col = l.col + (uint32_t)strlen(d->name) - 1;
    }
    return l;
}

/* The definition an action (name, module) is, or NULL. */
static const sema_def *action_def(const model *m, atom name, atom module)
{
    const sema_module *mod = sema_find_module(m->prog, module);
    sema_symbol sym;
    return mod && sema_lookup(mod, name, &sym) ? sym.def : NULL;
}

static void print_action(FILE *out, int code, const sema_def *d, atom module, uint64_t distinct, uint64_t generated)
{
    syn_loc l = head_of(d);
    report_message(out, code, REPORT_CLASS_NONE, "<%s line %u, col %u to line %u, col %u of module %s>: %llu:%llu",
                   d->name, l.line, l.col, l.end_line, l.end_col, module, (unsigned long long)distinct,
                   (unsigned long long)generated);
}

/* The initial predicate's definition: the .cfg's INIT, or Init in the module. */
static const sema_def *init_def(const model *m)
{
    const syn_expr *e = sema_strip(m->init);
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (r && r->kind == REF_DEF && !m->spec_mode) return r->def;
    return action_def(m, util_intern("Init"), m->prog->root->name);
}

void model_print_coverage(model *m, FILE *out, const explore_action_counts *c)
{
    report_coverage_start(out);
    for (uint32_t i = 0; i < m->prog->nvars; i++) {
        const sema_decl *v = m->prog->variables[i];
        report_message(out, REPORT_COVERAGE_VAR, REPORT_CLASS_NONE, "<%s line %u, col %u to line %u, col %u of module %s>: %llu",
                       v->name, v->loc.line, v->loc.col, v->loc.end_line, v->loc.end_col, v->module->name,
                       (unsigned long long)(m->var_values ? m->var_values[i].n : 0));
    }
    const sema_def *init = init_def(m);
    if (init) print_action(out, REPORT_COVERAGE_INIT, init, init->module->name, c->n ? c->distinct[0] : 0, c->n ? c->generated[0] : 0);
    /* actions of one definition (an action with parameters is one per argument) are counted together */
    pthread_mutex_lock(&m->action_lock);
    size_t n = m->actions.len;
    bool *done = util_xcalloc(n + 1, sizeof(bool));
    for (size_t i = 0; i < n; i++) {
        if (done[i]) continue;
        const eval_action *a = &m->actions.items[i];
        uint64_t distinct = 0, generated = 0;
        for (size_t j = i; j < n; j++) {
            const eval_action *b = &m->actions.items[j];
            if (b->name != a->name || b->module != a->module || b->loc.line != a->loc.line || b->loc.col != a->loc.col) continue;
            done[j] = true;
            if (j + 1 < c->n) distinct += c->distinct[j + 1], generated += c->generated[j + 1];
        }
        const sema_def *d = action_def(m, a->name, a->module);
        if (d) print_action(out, REPORT_COVERAGE_NEXT, d, a->module, distinct, generated);
    }
    pthread_mutex_unlock(&m->action_lock);
    free(done);
    report_message(out, REPORT_COVERAGE_END, REPORT_CLASS_NONE, "End of statistics.");
}
