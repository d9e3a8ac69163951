/* tree.c - the grammar's actions: syntax-tree nodes in the parse arena, and the conversions of
 * forms parsed as plain expressions (bound lists, set builders, records vs function constructors). */
#include "tree.h"

#include "tla_parser.h"

#include <string.h>

void xlist_push(arena *a, xlist *l, void *x)
{
    if (l->n == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 4;
        void **items = arena_alloc(a, sizeof(void *) * cap);
        if (l->n) memcpy(items, l->items, sizeof(void *) * l->n);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = x;
}

void xlist_append(arena *a, xlist *l, const xlist *more)
{
    for (uint32_t i = 0; i < more->n; i++) xlist_push(a, l, more->items[i]);
}

syn_loc tree_loc(parse_ctx *ctx, const void *yylloc)
{
    const TLA_YYLTYPE *l = yylloc;
    return (syn_loc){ctx->file, (uint32_t)l->first_line, (uint32_t)l->first_column, (uint32_t)l->last_line,
                     (uint32_t)l->last_column};
}

static syn_expr *node(parse_ctx *ctx, syn_expr_kind kind, syn_loc loc)
{
    syn_expr *e = ARENA_NEW(ctx->mem, syn_expr);
    e->kind = kind;
    e->loc = loc;
    return e;
}

static syn_expr **items_of(xlist *l) { return l ? (syn_expr **)l->items : NULL; }

/* ---- module units ------------------------------------------------------------------------------- */

void tree_push_name(parse_ctx *ctx, xlist *l, atom name, syn_loc loc)
{
    syn_param *p = ARENA_NEW(ctx->mem, syn_param);
    p->name = name;
    p->loc = loc;
    xlist_push(ctx->mem, l, p);
}

syn_module *tree_module(parse_ctx *ctx, atom name, syn_loc loc, xlist *extends, xlist *units)
{
    syn_module *m = ARENA_NEW(ctx->mem, syn_module);
    m->name = name;
    m->loc = loc;
    m->file = ctx->file;
    m->too_big = ctx->too_big;
    m->nextends = extends->n;
    m->extends = ARENA_NEW_N(ctx->mem, atom, extends->n + 1);
    m->extends_locs = ARENA_NEW_N(ctx->mem, syn_loc, extends->n + 1);
    for (uint32_t i = 0; i < extends->n; i++) {
        syn_param *p = extends->items[i];
        m->extends[i] = p->name;
        m->extends_locs[i] = p->loc;
    }
    m->units = (syn_unit **)units->items;
    m->nunits = units->n;
    return m;
}

static syn_unit *unit(parse_ctx *ctx, syn_unit_kind kind, atom name, syn_loc loc)
{
    syn_unit *u = ARENA_NEW(ctx->mem, syn_unit);
    u->kind = kind;
    u->name = name;
    u->loc = loc;
    return u;
}

syn_unit *tree_module_unit(parse_ctx *ctx, syn_module *m, syn_loc loc)
{
    syn_unit *u = unit(ctx, SU_MODULE, m->name, loc);
    u->u.module = m;
    return u;
}

syn_unit *tree_decl(parse_ctx *ctx, syn_unit_kind kind, atom name, uint32_t arity, syn_loc loc)
{
    syn_unit *u = unit(ctx, kind, name, loc);
    u->u.decl.arity = arity;
    return u;
}

/* Parameters arrive as declaration units (name, arity). */
static syn_param *params_of(parse_ctx *ctx, xlist *l, uint32_t *n)
{
    *n = l ? l->n : 0;
    syn_param *ps = ARENA_NEW_N(ctx->mem, syn_param, *n + 1);
    for (uint32_t i = 0; i < *n; i++) {
        syn_unit *d = l->items[i];
        ps[i] = (syn_param){d->name, d->u.decl.arity, d->loc};
    }
    return ps;
}

syn_unit *tree_opdef(parse_ctx *ctx, atom name, xlist *params, syn_fixity fix, syn_expr *body, syn_loc loc)
{
    syn_unit *u = unit(ctx, SU_OPDEF, name, loc);
    u->u.def.params = params_of(ctx, params, &u->u.def.nparams);
    u->u.def.fixity = fix;
    u->u.def.body = body;
    return u;
}

static bool convert_bounds(parse_ctx *ctx, xlist *exprs, syn_bound **out, uint32_t *nout, bool allow_unbounded);

syn_unit *tree_fundef(parse_ctx *ctx, atom name, xlist *bounds, syn_expr *body, syn_loc loc)
{
    syn_expr *f = node(ctx, SX_FUNC, loc);
    convert_bounds(ctx, bounds, &f->u.q.bounds, &f->u.q.nbounds, false);
    f->u.q.body = body;
    f->loc = body->loc;
    syn_unit *u = unit(ctx, SU_OPDEF, name, loc);
    u->u.def.body = f;
    u->u.def.is_function = true;
    u->u.def.params = ARENA_NEW(ctx->mem, syn_param);
    return u;
}

syn_unit *tree_fixdef(parse_ctx *ctx, atom op, atom p1, syn_loc l1, atom p2, syn_loc l2, syn_fixity fix,
                      syn_expr *body, syn_loc loc)
{
    syn_unit *u = unit(ctx, SU_OPDEF, op, loc);
    uint32_t n = p2 ? 2 : 1;
    u->u.def.params = ARENA_NEW_N(ctx->mem, syn_param, n);
    u->u.def.params[0] = (syn_param){p1, 0, l1};
    if (p2) u->u.def.params[1] = (syn_param){p2, 0, l2};
    u->u.def.nparams = n;
    u->u.def.fixity = fix;
    u->u.def.body = body;
    return u;
}

void tree_push_subst(parse_ctx *ctx, xlist *l, atom name, syn_loc loc, syn_expr *value)
{
    syn_subst *s = ARENA_NEW(ctx->mem, syn_subst);
    *s = (syn_subst){name, loc, value};
    xlist_push(ctx->mem, l, s);
}

syn_unit *tree_instance(parse_ctx *ctx, atom name, xlist *params, atom module, syn_loc module_loc, xlist *subs,
                        syn_loc loc)
{
    syn_unit *u = unit(ctx, SU_INSTANCE, name, loc);
    u->u.inst.module = module;
    u->u.inst.module_loc = module_loc;
    u->u.inst.params = params_of(ctx, params, &u->u.inst.nparams);
    u->u.inst.nsubs = subs->n;
    u->u.inst.subs = ARENA_NEW_N(ctx->mem, syn_subst, subs->n + 1);
    for (uint32_t i = 0; i < subs->n; i++) u->u.inst.subs[i] = *(syn_subst *)subs->items[i];
    return u;
}

syn_unit *tree_assume(parse_ctx *ctx, atom name, syn_expr *e, syn_loc loc)
{
    syn_unit *u = unit(ctx, SU_ASSUME, name, loc);
    u->u.assume.expr = e;
    return u;
}

syn_unit *tree_theorem(parse_ctx *ctx, atom name, syn_expr *statement, syn_loc loc)
{
    syn_unit *u = unit(ctx, SU_THEOREM, name, loc);
    u->u.assume.expr = statement;
    return u;
}

/* ---- operators ---------------------------------------------------------------------------------- */

static syn_expr *apply(parse_ctx *ctx, atom name, syn_fixity fix, syn_expr **args, uint32_t n, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_APPLY, loc);
    e->u.apply.name = name;
    e->u.apply.fixity = fix;
    e->u.apply.args = args;
    e->u.apply.nargs = n;
    return e;
}

static syn_loc span(syn_expr *a, syn_expr *b)
{
    return (syn_loc){a->loc.file, a->loc.line, a->loc.col, b->loc.end_line, b->loc.end_col};
}

syn_expr *tree_binop(parse_ctx *ctx, atom op, syn_expr *a, syn_expr *b, syn_loc op_loc)
{
    syn_expr **args = ARENA_NEW_N(ctx->mem, syn_expr *, 2);
    args[0] = a;
    args[1] = b;
    syn_expr *e = apply(ctx, op, SYN_FIX_INFIX, args, 2, span(a, b));
    prec_check_infix(ctx, e, op_loc);
    return e;
}

/* A \X B \X C is one product of three sets (not a product of a product). */
syn_expr *tree_cross(parse_ctx *ctx, syn_expr *a, syn_expr *b, syn_loc op_loc)
{
    syn_expr *e = node(ctx, SX_CROSS, span(a, b));
    xlist items = {0};
    if (a->kind == SX_CROSS) {
        for (uint32_t i = 0; i < a->u.list.nitems; i++) xlist_push(ctx->mem, &items, a->u.list.items[i]);
    } else {
        xlist_push(ctx->mem, &items, a);
    }
    xlist_push(ctx->mem, &items, b);
    e->u.list.items = items_of(&items);
    e->u.list.nitems = items.n;
    prec_check_infix(ctx, e, op_loc);
    return e;
}

syn_expr *tree_prefix(parse_ctx *ctx, atom op, syn_expr *a, syn_loc loc)
{
    syn_expr **args = ARENA_NEW_N(ctx->mem, syn_expr *, 1);
    args[0] = a;
    syn_expr *e = apply(ctx, op, SYN_FIX_PREFIX, args, 1, loc);
    prec_check_prefix(ctx, e);
    return e;
}

syn_expr *tree_postfix(parse_ctx *ctx, atom op, syn_expr *a, syn_loc loc)
{
    syn_expr **args = ARENA_NEW_N(ctx->mem, syn_expr *, 1);
    args[0] = a;
    return apply(ctx, op, SYN_FIX_POSTFIX, args, 1, loc);
}

/* ---- bound lists -------------------------------------------------------------------------------- */

static bool is_bare_name(const syn_expr *e)
{
    return e->kind == SX_APPLY && !e->u.apply.nargs && !e->u.apply.npath;
}

static bool is_membership(const syn_expr *e)
{
    return e->kind == SX_APPLY && e->u.apply.nargs == 2 && e->u.apply.fixity == SYN_FIX_INFIX &&
           strcmp(e->u.apply.name, "\\in") == 0;
}

/* `x \in S` or `<<x, y>> \in S` with names on the left. */
static bool is_bound_form(const syn_expr *e)
{
    if (!is_membership(e)) return false;
    const syn_expr *lhs = e->u.apply.args[0];
    if (is_bare_name(lhs)) return true;
    if (lhs->kind != SX_TUPLE) return false;
    for (uint32_t i = 0; i < lhs->u.list.nitems; i++)
        if (!is_bare_name(lhs->u.list.items[i])) return false;
    return true;
}

static void set_names(parse_ctx *ctx, syn_bound *b, xlist *names)
{
    b->nnames = names->n;
    b->names = ARENA_NEW_N(ctx->mem, atom, names->n + 1);
    b->name_locs = ARENA_NEW_N(ctx->mem, syn_loc, names->n + 1);
    for (uint32_t i = 0; i < names->n; i++) {
        syn_expr *n = names->items[i];
        b->names[i] = n->u.apply.name;
        b->name_locs[i] = n->loc;
    }
}

/* x, y \in S, <<a, b>> \in T, z (unbounded) -> groups. Names without a set take the next group's
 * set (x, y \in S), or are unbounded at the end when that is allowed. */
static bool convert_bounds(parse_ctx *ctx, xlist *exprs, syn_bound **out, uint32_t *nout, bool allow_unbounded)
{
    xlist groups = {0}, pending = {0};
    for (uint32_t i = 0; i < exprs->n; i++) {
        syn_expr *e = exprs->items[i];
        if (is_bare_name(e)) {
            xlist_push(ctx->mem, &pending, e);
            continue;
        }
        if (!is_bound_form(e)) {
            parse_error(ctx, e->loc, "write `x \\in S`, `x, y \\in S` or `<<x, y>> \\in S`",
                        "expected a bound variable here");
            return false;
        }
        syn_bound *b = ARENA_NEW(ctx->mem, syn_bound);
        syn_expr *lhs = e->u.apply.args[0];
        b->set = e->u.apply.args[1];
        if (lhs->kind == SX_TUPLE) {
            if (pending.n) {
                parse_error(ctx, e->loc, NULL, "a tuple of bound variables cannot share its set with other names");
                return false;
            }
            xlist names = {0};
            for (uint32_t k = 0; k < lhs->u.list.nitems; k++) xlist_push(ctx->mem, &names, lhs->u.list.items[k]);
            set_names(ctx, b, &names);
            b->tuple = true;
        } else {
            xlist_push(ctx->mem, &pending, lhs);
            set_names(ctx, b, &pending);
            pending = (xlist){0};
        }
        xlist_push(ctx->mem, &groups, b);
    }
    if (pending.n) {
        if (!allow_unbounded || groups.n) {
            syn_expr *first = pending.items[0];
            parse_error(ctx, first->loc, "give it a set: `x \\in S`", "bound variable `%s` has no set",
                        first->u.apply.name);
            return false;
        }
        syn_bound *b = ARENA_NEW(ctx->mem, syn_bound);
        set_names(ctx, b, &pending);
        xlist_push(ctx->mem, &groups, b);
    }
    *nout = groups.n;
    *out = ARENA_NEW_N(ctx->mem, syn_bound, groups.n + 1);
    for (uint32_t i = 0; i < groups.n; i++) (*out)[i] = *(syn_bound *)groups.items[i];
    return true;
}

syn_expr *tree_quant(parse_ctx *ctx, syn_expr_kind kind, xlist *bounds, syn_expr *body, syn_loc loc)
{
    syn_expr *e = node(ctx, kind, loc);
    convert_bounds(ctx, bounds, &e->u.q.bounds, &e->u.q.nbounds, true);
    e->u.q.body = body;
    return e;
}

syn_expr *tree_choose(parse_ctx *ctx, syn_expr *bound, syn_expr *body, syn_loc loc)
{
    xlist one = {0};
    xlist_push(ctx->mem, &one, bound);
    syn_expr *e = node(ctx, SX_CHOOSE, loc);
    convert_bounds(ctx, &one, &e->u.q.bounds, &e->u.q.nbounds, true);
    if (e->u.q.nbounds == 1 && !e->u.q.bounds[0].tuple && e->u.q.bounds[0].nnames > 1)
        parse_error(ctx, bound->loc, NULL, "CHOOSE binds one variable (or one tuple)");
    e->u.q.body = body;
    return e;
}

/* {x \in S : P} is a filter (as SANY reads it); {e : x \in S, ...} a map. */
syn_expr *tree_set_builder(parse_ctx *ctx, syn_expr *first, xlist *rest, syn_loc loc)
{
    if (is_bound_form(first) && rest->n == 1) {
        syn_expr *e = node(ctx, SX_SET_FILTER, loc);
        xlist one = {0};
        xlist_push(ctx->mem, &one, first);
        convert_bounds(ctx, &one, &e->u.q.bounds, &e->u.q.nbounds, false);
        e->u.q.body = rest->items[0];
        return e;
    }
    syn_expr *e = node(ctx, SX_SET_MAP, loc);
    convert_bounds(ctx, rest, &e->u.q.bounds, &e->u.q.nbounds, false);
    e->u.q.body = first;
    return e;
}

/* [x \in S |-> e] is a function; [a |-> 1, b |-> 2] a record. */
syn_expr *tree_mapsto(parse_ctx *ctx, xlist *keys, syn_expr *value, xlist *more, syn_loc loc)
{
    bool function = false;
    for (uint32_t i = 0; i < keys->n; i++)
        if (!is_bare_name(keys->items[i])) function = true;
    if (function) {
        if (more->n) parse_error(ctx, loc, NULL, "a function constructor has one `|->`");
        syn_expr *e = node(ctx, SX_FUNC, loc);
        convert_bounds(ctx, keys, &e->u.q.bounds, &e->u.q.nbounds, false);
        e->u.q.body = value;
        return e;
    }
    if (keys->n != 1) {
        parse_error(ctx, loc, "write [x \\in S |-> e] for a function, [a |-> e] for a record",
                    "expected a record field or a bound variable");
        return node(ctx, SX_RECORD, loc);
    }
    syn_expr *e = node(ctx, SX_RECORD, loc);
    uint32_t n = 1 + more->n / 2;
    e->u.rec.fields = ARENA_NEW_N(ctx->mem, syn_field, n);
    e->u.rec.nfields = n;
    syn_expr *k0 = keys->items[0];
    e->u.rec.fields[0] = (syn_field){k0->u.apply.name, k0->loc, value};
    for (uint32_t i = 0; i + 1 < more->n; i += 2) {
        syn_expr *k = more->items[i];
        if (!is_bare_name(k)) parse_error(ctx, k->loc, NULL, "expected a record field name");
        e->u.rec.fields[1 + i / 2] = (syn_field){k->kind == SX_APPLY ? k->u.apply.name : NULL, k->loc, more->items[i + 1]};
    }
    return e;
}

syn_expr *tree_recset(parse_ctx *ctx, syn_expr *name, syn_expr *set, xlist *more, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_RECORD_SET, loc);
    uint32_t n = 1 + more->n / 2;
    e->u.rec.fields = ARENA_NEW_N(ctx->mem, syn_field, n);
    e->u.rec.nfields = n;
    for (uint32_t i = 0; i < n; i++) {
        syn_expr *k = i ? more->items[2 * (i - 1)] : name;
        syn_expr *v = i ? more->items[2 * (i - 1) + 1] : set;
        if (!is_bare_name(k)) parse_error(ctx, k->loc, NULL, "expected a record field name before `:`");
        e->u.rec.fields[i] = (syn_field){k->kind == SX_APPLY ? k->u.apply.name : NULL, k->loc, v};
    }
    return e;
}

/* ---- the other forms ---------------------------------------------------------------------------- */

syn_expr *tree_if(parse_ctx *ctx, syn_expr *c, syn_expr *a, syn_expr *b, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_IF, loc);
    e->u.ite.cond = c;
    e->u.ite.then_ = a;
    e->u.ite.else_ = b;
    return e;
}

void tree_push_arm(parse_ctx *ctx, xlist *l, syn_expr *guard, syn_expr *value)
{
    syn_case_arm *arm = ARENA_NEW(ctx->mem, syn_case_arm);
    *arm = (syn_case_arm){guard, value};
    xlist_push(ctx->mem, l, arm);
}

syn_expr *tree_case(parse_ctx *ctx, xlist *arms, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_CASE, loc);
    e->u.cas.arms = ARENA_NEW_N(ctx->mem, syn_case_arm, arms->n + 1);
    for (uint32_t i = 0; i < arms->n; i++) {
        syn_case_arm *arm = arms->items[i];
        if (!arm->guard) {
            if (i + 1 != arms->n) parse_error(ctx, arm->value->loc, NULL, "OTHER must be the last arm of a CASE");
            e->u.cas.other = arm->value;
            continue;
        }
        e->u.cas.arms[e->u.cas.narms++] = *arm;
    }
    return e;
}

syn_expr *tree_let(parse_ctx *ctx, xlist *defs, syn_expr *body, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_LET, loc);
    e->u.let.defs = (syn_unit **)defs->items;
    e->u.let.ndefs = defs->n;
    e->u.let.body = body;
    return e;
}

syn_expr *tree_lambda(parse_ctx *ctx, xlist *ids, syn_expr *body, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_LAMBDA, loc);
    e->u.lambda.nparams = ids->n;
    e->u.lambda.params = ARENA_NEW_N(ctx->mem, syn_param, ids->n + 1);
    for (uint32_t i = 0; i < ids->n; i++) {
        syn_param *p = ids->items[i];
        e->u.lambda.params[i] = *p;
    }
    e->u.lambda.body = body;
    return e;
}

syn_expr *tree_label(parse_ctx *ctx, atom name, xlist *args, syn_expr *body, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_LABEL, loc);
    e->u.label.name = name;
    e->u.label.body = body;
    if (args) {
        e->u.label.nparams = args->n;
        e->u.label.params = ARENA_NEW_N(ctx->mem, syn_param, args->n + 1);
        for (uint32_t i = 0; i < args->n; i++) {
            syn_expr *a = args->items[i];
            if (!is_bare_name(a)) parse_error(ctx, a->loc, NULL, "a label's parameters are names");
            e->u.label.params[i] = (syn_param){a->kind == SX_APPLY ? a->u.apply.name : NULL, 0, a->loc};
        }
    }
    return e;
}

syn_expr *tree_fapply(parse_ctx *ctx, syn_expr *f, xlist *args, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_FAPPLY, loc);
    e->u.fapp.fn = f;
    e->u.fapp.args = items_of(args);
    e->u.fapp.nargs = args->n;
    return e;
}

syn_expr *tree_dot(parse_ctx *ctx, syn_expr *r, atom field, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_DOT, loc);
    e->u.dot.rec = r;
    e->u.dot.field = field;
    return e;
}

syn_expr *tree_num(parse_ctx *ctx, int64_t num, const char *text, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_NUM, loc);
    e->u.n.num = num;
    e->u.n.num_text = text;
    if ((text || num > INT32_MAX) && !ctx->too_big) ctx->too_big = e;
    return e;
}

syn_expr *tree_str(parse_ctx *ctx, atom s, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_STR, loc);
    e->u.str = s;
    return e;
}

syn_expr *tree_at(parse_ctx *ctx, syn_loc loc) { return node(ctx, SX_AT, loc); }

syn_expr *tree_name(parse_ctx *ctx, atom name, xlist *args, syn_loc loc)
{
    return apply(ctx, name, SYN_FIX_NONE, items_of(args), args ? args->n : 0, loc);
}

atom tree_position(parse_ctx *ctx, int64_t n)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)n);
    return util_intern(buf);
}

/* I(a)!Op(b): the prefix I(a) becomes a path step of the application of Op. */
syn_expr *tree_path(parse_ctx *ctx, syn_expr *prefix, atom name, xlist *args, syn_loc loc)
{
    syn_expr *e = tree_name(ctx, name, args, loc);
    if (prefix->kind != SX_APPLY) {
        parse_error(ctx, prefix->loc, NULL, "`!` must follow the name of an instance");
        return e;
    }
    uint32_t n = prefix->u.apply.npath + 1;
    e->u.apply.path = ARENA_NEW_N(ctx->mem, syn_path_step, n);
    if (prefix->u.apply.npath) memcpy(e->u.apply.path, prefix->u.apply.path, sizeof(syn_path_step) * (n - 1));
    e->u.apply.path[n - 1] = (syn_path_step){prefix->u.apply.name, prefix->u.apply.args, prefix->u.apply.nargs,
                                             prefix->loc};
    e->u.apply.npath = n;
    return e;
}

syn_expr *tree_paren(parse_ctx *ctx, syn_expr *a, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_PAREN, loc);
    e->u.bin.a = a;
    return e;
}

syn_expr *tree_list(parse_ctx *ctx, syn_expr_kind kind, xlist *items, syn_loc loc)
{
    syn_expr *e = node(ctx, kind, loc);
    e->u.list.items = items_of(items);
    e->u.list.nitems = items ? items->n : 0;
    return e;
}

syn_expr *tree_bin(parse_ctx *ctx, syn_expr_kind kind, syn_expr *a, syn_expr *b, syn_loc loc)
{
    syn_expr *e = node(ctx, kind, loc);
    e->u.bin.a = a;
    e->u.bin.b = b;
    return e;
}

void tree_push_field_step(parse_ctx *ctx, xlist *l, atom field)
{
    syn_except_step *s = ARENA_NEW(ctx->mem, syn_except_step);
    s->is_field = true;
    s->field = field;
    xlist_push(ctx->mem, l, s);
}

void tree_push_index_step(parse_ctx *ctx, xlist *l, xlist *index)
{
    syn_except_step *s = ARENA_NEW(ctx->mem, syn_except_step);
    s->index = items_of(index);
    s->nindex = index->n;
    xlist_push(ctx->mem, l, s);
}

void tree_push_update(parse_ctx *ctx, xlist *l, xlist *path, syn_expr *value)
{
    syn_except_update *u = ARENA_NEW(ctx->mem, syn_except_update);
    u->nsteps = path->n;
    u->steps = ARENA_NEW_N(ctx->mem, syn_except_step, path->n + 1);
    for (uint32_t i = 0; i < path->n; i++) u->steps[i] = *(syn_except_step *)path->items[i];
    u->value = value;
    xlist_push(ctx->mem, l, u);
}

syn_expr *tree_except(parse_ctx *ctx, syn_expr *base, xlist *updates, syn_loc loc)
{
    syn_expr *e = node(ctx, SX_EXCEPT, loc);
    e->u.except.base = base;
    e->u.except.nupdates = updates->n;
    e->u.except.updates = ARENA_NEW_N(ctx->mem, syn_except_update, updates->n + 1);
    for (uint32_t i = 0; i < updates->n; i++) e->u.except.updates[i] = *(syn_except_update *)updates->items[i];
    return e;
}

syn_expr *tree_junction(parse_ctx *ctx, syn_expr_kind kind, syn_expr *first, xlist *rest, syn_loc loc)
{
    xlist items = {0};
    xlist_push(ctx->mem, &items, first);
    xlist_append(ctx->mem, &items, rest);
    /* the list ends with its last item, not at the token that closed it */
    syn_expr *last = items.items[items.n - 1];
    loc.end_line = last->loc.end_line;
    loc.end_col = last->loc.end_col;
    return tree_list(ctx, kind, &items, loc);
}
