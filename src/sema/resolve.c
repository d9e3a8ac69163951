/* resolve.c - name resolution, arity checks and levels, one module at a time, in source order
 * (TLA+ requires a name to be defined before use, except under RECURSIVE). */
#include "sema_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- builtins ---------------------------------------------------------------------------------- */

static const struct { const char *name; sema_builtin b; int arity; } builtin_table[] = {
    {"TRUE", B_TRUE, 0},       {"FALSE", B_FALSE, 0},       {"BOOLEAN", B_BOOLEAN, 0},
    {"STRING", B_STRING, 0},   {"=", B_EQ, 2},              {"#", B_NEQ, 2},
    {"/\\", B_AND, 2},         {"\\/", B_OR, 2},            {"~", B_NOT, 1},
    {"=>", B_IMPLIES, 2},      {"<=>", B_EQUIV, 2},         {"\\in", B_IN, 2},
    {"\\notin", B_NOTIN, 2},   {"\\subseteq", B_SUBSETEQ, 2}, {"\\cup", B_CUP, 2},
    {"\\cap", B_CAP, 2},       {"\\", B_SETMINUS, 2},       {"SUBSET", B_POWERSET, 1},
    {"UNION", B_UNION, 1},     {"DOMAIN", B_DOMAIN, 1},     {"'", B_PRIME, 1},
    {"UNCHANGED", B_UNCHANGED, 1}, {"ENABLED", B_ENABLED, 1}, {"[]", B_ALWAYS, 1},
    {"<>", B_EVENTUALLY, 1},   {"~>", B_LEADSTO, 2},        {"-+->", B_PLUSARROW, 2},
    {"\\cdot", B_CDOT, 2},
};

const char *sema_builtin_name(sema_builtin b)
{
    for (size_t i = 0; i < sizeof builtin_table / sizeof *builtin_table; i++)
        if (builtin_table[i].b == b) return builtin_table[i].name;
    return "?";
}

static uint32_t builtin_arity(sema_builtin b)
{
    for (size_t i = 0; i < sizeof builtin_table / sizeof *builtin_table; i++)
        if (builtin_table[i].b == b) return (uint32_t)builtin_table[i].arity;
    return 0;
}

static sema_builtin find_builtin(atom name, int *arity)
{
    for (size_t i = 0; i < sizeof builtin_table / sizeof *builtin_table; i++)
        if (strcmp(builtin_table[i].name, name) == 0) {
            *arity = builtin_table[i].arity;
            return builtin_table[i].b;
        }
    return B_NONE;
}

/* Where a standard operator lives, for the hint on an unknown name. */
static const char *standard_home(const char *name)
{
    static const struct { const char *name, *module; } homes[] = {
        {"Nat", "Naturals"}, {"+", "Naturals"}, {"-", "Naturals"}, {"*", "Naturals"},
        {"..", "Naturals"}, {"<", "Naturals"}, {"<=", "Naturals"}, {">", "Naturals"},
        {">=", "Naturals"}, {"\\div", "Naturals"}, {"%", "Naturals"}, {"^", "Naturals"},
        {"Int", "Integers"}, {"-.", "Integers"}, {"Real", "Reals"}, {"Seq", "Sequences"},
        {"Len", "Sequences"}, {"Append", "Sequences"}, {"Head", "Sequences"},
        {"Tail", "Sequences"}, {"SubSeq", "Sequences"}, {"SelectSeq", "Sequences"},
        {"\\o", "Sequences"}, {"Cardinality", "FiniteSets"}, {"IsFiniteSet", "FiniteSets"},
        {"Print", "TLC"}, {"PrintT", "TLC"}, {"Assert", "TLC"}, {":>", "TLC"}, {"@@", "TLC"},
        {"Permutations", "TLC"}, {"TLCGet", "TLC"}, {"TLCSet", "TLC"}, {"ToString", "TLC"},
        {"SortSeq", "TLC"}, {"RandomElement", "TLC"},
    };
    for (size_t i = 0; i < sizeof homes / sizeof *homes; i++)
        if (strcmp(homes[i].name, name) == 0) return homes[i].module;
    return NULL;
}

/* ---- helpers ------------------------------------------------------------------------------------ */

static void fail(sema_resolver *R, syn_loc loc, const char *hint, const char *fmt, const char *arg)
{
    util_diag(DIAG_ERROR, loc, hint, fmt, arg);
    R->failed = true;
}

static arena *mem(sema_resolver *R) { return &R->L->p->mem; }

static sema_level max_level(sema_level a, sema_level b) { return a > b ? a : b; }

static void push_local(sema_resolver *R, sema_binder *b)
{
    local_name *l = ARENA_NEW(mem(R), local_name);
    l->name = b->name;
    l->binder = b;
    l->up = R->locals;
    R->locals = l;
}

static sema_binder *find_local(const sema_resolver *R, atom name)
{
    for (local_name *l = R->locals; l; l = l->up)
        if (l->name == name) return l->binder;
    return NULL;
}

/* Where SANY places a symbol: a definition from its name to the end of its body, a declaration at
 * its name; `loc` where there is no unit. */
static syn_loc sany_span(const sema_symbol *sym, syn_loc loc)
{
    const syn_unit *u = sym->def ? sym->def->unit : NULL;
    if (!u || u->kind != SU_OPDEF || !u->u.def.body) return sym->decl ? sym->decl->loc : loc;
    syn_loc whole = u->loc;
    whole.end_line = u->u.def.body->loc.end_line;
    whole.end_col = u->u.def.body->loc.end_col;
    return whole;
}

/* Where `name` is defined or bound, if it is visible here. */
static bool find_visible(const sema_resolver *R, atom name, syn_loc *where)
{
    *where = (syn_loc){0};
    const sema_binder *b = find_local(R, name);
    if (b) {
        *where = b->loc;
        return true;
    }
    for (const local_instance *li = R->instances; li; li = li->up)
        if (li->name == name) {
            *where = li->inst->loc;
            return true;
        }
    const scope_entry *e = scope_get(R->mod->scope, name);
    if (e) {
        *where = sany_span(&e->sym, e->sym.def ? e->sym.def->loc : e->sym.inst ? e->sym.inst->loc : (syn_loc){0});
        return true;
    }
    int arity;
    return find_builtin(name, &arity) != B_NONE;
}

/* A parameter, bound variable or LET definition may not reuse a name visible where it is
 * introduced: TLA+ has no shadowing (SANY: "multiply-defined symbol"). */
static void check_new_name(sema_resolver *R, atom name, syn_loc loc)
{
    syn_loc where;
    if (!find_visible(R, name, &where)) return;
    R->failed = true;
    if (!where.file) {
        util_diag(DIAG_ERROR, loc, "it is built into TLA+: choose another name",
                  "`%s` is already defined (multiply-defined symbol)", name);
        return;
    }
    char span[UTIL_LOC_SPAN_MAX];
    util_loc_span(&where, span, sizeof span);
    util_diag(DIAG_ERROR, loc, "TLA+ does not let a name be redefined where it is visible: rename one of them",
              "Multiply-defined symbol '%s': this definition or declaration conflicts \nwith the one at %s.", name, span);
}

static sema_binder *new_binder(sema_resolver *R, sema_binder_kind kind, atom name, syn_loc loc,
                               uint32_t arity, sema_level level)
{
    sema_binder *b = ARENA_NEW(mem(R), sema_binder);
    b->kind = kind;
    b->name = name;
    b->loc = loc;
    b->arity = arity;
    b->level = level;
    return b;
}

static sema_def *new_def(sema_resolver *R, atom name, syn_loc loc)
{
    sema_def *d = ARENA_NEW(mem(R), sema_def);
    d->name = name;
    d->loc = loc;
    d->module = R->mod;
    d->id = R->L->p->ndefs++;
    return d;
}

/* Levenshtein distance, capped: for "did you mean" hints. */
static unsigned edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40) return 99;
    unsigned row[41];
    for (size_t j = 0; j <= lb; j++) row[j] = (unsigned)j;
    for (size_t i = 1; i <= la; i++) {
        unsigned prev = row[0];
        row[0] = (unsigned)i;
        for (size_t j = 1; j <= lb; j++) {
            unsigned cur = row[j];
            unsigned best = prev + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            prev = cur;
        }
    }
    return row[lb];
}

/* A hint for an unknown name: a close name in scope, or the standard module defining it. */
static bool is_word(atom name) { return isalnum((unsigned char)name[0]) || name[0] == '_'; }

/* Is `cand` a plausible misspelling target for `name`? Operator symbols are never proposed for an
 * identifier (nor the reverse), nor anything for a name of one or two characters. */
static bool closer(atom name, atom cand, unsigned *best_d)
{
    if (is_word(name) != is_word(cand)) return false;
    unsigned d = edit_distance(name, cand);
    if (d == 0 || d > *best_d) return false;
    *best_d = d;
    return true;
}

static const char *unknown_name_hint(sema_resolver *R, atom name)
{
    const char *home = standard_home(name);
    if (home) return arena_printf(mem(R), "`%s` is defined in the standard module %s: add it to EXTENDS", name, home);
    size_t len = strlen(name);
    if (len <= 2) return NULL;
    const char *best = NULL;
    unsigned best_d = len <= 4 ? 1 : 2;
    for (local_name *l = R->locals; l; l = l->up)
        if (closer(name, l->name, &best_d)) best = l->name;
    uint32_t i = 0;
    const scope_entry *e;
    while (scope_next(R->mod->scope, &i, &e))
        if (closer(name, e->name, &best_d)) best = e->name;
    return best ? arena_printf(mem(R), "did you mean `%s`?", best) : NULL;
}

/* ---- expressions -------------------------------------------------------------------------------- */

static sema_level resolve(sema_resolver *R, syn_expr *e);

static sema_level resolve_all(sema_resolver *R, syn_expr **es, uint32_t n)
{
    sema_level l = LEVEL_CONSTANT;
    for (uint32_t i = 0; i < n; i++) l = max_level(l, resolve(R, es[i]));
    return l;
}

/* Bind the names of a run of bound groups. As in SANY, every group's set is resolved before any of
 * the names is bound: in \E x \in S, y \in T : P, T cannot name x. Returns the highest level of
 * the sets. */
static sema_level bind_bounds(sema_resolver *R, syn_bound *bounds, uint32_t n)
{
    sema_level level = LEVEL_CONSTANT;
    sema_level *set_levels = ARENA_NEW_N(mem(R), sema_level, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) {
        set_levels[i] = bounds[i].set ? resolve(R, bounds[i].set) : LEVEL_CONSTANT;
        level = max_level(level, set_levels[i]);
    }
    for (uint32_t i = 0; i < n; i++) {
        syn_bound *b = &bounds[i];
        b->res = ARENA_NEW_N(mem(R), sema_binder *, b->nnames);
        for (uint32_t j = 0; j < b->nnames; j++) {
            syn_loc loc = b->name_locs ? b->name_locs[j] : b->set ? b->set->loc : (syn_loc){0};
            check_new_name(R, b->names[j], loc);
            sema_binder *bd = new_binder(R, BINDER_VALUE, b->names[j], loc, 0, set_levels[i]);
            b->res[j] = bd;
            push_local(R, bd);
        }
    }
    return level;
}

static sema_binder **bind_params(sema_resolver *R, syn_param *params, uint32_t n, sema_binder_kind kind)
{
    sema_binder **out = ARENA_NEW_N(mem(R), sema_binder *, n ? n : 1);
    for (uint32_t i = 0; i < n; i++) {
        check_new_name(R, params[i].name, params[i].loc);
        out[i] = new_binder(R, kind, params[i].name, params[i].loc, params[i].arity, LEVEL_CONSTANT);
        push_local(R, out[i]);
    }
    return out;
}

static sema_ref *new_ref(sema_resolver *R, sema_ref_kind kind)
{
    sema_ref *r = ARENA_NEW(mem(R), sema_ref);
    r->kind = kind;
    return r;
}

/* Prepend `prefix` to a symbol's own import path. */
static sema_inst_step *join_path(sema_resolver *R, const sema_inst_step *prefix, uint32_t nprefix,
                                 const sema_inst_step *rest, uint32_t nrest, uint32_t *n)
{
    *n = nprefix + nrest;
    if (*n == 0) return NULL;
    sema_inst_step *p = ARENA_NEW_N(mem(R), sema_inst_step, *n);
    if (nprefix) memcpy(p, prefix, nprefix * sizeof *p);
    if (nrest) memcpy(p + nprefix, rest, nrest * sizeof *p);
    return p;
}

static bool exported(const scope_entry *e) { return e && !e->local; }

/* The level a reference through instances can reach: substitutions may raise a definition's level
 * (a constant replaced by a variable); we take the highest substitution level, an upper bound. */
static sema_level path_level(const sema_inst_step *path, uint32_t n)
{
    sema_level l = LEVEL_CONSTANT;
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < path[i].inst->nsubs; j++)
            l = max_level(l, (sema_level)path[i].inst->subs[j].value->level);
    return l;
}

enum { ARITY_ANY = UINT32_MAX };   /* an operator argument whose arity is not known yet */

static const char *plural(uint32_t n) { return n == 1 ? "" : "s"; }

/* e applies an operator of `arity` parameters to its arguments (as_op: e is a bare name standing
 * for the operator itself, whose arity the caller checks). */
static void check_arity(sema_resolver *R, const syn_expr *e, uint32_t arity, bool as_op)
{
    uint32_t got = e->u.apply.nargs;
    if (as_op || got == arity) return;
    atom name = e->u.apply.name;
    /* SANY's words (its "arguments" whatever their number), then how many were given */
    if (got == 0)
        util_diag(DIAG_ERROR, e->loc, "only a parameter declared like F(_) takes an operator without its arguments",
                  "The operator %s requires %u arguments. (It is used without any.)", name, arity);
    else
        util_diag(DIAG_ERROR, e->loc, NULL, "The operator %s requires %u arguments. (It is given %u.)", name, arity, got);
    R->failed = true;
}

/* The number of parameters of what r denotes. */
static uint32_t ref_arity(const sema_ref *r)
{
    switch (r->kind) {
    case REF_BUILTIN: return builtin_arity(r->builtin);
    case REF_BOUND: return r->binder->kind == BINDER_LET_DEF ? r->binder->let_def->nparams : r->binder->arity;
    case REF_DEF: return r->def->nparams;
    case REF_DECL: return r->decl->arity;
    }
    return 0;
}

/* What argument i of r must be: 0 for a value, k for an operator of k arguments (r's parameter is
 * declared like F(_, _)), ARITY_ANY when r is a RECURSIVE operator not defined yet. */
static uint32_t param_arity(const sema_ref *r, uint32_t i)
{
    const sema_def *d = r->kind == REF_DEF ? r->def
                        : r->kind == REF_BOUND && r->binder->kind == BINDER_LET_DEF ? r->binder->let_def
                                                                                     : NULL;
    if (!d) return 0;
    if (!d->params) return d->recursive ? ARITY_ANY : 0;
    return i < d->nparams ? d->params[i]->arity : 0;
}

static sema_level resolve_apply(sema_resolver *R, syn_expr *e, bool as_op);

/* Argument i of `op`, or the substitution for `op` when i is 0 (for messages). */
static const char *arg_place(sema_resolver *R, atom op, uint32_t i)
{
    if (i) return arena_printf(mem(R), "argument %u of `%s`", i, op);
    return arena_printf(mem(R), "the substitution for `%s`", op);
}

/* The argument `arg` (number i of `op`, or the substitution for `op` when i is 0): a value when
 * want is 0, otherwise an operator of `want` arguments, written as its name or a LAMBDA. */
static sema_level resolve_arg(sema_resolver *R, syn_expr *arg, uint32_t want, atom op, uint32_t i)
{
    if (want == 0) {
        if (arg->kind == SX_LAMBDA) {
            util_diag(DIAG_ERROR, arg->loc, NULL, "%s must be a value, not a LAMBDA", arg_place(R, op, i));
            R->failed = true;
        }
        return resolve(R, arg);
    }
    if (arg->kind == SX_APPLY && arg->u.apply.nargs == 0) {
        sema_level l = resolve_apply(R, arg, true);
        arg->level = (uint8_t)l;
        const sema_ref *r = arg->u.apply.res;
        if (r && want != ARITY_ANY && ref_arity(r) != want) {
            util_diag(DIAG_ERROR, arg->loc, NULL, "%s must be an operator taking %u argument%s, but `%s` takes %u",
                      arg_place(R, op, i), want, plural(want), arg->u.apply.name, ref_arity(r));
            R->failed = true;
        }
        return l;
    }
    sema_level l = resolve(R, arg);
    if (want == ARITY_ANY || (arg->kind == SX_LAMBDA && arg->u.lambda.nparams == want)) return l;
    if (arg->kind == SX_LAMBDA)
        util_diag(DIAG_ERROR, arg->loc, NULL, "%s must be an operator taking %u argument%s, but this LAMBDA takes %u",
                  arg_place(R, op, i), want, plural(want), arg->u.lambda.nparams);
    else
        util_diag(DIAG_ERROR, arg->loc, "pass an operator's name, or LAMBDA x, y : ...",
                  "%s must be an operator taking %u argument%s", arg_place(R, op, i), want, plural(want));
    R->failed = true;
    return l;
}

/* Mark the operator parameters e mentions as primed (e stands where it is primed). */
static bool mark_primed(void *data, const syn_expr *e)
{
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (r && r->kind == REF_BOUND && r->binder->kind == BINDER_OPERATOR_PARAM && !r->binder->arity) r->binder->primed = true;
    syn_for_children(e, mark_primed, data);
    return true;
}

/* The definition a call applies, when its parameters are known here. */
static const sema_def *callee_of(const sema_ref *r)
{
    if (r->kind == REF_DEF) return r->def;   /* (a RECURSIVE one used before its definition has no parameters yet) */
    if (r->kind == REF_BOUND && r->binder->kind == BINDER_LET_DEF) return r->binder->let_def;
    return NULL;
}

/* A parameter looked for in a definition's body; outside_enabled: not counting its reads under ENABLED. */
typedef struct param_read {
    const sema_binder *param;
    bool outside_enabled;
} param_read;

static bool not_reading(void *q, const syn_expr *e);

static bool reading(void *q, const syn_expr *e)
{
    const param_read *pr = q;
    if (pr->outside_enabled && sema_is_builtin(e, B_ENABLED)) return false;
    if (e->kind == SX_APPLY && e->u.apply.res) {
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_BOUND && r->binder == pr->param) return true;
    }
    return !syn_for_children(e, not_reading, q);
}
static bool not_reading(void *q, const syn_expr *e) { return !reading(q, e); }

/* Does body (a definition's) read the parameter p? */
static bool reads_param(const sema_binder *p, const syn_expr *body) { return reading(&(param_read){p, false}, body); }

/* Does the body of `callee` read its parameter i only under ENABLED? SANY then counts the argument
 * at most a state's level: `Op(e) == ENABLED (e' = 1)` applied to y is a state predicate. */
static bool read_only_under_enabled(const sema_def *callee, uint32_t i)
{
    return callee->body && i < callee->nparams && !reading(&(param_read){callee->params[i], true}, callee->body);
}

/* The arguments' highest level; a state-level argument of a primed parameter makes the call an
 * action (the parameter x of Inc(x) is primed in its body), unless only under ENABLED. */
static sema_level resolve_args(sema_resolver *R, syn_expr *e, const sema_ref *r)
{
    sema_level l = LEVEL_CONSTANT;
    const sema_def *callee = callee_of(r);
    bool priming = r->kind == REF_BUILTIN && (r->builtin == B_PRIME || r->builtin == B_UNCHANGED);
    for (uint32_t i = 0; i < e->u.apply.nargs; i++) {
        syn_expr *arg = e->u.apply.args[i];
        sema_level a = resolve_arg(R, arg, param_arity(r, i), e->u.apply.name, i + 1);
        bool primed_param = callee && callee->params && i < callee->nparams && callee->params[i]->primed;
        if (priming || primed_param) mark_primed(NULL, arg);
        if (primed_param && a == LEVEL_STATE) a = LEVEL_ACTION;
        if (a > LEVEL_STATE && callee && read_only_under_enabled(callee, i)) a = LEVEL_STATE;
        l = max_level(l, a);
    }
    return l;
}

/* The subexpression `sel` of an expression: a label's body, or the n-th conjunct/argument. */
static syn_expr *select_subexpr(syn_expr *e, atom sel)
{
    char *end;
    long n = strtol(sel, &end, 10);
    while (e->kind == SX_PAREN) e = e->u.bin.a;
    if (*end == 0) {
        if ((e->kind == SX_CONJ_LIST || e->kind == SX_DISJ_LIST) && n >= 1 && (uint32_t)n <= e->u.list.nitems)
            return e->u.list.items[n - 1];
        if (e->kind == SX_APPLY && n >= 1 && (uint32_t)n <= e->u.apply.nargs) return e->u.apply.args[n - 1];
        return NULL;
    }
    if (e->kind == SX_LABEL && e->u.label.name == sel) return e->u.label.body;
    switch (e->kind) {
    case SX_CONJ_LIST: case SX_DISJ_LIST: case SX_TUPLE: case SX_SET_ENUM:
        for (uint32_t i = 0; i < e->u.list.nitems; i++) {
            syn_expr *f = select_subexpr(e->u.list.items[i], sel);
            if (f) return f;
        }
        return NULL;
    case SX_APPLY:
        for (uint32_t i = 0; i < e->u.apply.nargs; i++) {
            syn_expr *f = select_subexpr(e->u.apply.args[i], sel);
            if (f) return f;
        }
        return NULL;
    case SX_LABEL: return select_subexpr(e->u.label.body, sel);
    default: return NULL;
    }
}

/* `Op!1`, `Op!Label`: a subexpression of a definition, as a definition of its own (its parameters
 * and binders are the original's). */
static bool resolve_subexpr_ref(sema_resolver *R, syn_expr *e, const sema_def *d)
{
    if (e->u.apply.npath != 1 || !d->body) return false;
    syn_expr *sub = select_subexpr(d->body, e->u.apply.name);
    if (!sub) return false;
    sema_def *s = new_def(R, e->u.apply.name, e->loc);
    *s = *d;
    s->id = R->L->p->ndefs - 1;
    s->body = sub;
    s->unit = NULL;
    s->level = (sema_level)sub->level;
    sema_ref *r = new_ref(R, REF_DEF);
    r->def = s;
    e->u.apply.res = r;
    resolve_all(R, e->u.apply.path[0].args, e->u.apply.path[0].nargs);
    return true;
}

/* Resolve `I(a)!J!Op(args)`: walk the named instances, then find Op among the last module's exports. */
static sema_level resolve_path_apply(sema_resolver *R, syn_expr *e, bool as_op)
{
    {
        const scope_entry *head = scope_get(R->mod->scope, e->u.apply.path[0].name);
        if (head && head->sym.def && resolve_subexpr_ref(R, e, head->sym.def)) return (sema_level)e->level;
    }
    VEC(sema_inst_step) path = {0};
    const sema_scope *scope = R->mod->scope;
    bool first = true;
    sema_level level = LEVEL_CONSTANT;
    for (uint32_t i = 0; i < e->u.apply.npath; i++) {
        syn_path_step *st = &e->u.apply.path[i];
        const scope_entry *ent = scope_get(scope, st->name);
        scope_entry let_inst;
        if (first) {
            for (local_instance *li = R->instances; li; li = li->up)
                if (li->name == st->name) {
                    let_inst = (scope_entry){st->name, {.inst = li->inst}, false, false};
                    ent = &let_inst;
                    break;
                }
        }
        if (!ent || (!first && ent->local) || !ent->sym.inst) {
            fail(R, st->loc, NULL, ent ? "`%s` is not an instance (INSTANCE ... ) name" : "unknown instance `%s`",
                 st->name);
            VEC_FREE(path);
            return LEVEL_CONSTANT;
        }
        for (uint32_t k = 0; k < ent->sym.npath; k++) VEC_PUSH(path, ent->sym.path[k]);
        sema_instance *inst = ent->sym.inst;
        if (st->nargs != inst->nparams) {
            util_diag(DIAG_ERROR, st->loc, NULL, "instance `%s` takes %u argument(s) but is given %u", st->name,
                      inst->nparams, st->nargs);
            R->failed = true;
        }
        level = max_level(level, resolve_all(R, st->args, st->nargs));
        VEC_PUSH(path, ((sema_inst_step){inst, st->args, st->nargs}));
        scope = inst->module->scope;
        first = false;
    }
    const scope_entry *ent = scope_get(scope, e->u.apply.name);
    /* as in SANY, an instance exports definitions only: its CONSTANTs and VARIABLEs are substituted */
    if (!exported(ent) || ent->sym.inst || !ent->sym.def) {
        fail(R, e->loc, ent && ent->sym.decl ? "a CONSTANT or VARIABLE of an instantiated module is substituted, not exported" : NULL,
             "the instantiated module has no operator `%s`", e->u.apply.name);
        VEC_FREE(path);
        return level;
    }
    sema_ref *r = new_ref(R, ent->sym.def ? REF_DEF : REF_DECL);
    r->def = ent->sym.def;
    r->decl = ent->sym.decl;
    r->path = join_path(R, path.items, (uint32_t)path.len, ent->sym.path, ent->sym.npath, &r->npath);
    VEC_FREE(path);
    e->u.apply.res = r;
    level = max_level(level, resolve_args(R, e, r));
    check_arity(R, e, ref_arity(r), as_op);
    sema_level own = r->def ? r->def->level : r->decl->is_variable ? LEVEL_STATE : LEVEL_CONSTANT;
    return max_level(level, max_level(own, path_level(r->path, r->npath)));
}

static sema_level builtin_level(sema_builtin b, sema_level args)
{
    switch (b) {
    case B_PRIME: return args == LEVEL_CONSTANT ? LEVEL_CONSTANT : LEVEL_ACTION;
    case B_UNCHANGED: return args == LEVEL_CONSTANT ? LEVEL_CONSTANT : LEVEL_ACTION;
    case B_ENABLED: return args == LEVEL_CONSTANT ? LEVEL_CONSTANT : LEVEL_STATE;
    case B_ALWAYS: case B_EVENTUALLY: case B_LEADSTO: case B_PLUSARROW: return LEVEL_TEMPORAL;
    case B_CDOT: return max_level(args, LEVEL_ACTION);
    default: return args;
    }
}

static const char *level_phrase(sema_level l)
{
    static const char *const phrases[] = {"a constant", "a state-level expression", "an action-level expression",
                                          "a temporal formula"};
    return phrases[l];
}

/* Is e, inside its parentheses and labels, written in the form `kind` ([A]_v or <<A>>_v)? */
static bool written_as(const syn_expr *e, syn_expr_kind kind) { return sema_strip(e)->kind == kind; }

/* TLA+'s level rules for the builtins that take a restricted argument: only a state-level
 * expression may be primed or be UNCHANGED, ENABLED takes an action, [] an action only as [A]_v
 * and <> only as <<A>>_v (SANY's words for those two). */
static void check_builtin_level(sema_resolver *R, const syn_expr *e, sema_builtin b, sema_level args)
{
    if (b == B_ALWAYS && args == LEVEL_ACTION && !written_as(e->u.apply.args[0], SX_BOX_ACTION))
        util_diag(DIAG_ERROR, e->loc, "write [A]_v, or use the action inside []<> or <>[]",
                  "[] followed by action not of form [A]_v.");
    else if (b == B_EVENTUALLY && args == LEVEL_ACTION && !written_as(e->u.apply.args[0], SX_ANGLE_ACTION))
        util_diag(DIAG_ERROR, e->loc, "write <<A>>_v", "<> followed by action not of form <<A>>_v.");
    else if (b == B_PRIME && args > LEVEL_STATE)
        util_diag(DIAG_ERROR, e->loc, args == LEVEL_ACTION ? "a primed expression cannot be primed again" : NULL,
                  "`'` is applied to %s: only a state-level expression can be primed", level_phrase(args));
    else if (b == B_UNCHANGED && args > LEVEL_STATE)
        util_diag(DIAG_ERROR, e->loc, "UNCHANGED takes variables, or a tuple of them",
                  "UNCHANGED is applied to %s: it takes a state-level expression", level_phrase(args));
    else if (b == B_ENABLED && args > LEVEL_ACTION)
        util_diag(DIAG_ERROR, e->loc, NULL, "ENABLED is applied to a temporal formula: it takes an action");
    else
        return;
    R->failed = true;
}

/* What the (path-less) name of e denotes here: a bound name, a definition or declaration of the
 * module, or a builtin; NULL after reporting it. */
static sema_ref *lookup_ref(sema_resolver *R, const syn_expr *e)
{
    atom name = e->u.apply.name;
    sema_binder *b = find_local(R, name);
    if (b) {
        sema_ref *r = new_ref(R, REF_BOUND);
        r->binder = b;
        return r;
    }
    const scope_entry *ent = scope_get(R->mod->scope, name);
    if (ent && ent->sym.inst) {
        fail(R, e->loc, "write `Name!Op` to use an operator of an instantiated module",
             "`%s` is an instance, not an operator", name);
        return NULL;
    }
    if (ent) {
        sema_ref *r = new_ref(R, ent->sym.def ? REF_DEF : REF_DECL);
        r->def = ent->sym.def;
        r->decl = ent->sym.decl;
        r->path = ent->sym.path;
        r->npath = ent->sym.npath;
        return r;
    }
    int arity;
    sema_builtin bi = find_builtin(name, &arity);
    if (bi != B_NONE) {
        sema_ref *r = new_ref(R, REF_BUILTIN);
        r->builtin = bi;
        return r;
    }
    fail(R, e->loc, unknown_name_hint(R, name), "Unknown operator: `%s'.", name);   /* SANY's words */
    return NULL;
}

/* A name applied to arguments (or bare); as_op as for check_arity. */
static sema_level resolve_apply(sema_resolver *R, syn_expr *e, bool as_op)
{
    if (e->u.apply.npath) return resolve_path_apply(R, e, as_op);
    sema_ref *r = lookup_ref(R, e);
    if (!r) return resolve_all(R, e->u.apply.args, e->u.apply.nargs);
    e->u.apply.res = r;
    sema_level args = resolve_args(R, e, r);
    check_arity(R, e, ref_arity(r), as_op);
    switch (r->kind) {
    case REF_BUILTIN:
        check_builtin_level(R, e, r->builtin, args);
        return builtin_level(r->builtin, args);
    case REF_BOUND:
        return max_level(args, r->binder->kind == BINDER_LET_DEF ? r->binder->let_def->level : r->binder->level);
    default: {
        sema_level own = r->def ? r->def->level : r->decl->is_variable ? LEVEL_STATE : LEVEL_CONSTANT;
        return max_level(max_level(own, args), path_level(r->path, r->npath));
    }
    }
}

/* An assumption's level as SANY computes it where it differs from ours: an argument counts only
 * where the definition's body reads its parameter (ASSUME PrintT(x), x a variable, passes SANY, and
 * TLC then fails to evaluate x). Elsewhere the level resolve gave. */
static sema_level assumption_level(const syn_expr *e)
{
    e = sema_strip(e);
    if (e->kind == SX_CONJ_LIST || e->kind == SX_DISJ_LIST) {
        sema_level l = LEVEL_CONSTANT;
        for (uint32_t i = 0; i < e->u.list.nitems; i++) l = max_level(l, assumption_level(e->u.list.items[i]));
        return l;
    }
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (!r || e->u.apply.npath || (r->kind != REF_DEF && r->kind != REF_BUILTIN)) return (sema_level)e->level;
    if (r->kind == REF_BUILTIN) {
        if (r->builtin != B_AND && r->builtin != B_OR && r->builtin != B_NOT) return (sema_level)e->level;
        sema_level l = LEVEL_CONSTANT;
        for (uint32_t i = 0; i < e->u.apply.nargs; i++) l = max_level(l, assumption_level(e->u.apply.args[i]));
        return l;
    }
    const sema_def *d = r->def;
    if (!d->body || d->nparams != e->u.apply.nargs) return (sema_level)e->level;
    sema_level l = (sema_level)d->level;
    for (uint32_t i = 0; i < d->nparams; i++)
        if (reads_param(d->params[i], d->body)) l = max_level(l, assumption_level(e->u.apply.args[i]));
    return l;
}

static sema_def *resolve_opdef_unit(sema_resolver *R, syn_unit *u, sema_def *pre);
static void resolve_instance_unit(sema_resolver *R, syn_unit *u);

static sema_level resolve_let(sema_resolver *R, syn_expr *e)
{
    local_name *saved = R->locals;
    local_instance *saved_instances = R->instances;
    for (uint32_t i = 0; i < e->u.let.ndefs; i++) {
        syn_unit *u = e->u.let.defs[i];
        bool completes = false;   /* the definition of an operator declared RECURSIVE in this LET */
        if (u->kind == SU_OPDEF) {
            sema_binder *pre = find_local(R, u->name);
            completes = pre && pre->kind == BINDER_LET_DEF && pre->let_def->recursive && !pre->let_def->body;
        }
        if (!completes && u->name) check_new_name(R, u->name, u->loc);
        if (u->kind == SU_RECURSIVE) {
            sema_def *d = new_def(R, u->name, u->loc);
            d->recursive = true;
            d->nparams = u->u.decl.arity;
            sema_binder *b = new_binder(R, BINDER_LET_DEF, u->name, u->loc, 0, LEVEL_CONSTANT);
            b->let_def = d;
            u->res.binder = b;
            push_local(R, b);
            continue;
        }
        if (u->kind == SU_INSTANCE && u->name) {
            resolve_instance_unit(R, u);
            continue;
        }
        if (u->kind != SU_OPDEF) {
            fail(R, u->loc, NULL, "%s", "only definitions may appear in a LET");
            continue;
        }
        sema_binder *pre = find_local(R, u->name);
        if (completes) {
            resolve_opdef_unit(R, u, pre->let_def);
            u->res.binder = pre;
        } else {
            sema_def *d = new_def(R, u->name, u->loc);
            sema_binder *b = new_binder(R, BINDER_LET_DEF, u->name, u->loc, 0, LEVEL_CONSTANT);
            b->let_def = d;
            if (u->u.def.is_function) push_local(R, b);   /* a function definition may recur */
            resolve_opdef_unit(R, u, d);
            if (!u->u.def.is_function) push_local(R, b);
            u->res.binder = b;
        }
    }
    sema_level l = resolve(R, e->u.let.body);
    R->locals = saved;
    R->instances = saved_instances;
    return l;
}

static sema_level resolve_except(sema_resolver *R, syn_expr *e)
{
    sema_level l = resolve(R, e->u.except.base);
    for (uint32_t i = 0; i < e->u.except.nupdates; i++) {
        syn_except_update *up = &e->u.except.updates[i];
        for (uint32_t s = 0; s < up->nsteps; s++)
            if (!up->steps[s].is_field) l = max_level(l, resolve_all(R, up->steps[s].index, up->steps[s].nindex));
        l = max_level(l, resolve(R, up->value));
    }
    return l;
}

static sema_level resolve_binding_form(sema_resolver *R, syn_expr *e)
{
    local_name *saved = R->locals;
    sema_level l = bind_bounds(R, e->u.q.bounds, e->u.q.nbounds);
    l = max_level(l, resolve(R, e->u.q.body));
    R->locals = saved;
    if (e->kind == SX_TFORALL || e->kind == SX_TEXISTS) return LEVEL_TEMPORAL;
    return l;
}

/* [A]_v, <<A>>_v, WF_v(A), SF_v(A): A must be an action and v a state function. */
static void resolve_action_form(sema_resolver *R, syn_expr *e)
{
    syn_expr *action = e->u.bin.a, *sub = e->u.bin.b;
    sema_level a = resolve(R, action), v = resolve(R, sub);
    if (a > LEVEL_ACTION) {
        util_diag(DIAG_ERROR, action->loc, NULL, "this should be an action, but it is a temporal formula");
        R->failed = true;
    }
    if (v > LEVEL_STATE) {
        util_diag(DIAG_ERROR, sub->loc, "the subscript is what the action changes: variables, or a tuple of them",
                  "the subscript must be a state-level expression, but it is %s", level_phrase(v));
        R->failed = true;
    }
}

static sema_level resolve_node(sema_resolver *R, syn_expr *e)
{
    sema_level l = LEVEL_CONSTANT;
    switch (e->kind) {
    case SX_NUM: case SX_STR: case SX_AT: break;
    case SX_APPLY: l = resolve_apply(R, e, false); break;
    case SX_LAMBDA: {
        local_name *saved = R->locals;
        sema_def *d = new_def(R, util_intern("LAMBDA"), e->loc);
        d->params = bind_params(R, e->u.lambda.params, e->u.lambda.nparams, BINDER_OPERATOR_PARAM);
        d->nparams = e->u.lambda.nparams;
        d->body = e->u.lambda.body;
        d->level = resolve(R, d->body);
        e->u.lambda.res = d;
        R->locals = saved;
        l = d->level;
        break;
    }
    case SX_IF:
        l = max_level(resolve(R, e->u.ite.cond), max_level(resolve(R, e->u.ite.then_), resolve(R, e->u.ite.else_)));
        break;
    case SX_CASE:
        for (uint32_t i = 0; i < e->u.cas.narms; i++)
            l = max_level(l, max_level(resolve(R, e->u.cas.arms[i].guard), resolve(R, e->u.cas.arms[i].value)));
        if (e->u.cas.other) l = max_level(l, resolve(R, e->u.cas.other));
        break;
    case SX_LET: l = resolve_let(R, e); break;
    case SX_FORALL: case SX_EXISTS: case SX_TFORALL: case SX_TEXISTS: case SX_CHOOSE:
    case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC:
        l = resolve_binding_form(R, e);
        break;
    case SX_SET_ENUM: case SX_TUPLE: case SX_CROSS: case SX_CONJ_LIST: case SX_DISJ_LIST:
        l = resolve_all(R, e->u.list.items, e->u.list.nitems);
        break;
    case SX_RECORD: case SX_RECORD_SET:
        for (uint32_t i = 0; i < e->u.rec.nfields; i++) l = max_level(l, resolve(R, e->u.rec.fields[i].value));
        break;
    case SX_EXCEPT: l = resolve_except(R, e); break;
    case SX_FAPPLY:
        l = max_level(resolve(R, e->u.fapp.fn), resolve_all(R, e->u.fapp.args, e->u.fapp.nargs));
        break;
    case SX_DOT: l = resolve(R, e->u.dot.rec); break;
    case SX_FUNC_SET: case SX_PAREN:
        l = resolve(R, e->u.bin.a);
        if (e->u.bin.b) l = max_level(l, resolve(R, e->u.bin.b));
        break;
    case SX_BOX_ACTION: case SX_ANGLE_ACTION:
        resolve_action_form(R, e);
        l = LEVEL_ACTION;
        break;
    case SX_WF: case SX_SF:
        resolve_action_form(R, e);
        l = LEVEL_TEMPORAL;
        break;
    case SX_LABEL: l = resolve(R, e->u.label.body); break;
    case SX__COUNT: util_panic(__FILE__, __LINE__, "bad expression kind");
    }
    e->level = (uint8_t)l;
    return l;
}

/* Expressions nest at most this deep (a chain `1 + 1 + ... + 1` counts each `+`): resolving,
 * checking levels and evaluating all recurse over the tree, and the bound keeps them well inside
 * a thread's stack. The stack guard covers threads with small stacks. */
enum { MAX_NESTING = 4000 };

static sema_level resolve(sema_resolver *R, syn_expr *e)
{
    if (R->depth >= MAX_NESTING || util_stack_low()) {
        if (!R->too_deep)
            util_diag(DIAG_ERROR, e->loc, "split it into several definitions",
                      "expression nested too deeply (more than %d levels)", MAX_NESTING);
        R->too_deep = R->failed = true;
        return LEVEL_CONSTANT;
    }
    R->depth++;
    sema_level l = resolve_node(R, e);
    R->depth--;
    return l;
}

sema_level sema_resolve_expr_in(sema_resolver *R, syn_expr *e) { return resolve(R, e); }

sema_level sema_expr_level(const syn_expr *e) { return (sema_level)e->level; }

/* ---- module units ------------------------------------------------------------------------------- */

/* The same definition, declaration or instance, whatever the route (EXTENDS, INSTANCE) it came by.
 * SANY accepts a definition imported twice; the first route is kept. */
static bool same_object(const sema_symbol *a, const sema_symbol *b)
{
    return a->def == b->def && a->decl == b->decl && a->inst == b->inst;
}

/* Could SANY take b for another definition of a (same kind, same number of arguments)? */
static bool same_shape(const sema_symbol *a, const sema_symbol *b)
{
    if (!a->def != !b->def || !a->decl != !b->decl || !a->inst != !b->inst) return false;
    if (a->def) return a->def->nparams == b->def->nparams;
    if (a->decl) return a->decl->is_variable == b->decl->is_variable && a->decl->arity == b->decl->arity;
    return true;
}

static const sema_module *symbol_module(const sema_symbol *sym)
{
    return sym->def ? sym->def->module : sym->decl ? sym->decl->module : sym->inst->in_module;
}

/* A clash with a name imported, or an import's clash: tlc-c's words, at the importing statement. */
static void report_import_clash(const sema_resolver *R, atom name, syn_loc loc, const scope_entry *old)
{
    const sema_module *from = symbol_module(&old->sym);
    if (old->imported && from != R->mod)
        util_diag(DIAG_ERROR, loc, "a module cannot redefine what it EXTENDS or INSTANCEs: rename one of them",
                  "`%s` is already defined in module %s (multiply-defined symbol)", name, from->name);
    else
        util_diag(DIAG_ERROR, loc, NULL, "`%s` is already defined (multiply-defined symbol)", name);
}

/* SANY's warning for a name given twice with the same kind and arity, at `at`. */
static void report_repeated_declaration(atom name, syn_loc at, const sema_symbol *old)
{
    syn_loc before = sany_span(old, old->def ? old->def->loc : old->decl->loc);
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&before, where, sizeof where);
    util_diag(DIAG_WARNING, at, NULL, "Multiple declarations or definitions for symbol %s.  \nThis duplicates the one at %s.",
              name, where);
}

/* SANY's words for a name given twice in one module: a definition is "already defined or declared",
 * and the clash itself a warning where the two have the same kind and arity, else an error. */
static void report_redefinition(sema_resolver *R, atom name, syn_loc loc, const scope_entry *old, const sema_symbol *sym)
{
    R->failed = true;
    if ((old->imported && symbol_module(&old->sym) != R->mod) || symbol_module(sym) != R->mod) {
        report_import_clash(R, name, loc, old);
        return;
    }
    syn_loc at = sany_span(sym, loc), before = sany_span(&old->sym, old->sym.def ? old->sym.def->loc : loc);
    if (sym->def) util_diag(DIAG_ERROR, at, NULL, "Operator %s already defined or declared.", name);
    if (sym->def && same_shape(&old->sym, sym)) {
        report_repeated_declaration(name, at, &old->sym);
        return;
    }
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&before, where, sizeof where);
    util_diag(DIAG_ERROR, at, NULL, "Multiply-defined symbol '%s': this definition or declaration conflicts \nwith the one at %s.",
              name, where);
}

/* Add a symbol to the module scope, reporting a clash with a different symbol of the same name.
 * As SANY: a name defined or imported earlier cannot be defined again, but a later import of a
 * name already defined keeps the first definition (SANY warns), unless their shapes differ. */
static void define_as(sema_resolver *R, atom name, syn_loc loc, const sema_symbol *sym, bool local, bool imported)
{
    const scope_entry *old = scope_get(R->mod->scope, name);
    if (old && !scope_same_symbol(&old->sym, sym) && same_object(&old->sym, sym)) return;   /* keep the first route */
    if (old && imported) {
        if (!same_object(&old->sym, sym) && !same_shape(&old->sym, sym)) report_redefinition(R, name, loc, old, sym);
        return;
    }
    if (old && !scope_same_symbol(&old->sym, sym)) {
        bool pending_recursive = old->sym.def && old->sym.def->recursive && !old->sym.def->body && sym->def == old->sym.def;
        if (!pending_recursive) {
            report_redefinition(R, name, loc, old, sym);
            return;
        }
    }
    scope_put(mem(R), R->mod->scope, name, sym, local || (old && old->local), imported && !old);
}

static void define(sema_resolver *R, atom name, syn_loc loc, const sema_symbol *sym, bool local)
{
    define_as(R, name, loc, sym, local, false);
}

/* Resolve an operator or function definition into `d` (fresh, or a RECURSIVE placeholder). */
static sema_def *resolve_opdef_unit(sema_resolver *R, syn_unit *u, sema_def *d)
{
    local_name *saved = R->locals;
    if (d->recursive && d->nparams != u->u.def.nparams && !u->u.def.is_function) {
        util_diag(DIAG_ERROR, u->loc, NULL, "`%s` was declared RECURSIVE with %u parameter(s) but is defined with %u",
                  u->name, d->nparams, u->u.def.nparams);
        R->failed = true;
    }
    d->unit = u;
    d->loc = u->loc;
    d->local = u->local;
    d->is_function = u->u.def.is_function;
    d->params = bind_params(R, u->u.def.params, u->u.def.nparams, BINDER_OPERATOR_PARAM);
    for (uint32_t i = 0; i < u->u.def.nparams; i++)   /* SANY: q(p, q) == ... defines q twice */
        if (u->u.def.params[i].name == u->name)
            fail(R, u->u.def.params[i].loc, "rename the parameter",
                 "operator `%s` is already defined or declared: a parameter of its definition has its name", u->name);
    d->nparams = u->u.def.nparams;
    d->body = u->u.def.body;
    if (d->is_function) d->recursive = true;
    d->level = resolve(R, d->body);
    R->locals = saved;
    u->res.def = d;
    return d;
}

static void import_exports(sema_resolver *R, const sema_module *from, const sema_inst_step *via, bool local,
                           syn_loc loc)
{
    uint32_t i = 0;
    const scope_entry *e;
    while (scope_next(from->scope, &i, &e)) {
        if (e->local) continue;
        sema_symbol sym = e->sym;
        if (via) {
            if (sym.decl) continue;   /* an instance substitutes declarations rather than exporting them */
            sym.path = join_path(R, via, 1, e->sym.path, e->sym.npath, &sym.npath);
        }
        define_as(R, e->name, loc, &sym, local, true);
    }
}

static void resolve_decl_unit(sema_resolver *R, syn_unit *u, bool is_variable)
{
    sema_decl *d = ARENA_NEW(mem(R), sema_decl);
    d->is_variable = is_variable;
    d->name = u->name;
    d->loc = u->loc;
    d->arity = is_variable ? 0 : u->u.decl.arity;
    d->module = R->mod;
    d->index = UINT32_MAX;
    d->subst_pos = UINT32_MAX;
    sema_symbol sym = {.decl = d};
    const scope_entry *old = scope_get(R->mod->scope, u->name);
    if (old && old->imported && symbol_module(&old->sym) != R->mod && same_shape(&old->sym, &sym)) {
        /* SANY only warns about a declaration repeating an imported one, and keeps that one */
        util_diag(DIAG_WARNING, u->loc, NULL, "`%s` is already declared in module %s: this declaration is ignored",
                  u->name, symbol_module(&old->sym)->name);
        return;
    }
    if (old && old->sym.decl && symbol_module(&old->sym) == R->mod && same_shape(&old->sym, &sym)) {
        report_repeated_declaration(u->name, sany_span(&sym, u->loc), &old->sym);   /* SANY keeps the first */
        return;
    }
    u->res.decl = d;
    define(R, u->name, u->loc, &sym, false);
}

/* Every CONSTANT and VARIABLE of module m and of the modules it extends. */
typedef VEC(sema_decl *) decl_list;

static void collect_decls(const sema_module *m, decl_list *out)
{
    uint32_t i = 0;
    const scope_entry *e;
    while (scope_next(m->scope, &i, &e))
        if (e->sym.decl) VEC_PUSH(*out, e->sym.decl);
}

static syn_expr *identity_subst(sema_resolver *R, atom name, syn_loc loc)
{
    syn_expr *e = ARENA_NEW(mem(R), syn_expr);
    e->kind = SX_APPLY;
    e->loc = loc;
    e->u.apply.name = name;
    return e;
}

static void resolve_instance_unit(sema_resolver *R, syn_unit *u)
{
    sema_module *m = sema_load_module(R->L, u->u.inst.module, u->u.inst.module_loc);
    if (!m) {
        R->failed = true;
        return;
    }
    sema_instance *inst = ARENA_NEW(mem(R), sema_instance);
    inst->name = u->name;
    inst->loc = u->loc;
    inst->module = m;
    inst->in_module = R->mod;
    inst->local = u->local;
    local_name *saved = R->locals;
    inst->params = bind_params(R, u->u.inst.params, u->u.inst.nparams, BINDER_INSTANCE_PARAM);
    inst->nparams = u->u.inst.nparams;
    decl_list decls = {0};
    collect_decls(m, &decls);
    inst->subs = ARENA_NEW_N(mem(R), sema_subst, decls.len ? decls.len : 1);
    for (uint32_t i = 0; i < u->u.inst.nsubs; i++) {
        syn_subst *s = &u->u.inst.subs[i];
        const scope_entry *target = scope_get(m->scope, s->name);
        if (!target || !target->sym.decl) {
            fail(R, s->loc, NULL, "module being instantiated has no CONSTANT or VARIABLE `%s` to substitute", s->name);
        }
    }
    for (size_t k = 0; k < decls.len; k++) {
        sema_decl *d = decls.items[k];
        syn_expr *value = NULL;
        for (uint32_t i = 0; i < u->u.inst.nsubs; i++)
            if (u->u.inst.subs[i].name == d->name) value = u->u.inst.subs[i].value;
        if (!value) {
            if (!find_local(R, d->name) && !scope_get(R->mod->scope, d->name)) {
                util_diag(DIAG_ERROR, u->loc, "add `WITH name <- expression`, or declare the name here",
                          "INSTANCE %s: no substitution for `%s`, and no `%s` is defined here", m->name, d->name,
                          d->name);
                R->failed = true;
                continue;
            }
            value = identity_subst(R, d->name, u->loc);
        }
        resolve_arg(R, value, d->arity, d->name, 0);
        if (d->module == m) d->subst_pos = inst->nsubs;
        inst->subs[inst->nsubs++] = (sema_subst){d, value};
    }
    VEC_FREE(decls);
    R->locals = saved;
    u->res.inst = inst;
    if (u->name && R->locals) {
        /* inside a LET: visible in the LET only */
        local_instance *li = ARENA_NEW(mem(R), local_instance);
        *li = (local_instance){u->name, inst, R->instances};
        R->instances = li;
    } else if (u->name) {
        define(R, u->name, u->loc, &(sema_symbol){.inst = inst}, u->local);
    } else {
        sema_inst_step step = {inst, NULL, 0};
        sema_inst_step *via = ARENA_NEW(mem(R), sema_inst_step);
        *via = step;
        import_exports(R, m, via, u->local, u->loc);
    }
}

static void resolve_unit(sema_resolver *R, syn_unit *u)
{
    switch (u->kind) {
    case SU_CONSTANT: resolve_decl_unit(R, u, false); break;
    case SU_VARIABLE: resolve_decl_unit(R, u, true); break;
    case SU_RECURSIVE: {
        sema_def *d = new_def(R, u->name, u->loc);
        d->recursive = true;
        d->nparams = u->u.decl.arity;
        d->local = u->local;
        u->res.def = d;
        define(R, u->name, u->loc, &(sema_symbol){.def = d}, u->local);
        break;
    }
    case SU_OPDEF: {
        const scope_entry *old = scope_get(R->mod->scope, u->name);
        sema_def *d;
        if (old && old->sym.def && old->sym.def->recursive && !old->sym.def->body && old->sym.def->module == R->mod) {
            d = old->sym.def;
        } else {
            d = new_def(R, u->name, u->loc);
            if (u->u.def.is_function) define(R, u->name, u->loc, &(sema_symbol){.def = d}, u->local);
        }
        resolve_opdef_unit(R, u, d);
        define(R, u->name, u->loc, &(sema_symbol){.def = d}, u->local);
        break;
    }
    case SU_INSTANCE: resolve_instance_unit(R, u); break;
    case SU_ASSUME: {
        sema_level level = resolve(R, u->u.assume.expr);
        if (level > LEVEL_CONSTANT && assumption_level(u->u.assume.expr) > LEVEL_CONSTANT) {
            util_diag(DIAG_ERROR, u->u.assume.expr->loc,
                      "an assumption is about constants only: no variables, primes or temporal operators",
                      "Level error: assumptions must be level 0 (Constant), \nbut this one has level %d.", (int)level);
            R->failed = true;
        }
        if (u->name) {
            sema_def *d = new_def(R, u->name, u->loc);
            d->body = u->u.assume.expr;
            d->level = level;
            u->res.def = d;
            define(R, u->name, u->loc, &(sema_symbol){.def = d}, false);
        }
        sema_program *p = R->L->p;
        p->assumes = util_xrealloc(p->assumes, (p->nassumes + 1) * sizeof *p->assumes);
        p->assumes[p->nassumes++] = (sema_assume){u->u.assume.expr, u->loc, u->name, R->mod};
        break;
    }
    case SU_THEOREM:
        /* THEOREM T == e names e, and TLC lets a spec use T (ASSUME T); unnamed ones are skipped */
        if (u->name && u->u.assume.expr) {
            sema_def *d = new_def(R, u->name, u->loc);
            d->body = u->u.assume.expr;
            d->level = resolve(R, d->body);
            u->res.def = d;
            define(R, u->name, u->loc, &(sema_symbol){.def = d}, false);
        }
        break;
    case SU_MODULE: {
        if (sema_find_module(R->L->p, u->u.module->name)) break;   /* already loaded by a forward use */
        sema_module *m = ARENA_NEW(mem(R), sema_module);
        m->name = u->u.module->name;
        m->syntax = u->u.module;
        m->file = R->mod->file;
        m->is_standard = R->mod->is_standard;
        sema_program *p = R->L->p;
        p->modules = util_xrealloc(p->modules, (p->nmodules + 1) * sizeof *p->modules);
        p->modules[p->nmodules++] = m;
        if (!sema_resolve_module(R->L, m, R->mod->scope)) R->failed = true;
        break;
    }
    }
}

bool sema_resolve_module(sema_loader *L, sema_module *m, const sema_scope *outer)
{
    sema_resolver R = {.L = L, .mod = m};
    m->scope = scope_new(&L->p->mem);
    if (outer) {
        uint32_t i = 0;
        const scope_entry *e;
        while (scope_next(outer, &i, &e)) scope_put(&L->p->mem, m->scope, e->name, &e->sym, true, true);
    }
    syn_module *sm = m->syntax;
    for (uint32_t i = 0; i < sm->nextends; i++) {
        sema_module *ext = sema_load_module(L, sm->extends[i], sm->extends_locs[i]);
        if (!ext) {
            R.failed = true;
            continue;
        }
        import_exports(&R, ext, NULL, false, sm->extends_locs[i]);
    }
    for (uint32_t i = 0; i < sm->nunits; i++) resolve_unit(&R, sm->units[i]);
    return !R.failed;
}
