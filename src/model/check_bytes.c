/* check_bytes.c - conjuncts decided from the state's bytes, without decoding or evaluating: a
 * conjunct made of /\, \/, =>, ~, \A and \E over `a..b`, and comparisons (=, /=, \in, \notin) of
 * constants, variables, a quantifier's variable and `v[i]` (v a variable, i a quantifier's variable),
 * or `v \in [D -> T]`. PlusCal's invariants (SimpleRegular's PCorrect, `\A i \in 0..N-1 : pc[i] = ...`).
 *
 * The answer is "holds" or "do not know": it is "holds" only where evaluating the conjunct gives TRUE
 * without an error, and then no evaluation is needed; anything else (false, an error, bytes it does
 * not read) is "do not know", and the conjunct is evaluated as before, which reports what it reports.
 * Hence the three values of the walk: a comparison is TRUE where the bytes are equal (equal values
 * have equal bytes), FALSE only where both sides are scalars of one kind (no error comparing them),
 * else UNKNOWN, which ends the walk at once: the evaluator, walking in the same order (left to right,
 * the interval upwards), could stop there with an error. The constants are evaluated once per worker,
 * on first use, and kept as their bytes (val_serialize's); a constant whose evaluation fails, or whose
 * bytes hold an unlisted set, makes the conjunct's walk answer UNKNOWN.
 *
 * The conjunct is compiled once into a tree (compile), then into a flat program (emit) that the walk
 * runs without recursion: jumps for the short-cuts, loops for the quantifiers, and `v[i]` compared with
 * a constant as one step (PCorrect's and Inv's leaves). */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>

/* the most values in a set or a function read (a set constant's members, a function's range) */
enum { MAX_PARTS = 64, MAX_DEPTH = 4 };

typedef enum { BN_AND, BN_OR, BN_IMPLIES, BN_NOT, BN_FORALL, BN_EXISTS, BN_EQ, BN_NEQ, BN_IN, BN_NOTIN, BN_IN_FUNCS } bn_kind;
typedef enum { BO_CONST, BO_VAR, BO_APPLY, BO_BOUND } bo_kind;
typedef enum { BV_FALSE, BV_TRUE, BV_UNKNOWN } bv;

/* A side of a comparison: a constant (its index), a variable, v[i] (v, and i's quantifier by depth),
 * or a quantifier's variable (its depth); for the last two, `set` is that quantifier's interval. */
typedef struct bn_operand { bo_kind kind; uint32_t index, depth, set; } bn_operand;

typedef struct bn_node {
    bn_kind kind;
    uint32_t nkids;
    const struct bn_node **kids;
    bn_operand a, b;        /* comparisons: a op b; BN_IN_FUNCS: a (a variable), b (D), set (T) */
    uint32_t set;           /* the constant: a quantifier's interval, BN_IN_FUNCS' T */
    uint32_t depth;         /* a quantifier's: how many quantifiers are around it */
} bn_node;

/* The conjunct as a flat program (emit): one truth value `v`, computed by the leaves and tested by the
 * jumps (the short-cuts of /\, \/, =>, and the quantifiers' loops). */
typedef enum {
    OP_IF_FALSE, OP_IF_TRUE,   /* v FALSE (TRUE): go to target (past a /\ (\/)) */
    OP_IMPLIES,                /* after an antecedent: v FALSE: v TRUE, go to target (past the =>) */
    OP_NOT,
    OP_LOOP,                   /* a quantifier's first member; none: v TRUE (\A) or FALSE (\E), go to target */
    OP_NEXT,                   /* v is `stop`: on (past the loop); else the next member, at target */
    OP_APPLY_EQ,               /* v[i] = c (negate: /=), c a constant */
    OP_APPLY_IN,               /* v[i] \in c (negate: \notin), c a set constant */
    OP_COMPARE,                /* any other comparison: the tree's node */
    OP_IN_FUNCS,               /* v \in [D -> T]: the tree's node */
} op_kind;

typedef struct bn_op {
    uint8_t kind;
    bool negate;               /* leaves: /=, \notin; OP_NEXT: stop (TRUE for \E) */
    uint8_t depth;             /* OP_LOOP, OP_NEXT, OP_APPLY_*: the quantifier's */
    uint32_t target;
    uint32_t var, set, konst;  /* OP_LOOP, OP_NEXT: set; OP_APPLY_*: v, i's interval, c */
    const struct bn_node *node;   /* OP_COMPARE, OP_IN_FUNCS */
} bn_op;

struct check_bytes {
    const bn_op *ops;
    uint32_t nops;
    const syn_expr **consts;
    const uint8_t *as_set;     /* by constant: read only as a set (a membership's, a domain, an interval) */
    uint32_t nconsts;
};

/* ---- made from the conjunct (model set-up) ------------------------------------------------------- */

typedef VEC(const syn_expr *) expr_vec;

typedef struct builder {
    const model *m;
    arena *mem;
    expr_vec consts;
    VEC(uint8_t) as_set;
    const sema_binder *scope[MAX_DEPTH];   /* the quantifiers' variables around, outermost first */
    uint32_t sets[MAX_DEPTH];               /* ... their intervals' constants */
    uint32_t depth;
    bool bound_seen;                        /* set by the walk of closed() */
} builder;

static bool note_bound(void *data, const syn_expr *e);

/* Does e name no bound variable at all (none of the quantifiers' around, nor any other)? */
static bool closed(builder *b, const syn_expr *e)
{
    b->bound_seen = false;
    note_bound(b, e);
    return !b->bound_seen;
}

static bool note_bound(void *data, const syn_expr *e)
{
    builder *b = data;
    if (e->kind == SX_APPLY && (!e->u.apply.res || e->u.apply.res->kind == REF_BOUND)) b->bound_seen = true;
    if (e->kind == SX_LET || e->kind == SX_LAMBDA) b->bound_seen = true;
    if (!b->bound_seen) syn_for_children(e, note_bound, b);
    return !b->bound_seen;
}

/* Is e a constant: no variable, nothing but values (reads.c), no bound name? */
static bool constant(builder *b, const syn_expr *e)
{
    uint64_t *vars = util_xcalloc(model_var_words(b->m), sizeof(uint64_t));
    bool pure = model_expr_reads(b->m, e, vars);
    for (uint32_t w = 0; pure && w < model_var_words(b->m); w++) pure = !vars[w];
    free(vars);
    return pure && closed(b, e);
}

static uint32_t add_const(builder *b, const syn_expr *e)
{
    VEC_PUSH(b->consts, e);
    VEC_PUSH(b->as_set, 0);
    return (uint32_t)b->consts.len - 1;
}

/* A constant read only through member, domain_is and the quantifiers' loops: its bytes matter only
 * where it is a set of at most MAX_PARTS members (make_konst). */
static uint32_t add_set_const(builder *b, const syn_expr *e)
{
    uint32_t i = add_const(b, e);
    b->as_set.items[i] = 1;
    return i;
}

/* The index of the spec's variable e names (not through an instance), or UINT32_MAX. */
static uint32_t variable_of(const model *m, const syn_expr *e)
{
    if (e->kind != SX_APPLY || e->u.apply.nargs) return UINT32_MAX;
    const sema_ref *r = e->u.apply.res;
    if (!r || r->kind != REF_DECL || r->npath || !r->decl->is_variable || r->decl->index >= m->prog->nvars ||
        m->prog->variables[r->decl->index] != r->decl)
        return UINT32_MAX;
    return r->decl->index;
}

/* The depth of the quantifier around whose variable e names, or UINT32_MAX. */
static uint32_t bound_of(const builder *b, const syn_expr *e)
{
    if (e->kind != SX_APPLY || e->u.apply.nargs || !e->u.apply.res || e->u.apply.res->kind != REF_BOUND)
        return UINT32_MAX;
    for (uint32_t d = 0; d < b->depth; d++)
        if (b->scope[d] == e->u.apply.res->binder) return d;
    return UINT32_MAX;
}

static bool operand(builder *b, const syn_expr *e, bn_operand *out)
{
    e = sema_strip(e);
    uint32_t depth = bound_of(b, e), var = variable_of(b->m, e);
    if (depth != UINT32_MAX) *out = (bn_operand){BO_BOUND, 0, depth, b->sets[depth]};
    else if (var != UINT32_MAX) *out = (bn_operand){BO_VAR, var, 0, 0};
    else if (e->kind == SX_FAPPLY && e->u.fapp.nargs == 1 &&
             (var = variable_of(b->m, sema_strip(e->u.fapp.fn))) != UINT32_MAX &&
             (depth = bound_of(b, sema_strip(e->u.fapp.args[0]))) != UINT32_MAX)
        *out = (bn_operand){BO_APPLY, var, depth, b->sets[depth]};
    else if (constant(b, e)) *out = (bn_operand){BO_CONST, add_const(b, e), 0, 0};
    else return false;
    return true;
}

/* Is e `a .. b` (the standard one), looking through definitions without parameters the .cfg does not
 * replace? Its values are enumerated upwards, as the evaluator (and TLC) enumerates them. */
static bool interval(const model *m, const syn_expr *e)
{
    for (int hops = 0; hops < 8; hops++) {
        e = sema_strip(e);
        if (e->kind != SX_APPLY || !e->u.apply.res || e->u.apply.res->kind != REF_DEF || e->u.apply.npath)
            return false;
        const sema_def *d = e->u.apply.res->def;
        for (size_t i = 0; i < m->overrides.len; i++)
            if (m->overrides.items[i].target == d) return false;
        if (d->native) return d->module->is_standard && e->u.apply.nargs == 2 && strcmp(d->name, "..") == 0;
        if (e->u.apply.nargs || d->nparams || d->recursive || d->is_function || !d->body) return false;
        e = d->body;
    }
    return false;
}

static const bn_node *compile(builder *b, const syn_expr *e);

static const bn_node *node(builder *b, bn_kind kind, uint32_t nkids)
{
    bn_node *n = ARENA_NEW(b->mem, bn_node);
    n->kind = kind;
    n->nkids = nkids;
    n->kids = nkids ? ARENA_NEW_N(b->mem, const bn_node *, nkids) : NULL;
    return n;
}

static const bn_node *connective(builder *b, bn_kind kind, syn_expr *const *items, uint32_t n)
{
    if (!n) return NULL;
    bn_node *out = (bn_node *)node(b, kind, n);
    for (uint32_t i = 0; i < n; i++)
        if (!(out->kids[i] = compile(b, items[i]))) return NULL;
    return out;
}

static const bn_node *quantifier(builder *b, const syn_expr *e)
{
    const syn_bound *q = e->u.q.bounds;
    if (e->u.q.nbounds != 1 || q->nnames != 1 || q->tuple || !q->set || b->depth == MAX_DEPTH ||
        !interval(b->m, q->set) || !constant(b, q->set))
        return NULL;
    bn_node *out = (bn_node *)node(b, e->kind == SX_FORALL ? BN_FORALL : BN_EXISTS, 1);
    out->set = add_set_const(b, q->set);
    out->depth = b->depth;
    b->sets[b->depth] = out->set;
    b->scope[b->depth++] = q->res[0];
    out->kids[0] = compile(b, e->u.q.body);
    b->depth--;
    return out->kids[0] ? out : NULL;
}

static const bn_node *comparison(builder *b, const syn_expr *e, bn_kind kind)
{
    bn_node *out = (bn_node *)node(b, kind, 0);
    const syn_expr *set = sema_strip(e->u.apply.args[1]);
    if (kind == BN_IN && set->kind == SX_FUNC_SET) {
        out->kind = BN_IN_FUNCS;
        if (!operand(b, e->u.apply.args[0], &out->a) || out->a.kind != BO_VAR || !constant(b, set->u.bin.a) ||
            !constant(b, set->u.bin.b))
            return NULL;
        out->b = (bn_operand){BO_CONST, add_set_const(b, set->u.bin.a), 0, 0};
        out->set = add_set_const(b, set->u.bin.b);
        return out;
    }
    if (!operand(b, e->u.apply.args[0], &out->a) || !operand(b, e->u.apply.args[1], &out->b)) return NULL;
    if (kind == BN_IN || kind == BN_NOTIN) {
        if (out->b.kind != BO_CONST) return NULL;
        b->as_set.items[out->b.index] = 1;
    }
    return out;
}

static const bn_node *compile(builder *b, const syn_expr *e)
{
    e = sema_strip(e);
    switch (e->kind) {
    case SX_CONJ_LIST: return connective(b, BN_AND, e->u.list.items, e->u.list.nitems);
    case SX_DISJ_LIST: return connective(b, BN_OR, e->u.list.items, e->u.list.nitems);
    case SX_FORALL: case SX_EXISTS: return quantifier(b, e);
    case SX_APPLY: break;
    default: return NULL;
    }
    static const struct { sema_builtin op; bn_kind kind; } shapes[] = {
        {B_AND, BN_AND}, {B_OR, BN_OR}, {B_IMPLIES, BN_IMPLIES}, {B_NOT, BN_NOT},
        {B_EQ, BN_EQ}, {B_NEQ, BN_NEQ}, {B_IN, BN_IN}, {B_NOTIN, BN_NOTIN},
    };
    for (size_t i = 0; i < sizeof shapes / sizeof *shapes; i++) {
        if (!sema_is_builtin(e, shapes[i].op)) continue;
        if (shapes[i].kind >= BN_EQ) return e->u.apply.nargs == 2 ? comparison(b, e, shapes[i].kind) : NULL;
        return connective(b, shapes[i].kind, e->u.apply.args, e->u.apply.nargs);
    }
    return NULL;
}

typedef VEC(bn_op) op_vec;

static uint32_t emit_op(op_vec *ops, bn_op op)
{
    VEC_PUSH(*ops, op);
    return (uint32_t)ops->len - 1;
}

static void emit(op_vec *ops, const bn_node *n);

/* /\ or \/: each conjunct (disjunct) but the last followed by the jump past them all where it decides. */
static void emit_connective(op_vec *ops, const bn_node *n)
{
    size_t first = ops->len;
    for (uint32_t i = 0; i < n->nkids; i++) {
        emit(ops, n->kids[i]);
        if (i + 1 < n->nkids) emit_op(ops, (bn_op){.kind = n->kind == BN_AND ? OP_IF_FALSE : OP_IF_TRUE});
    }
    for (size_t i = first; i < ops->len; i++)
        if ((ops->items[i].kind == OP_IF_FALSE || ops->items[i].kind == OP_IF_TRUE) && ops->items[i].target == 0)
            ops->items[i].target = (uint32_t)ops->len;
}

static void emit_leaf(op_vec *ops, const bn_node *n)
{
    bool negate = n->kind == BN_NEQ || n->kind == BN_NOTIN;
    if (n->kind != BN_IN_FUNCS && n->a.kind == BO_APPLY && n->b.kind == BO_CONST)
        emit_op(ops, (bn_op){.kind = n->kind == BN_EQ || n->kind == BN_NEQ ? OP_APPLY_EQ : OP_APPLY_IN, .negate = negate,
                             .depth = (uint8_t)n->a.depth, .var = n->a.index, .set = n->a.set, .konst = n->b.index});
    else emit_op(ops, (bn_op){.kind = n->kind == BN_IN_FUNCS ? OP_IN_FUNCS : OP_COMPARE, .node = n});
}

/* n's program, appended to ops: it leaves n's truth in v, evaluating in the evaluator's order. (A jump's
 * target 0 is "not yet known": no jump goes back to the first op.) */
static void emit(op_vec *ops, const bn_node *n)
{
    uint32_t at;
    switch (n->kind) {
    case BN_AND: case BN_OR: emit_connective(ops, n); return;
    case BN_IMPLIES:
        emit(ops, n->kids[0]);
        at = emit_op(ops, (bn_op){.kind = OP_IMPLIES});
        emit(ops, n->kids[1]);
        ops->items[at].target = (uint32_t)ops->len;
        return;
    case BN_NOT:
        emit(ops, n->kids[0]);
        emit_op(ops, (bn_op){.kind = OP_NOT});
        return;
    case BN_FORALL: case BN_EXISTS: {
        bool exists = n->kind == BN_EXISTS;
        at = emit_op(ops, (bn_op){.kind = OP_LOOP, .negate = exists, .depth = (uint8_t)n->depth, .set = n->set});
        emit(ops, n->kids[0]);
        emit_op(ops, (bn_op){.kind = OP_NEXT, .negate = exists, .depth = (uint8_t)n->depth, .set = n->set, .target = at + 1});
        ops->items[at].target = (uint32_t)ops->len;
        return;
    }
    default: emit_leaf(ops, n); return;
    }
}

const check_bytes *check_bytes_compile(const model *m, arena *mem, const syn_expr *e)
{
    builder b = {.m = m, .mem = mem};
    const bn_node *root = compile(&b, e);
    check_bytes *out = NULL;
    if (root && b.consts.len) {
        op_vec ops = {0};
        emit(&ops, root);
        out = ARENA_NEW(mem, check_bytes);
        out->nops = (uint32_t)ops.len;
        out->ops = ARENA_NEW_N(mem, bn_op, ops.len);
        memcpy((bn_op *)out->ops, ops.items, sizeof *out->ops * ops.len);
        out->nconsts = (uint32_t)b.consts.len;
        out->consts = ARENA_NEW_N(mem, const syn_expr *, b.consts.len);
        memcpy(out->consts, b.consts.items, sizeof *out->consts * b.consts.len);
        uint8_t *as_set = ARENA_NEW_N(mem, uint8_t, b.consts.len);
        memcpy(as_set, b.as_set.items, b.consts.len);
        out->as_set = as_set;
        VEC_FREE(ops);
    }
    VEC_FREE(b.consts);
    VEC_FREE(b.as_set);
    return out;
}

/* ---- reading bytes --------------------------------------------------------------------------------- */

/* Where the value at p ends (value.h's reader); NULL for malformed bytes. */
static inline const uint8_t *skip(const uint8_t *p, const uint8_t *end) { return val_bytes_skip(p, end, 1); }

/* The kinds of values compared without an error: scalars of one kind; for the members of a set
 * constant, also sets of scalars of one kind (a set's kind is K_SET + its members', K_SET alone when
 * empty). 0: none of these. */
enum { K_BOOL = 1, K_INT, K_STR, K_MODEL, K_SET = 8 };

static uint32_t scalar_kind(const uint8_t *p)
{
    switch (*p) {
    case VAL_TAG_FALSE: case VAL_TAG_TRUE: return K_BOOL;
    case VAL_TAG_INT: return K_INT;
    case VAL_TAG_STR: return K_STR;
    case VAL_TAG_MODEL: return K_MODEL;
    default: return 0;
    }
}

/* A kind with another: the same, or a set's with an empty set's; 0 when they differ. */
static uint32_t kind_with(uint32_t k, uint32_t other)
{
    if (k == other) return k;
    if (k == K_SET && other > K_SET) return other;
    if (other == K_SET && k > K_SET) return k;
    return 0;
}

static uint32_t value_kind(const uint8_t *p, const uint8_t *end)
{
    uint32_t k = scalar_kind(p);
    if (k || *p != VAL_TAG_SET) return k;
    uint64_t n;
    if (!(p = val_bytes_varint(p + 1, end, &n)) || n == UINT32_MAX) return 0;
    k = 0;
    for (uint64_t i = 0; i < n; i++) {
        uint32_t m = scalar_kind(p);
        if (!m || (i && m != k) || !(p = skip(p, end))) return 0;
        k = m;
    }
    return K_SET + k;
}

/* ---- a worker's side --------------------------------------------------------------------------- */

/* A constant's bytes; a set's members' offsets in them (members [at[i], at[i + 1])), and their kind. */
typedef struct konst {
    uint8_t *bytes;
    uint32_t len, n;
    uint32_t at[MAX_PARTS + 1];
    bool set;             /* a set of at most MAX_PARTS members, listed */
    uint32_t kind;        /* its members' (value_kind, all alike), 0: none such */
    bool small;           /* every member is at most 7 bytes: compared by its key (small_key) */
    uint32_t id;          /* the same for constants with the same bytes, in any part (from 1) */
    uint64_t key[MAX_PARTS];
} konst;

/* The bytes of a piece of at most 7 bytes and its length, in one word: two such pieces are the same
 * where their keys are. */
static inline uint64_t small_key(const uint8_t *p, uint32_t len)
{
    uint64_t k = len;
    for (uint32_t i = 0; i < len; i++) k |= (uint64_t)p[i] << (8 * (i + 1));
    return k;
}

/* A variable's function in the state: its domain's bytes and where its range's values start. */
typedef struct fn_bytes {
    uint64_t state;       /* the state (check_bytes_run.state) it was read for */
    bool ok;              /* a function of at most MAX_PARTS values */
    uint32_t domain;      /* the id of a set constant its domain was found to be, or 0 */
    const uint8_t *dom, *end;
    uint32_t dlen, n, known;   /* at[0 .. known] are found */
    const uint8_t *at[MAX_PARTS + 1];
} fn_bytes;

struct check_bytes_run {
    const model *m;
    val *none;             /* the "state" constants are evaluated in: they read no variable */
    konst **consts;        /* by cache index: the part's constants, NULL until made */
    uint32_t *nconsts;     /* by cache index: how many */
    uint8_t *failed;       /* by cache index: a constant of the part could not be made, or its bytes
                            * seldom said it held (TRIAL) */
    uint32_t *asked, *held;   /* by cache index: the walks of its trial, and those that said it held */
    fn_bytes *fns;         /* by variable */
    uint32_t ids;          /* the constants' ids given so far */
    uint64_t state;        /* counts the states */
    const uint8_t *bytes;
    const uint32_t *offsets;
    const konst *ks;       /* the part being walked: its constants */
    uint32_t k[MAX_DEPTH]; /* the quantifiers' positions in their intervals */
};

check_bytes_run *check_bytes_run_new(const model *m)
{
    check_bytes_run *r = util_xcalloc(1, sizeof *r);
    r->m = m;
    r->none = util_xcalloc(m->prog->nvars + 1, sizeof *r->none);
    r->consts = util_xcalloc(m->ncaches + 1, sizeof *r->consts);
    r->failed = util_xcalloc(m->ncaches + 1, 1);
    r->nconsts = util_xcalloc(m->ncaches + 1, sizeof *r->nconsts);
    r->asked = util_xcalloc(m->ncaches + 1, sizeof *r->asked);
    r->held = util_xcalloc(m->ncaches + 1, sizeof *r->held);
    r->fns = util_xcalloc(m->prog->nvars + 1, sizeof *r->fns);
    return r;
}

void check_bytes_run_free(check_bytes_run *r)
{
    if (!r) return;
    for (uint32_t i = 0; i < r->m->ncaches; i++) {
        if (!r->consts[i]) continue;
        for (uint32_t k = 0; k < r->nconsts[i]; k++) free(r->consts[i][k].bytes);
        free(r->consts[i]);
    }
    free(r->none);
    free(r->consts);
    free(r->failed);
    free(r->nconsts);
    free(r->asked);
    free(r->held);
    free(r->fns);
    free(r);
}

void check_bytes_state(check_bytes_run *r, const uint8_t *bytes, const uint32_t *offsets)
{
    r->state++;
    r->bytes = bytes;
    r->offsets = offsets;
}

/* Constant e's bytes into k; false where it cannot be evaluated or holds an unlisted set. A constant
 * read only as a set that has more than MAX_PARTS members is left without bytes (k->set false): none
 * of its reads would use them, and writing them would list it (LeastCircularSubstring's `b \in
 * Corpus`, 9,841 sequences, listed and written by each worker). */
static bool make_konst(check_bytes_run *r, eval_worker *ew, const syn_expr *e, bool as_set, konst *k)
{
    val v;
    if (!eval_value(ew, e, r->none, NULL, &v)) return false;
    if (as_set && val_more_members_than(eval_scratch(ew), v, MAX_PARTS)) return true;
    val_buf buf = {0};
    uint64_t unlistable = val_unlistable_written(NULL);
    val_serialize(v, &buf);
    k->bytes = buf.items;
    k->len = (uint32_t)buf.len;
    const uint8_t *end = k->bytes + k->len;
    if (val_unlistable_written(NULL) != unlistable || skip(k->bytes, end) != end) return false;
    if (*k->bytes != VAL_TAG_SET) return true;
    uint64_t n;
    const uint8_t *p = val_bytes_varint(k->bytes + 1, end, &n);
    if (n > MAX_PARTS) return true;
    k->set = true;
    k->n = (uint32_t)n;
    k->kind = K_SET;   /* an empty set's: no member compared */
    k->small = true;
    for (uint32_t i = 0; i < k->n; i++) {
        k->at[i] = (uint32_t)(p - k->bytes);
        uint32_t kind = value_kind(p, end);
        k->kind = i ? kind_with(k->kind, kind) : kind;
        const uint8_t *next = skip(p, end);
        k->small &= next - p <= 7;
        k->key[i] = next - p <= 7 ? small_key(p, (uint32_t)(next - p)) : 0;
        p = next;
    }
    k->at[k->n] = (uint32_t)(p - k->bytes);
    return true;
}

/* Do two constants have the same bytes? (One left without bytes is like no other.) */
static bool same_bytes(const konst *a, const konst *b)
{
    return a->bytes && b->bytes && a->len == b->len && memcmp(a->bytes, b->bytes, a->len) == 0;
}

/* k's id: that of a constant with the same bytes made before (a function's domain found to be one of
 * them is found to be the others, the intervals of PCorrect's and Inv's quantifiers), or a new one. */
static uint32_t id_of(check_bytes_run *r, const konst *k)
{
    for (uint32_t c = 0; c < r->m->ncaches; c++)
        for (uint32_t i = 0; r->consts[c] && i < r->nconsts[c]; i++)
            if (same_bytes(&r->consts[c][i], k)) return r->consts[c][i].id;
    return ++r->ids;
}

/* Part b's constants, made on first use; NULL where one of them cannot be. */
static const konst *konsts(check_bytes_run *r, eval_worker *ew, const check_bytes *b, uint32_t cache)
{
    if (r->consts[cache]) return r->consts[cache];
    if (r->failed[cache]) return NULL;
    konst *ks = util_xcalloc(b->nconsts, sizeof *ks);
    for (uint32_t i = 0; i < b->nconsts; i++)
        if (!make_konst(r, ew, b->consts[i], b->as_set[i], &ks[i])) {
            for (uint32_t j = 0; j <= i; j++) free(ks[j].bytes);
            free(ks);
            r->failed[cache] = 1;
            return NULL;
        }
    for (uint32_t i = 0; i < b->nconsts; i++) {
        uint32_t same = UINT32_MAX;
        for (uint32_t j = 0; j < i && same == UINT32_MAX; j++)
            if (same_bytes(&ks[j], &ks[i])) same = j;
        ks[i].id = same != UINT32_MAX ? ks[same].id : id_of(r, &ks[i]);
    }
    r->nconsts[cache] = b->nconsts;
    return r->consts[cache] = ks;
}

/* Variable v's function in the state, read as far as its head; NULL when it is no such function. */
static fn_bytes *read_fn(check_bytes_run *r, uint32_t v);

static inline fn_bytes *fn_of(check_bytes_run *r, uint32_t v)
{
    fn_bytes *f = &r->fns[v];
    if (f->state == r->state) return f->ok ? f : NULL;
    return read_fn(r, v);
}

static fn_bytes *read_fn(check_bytes_run *r, uint32_t v)
{
    fn_bytes *f = &r->fns[v];
    f->state = r->state;
    f->ok = false;
    const uint8_t *p = r->bytes + r->offsets[v], *end = r->bytes + r->offsets[v + 1];
    uint64_t n, dlen;
    if (p == end || *p != VAL_TAG_FUNC || !(p = val_bytes_varint(p + 1, end, &n)) || n > MAX_PARTS || !(p = val_bytes_varint(p, end, &dlen)) ||
        dlen > (uint64_t)(end - p))
        return NULL;
    f->dom = p;
    f->dlen = (uint32_t)dlen;
    f->n = (uint32_t)n;
    f->end = end;
    f->at[0] = p + dlen;
    f->known = 0;
    f->domain = 0;
    f->ok = true;
    return f;
}

/* Does f's domain have the members of set constant s, in their order? */
static bool domain_is(fn_bytes *f, const konst *s)
{
    if (f->domain == s->id) return true;
    if (!s->set || f->n != s->n || f->dlen != s->at[s->n] - s->at[0] || memcmp(f->dom, s->bytes + s->at[0], f->dlen) != 0)
        return false;
    f->domain = s->id;
    return true;
}

/* Is p a scalar whose varint is one byte? (Most values of functions are, or sets of them.) */
static inline bool small_scalar(const uint8_t *p) { return *p >= VAL_TAG_INT && *p <= VAL_TAG_MODEL && !(p[1] & 0x80); }

/* Where the value at p ends: small scalars and sets of them (SimpleRegular's x) in line. */
static inline const uint8_t *value_end(const uint8_t *p, const uint8_t *end)
{
    if (end - p >= 2 && small_scalar(p)) return p + 2;
    if (end - p >= 2 && *p == VAL_TAG_SET && !(p[1] & 0x80) && 2 + 2 * (ptrdiff_t)p[1] <= end - p) {
        const uint8_t *q = p + 2, *stop = q + 2 * p[1];
        while (q < stop && small_scalar(q)) q += 2;
        if (q == stop) return q;
    }
    return skip(p, end);
}

/* f's i-th value, [*start, end); false on malformed bytes. */
static inline bool fn_value(fn_bytes *f, uint32_t i, const uint8_t **start, const uint8_t **end)
{
    while (f->known <= i) {
        const uint8_t *next = value_end(f->at[f->known], f->end);
        if (!next) return false;
        f->at[++f->known] = next;
    }
    *start = f->at[i];
    *end = f->at[i + 1];
    return true;
}

typedef struct piece { const uint8_t *p; uint32_t len; } piece;

/* v[i]'s bytes, where variable v is a function on i's interval (set): false where it is no such
 * function. */
static inline bool apply_value(check_bytes_run *r, uint32_t v, uint32_t set, uint32_t depth, piece *out)
{
    fn_bytes *f = fn_of(r, v);
    const uint8_t *start, *end;
    if (!f || !domain_is(f, &r->ks[set]) || !fn_value(f, r->k[depth], &start, &end)) return false;
    *out = (piece){start, (uint32_t)(end - start)};
    return true;
}

/* The bytes of operand o where the quantifiers stand at r->k; false where there are none. */
static bool operand_bytes(check_bytes_run *r, const bn_operand *o, piece *out)
{
    const konst *k;
    switch (o->kind) {
    case BO_CONST:
        k = &r->ks[o->index];
        *out = (piece){k->bytes, k->len};
        return true;
    case BO_VAR:
        *out = (piece){r->bytes + r->offsets[o->index], r->offsets[o->index + 1] - r->offsets[o->index]};
        return true;
    case BO_BOUND:
        k = &r->ks[o->set];
        *out = (piece){k->bytes + k->at[r->k[o->depth]], k->at[r->k[o->depth] + 1] - k->at[r->k[o->depth]]};
        return true;
    case BO_APPLY: return apply_value(r, o->index, o->set, o->depth, out);
    }
    return false;
}

/* Are a's bytes these? (Most pieces are a few bytes long: compared in line.) */
static inline bool same(piece a, const uint8_t *b, uint32_t len)
{
    if (a.len != len) return false;
    if (len > 16) return memcmp(a.p, b, len) == 0;
    for (uint32_t i = 0; i < len; i++)
        if (a.p[i] != b[i]) return false;
    return true;
}

static inline bv equal(piece a, piece b)
{
    if (same(a, b.p, b.len)) return BV_TRUE;
    uint32_t k = scalar_kind(a.p);
    return k && k == scalar_kind(b.p) ? BV_FALSE : BV_UNKNOWN;
}

/* a \in s, s a set constant: TRUE where a's bytes are a member's, FALSE where a is a scalar of its
 * members' kind (or s is empty). */
static inline bv member(piece a, const konst *s)
{
    if (!s->set || !s->kind) return BV_UNKNOWN;
    if (s->small) {
        uint64_t key = a.len <= 7 ? small_key(a.p, a.len) : 0;
        for (uint32_t i = 0; i < s->n; i++)
            if (s->key[i] == key) return BV_TRUE;
    } else {
        for (uint32_t i = 0; i < s->n; i++)
            if (same(a, s->bytes + s->at[i], s->at[i + 1] - s->at[i])) return BV_TRUE;
    }
    return !s->n || (s->kind < K_SET && scalar_kind(a.p) == s->kind) ? BV_FALSE : BV_UNKNOWN;
}

/* v \in [D -> T]: TRUE where v is a function on D's members, each of its values a member of T. */
static bv in_functions(check_bytes_run *r, const bn_node *n)
{
    fn_bytes *f = fn_of(r, n->a.index);
    const konst *t = &r->ks[n->set];
    if (!f || !domain_is(f, &r->ks[n->b.index])) return BV_UNKNOWN;
    for (uint32_t i = 0; i < f->n; i++) {
        const uint8_t *start, *end;
        if (!fn_value(f, i, &start, &end) || member((piece){start, (uint32_t)(end - start)}, t) != BV_TRUE)
            return BV_UNKNOWN;
    }
    return BV_TRUE;
}

static bv compared(check_bytes_run *r, const bn_node *n)
{
    piece a, b;
    if (!operand_bytes(r, &n->a, &a)) return BV_UNKNOWN;
    if (n->kind == BN_IN || n->kind == BN_NOTIN) {
        bv in = member(a, &r->ks[n->b.index]);
        return in == BV_UNKNOWN || n->kind == BN_IN ? in : !in;
    }
    if (!operand_bytes(r, &n->b, &b)) return BV_UNKNOWN;
    bv eq = equal(a, b);
    return eq == BV_UNKNOWN || n->kind == BN_EQ ? eq : !eq;
}

/* A leaf's truth (before its negation), from the state's bytes where the quantifiers stand at r->k. */
static inline bv leaf(check_bytes_run *r, const bn_op *o)
{
    piece a;
    const konst *c;
    switch (o->kind) {
    case OP_APPLY_EQ:
        c = &r->ks[o->konst];
        return apply_value(r, o->var, o->set, o->depth, &a) ? equal(a, (piece){c->bytes, c->len}) : BV_UNKNOWN;
    case OP_APPLY_IN: return apply_value(r, o->var, o->set, o->depth, &a) ? member(a, &r->ks[o->konst]) : BV_UNKNOWN;
    case OP_COMPARE: return compared(r, o->node);
    default: return in_functions(r, o->node);
    }
}

/* Does the conjunct's program leave v TRUE? As evaluating it, stopping where evaluating it stops; a leaf
 * the bytes do not decide (UNKNOWN) ends the walk at once: "do not know". */
static bool run_ops(check_bytes_run *r, const check_bytes *b)
{
    bool v = false;
    for (uint32_t pc = 0; pc < b->nops;) {
        const bn_op *o = &b->ops[pc++];
        switch (o->kind) {
        case OP_IF_FALSE: if (!v) pc = o->target; continue;
        case OP_IF_TRUE: if (v) pc = o->target; continue;
        case OP_IMPLIES:
            if (!v) {
                v = true;
                pc = o->target;
            }
            continue;
        case OP_NOT: v = !v; continue;
        case OP_LOOP:
            if (!r->ks[o->set].set) return false;
            r->k[o->depth] = 0;
            if (!r->ks[o->set].n) {
                v = !o->negate;   /* \A over nothing: TRUE; \E: FALSE */
                pc = o->target;
            }
            continue;
        case OP_NEXT:
            /* stopped (FALSE for \A, TRUE for \E), or past the last member: v is the quantifier's */
            if (v != o->negate && ++r->k[o->depth] < r->ks[o->set].n) pc = o->target;
            continue;
        default: {
            bv got = leaf(r, o);
            if (got == BV_UNKNOWN) return false;
            v = (got == BV_TRUE) != o->negate;
        }
        }
    }
    return v;
}

/* A part whose bytes said it held in fewer than one in 16 of its first TRIAL walks (a state where
 * the evaluator is needed anyway: MCLamportMutex's) is not walked again. */
enum { TRIAL = 64 };

bool check_bytes_hold(check_bytes_run *r, eval_worker *ew, const check_bytes *b, uint32_t cache)
{
    if (!(r->ks = konsts(r, ew, b, cache))) return false;
    bool holds = run_ops(r, b);
    if (r->asked[cache] < TRIAL) {
        r->held[cache] += holds;
        if (++r->asked[cache] == TRIAL && r->held[cache] < TRIAL / 16) r->failed[cache] = 1;
    }
    return holds;
}
