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

static bool same_place(syn_loc a, syn_loc b)
{
    return a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col;
}

/* An action's line: its definition's name, and where the action is in the definition when it is a
 * part of its body (a disjunct of Next: TLC's "(line col line col)"). */
static void print_action(FILE *out, int code, const sema_def *d, atom module, syn_loc action, uint64_t distinct,
                         uint64_t generated)
{
    syn_loc l = head_of(d);
    char part[64] = "";
    if (d->body && !same_place(action, d->body->loc))
        snprintf(part, sizeof part, " (%u %u %u %u)", action.line, action.col, action.end_line, action.end_col);
    report_message(out, code, REPORT_CLASS_NONE, "<%s line %u, col %u to line %u, col %u of module %s%s>: %llu:%llu",
                   d->name, l.line, l.col, l.end_line, l.end_col, module, part, (unsigned long long)distinct,
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

/* One action definition's counts. */
typedef struct action_group {
    atom name, module;
    syn_loc loc;                 /* its body */
    uint64_t distinct, generated;
} action_group;

typedef VEC(action_group) group_vec;

static void add_group(group_vec *gs, atom name, atom module, syn_loc loc, uint64_t distinct, uint64_t generated)
{
    for (size_t g = 0; g < gs->len; g++)
        if (gs->items[g].module == module && gs->items[g].loc.line == loc.line && gs->items[g].loc.col == loc.col) {
            gs->items[g].distinct += distinct;
            gs->items[g].generated += generated;
            return;
        }
    VEC_PUSH(*gs, ((action_group){name, module, loc, distinct, generated}));
}

/* The actions of a next-state relation as the enumerator splits it (enumerate.c: through \/, \E,
 * IF, CASE, LET, [A]_v and <<A>>_v, into definitions of action level; the innermost definition
 * names the action), so that one that never produced a successor is listed too, with 0:0. True if
 * e holds an action definition. */
static bool static_actions(group_vec *gs, const syn_expr *e, uint32_t depth)
{
    e = sema_strip(e);
    if (depth > 64) return false;
    bool found = false;
    switch (e->kind) {
    case SX_DISJ_LIST:
        for (uint32_t i = 0; i < e->u.list.nitems; i++) found |= static_actions(gs, e->u.list.items[i], depth + 1);
        return found;
    case SX_EXISTS: return static_actions(gs, e->u.q.body, depth + 1);
    case SX_IF:
        found = static_actions(gs, e->u.ite.then_, depth + 1);
        return static_actions(gs, e->u.ite.else_, depth + 1) || found;
    case SX_CASE:
        for (uint32_t i = 0; i < e->u.cas.narms; i++) found |= static_actions(gs, e->u.cas.arms[i].value, depth + 1);
        return (e->u.cas.other && static_actions(gs, e->u.cas.other, depth + 1)) || found;
    case SX_LET: return static_actions(gs, e->u.let.body, depth + 1);
    case SX_BOX_ACTION:
    case SX_ANGLE_ACTION: return static_actions(gs, e->u.bin.a, depth + 1);
    case SX_APPLY: break;
    default: return false;
    }
    if (sema_is_builtin(e, B_OR)) {
        found = static_actions(gs, e->u.apply.args[0], depth + 1);
        return static_actions(gs, e->u.apply.args[1], depth + 1) || found;
    }
    const sema_ref *r = e->u.apply.res;
    if (!r || r->kind != REF_DEF) return false;
    const sema_def *d = r->def;
    if (d->native || d->is_function || (d->level < LEVEL_ACTION && e->level < LEVEL_ACTION)) return false;
    if (!static_actions(gs, d->body, depth + 1)) add_group(gs, d->name, d->module->name, d->body->loc, 0, 0);
    return true;
}

/* TLC's actions (Tool.getActions, eval_split_actions), one group per place: TLC reports an action
 * split into instances (an \E over a constant set) once. False if they cannot be computed. */
typedef struct split_groups { group_vec *gs; } split_groups;

static void on_split_group(void *ctx, const val *vars, const eval_action *a)
{
    (void)vars;
    split_groups *s = ctx;
    add_group(s->gs, a->name, a->module, a->loc, 0, 0);
}

static bool split_actions(model *m, group_vec *gs)
{
    if (!m->next) return false;
    eval_worker *w = eval_worker_new(m->ep, -1);
    /* only constants are evaluated on the way to the actions: any state will do */
    val *state = arena_zalloc(eval_scratch(w), sizeof(val) * (m->prog->nvars + 1));
    split_groups s = {gs};
    bool ok = eval_split_actions(w, m->next, state, m->spec_mode, on_split_group, &s);
    eval_worker_free(w);
    return ok;
}

/* In a whole specification Init /\ [][Next]_v /\ fairness, the actions of Next. */
static void spec_actions(group_vec *gs, const syn_expr *e, uint32_t depth)
{
    e = sema_strip(e);
    if (depth > 64) return;
    if (e->kind == SX_CONJ_LIST) {
        for (uint32_t i = 0; i < e->u.list.nitems; i++) spec_actions(gs, e->u.list.items[i], depth + 1);
    } else if (sema_is_builtin(e, B_AND)) {
        spec_actions(gs, e->u.apply.args[0], depth + 1);
        spec_actions(gs, e->u.apply.args[1], depth + 1);
    } else if (sema_is_builtin(e, B_ALWAYS) && sema_strip(e->u.apply.args[0])->kind == SX_BOX_ACTION) {
        static_actions(gs, sema_strip(e->u.apply.args[0]), depth + 1);
    } else if (e->kind == SX_APPLY && e->level == LEVEL_TEMPORAL) {
        const sema_ref *r = e->u.apply.res;
        if (r && r->kind == REF_DEF) spec_actions(gs, r->def->body, depth + 1);
    }
}

static int by_location(const void *x, const void *y)
{
    const action_group *a = x, *b = y;
    int files = strcmp(a->loc.file ? a->loc.file : "", b->loc.file ? b->loc.file : "");
    if (files) return files;
    if (a->loc.line != b->loc.line) return a->loc.line < b->loc.line ? -1 : 1;
    return a->loc.col < b->loc.col ? -1 : a->loc.col > b->loc.col;
}

/* stats=full: a node per TLC action, with its context. */
static void split_nodes(model *m, uint32_t nids, model_action_nodes *out)
{
    const sema_def *init = init_def(m);
    out->n = (uint32_t)m->splits.len + 1;
    out->names = util_xcalloc(out->n, sizeof(char *));
    out->contexts = util_xcalloc(out->n, sizeof(char *));
    out->names[0] = init ? init->name : "Init";
    out->contexts[0] = "[]";
    for (size_t i = 0; i < m->splits.len; i++) {
        out->names[i + 1] = m->splits.items[i].name;
        out->contexts[i + 1] = m->splits.items[i].context;
    }
    out->node_of = util_xcalloc(nids + 1, sizeof(uint32_t));
    pthread_mutex_lock(&m->action_lock);
    for (size_t i = 0; i + 1 < nids; i++)
        out->node_of[i + 1] = i < m->actions.len && m->action_split.items[i] ? m->action_split.items[i] : UINT32_MAX;
    pthread_mutex_unlock(&m->action_lock);
}

void model_action_graph_nodes(model *m, uint32_t nids, model_action_nodes *out)
{
    *out = (model_action_nodes){0};
    if (m->full_actions) {
        split_nodes(m, nids, out);
        return;
    }
    group_vec groups = {0};
    if (m->spec_mode) spec_actions(&groups, m->next, 0);
    else if (m->next) static_actions(&groups, m->next, 0);
    out->node_of = util_xcalloc(nids + 1, sizeof(uint32_t));
    pthread_mutex_lock(&m->action_lock);
    for (size_t i = 0; i < m->actions.len; i++) {
        const eval_action *a = &m->actions.items[i];
        const char *paren = strchr(a->name, '(');
        add_group(&groups, paren ? util_intern_n(a->name, (size_t)(paren - a->name)) : a->name, a->module, a->loc, 0, 0);
        for (size_t g = 0; g < groups.len && i + 1 < nids; g++)
            if (groups.items[g].module == a->module && groups.items[g].loc.line == a->loc.line &&
                groups.items[g].loc.col == a->loc.col)
                out->node_of[i + 1] = (uint32_t)g + 1;
    }
    pthread_mutex_unlock(&m->action_lock);
    const sema_def *init = init_def(m);
    out->n = (uint32_t)groups.len + 1;
    out->names = util_xcalloc(out->n, sizeof(char *));
    out->names[0] = init ? init->name : "Init";
    for (size_t g = 0; g < groups.len; g++) out->names[g + 1] = groups.items[g].name;
    VEC_FREE(groups);
}

void model_print_coverage(model *m, FILE *out, const explore_action_counts *c)
{
    report_coverage_start(out);
    for (uint32_t k = 0; k < m->prog->nvars; k++) {   /* in the order TLC lists them */
        uint32_t i = m->prog->print_order ? m->prog->print_order[k] : k;
        const sema_decl *v = m->prog->variables[i];
        report_message(out, REPORT_COVERAGE_VAR, REPORT_CLASS_NONE, "<%s line %u, col %u to line %u, col %u of module %s>: %llu",
                       v->name, v->loc.line, v->loc.col, v->loc.end_line, v->loc.end_col, v->module->name,
                       (unsigned long long)(m->var_values ? m->var_values[i].n : 0));
    }
    const sema_def *init = init_def(m);
    if (init)
        print_action(out, REPORT_COVERAGE_INIT, init, init->module->name, init->body->loc, c->n ? c->distinct[0] : 0,
                     c->n ? c->generated[0] : 0);
    /* the actions of one definition (one per argument when traces name them) are counted together,
     * and listed in the order of the definitions, those that never produced a successor too */
    group_vec groups = {0};
    pthread_mutex_lock(&m->action_lock);
    for (size_t i = 0; i < m->actions.len; i++) {
        const eval_action *a = &m->actions.items[i];
        const char *paren = strchr(a->name, '(');
        add_group(&groups, paren ? util_intern_n(a->name, (size_t)(paren - a->name)) : a->name, a->module, a->loc,
                  i + 1 < c->n ? c->distinct[i + 1] : 0, i + 1 < c->n ? c->generated[i + 1] : 0);
    }
    pthread_mutex_unlock(&m->action_lock);
    /* those that never produced a successor: TLC's actions, or (if they cannot be computed) the
     * definitions the enumerator enters */
    if (!split_actions(m, &groups)) {
        if (m->spec_mode) spec_actions(&groups, m->next, 0);
        else if (m->next) static_actions(&groups, m->next, 0);
    }
    qsort(groups.items, groups.len, sizeof *groups.items, by_location);
    for (size_t g = 0; g < groups.len; g++) {
        const sema_def *d = action_def(m, groups.items[g].name, groups.items[g].module);
        if (d)
            print_action(out, REPORT_COVERAGE_NEXT, d, groups.items[g].module, groups.items[g].loc,
                         groups.items[g].distinct, groups.items[g].generated);
    }
    VEC_FREE(groups);
    /* the invariants, each by its definition's head (TLC follows each with its sub-expressions'
     * counts, which tlc-c does not have) */
    for (size_t i = 0; i < m->invariants.len; i++) {
        const sema_def *d = action_def(m, m->invariants.items[i].name, m->prog->root->name);
        if (!d || !d->body) continue;
        syn_loc l = head_of(d);
        report_message(out, REPORT_COVERAGE_PROPERTY, REPORT_CLASS_NONE, "<%s line %u, col %u to line %u, col %u of module %s>",
                       d->name, l.line, l.col, l.end_line, l.end_col, d->module->name);
    }
    report_message(out, REPORT_COVERAGE_END, REPORT_CLASS_NONE, "End of statistics.");
}
