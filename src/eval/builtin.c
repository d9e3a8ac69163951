/* builtin.c - the operators built into TLA+ itself: logic, equality, sets, functions' DOMAIN,
 * priming and UNCHANGED. Logic short-circuits left to right, as TLC evaluates it. */
#include "eval_internal.h"

_Noreturn void eval_check_failed(eval_worker *w, syn_loc loc, val_status st)
{
    switch (st) {
    case VAL_OVERFLOW: eval_fail_kind(w, EVAL_KIND_OVERFLOW, loc, "Overflow: the result does not fit in 32 bits");
    case VAL_DIV_ZERO: eval_fail_kind(w, EVAL_KIND_DIV_ZERO, loc, "The second argument of \\div is 0.");
    case VAL_NOT_IN_DOMAIN: eval_fail(w, loc, "argument not in the domain of the function");
    case VAL_INFINITE: eval_fail(w, loc, "cannot enumerate an infinite set");
    case VAL_TOO_LARGE: eval_fail(w, loc, "the set is too large to enumerate");
    case VAL_TYPE: eval_fail(w, loc, "the operation is applied to a value of the wrong kind");
    case VAL_UNDECIDABLE: eval_fail(w, loc, "cannot decide this without enumerating an infinite set");
    case VAL_INCOMPARABLE: eval_fail(w, loc, "attempted to compare values of different kinds");
    default: eval_fail(w, loc, "evaluation error (%d)", (int)st);
    }
}

_Noreturn void eval_arith_failed(eval_worker *w, syn_loc loc, val_status st, int64_t a, const char *op, int64_t b)
{
    if (st == VAL_OVERFLOW)
        eval_fail_kind(w, EVAL_KIND_OVERFLOW, loc, "Overflow when computing %lld%s%lld", (long long)a, op, (long long)b);
    eval_check_failed(w, loc, st);
}

/* ---- the core's errors in TLC's words (TLC 2.20, which words them by how a value was built; here
 * by its canonical form and hint) --------------------------------------------------------------- */

static bool prints_as_record(val f)
{
    if (f.kind != VAL_FUNC || f.u.fn->n == 0) return false;
    for (uint32_t i = 0; i < f.u.fn->n; i++)
        if (f.u.fn->dom[i].kind != VAL_STR) return false;
    return true;
}

/* TLC's name of a value's kind in "A non-function (...) was applied as a function.", or NULL where
 * tlc-c does not know it. */
static const char *kind_words(val v)
{
    switch (v.kind) {
    case VAL_INT: return "an integer";
    case VAL_STR: return "a string";
    case VAL_BOOL: return "a Boolean value";
    case VAL_MODEL: return "a model value";
    case VAL_SET: return "a set of the form {e1, ... ,eN}";
    case VAL_SEQ:
        if (!(v.hint & VAL_HINT_FCN)) return "a tuple";
        return "a function  of the form (d1 :> e1 @@ ... @@ dN :> eN)";
    case VAL_FUNC:
        if (prints_as_record(v)) return "a record";
        return "a function  of the form (d1 :> e1 @@ ... @@ dN :> eN)";
    case VAL_LAZY:
        switch (v.u.lazy->kind) {
        case LAZY_INTERVAL: return "a set of the form i..j";
        case LAZY_POWERSET: return "a set of the form SUBSET S";
        case LAZY_NAT: case LAZY_INT: case LAZY_STRING: case LAZY_SEQSET: return "a special set constant";
        case LAZY_FUNCSET: return "a set of the form [S -> T]";
        case LAZY_RECSET: return "a set of the form [d1 : S1, ... , dN : SN]";
        case LAZY_PRODUCT: return "a cartesian product";
        default: return NULL;
        }
    default: return NULL;
    }
}

/* IF's condition, valued v, not a Boolean where IF chooses a part of an action (TLC's words: its
 * place on the next line, in Init; right after the words, in Next). */
_Noreturn void eval_fail_action_if_not_boolean(eval_worker *w, const syn_expr *ite, bool init, val v)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&ite->loc, where, sizeof where);
    const char *kind = kind_words(v);
    if (!kind) eval_fail_not_boolean(w, ite->u.ite.cond, v);
    eval_fail(w, ite->loc, "In computing %s, a non-boolean expression (%s) was used as the condition of an IF.%s%s",
              init ? "initial states" : "next states", kind, init ? "\n" : "", where);
}

/* DOMAIN v where v is not a function, in TLC's words (its place on the last line). */
_Noreturn static __attribute__((noinline, cold)) void fail_domain_not_function(eval_worker *w, syn_loc loc, val v)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&loc, where, sizeof where);
    const char *kind = kind_words(v);
    if (!kind) eval_fail(w, loc, "DOMAIN needs a function, not %s", val_to_string(&w->scratch, v));
    eval_fail(w, loc, "Attempted to apply the operator DOMAIN to a non-function\n(%s)\n%s", kind, where);
}

/* ~v where v is not a Boolean. */
_Noreturn void eval_fail_not_negatable(eval_worker *w, syn_loc loc, val v)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&loc, where, sizeof where);
    const char *kind = kind_words(v);
    if (!kind) eval_fail(w, loc, "~ needs a Boolean");
    eval_fail(w, loc, "Attempted to apply the operator ~ to a non-boolean\n(%s)\n%s", kind, where);
}

/* P <=> Q where P or Q is not a Boolean. */
_Noreturn void eval_fail_equiv_not_boolean(eval_worker *w, syn_loc loc)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&loc, where, sizeof where);
    eval_fail(w, loc, "Attempted to evaluate an expression of form P <=> Q when P or Q was not a boolean.\n%s", where);
}

/* An operand that is not a Boolean, in TLC's words for the expression `in` it is an operand of (the
 * operators /\ \/ => <=> ~, IF's condition, a bulleted list's item, a quantifier's body); tlc-c's
 * where TLC's are not known. */
_Noreturn void eval_fail_truth_in(eval_worker *w, const syn_expr *in, const syn_expr *operand, val v)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&in->loc, where, sizeof where);
    const char *kind = kind_words(v);
    if (in->kind == SX_FORALL || in->kind == SX_EXISTS)
        eval_fail(w, in->loc, "TLC expected a boolean value, but did not find one. %s", where);
    if (!kind) eval_fail_not_boolean(w, operand, v);
    if (in->kind == SX_IF)
        eval_fail(w, in->loc, "A non-boolean expression (%s) was used as the condition of an IF.\n%s", kind, where);
    if (in->kind == SX_CONJ_LIST || in->kind == SX_DISJ_LIST) {
        util_loc_span(&operand->loc, where, sizeof where);
        eval_fail(w, operand->loc, "A non-boolean expression (%s) was used as a formula in a %s.\n%s", kind,
                  in->kind == SX_CONJ_LIST ? "conjunction" : "disjunction", where);
    }
    const char *op = sema_is_builtin(in, B_AND) ? "/\\" : sema_is_builtin(in, B_OR) ? "\\/"
                     : sema_is_builtin(in, B_IMPLIES) ? "=>" : NULL;
    if (op)
        eval_fail(w, in->loc, "Attempted to evaluate an expression of form P %s Q when %s was\n%s.\n%s", op,
                  operand == in->u.apply.args[0] ? "P" : "Q", kind, where);
    eval_fail_not_boolean(w, operand, v);
}

/* f[arg] where f is not a function. */
_Noreturn void eval_fail_not_function(eval_worker *w, syn_loc loc, val f)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&loc, where, sizeof where);
    const char *kind = kind_words(f);
    if (kind) eval_fail(w, loc, "A non-function (%s) was applied as a function.\n%s", kind, where);
    eval_fail(w, loc, "A non-function value was applied as a function:\n%s\n%s", val_to_string(&w->scratch, f), where);
}

/* f[arg] where arg is not in DOMAIN f: a tuple's index, a record's field, a function's argument. */
_Noreturn void eval_fail_not_in_domain(eval_worker *w, syn_loc loc, val f, val arg)
{
    const char *fs = val_to_string(&w->scratch, f), *as = val_to_string(&w->scratch, arg);
    if (f.kind == VAL_SEQ && !(f.hint & VAL_HINT_FCN)) {
        if (arg.kind == VAL_INT)
            eval_fail(w, loc, "Attempted to access index %lld of tuple\n%s\nwhich is out of bounds.", (long long)arg.u.i, fs);
        eval_fail(w, loc, "Attempted to access tuple at a non integral index: %s", as);
    }
    if (prints_as_record(f) && !(f.hint & VAL_HINT_FCN) && arg.kind == VAL_STR)
        eval_fail(w, loc, "Attempted to access nonexistent field '%s' of record\n%s", arg.u.s, fs);
    eval_fail(w, loc, "Attempted to apply function:\n%s\nto argument %s, which is not in the domain of the function.", fs, as);
}

/* f[arg] where f is written [x \in S |-> e] in the application itself (fn, in parentheses or not),
 * with one bound name or tuple: TLC applies such a function unbuilt (its FcnLambdaValue), in other
 * words than those for a function value, and so does this. */
_Noreturn void eval_fail_not_in_domain_of(eval_worker *w, syn_loc loc, const syn_expr *fn, val f, val arg)
{
    while (fn->kind == SX_PAREN) fn = fn->u.bin.a;
    /* a tuple or record built there meets the error in its own method, which has that place */
    if (fn->kind == SX_TUPLE || fn->kind == SX_RECORD) eval_fail_in_sources(w, &fn->loc, 1);
    bool one_parameter = fn->kind == SX_FUNC && fn->u.q.nbounds == 1 &&
                         (fn->u.q.bounds[0].nnames == 1 || fn->u.q.bounds[0].tuple);
    /* an argument TLC cannot compare with the domain's elements fails its membership test first */
    bool comparable = f.kind != VAL_FUNC || !f.u.fn->n || val_comparable(f.u.fn->dom[0], arg);
    if (!one_parameter || !comparable) eval_fail_not_in_domain(w, loc, f, arg);
    eval_fail(w, loc, "In applying the function\n%s,\nthe first argument is:\n%s\nwhich is not in its domain.\n",
              val_to_string(&w->scratch, f), val_to_string(&w->scratch, arg));
}

_Noreturn void eval_fail_no_case_arm(eval_worker *w, syn_loc loc)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&loc, where, sizeof where);
    eval_fail(w, loc, "Attempted to evaluate a CASE with no conditions true.\n%s", where);
}

/* r.field where r has no such field, or is no record. */
_Noreturn void eval_fail_no_field(eval_worker *w, syn_loc loc, val r, const char *field)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&loc, where, sizeof where);
    const char *rs = val_to_string(&w->scratch, r);
    if (prints_as_record(r))
        eval_fail(w, loc, "Attempted to select nonexistent field \"%s\" from the record\n%s\n%s", field, rs, where);
    if (r.kind == VAL_SEQ)
        eval_fail(w, loc, "Attempted to apply function with integer domain to the non-integer argument \"%s\"", field);
    if (r.kind == VAL_FUNC)
        eval_fail(w, loc, "Attempted to apply function:\n%s\nto argument \"%s\", which is not in the domain of the function.",
                  rs, field);
    eval_fail(w, loc, "Attempted to select field \"%s\" from a non-record value %s\n%s", field, rs, where);
}

/* CHOOSE x \in S : P where no element of S satisfies P. */
_Noreturn void eval_fail_choose_none(eval_worker *w, syn_loc loc)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&loc, where, sizeof where);
    eval_fail(w, loc, "Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no element of S "
                      "satisfied P.\n%s", where);
}

/* v as text for a message, cut after a few lines' worth (a SUBSET of thousands of sets). */
static const char *brief(eval_worker *w, val v)
{
    enum { MAX = 240 };
    char *s = val_to_string(&w->scratch, v);
    if (strlen(s) > MAX) strcpy(s + MAX - 4, " ...");
    return s;
}

const char *eval_refusal_words(eval_worker *w, bool equality, val px, val py)
{
    const char *how = equality ? "check equality of" : "compare", *kind;
    switch (px.kind) {
    case VAL_INT: kind = "integer"; break;
    case VAL_STR: kind = "string"; break;
    case VAL_BOOL: kind = "boolean", how = equality ? "compare equality of" : how; break;
    case VAL_SET:
        return arena_printf(&w->scratch, "Attempted to %s the set %s with the value:\n%s", how, brief(w, px), brief(w, py));
    case VAL_SEQ: case VAL_FUNC:
        if (prints_as_record(px))
            return arena_printf(&w->scratch, "Attempted to %s record:\n%s\nwith non-record\n%s", how, brief(w, px),
                                brief(w, py));
        return arena_printf(&w->scratch, "Attempted to %s the function %s with the value:\n%s", how, brief(w, px),
                            brief(w, py));
    default: return NULL;
    }
    return arena_printf(&w->scratch, "Attempted to %s %s %s with non-%s:\n%s", how, kind, brief(w, px), kind,
                        brief(w, py));
}

/* TLC's refusal of px.equals(py) or px.compareTo(py) in its words; returns where it has none. */
static void fail_in_tlc_words(eval_worker *w, syn_loc loc, bool equality, val px, val py)
{
    const char *words = eval_refusal_words(w, equality, px, py);
    if (words) eval_fail(w, loc, "%s", words);
}

/* TLC's refusal of x.equals(y) or x.compareTo(y), where the walk from x against y stops at parts of
 * kinds it does not compare. */
_Noreturn static void fail_refused(eval_worker *w, syn_loc loc, bool equality, val x, val y)
{
    val px, py;
    if (val_clash_parts(x, y, &px, &py)) fail_in_tlc_words(w, loc, equality, px, py);
    if (prints_as_record(x) && !prints_as_record(y)) fail_in_tlc_words(w, loc, equality, x, y);   /* toRcd fails */
    eval_fail(w, loc, "attempted to compare %s with %s, which have parts of different kinds", brief(w, x), brief(w, y));
}

/* a = b where one of them is a set TLC does not enumerate: TLC's words where its set has them (a set
 * written out, Nat, Int, STRING or Seq(S) against a value of another sort: an error of its modules
 * against another such set), else what is missing. */
_Noreturn static __attribute__((noinline, cold)) void fail_undecided(eval_worker *w, syn_loc loc, val a, val b)
{
    if (a.kind == VAL_SET) fail_in_tlc_words(w, loc, true, a, b);
    if (eval_overridden_set(a) && eval_overridden_set(b))
        eval_fail_coded(w, loc, "Attempted to compare %s with the value\n%s", brief(w, a), brief(w, b));
    if (eval_overridden_set(a))
        eval_fail(w, loc, "Attempted to compare overridden value %s with non-overridden value:\n%s", brief(w, a),
                  brief(w, b));
    eval_fail(w, loc, "cannot decide whether %s = %s: that needs the elements of an infinite set",
              val_to_string(&w->scratch, a), val_to_string(&w->scratch, b));
}

/* TLC refuses to compare values of different kinds (1 = "a" is an error), except that model values
 * are unequal to everything else. */
bool eval_equal(eval_worker *w, val a, val b, syn_loc loc)
{
    if (!val_comparable(a, b)) {
        fail_in_tlc_words(w, loc, true, a, b);
        eval_fail(w, loc, "attempted to compare %s with %s", val_to_string(&w->scratch, a), val_to_string(&w->scratch, b));
    }
    bool eq;
    val_status st = val_equal_status(a, b, &eq);
    if (st == VAL_UNDECIDABLE) fail_undecided(w, loc, a, b);
    if (st == VAL_INCOMPARABLE) fail_refused(w, loc, true, a, b);
    eval_check(w, loc, st);
    return eq;
}

/* TLC's set kept sorted is searched by halves, x.compareTo(member): the member x is refused against. */
static const val *member_met_by_halves(val x, const val_set *s)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (!val_comparable(x, s->elems[mid])) return &s->elems[mid];
        int cmp = val_compare(x, s->elems[mid]);
        if (cmp == 0) return NULL;
        if (cmp < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

/* Does the lazy set refuse x itself, by x's kind (val_member's tests)? */
static bool lazy_refuses_kind(val x, val_lazy_kind k)
{
    switch (k) {
    case LAZY_INTERVAL: case LAZY_NAT: case LAZY_INT: return x.kind != VAL_INT;
    case LAZY_STRING: return x.kind != VAL_STR;
    case LAZY_POWERSET: return !val_is_set(x);
    case LAZY_FUNCSET: case LAZY_PRODUCT: return !val_is_func(x);
    case LAZY_RECSET: return !val_is_func(x) || !(prints_as_record(x) || (x.kind == VAL_SEQ && val_len(x) == 0));
    case LAZY_SEQSET: return x.kind != VAL_SEQ;
    default: return false;
    }
}

/* A membership refused in a set built at set_loc (eval_error.sources): that set's place, or, for a
 * membership in an operand of the set asked (member_of_set_op), the place of the set asked. */
static void note_refusing_set(eval_worker *w, syn_loc set_loc)
{
    eval_fail_in_sources(w, w->member_parts ? &w->member_source : &set_loc, 1);
}

_Noreturn static void fail_member_refused(eval_worker *w, syn_loc loc, val x, val set, const syn_expr *set_expr,
                                          bool sorted);

/* Is part x in set, as the enclosing lazy set asks it? Stops with TLC's words where TLC refuses x
 * there. TLC keeps a set written out in the expression as written (scanned), and one named (a
 * constant, a variable) sorted. */
static bool part_in(eval_worker *w, syn_loc loc, val x, val set, const syn_expr *part_expr)
{
    bool in;
    val_status st = val_member(&w->scratch, x, set, &in);
    bool written = part_expr && sema_strip(part_expr)->kind == SX_SET_ENUM;
    if (st == VAL_INCOMPARABLE) fail_member_refused(w, loc, x, set, part_expr, !written);
    return st == VAL_OK && in;
}

/* The expression of part i of lazy set l as written in e (the set's constructor), or NULL. */
static const syn_expr *part_expr(const syn_expr *e, const val_lazy *l, uint32_t i)
{
    if (!e) return NULL;
    e = sema_strip(e);
    switch (l->kind) {
    case LAZY_POWERSET: return sema_is_builtin(e, B_POWERSET) ? e->u.apply.args[0] : NULL;
    case LAZY_SEQSET:   /* Seq(S) as written; another operator's argument need not be S */
        return e->kind == SX_APPLY && e->u.apply.nargs == 1 && !strcmp(e->u.apply.name, "Seq") ? e->u.apply.args[0] : NULL;
    case LAZY_FUNCSET: return e->kind == SX_FUNC_SET ? e->u.bin.b : NULL;
    case LAZY_PRODUCT: return e->kind == SX_CROSS && i < e->u.list.nitems ? e->u.list.items[i] : NULL;
    case LAZY_RECSET:
        if (e->kind != SX_RECORD_SET) return NULL;
        for (uint32_t j = 0; j < e->u.rec.nfields; j++)
            if (e->u.rec.fields[j].name == l->names[i]) return e->u.rec.fields[j].value;
        return NULL;
    default: return NULL;
    }
}

/* x \in l refused below x's own kind: the part of x TLC refuses, and the part of l it is looked
 * for in, in the order TLC's member methods look. Returns where it finds none. */
static void find_part_refused(eval_worker *w, syn_loc loc, val x, const val_lazy *l, const syn_expr *e)
{
    switch (l->kind) {
    case LAZY_SEQSET:
        for (uint32_t i = 0; i < val_len(x) && part_in(w, loc, val_seq_at(x, i), l->parts[0], part_expr(e, l, 0)); i++) {}
        return;
    case LAZY_PRODUCT:
        if (x.kind != VAL_SEQ || val_len(x) != l->n) return;
        for (uint32_t i = 0; i < l->n && part_in(w, loc, val_seq_at(x, i), l->parts[i], part_expr(e, l, i)); i++) {}
        return;
    case LAZY_RECSET:
        if (x.kind != VAL_FUNC || x.u.fn->n != l->n) return;
        for (uint32_t i = 0; i < l->n && part_in(w, loc, x.u.fn->rng[i], l->parts[i], part_expr(e, l, i)); i++) {}
        return;
    case LAZY_FUNCSET: {
        uint32_t n = x.kind == VAL_SEQ ? val_len(x) : x.u.fn->n;
        for (uint32_t i = 0; i < n; i++) {
            val v = x.kind == VAL_SEQ ? val_seq_at(x, i) : x.u.fn->rng[i];
            if (!part_in(w, loc, v, l->parts[1], part_expr(e, l, 1))) return;
        }
        return;
    }
    case LAZY_POWERSET:
        if (x.kind != VAL_SET) return;
        for (uint32_t i = 0; i < x.u.set->n && part_in(w, loc, x.u.set->elems[i], l->parts[0], part_expr(e, l, 0)); i++) {}
        return;
    default: return;   /* \cup, \cap, \, filters, UNION: a refusal there keeps tlc-c's words */
    }
}

/* x \in set where TLC cannot compare x with the members: its words, by the kind of set. A set of
 * values TLC keeps sorted (one held by a state or a constant) it searches by halves, x.compareTo(m);
 * one as written it scans, m.equals(x). */
_Noreturn static __attribute__((noinline, cold)) void fail_member_refused(eval_worker *w, syn_loc loc, val x, val set,
                                                                          const syn_expr *set_expr, bool sorted)
{
    if (set.kind == VAL_SET && sorted) {
        const val *met = member_met_by_halves(x, set.u.set);
        if (met) fail_in_tlc_words(w, loc, false, x, *met);
    } else if (set.kind == VAL_SET) {
        for (uint32_t i = 0; i < set.u.set->n; i++) {
            bool eq;
            val m = set.u.set->elems[i];
            val_status st = val_comparable(m, x) ? val_equal_status(m, x, &eq) : VAL_INCOMPARABLE;
            if (st == VAL_INCOMPARABLE) fail_refused(w, loc, true, m, x);
            if (st == VAL_OK && eq) break;
        }
    } else if (set.kind == VAL_LAZY && lazy_refuses_kind(x, set.u.lazy->kind)) {
        const char *xs = brief(w, x), *ss = brief(w, set);
        switch (set.u.lazy->kind) {
        case LAZY_INTERVAL: eval_fail(w, loc, "Attempted to check if the value:\n%s\nis in the integer interval %s", xs, ss);
        case LAZY_POWERSET: eval_fail(w, loc, "Attempted to check if the non-enumerable value\n%s\nis element of\n%s", xs, ss);
        case LAZY_FUNCSET:
            eval_fail(w, loc, "Attempted to check if \n%s\nwhich is not a TLC function value, is in the set of functions:\n%s",
                      xs, ss);
        case LAZY_RECSET: eval_fail(w, loc, "Attempted to check if non-record\n%s\nis in the set of records:\n%s", xs, ss);
        case LAZY_PRODUCT: eval_fail(w, loc, "Attempted to check if non-tuple\n%s\nis in the set of tuples:\n%s", xs, ss);
        default: eval_fail(w, loc, "Attempted to check if the value:\n%s\nis an element of %s.", xs, ss);
        }
    } else if (set.kind == VAL_LAZY) {
        find_part_refused(w, loc, x, set.u.lazy, set_expr);
    }
    eval_fail(w, loc, "attempted to check whether %s \\in %s, but TLC cannot compare it with that set's elements",
              brief(w, x), brief(w, set));
}

/* x \in v where v is not a set, in the words of v's kind in TLC (its member method). */
_Noreturn static __attribute__((noinline, cold)) void fail_not_a_set(eval_worker *w, syn_loc loc, val x, val v)
{
    const char *xs = brief(w, x), *vs = brief(w, v), *kind = NULL;
    if (v.kind == VAL_SEQ && !(v.hint & VAL_HINT_FCN)) eval_fail(w, loc, "Attempted to check set membership in a tuple value.");
    if (prints_as_record(v) && !(v.hint & VAL_HINT_FCN))
        eval_fail(w, loc, "Attempted to check if element:\n%s\nis in the record:\n%s", xs, vs);
    switch (v.kind) {
    case VAL_INT: kind = "the integer"; break;
    case VAL_STR: kind = "the string"; break;
    case VAL_BOOL: kind = "the boolean"; break;
    case VAL_MODEL: kind = "the model value"; break;
    case VAL_SEQ: case VAL_FUNC: kind = "the function"; break;
    default: eval_fail(w, loc, "\\in needs a set on its right, not %s", vs);
    }
    eval_fail(w, loc, "Attempted to check if the value:\n%s\nis an element of %s %s", xs, kind, vs);
}

/* x \in set failed with status st (set_expr: set's expression where known, else NULL). */
_Noreturn static __attribute__((noinline, cold)) void fail_member(eval_worker *w, val x, val set, syn_loc loc,
                                                                  const syn_expr *set_expr, val_status st)
{
    if (st == VAL_TYPE) fail_not_a_set(w, loc, x, set);
    if (st == VAL_UNDECIDABLE)
        eval_fail(w, loc, "cannot decide whether %s \\in %s: that needs the elements of an infinite set",
                  val_to_string(&w->scratch, x), val_to_string(&w->scratch, set));
    if (st == VAL_INCOMPARABLE) {
        if (w->member_parts || (set_expr && eval_builds_sourced(set_expr)))
            note_refusing_set(w, set_expr ? set_expr->loc : loc);
        fail_member_refused(w, loc, x, set, set_expr, true);
    }
    eval_check_failed(w, loc, st);
}

bool eval_builds_sourced(const syn_expr *e)
{
    e = sema_strip(e);
    switch (e->kind) {
    case SX_SET_ENUM: case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC: case SX_FUNC_SET: case SX_RECORD:
    case SX_RECORD_SET: case SX_TUPLE: case SX_CROSS: return true;
    default:
        return sema_is_builtin(e, B_POWERSET) || sema_is_builtin(e, B_UNION) || sema_is_builtin(e, B_DOMAIN) ||
               sema_is_builtin(e, B_CUP) || sema_is_builtin(e, B_CAP) || sema_is_builtin(e, B_SETMINUS);
    }
}

bool eval_member(eval_worker *w, val x, val set, syn_loc loc)
{
    bool in;
    val_status st = val_member(&w->scratch, x, set, &in);
    if (st != VAL_OK) fail_member(w, x, set, loc, NULL, st);
    return in;
}

bool eval_member_at(eval_worker *w, val x, val set, const syn_expr *set_expr)
{
    bool in;
    val_status st = val_member(&w->scratch, x, set, &in);
    if (st != VAL_OK) fail_member(w, x, set, set_expr->loc, set_expr, st);
    return in;
}

/* Members a and b of a set clash deeper than their kinds ({<<1, "a">>, <<"a", 1>>}): TLC, sorting
 * the members in the order made, compares the later with the earlier and stops. */
_Noreturn static void fail_members_clash(eval_worker *w, syn_loc loc, const val *built, size_t n, val a, val b)
{
    for (size_t i = 0; i < n; i++) {
        if (val_equal(built[i], a)) fail_refused(w, loc, false, b, a);
        if (val_equal(built[i], b)) fail_refused(w, loc, false, a, b);
    }
    fail_refused(w, loc, false, b, a);
}

/* TLC sorts a set's members one by one into the members before them, each compared first with the
 * greatest of those: the first member b = vs[i] of a kind the earlier ones do not compare with is
 * compared with their greatest (model values, which compare with all, left out), and TLC stops. */
_Noreturn static void fail_kinds_clash(eval_worker *w, syn_loc loc, const val *vs, size_t n, val b)
{
    const val *greatest = NULL;
    for (size_t i = 0; i < n && !(vs[i].kind == b.kind && val_equal(vs[i], b)); i++)
        if (vs[i].kind != VAL_MODEL && (!greatest || val_compare(vs[i], *greatest) > 0)) greatest = &vs[i];
    if (greatest) fail_in_tlc_words(w, loc, false, b, *greatest);
    eval_fail(w, loc, "attempted to compare %s with %s: TLC cannot put values of different kinds in one set",
              brief(w, b), greatest ? brief(w, *greatest) : "the set's other members");
}

/* Integers for Nat and Int, which TLC compares with each other; else the lazy kind itself. */
static val_lazy_kind overridden_family(val s)
{
    val_lazy_kind k = s.u.lazy->kind;
    return k == LAZY_INT ? LAZY_NAT : k;
}

/* x.compareTo(y) for sets x and y of which one is a value of TLC's Java overrides (Nat, Int, STRING,
 * Seq(S)): TLC compares such a value only with one of its own sort (and with model values), and
 * stops otherwise in the words of the side asked. */
static void fail_if_override_refuses(eval_worker *w, syn_loc loc, val x, val y)
{
    bool ox = eval_overridden_set(x), oy = eval_overridden_set(y);
    if (x.kind == VAL_MODEL || y.kind == VAL_MODEL || (!ox && !oy)) return;
    if (ox && oy) {
        if (overridden_family(x) != overridden_family(y))
            eval_fail_coded(w, loc, "Attempted to compare %s with the value\n%s", brief(w, x), brief(w, y));
        return;
    }
    if (ox)
        eval_fail(w, loc, "Attempted to compare overridden value %s with non-overridden value:\n%s", brief(w, x),
                  brief(w, y));
    val listed = x;   /* TLC's other sets compare as the sets they enumerate */
    if (x.kind == VAL_LAZY && val_enumerate(&w->scratch, x, &listed) != VAL_OK) listed = x;
    eval_fail(w, loc, "Attempted to compare the set %s with the value:\n%s", brief(w, listed), brief(w, y));
}

/* Does s hold Nat, Int, STRING or Seq(S) at any depth of sets of sets? (A listed set's members are of
 * one kind, model values aside, which come first: only a set whose last member is a set can.) */
static bool holds_overridden_deep(val s)
{
    if (eval_overridden_set(s)) return true;
    if (s.kind != VAL_SET || !s.u.set->n || !val_is_set(s.u.set->elems[s.u.set->n - 1])) return false;
    for (uint32_t i = s.u.set->n; i-- > 0 && val_is_set(s.u.set->elems[i]);)
        if (holds_overridden_deep(s.u.set->elems[i])) return true;
    return false;
}

/* x.equals(y) or x.compareTo(y) where x or y holds Nat, Int, STRING or Seq(S): two listed sets of one
 * size compare member by member until a pair differs (SetEnumValue), and TLC stops at the first
 * pair fail_if_override_refuses refuses. */
static void fail_if_override_refuses_deep(eval_worker *w, syn_loc loc, val x, val y)
{
    if (eval_overridden_set(x) || eval_overridden_set(y)) {
        fail_if_override_refuses(w, loc, x, y);
        return;
    }
    if (x.kind != VAL_SET || y.kind != VAL_SET || x.u.set->n != y.u.set->n) return;
    for (uint32_t i = 0; i < x.u.set->n; i++) {
        fail_if_override_refuses_deep(w, loc, x.u.set->elems[i], y.u.set->elems[i]);
        if (val_compare(x.u.set->elems[i], y.u.set->elems[i])) return;
    }
}

/* Sets among the members of a set being made, one of them holding Nat, Int, STRING or Seq(S): TLC's
 * sort (ValueVec.sort: each member in the order made searched by halves among those sorted before
 * it, member.compareTo(sorted)) stops at the first pair fail_if_override_refuses_deep refuses. */
static void sort_overridden_members(eval_worker *w, syn_loc loc, const val *vs, size_t n)
{
    size_t i = 0;
    while (i < n && !holds_overridden_deep(vs[i])) i++;
    if (i == n) return;
    val *sorted = arena_alloc(&w->scratch, sizeof(val) * n);
    size_t nsorted = 1;
    sorted[0] = vs[0];
    for (i = 1; i < n; i++) {
        size_t lo = 0, hi = nsorted;
        bool duplicate = false;
        while (lo < hi && !duplicate) {
            size_t mid = (lo + hi) / 2;
            fail_if_override_refuses_deep(w, loc, vs[i], sorted[mid]);
            int cmp = val_compare(vs[i], sorted[mid]);
            if (cmp < 0) hi = mid;
            else if (cmp > 0) lo = mid + 1;
            else duplicate = true;
        }
        if (duplicate) continue;
        memmove(&sorted[lo + 1], &sorted[lo], sizeof(val) * (nsorted - lo));
        sorted[lo] = vs[i];
        nsorted++;
    }
}

/* A set as the spec lists or maps its members ({a, b}, {e : x \in S}). TLC keeps such a set unsorted
 * until it needs it in order, and stops then if its members are of different kinds ({0, "none"});
 * tlc-c sorts at once, so it stops here; and where two members of one kind differ first in parts of
 * different kinds ({<<1, "a">>, <<"a", 1>>}), which TLC's sort compares. Membership in a set written
 * out or mapped does not sort it, in TLC as here (eval_member_listed, member_of_map). */
val eval_set_of(eval_worker *w, val *vs, size_t n, syn_loc loc)
{
    val a, b;
    if (n > 1 && val_kinds_clash(vs, n, &a, &b)) fail_kinds_clash(w, loc, vs, n, b);
    val *built = NULL;   /* the members in the order made, kept where they may clash deeper */
    if (n > 1 && vs[0].kind >= VAL_SET) {
        built = arena_alloc(&w->scratch, sizeof(val) * n);
        memcpy(built, vs, sizeof(val) * n);
        sort_overridden_members(w, loc, built, n);
    }
    val s = val_set_make(&w->scratch, vs, n);
    if (built && val_members_clash(s, &a, &b)) fail_members_clash(w, loc, built, n, a, b);
    return s;
}

/* x \in {vs[0], ..., vs[n-1]} written out: TLC looks for x in the order written, comparing as = does,
 * so that with members of different kinds it answers when it meets x before a member it cannot
 * compare x with (0 \in {0, "none"}), and stops otherwise, in the words of member.equals(x). */
bool eval_member_listed(eval_worker *w, val x, const val *vs, size_t n, syn_loc loc)
{
    for (size_t i = 0; i < n; i++) {
        val v = vs[i];
        if (v.kind == x.kind && v.kind >= VAL_INT && v.kind <= VAL_MODEL) {   /* u.i: the number or atom */
            if (v.u.i == x.u.i) return true;
        } else {
            bool eq;
            val_status st = val_comparable(v, x) ? val_equal_status(v, x, &eq) : VAL_INCOMPARABLE;
            if (st == VAL_OK && eq) return true;
            if (st == VAL_OK) continue;
            note_refusing_set(w, loc);   /* the set written out refuses x */
            return eval_equal(w, v, x, loc);   /* stops with the comparison's error */
        }
    }
    return false;
}

/* P(x) of the filter {y \in S : P}, x in S. */
static bool filter_admits(eval_worker *w, ctx c, val x, const syn_expr *filter)
{
    const syn_bound *b = &filter->u.q.bounds[0];
    ctx inner = c;
    if (b->tuple) {
        if (!val_is_seq(x) || val_len(x) != b->nnames) return false;
        for (uint32_t i = 0; i < b->nnames; i++) {
            env *e = arena_alloc(&w->scratch, sizeof *e);
            *e = (env){.binder = b->res[i], .kind = ENV_VALUE, .forced = true, .v = val_seq_at(x, i), .up = inner.env};
            inner.env = e;
        }
    } else {
        env *e = arena_alloc(&w->scratch, sizeof *e);
        *e = (env){.binder = b->res[0], .kind = ENV_VALUE, .forced = true, .v = x, .up = inner.env};
        inner.env = e;
    }
    return eval_truth(w, inner, filter->u.q.body);
}

/* x \in {y \in S : P}: test x \in S and P(x) without enumerating S (S may be Nat), as TLC does. */
static bool member_of_filter(eval_worker *w, ctx c, val x, const syn_expr *filter)
{
    if (!w->member_parts++) w->member_source = filter->loc;   /* TLC makes the filtered set (as member_of_set_op) */
    bool in_bound = eval_member_of(w, c, x, filter->u.q.bounds[0].set);
    w->member_parts--;
    return in_bound && filter_admits(w, c, x, filter);
}

typedef struct map_search { const syn_expr *body; val x; syn_loc loc; bool found; } map_search;

/* TLC looks for x among the images in the order made, each image.equals(x): it stops at one it
 * cannot compare x with (x = {"p"} against the image {0}). */
static bool map_image_is(eval_worker *w, void *data, ctx inner)
{
    map_search *ms = data;
    val v = eval_expr(w, inner, ms->body);
    bool eq;
    val_status st = val_comparable(v, ms->x) ? val_equal_status(v, ms->x, &eq) : VAL_INCOMPARABLE;
    if (st == VAL_INCOMPARABLE) {
        /* image.equals(x) met the error: the image, built by the map's body, has a place too */
        syn_loc sources[2] = {w->member_parts ? w->member_source : ms->loc, ms->body->loc};
        eval_fail_in_sources(w, sources, !w->member_parts && eval_builds_sourced(ms->body) ? 2 : 1);
        fail_refused(w, ms->loc, true, v, ms->x);
    }
    ms->found = st == VAL_OK ? eq : val_equal(v, ms->x);
    return !ms->found;
}

/* x \in {f : y \in S}: is x the image of some element of S? (The set itself is not built.) */
static bool member_of_map(eval_worker *w, ctx c, val x, const syn_expr *map)
{
    map_search ms = {map->u.q.body, x, map->loc, false};
    eval_for_bindings(w, c, map->u.q.bounds, map->u.q.nbounds, map->loc, map_image_is, &ms);
    return ms.found;
}

typedef struct union_search {
    val x;
    const syn_expr *image;
    syn_loc loc;
    bool listed;   /* every set listed: TLC made the union one list and scans it */
    bool found;
} union_search;

static bool union_image_has(eval_worker *w, void *data, ctx inner)
{
    union_search *us = data;
    us->found = eval_member_of(w, inner, us->x, us->image);
    return !us->found;
}

static bool union_elem_has(eval_worker *w, void *data, val set)
{
    union_search *us = data;
    us->found = us->listed ? eval_member_listed(w, us->x, set.u.set->elems, set.u.set->n, us->loc)
                           : eval_member(w, us->x, set, us->loc);
    return !us->found;
}

/* Is s a listed set of listed sets? (TLC's UnionValue.union makes the union of such sets one list,
 * in the order of their members, unsorted.) */
static bool all_listed(val s)
{
    if (s.kind != VAL_SET) return false;
    for (uint32_t i = 0; i < s.u.set->n; i++)
        if (s.u.set->elems[i].kind != VAL_SET) return false;
    return true;
}

/* UNION s of listed sets, one holding Nat, Int, STRING or Seq(S): TLC (UnionValue.union) adds each
 * member of each set in turn unless one added before equals it (added.equals(member), in the order
 * added), and stops at the first pair fail_if_override_refuses_deep refuses. */
static void fail_if_union_refuses(eval_worker *w, syn_loc loc, val s)
{
    if (!all_listed(s) || !holds_overridden_deep(s)) return;   /* else TLC's lazy UNION: enumerated, sorted */
    uint32_t total = 0;
    for (uint32_t i = 0; i < s.u.set->n; i++) total += s.u.set->elems[i].u.set->n;
    val *added = arena_alloc(&w->scratch, sizeof(val) * (total ? total : 1));
    uint32_t nadded = 0;
    for (uint32_t i = 0; i < s.u.set->n; i++) {
        const val_set *part = s.u.set->elems[i].u.set;
        for (uint32_t j = 0; j < part->n; j++) {
            bool found = false;
            for (uint32_t k = 0; k < nadded && !found; k++) {
                fail_if_override_refuses_deep(w, loc, added[k], part->elems[j]);
                found = !val_compare(added[k], part->elems[j]);
            }
            if (!found) added[nadded++] = part->elems[j];
        }
    }
}

/* x \in UNION M: is x in one of M's sets? For M = {e : y \in S}, x \in e for some y. */
static bool member_of_union(eval_worker *w, ctx c, val x, const syn_expr *sets)
{
    ctx where;
    const syn_expr *form = eval_set_form(w, c, sets, &where);
    union_search us = {x, NULL, sets->loc, false, false};
    if (form && form->kind == SX_SET_MAP) {
        us.image = form->u.q.body;
        eval_for_bindings(w, where, form->u.q.bounds, form->u.q.nbounds, form->loc, union_image_has, &us);
    } else {
        val s = eval_expr(w, c, sets);
        fail_if_union_refuses(w, sets->loc, s);
        us.listed = all_listed(s);
        eval_for_each(w, s, sets->loc, union_elem_has, &us);
    }
    return us.found;
}

/* An operand of x \in S \cup T, S \cap T or S \ T as TLC holds it: a set written out keeps its
 * members in the order written (TLC scans it, member.equals(x)); another its value. */
typedef struct set_operand {
    const syn_expr *e;
    val v;
    const val *items;   /* listed: the members as written */
    uint32_t n;
    bool listed;
} set_operand;

/* The members of the set written out `listed` (SX_SET_ENUM), evaluated in the order written: n of them. */
static val *written_members(eval_worker *w, ctx c, const syn_expr *listed, uint32_t *n)
{
    *n = listed->u.list.nitems;
    val *vs = arena_alloc(&w->scratch, sizeof(val) * (*n + 1));
    for (uint32_t i = 0; i < *n; i++) vs[i] = eval_expr(w, c, listed->u.list.items[i]);
    return vs;
}

/* Is e, an operand, a plain set (not itself a set form, taken as a tree: member_of_nested_operands)? */
static bool plain_operand(eval_worker *w, ctx c, const syn_expr *e)
{
    ctx where;
    return sema_strip(e)->kind == SX_SET_ENUM || !eval_set_form(w, c, e, &where);
}

static set_operand take_operand(eval_worker *w, ctx c, const syn_expr *e)
{
    const syn_expr *listed = sema_strip(e);
    set_operand op = {.e = e};
    if (listed->kind == SX_SET_ENUM) {
        op.items = written_members(w, c, listed, &op.n);
        op.listed = true;
        return op;
    }
    op.v = eval_expr(w, c, e);
    if (op.v.kind == VAL_SET) {
        op.items = op.v.u.set->elems;
        op.n = op.v.u.set->n;
    }
    return op;
}

static bool is_interval(val v) { return v.kind == VAL_LAZY && v.u.lazy->kind == LAZY_INTERVAL; }

/* TLC's Reducible values, which its \cup, \cap and \ build whole: a set listed, an interval. */
static bool reducible(val v) { return v.kind == VAL_SET || is_interval(v); }

/* ... or a set written out */
static bool operand_reducible(const set_operand *op) { return op->listed || reducible(op->v); }

static bool operand_has(eval_worker *w, val x, const set_operand *op)
{
    return op->listed ? eval_member_listed(w, x, op->items, op->n, op->e->loc) : eval_member_at(w, x, op->v, op->e);
}

/* Would TLC refuse to compare x with m, at the top or in their parts? */
static bool refuses(val x, val m)
{
    val px, pm;
    return !val_comparable(x, m) || val_clash_parts(x, m, &px, &pm);
}

/* Can x and an operand's member refuse to be compared (a listed set's members are of one kind,
 * model values, which come first, aside, and sorted without a clash in their parts: its first and
 * last stand for all)? Only then does TLC's way of building the set matter. */
static bool kinds_may_refuse(val x, const set_operand *ops, int nops)
{
    for (int k = 0; k < nops; k++) {
        const set_operand *op = &ops[k];
        if (is_interval(op->v) && !val_comparable(x, val_int(0))) return true;
        if (op->listed) {
            for (uint32_t i = 0; i < op->n; i++)
                if (refuses(x, op->items[i])) return true;
        } else if (op->n && (refuses(x, op->items[0]) || refuses(x, op->items[op->n - 1]))) {
            return true;
        }
    }
    return false;
}

/* Is s a set TLC does not enumerate (Nat, STRING, SUBSET S, ...), which it asks for the members of
 * t where it builds a set from t, and which may refuse them? */
static bool asks_lazily(const set_operand *s, const set_operand *t)
{
    return !s->listed && s->v.kind == VAL_LAZY && !is_interval(s->v) && operand_reducible(t);
}

/* Can a member of s and one of t refuse to be compared? (s's last member: a listed set's is of the
 * kind of all but model values; one written out with two kinds refuses x already, or x is a model
 * value, which TLC compares with all.) */
static bool operands_may_refuse(const set_operand *s, const set_operand *t)
{
    if (asks_lazily(s, t) || asks_lazily(t, s)) return true;
    if (is_interval(s->v)) return kinds_may_refuse(val_int(0), t, 1);
    return s->n && kinds_may_refuse(s->items[s->n - 1], t, 1);
}

/* A refusal met while TLC builds a set from the one written as `from` asking the one written as `in`
 * (either may be NULL: no place) for a member: the places of those TLC's values give, for the report. */
static void note_building_sources(eval_worker *w, const syn_expr *from, const syn_expr *in)
{
    syn_loc sources[2];
    uint32_t n = 0;
    if (from && eval_builds_sourced(from)) sources[n++] = sema_strip(from)->loc;   /* the value's own place */
    if (in && eval_builds_sourced(in)) sources[n++] = sema_strip(in)->loc;
    eval_fail_in_sources(w, sources, n);
}

static void note_operand_sources(eval_worker *w, const set_operand *from, const set_operand *in)
{
    note_building_sources(w, from != in ? from->e : NULL, in->e);
}

typedef struct collected { eval_worker *w; VEC(val) out; } collected;

static bool collect_member(void *data, val v)
{
    collected *cl = data;
    ARENA_VEC_PUSH(&cl->w->scratch, cl->out, v);
    return true;
}

/* The operand's members in TLC's order: as written, as listed, or the interval's. */
static const val *operand_members(eval_worker *w, const set_operand *op, uint32_t *n)
{
    if (op->items || op->listed) {
        *n = op->n;
        return op->items;
    }
    collected cl = {w, {0}};
    eval_check(w, op->e->loc, val_for_each(&w->scratch, op->v, collect_member, &cl));
    *n = (uint32_t)cl.out.len;
    return cl.out.items;
}

/* The operand's members as TLC enumerates them (its elements(), for \cup): sorted, a set written out
 * or built unsorted sorted first, where members of kinds TLC does not compare stop it (building the
 * union with `into` at `at`, whose place the error has, then the places of the two sets). */
static const val *enumerated_members(eval_worker *w, const set_operand *op, const set_operand *into, syn_loc at,
                                     uint32_t *n)
{
    const val *members = operand_members(w, op, n);
    if (!op->listed) return members;
    val *copy = arena_alloc(&w->scratch, sizeof(val) * (*n + 1));
    memcpy(copy, members, sizeof(val) * *n);
    val a, b;
    if (*n > 1 && val_kinds_clash(copy, *n, &a, &b)) note_operand_sources(w, into, op);   /* into.cup(op) stops */
    val sorted = eval_set_of(w, copy, *n, at);
    *n = sorted.u.set->n;
    return sorted.u.set->elems;
}

/* The lazy sets TLC asks on its way from the set it builds from to an operand (innermost first). */
typedef struct set_path {
    const syn_expr *e;
    const struct set_path *up;
} set_path;

/* A refusal met in `in` asked by way of the lazy sets `via` while TLC builds a set from `from`: the
 * places TLC's values give, from's first. */
static void note_path_sources(eval_worker *w, const set_operand *from, const set_path *via, const set_operand *in)
{
    const syn_expr *way[EVAL_ERROR_SOURCES];
    uint32_t n = 0;
    for (const set_path *p = via; p && n < EVAL_ERROR_SOURCES; p = p->up) way[n++] = p->e;
    syn_loc sources[EVAL_ERROR_SOURCES];
    uint32_t k = 0;
    if (from != in && eval_builds_sourced(from->e)) sources[k++] = from->e->loc;
    while (n > 0 && k < EVAL_ERROR_SOURCES)
        if (eval_builds_sourced(way[--n])) sources[k++] = way[n]->loc;
    if (k < EVAL_ERROR_SOURCES && eval_builds_sourced(in->e)) sources[k++] = in->e->loc;
    eval_fail_in_sources(w, sources, k);
}

/* Is m in the operand `in`, asked (by way of the lazy sets `via`) while TLC builds the set op at `at`
 * from `from`? A refusal there has the places of the sets that TLC's values give (in.member(m)
 * inside from's cap, diff or cup). */
static bool operand_has_building(eval_worker *w, val m, const set_operand *in, const set_operand *from,
                                 const set_path *via, syn_loc at)
{
    bool eq;
    if (in->listed) {
        for (uint32_t i = 0; i < in->n; i++) {
            val_status st = val_comparable(in->items[i], m) ? val_equal_status(in->items[i], m, &eq) : VAL_INCOMPARABLE;
            if (st == VAL_OK && eq) return true;
            if (st != VAL_OK) {
                note_path_sources(w, from, via, in);
                return eval_equal(w, in->items[i], m, at);   /* stops with the comparison's error */
            }
        }
        return false;
    }
    if (val_member(&w->scratch, m, in->v, &eq) == VAL_INCOMPARABLE) {
        note_path_sources(w, from, via, in);
        fail_member_refused(w, at, m, in->v, in->e, true);
    }
    return eval_member_at(w, m, in->v, in->e);
}

/* A nesting of \cup, \cap and \ over plain sets, maps and filters as TLC holds it: a leaf is an
 * operand (or a set TLC built whole from two); a node (b set), an operation TLC keeps lazy
 * (SetCupValue, SetCapValue, SetDiffValue), whose membership asks its parts; a filter TLC keeps lazy
 * (SetPredValue) asks its set, kid[0], then its predicate. */
typedef struct set_tree {
    sema_builtin b;   /* B_NONE: a leaf or a filter */
    const syn_expr *e;
    set_operand leaf;
    const syn_expr *filter;   /* non-NULL: a filter over kid[0], its predicate evaluated in `where` */
    ctx where;
    struct set_tree *kid[2];
} set_tree;

static bool tree_reducible(const set_tree *t) { return !t->filter && t->b == B_NONE && operand_reducible(&t->leaf); }

/* Is x in t, asked as TLC's lazy sets ask their parts? For \cup TLC looks in a set listed (written
 * out, a map) first (x \in Nat \cup {"none"}: in {"none"}), which decides whether it stops with an
 * error (0 \in Nat \cup {"none"}). */
static bool tree_has(eval_worker *w, val x, const set_tree *t)
{
    if (t->filter) return tree_has(w, x, t->kid[0]) && filter_admits(w, t->where, x, t->filter);
    if (t->b == B_NONE) return operand_has(w, x, &t->leaf);
    const set_tree *s = t->kid[0], *u = t->kid[1];
    if (t->b == B_CUP) {
        bool listed_second = u->b == B_NONE && u->leaf.listed && !(s->b == B_NONE && s->leaf.listed);
        return tree_has(w, x, listed_second ? u : s) || tree_has(w, x, listed_second ? s : u);
    }
    if (t->b == B_CAP) return tree_has(w, x, s) && tree_has(w, x, u);
    return tree_has(w, x, s) && !tree_has(w, x, u);
}

/* Is m in `in`, asked while TLC builds a set from `from`? */
static bool tree_has_building(eval_worker *w, val m, const set_tree *in, const set_operand *from,
                              const set_path *via, syn_loc at)
{
    if (in->b == B_NONE && !in->filter) return operand_has_building(w, m, &in->leaf, from, via, at);
    const set_path way = {in->e, via};
    const set_tree *s = in->kid[0], *u = in->kid[1];
    if (in->filter)   /* (TLC's SetPredValue gives no place) */
        return tree_has_building(w, m, s, from, via, at) && filter_admits(w, in->where, m, in->filter);
    if (in->b == B_CUP) {
        bool listed_second = u->b == B_NONE && u->leaf.listed && !(s->b == B_NONE && s->leaf.listed);
        return tree_has_building(w, m, listed_second ? u : s, from, &way, at) ||
               tree_has_building(w, m, listed_second ? s : u, from, &way, at);
    }
    if (in->b == B_CAP) return tree_has_building(w, m, s, from, &way, at) && tree_has_building(w, m, u, from, &way, at);
    return tree_has_building(w, m, s, from, &way, at) && !tree_has_building(w, m, u, from, &way, at);
}

/* The set s op t where TLC builds it whole (S.cap(T), S.diff(T), S.cup(T) for Reducible S, or
 * T.cap(S)): each member of the one enumerated looked for in the other, those kept in *out, scanned
 * where the set built is unsorted (from one written out, or a union), else searched by halves. `as`
 * the place the built set answers for (NULL: that of the set it was built from). False where TLC
 * keeps the set lazy. */
static bool build_whole(eval_worker *w, sema_builtin b, const set_tree *s, const set_tree *t, const syn_expr *as,
                        syn_loc at, set_operand *out)
{
    const set_tree *from = s, *in = t;
    if (!tree_reducible(s)) {
        if (b != B_CAP || !tree_reducible(t)) return false;
        from = t, in = s;
    }
    if (b == B_CUP && !tree_reducible(t)) return false;
    uint32_t ns = 0, n;   /* (S's members for \cup only: for T.cap(S), S may not be listed, as Nat) */
    const val *first = b == B_CUP ? operand_members(w, &s->leaf, &ns) : NULL;
    if (b == B_CUP && !ns) return *out = t->leaf, true;
    const val *members = b == B_CUP ? enumerated_members(w, &t->leaf, &s->leaf, at, &n) : operand_members(w, &from->leaf, &n);
    val *kept = arena_alloc(&w->scratch, sizeof(val) * (ns + n + 1));
    uint32_t nkept = 0;
    if (b == B_CUP) {   /* S's members, then those of T that S does not have */
        memcpy(kept, first, sizeof(val) * ns);
        nkept = ns;
        in = s;
    }
    for (uint32_t i = 0; i < n; i++)
        if (tree_has_building(w, members[i], in, &from->leaf, NULL, at) == (b == B_CAP)) kept[nkept++] = members[i];
    *out = (set_operand){.e = as ? as : from->leaf.e, .items = kept, .n = nkept};
    out->listed = b == B_CUP || from->leaf.listed;
    if (!out->listed) {
        out->v = val_set_make(&w->scratch, kept, nkept);
        out->items = out->v.u.set->elems;
        out->n = out->v.u.set->n;
    }
    return true;
}

/* x \in S op T as TLC answers it where it builds the set whole (build_whole). Returns false with
 * *decided unset where TLC keeps the set lazy. */
static bool member_built_whole(eval_worker *w, val x, sema_builtin b, const set_operand *s, const set_operand *t,
                               syn_loc at, bool *decided)
{
    set_tree ts = {.leaf = *s, .e = s->e}, tt = {.leaf = *t, .e = t->e};
    set_operand built;
    if (!build_whole(w, b, &ts, &tt, NULL, at, &built)) return false;
    *decided = true;
    return operand_has(w, x, &built);
}

static bool set_op_of(const syn_expr *e, sema_builtin *b)
{
    *b = sema_is_builtin(e, B_CUP) ? B_CUP : sema_is_builtin(e, B_CAP) ? B_CAP
       : sema_is_builtin(e, B_SETMINUS) ? B_SETMINUS : B_NONE;
    return *b != B_NONE;
}

typedef struct made_images { const syn_expr *body; VEC(val) out; } made_images;

static bool note_image(eval_worker *w, void *data, ctx inner)
{
    made_images *m = data;
    ARENA_VEC_PUSH(&w->scratch, m->out, eval_expr(w, inner, m->body));
    return true;
}

/* The map {e : y \in S} as TLC makes it, whole and unsorted: its images in the order made. */
static set_operand made_map(eval_worker *w, ctx c, const syn_expr *map)
{
    made_images m = {map->u.q.body, {0}};
    eval_for_bindings(w, c, map->u.q.bounds, map->u.q.nbounds, map->loc, note_image, &m);
    return (set_operand){.e = map, .items = m.out.items, .n = (uint32_t)m.out.len, .listed = true};
}

/* The nesting of \cup, \cap and \ e over plain sets, maps and filters, its operands evaluated in
 * TLC's order (left to right, all of them, a map whole, a filter's set but not its predicate). */
static set_tree *take_tree(eval_worker *w, ctx c, const syn_expr *e)
{
    set_tree *t = arena_alloc(&w->scratch, sizeof *t);
    *t = (set_tree){.e = e};
    ctx where;
    const syn_expr *form = sema_strip(e)->kind == SX_SET_ENUM ? NULL : eval_set_form(w, c, e, &where);
    if (!form || sema_is_builtin(form, B_UNION)) {   /* UNION too: TLC evaluates its set */
        t->leaf = take_operand(w, c, e);
        return t;
    }
    t->e = form;
    if (form->kind == SX_SET_MAP) {
        t->leaf = made_map(w, where, form);
        return t;
    }
    if (form->kind == SX_SET_FILTER) {
        t->filter = form;
        t->where = where;
        t->kid[0] = take_tree(w, where, form->u.q.bounds[0].set);
        return t;
    }
    set_op_of(form, &t->b);
    for (int k = 0; k < 2; k++) t->kid[k] = take_tree(w, where, form->u.apply.args[k]);
    return t;
}

enum { TREE_LEAVES_MAX = 16 };

static void tree_leaves(const set_tree *t, set_operand *leaves, int *n)
{
    if (t->filter) {
        tree_leaves(t->kid[0], leaves, n);
    } else if (t->b != B_NONE) {
        tree_leaves(t->kid[0], leaves, n);
        tree_leaves(t->kid[1], leaves, n);
    } else if (*n < TREE_LEAVES_MAX) {
        leaves[*n] = t->leaf;
        ++*n;
    } else {
        ++*n;   /* too many to look at: counted, taken as refusing */
    }
}

static bool tree_has_filter(const set_tree *t)
{
    if (t->filter) return true;
    return t->b != B_NONE && (tree_has_filter(t->kid[0]) || tree_has_filter(t->kid[1]));
}

/* Can x and a leaf's member, or members of two leaves, refuse to be compared? (Or a filter's
 * predicate stop on a member TLC asks it for, building a set from it, other than x?) */
static bool tree_may_refuse(val x, const set_tree *t)
{
    if (tree_has_filter(t)) return true;
    set_operand leaves[TREE_LEAVES_MAX];
    int n = 0;
    tree_leaves(t, leaves, &n);
    if (n > TREE_LEAVES_MAX || kinds_may_refuse(x, leaves, n)) return true;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            if (i != j && operands_may_refuse(&leaves[i], &leaves[j])) return true;
    return false;
}

/* t with each operation TLC builds whole (bottom up) made a leaf, at the place of its operation. */
static set_tree *tree_built(eval_worker *w, set_tree *t)
{
    if (t->filter) {
        t->kid[0] = tree_built(w, t->kid[0]);
        return t;
    }
    if (t->b == B_NONE) return t;
    t->kid[0] = tree_built(w, t->kid[0]);
    t->kid[1] = tree_built(w, t->kid[1]);
    set_operand built;
    if (!build_whole(w, t->b, t->kid[0], t->kid[1], t->e, t->e->loc, &built)) return t;
    set_tree *leaf = arena_alloc(&w->scratch, sizeof *leaf);
    *leaf = (set_tree){.e = t->e, .leaf = built};
    return leaf;
}

/* x \in e, a nesting of \cup, \cap and \ over plain sets, maps and filters, all evaluated as TLC
 * evaluates them: by parts where nothing can be refused, TLC's answer being the same; else in the set
 * TLC builds. */
static bool member_of_nested_operands(eval_worker *w, ctx c, val x, const syn_expr *e)
{
    set_tree *t = take_tree(w, c, e);
    if (!tree_may_refuse(x, t)) return tree_has(w, x, t);
    t = tree_built(w, t);
    return tree_has(w, x, t);
}

/* x \in S op T: with both operands plain sets, by parts (x \in S, x \in T) where x cannot be refused,
 * TLC's answer being the same, else as TLC builds it; with an operand itself a set form, as a tree. */
static bool member_of_plain_operands(eval_worker *w, ctx c, val x, const syn_expr *e)
{
    sema_builtin b = sema_is_builtin(e, B_CUP) ? B_CUP : sema_is_builtin(e, B_CAP) ? B_CAP : B_SETMINUS;
    syn_expr *const *a = e->u.apply.args;
    if (!plain_operand(w, c, a[0]) || !plain_operand(w, c, a[1])) return member_of_nested_operands(w, c, x, e);
    set_operand ops[2] = {take_operand(w, c, a[0]), take_operand(w, c, a[1])};
    if (kinds_may_refuse(x, ops, 2) || operands_may_refuse(&ops[0], &ops[1])) {
        bool decided = false;
        bool in = member_built_whole(w, x, b, &ops[0], &ops[1], e->loc, &decided);
        if (decided) return in;
    }
    if (b == B_CUP) {
        bool listed_second = ops[1].listed && !ops[0].listed;   /* as tree_has */
        return operand_has(w, x, &ops[listed_second]) || operand_has(w, x, &ops[!listed_second]);
    }
    if (b == B_CAP) return operand_has(w, x, &ops[0]) && operand_has(w, x, &ops[1]);
    return operand_has(w, x, &ops[0]) && !operand_has(w, x, &ops[1]);
}

static bool member_of_set_op_parts(eval_worker *w, ctx c, val x, const syn_expr *e)
{
    if (sema_is_builtin(e, B_UNION)) return member_of_union(w, c, x, e->u.apply.args[0]);
    return member_of_plain_operands(w, c, x, e);
}

/* x in a set operation's operands: TLC makes the set itself, which alone has a place for an error's
 * report (eval_error.sources), not its operands. */
static bool member_of_set_op(eval_worker *w, ctx c, val x, const syn_expr *e)
{
    if (!w->member_parts++) w->member_source = e->loc;
    bool in = member_of_set_op_parts(w, c, x, e);
    w->member_parts--;
    return in;
}

bool eval_member_of(eval_worker *w, ctx c, val x, const syn_expr *set_expr)
{
    const syn_expr *listed = sema_strip(set_expr);
    if (listed->kind == SX_SET_ENUM) {
        uint32_t n;
        const val *vs = written_members(w, c, listed, &n);
        return eval_member_listed(w, x, vs, n, set_expr->loc);
    }
    ctx where;
    const syn_expr *form = eval_set_form(w, c, set_expr, &where);
    if (!form) return eval_member_at(w, x, eval_expr(w, c, set_expr), set_expr);
    eval_enter_call(w, set_expr->loc, NULL);
    bool in;
    switch (form->kind) {
    case SX_SET_FILTER: in = member_of_filter(w, where, x, form); break;
    case SX_SET_MAP: in = member_of_map(w, where, x, form); break;
    default: in = member_of_set_op(w, where, x, form); break;
    }
    w->depth--;
    return in;
}

typedef struct refused_search {
    eval_worker *w;
    val set;
    val refused;      /* the first member refused by set */
    bool found;
} refused_search;

static bool note_refused(void *data, val x)
{
    refused_search *r = data;
    bool in;
    if (val_member(&r->w->scratch, x, r->set, &in) != VAL_INCOMPARABLE) return true;
    r->refused = x;
    r->found = true;
    return false;
}

/* The members of the set e as TLC holds them, some perhaps more than once or no longer in it (the
 * caller keeps those of e's value): a set written out in the order written; e1 \ e2 and e1 \cap e2
 * in the order of the operand whose diff or cap TLC calls (SetEnumValue keeps its order); e1 \cup e2
 * of two sets listed e1's, then e2's (added after); another set listed sorted, as TLC normalizes it.
 * NULL (*n 0): TLC's order is the sorted one. Evaluates e's parts again: only for an error's report,
 * in a pure program. */
static const val *tlc_listing(eval_worker *w, ctx c, const syn_expr *e, uint32_t *n)
{
    const syn_expr *s = sema_strip(e);
    syn_expr *const *a = s->kind == SX_APPLY ? s->u.apply.args : NULL;
    *n = 0;
    if (s->kind == SX_SET_ENUM) return written_members(w, c, s, n);
    if (sema_is_builtin(s, B_SETMINUS)) return tlc_listing(w, c, a[0], n);
    if (sema_is_builtin(s, B_CAP)) return tlc_listing(w, c, a[!reducible(eval_expr(w, c, a[0]))], n);
    if (sema_is_builtin(s, B_CUP)) {
        uint32_t n0;
        const val *first = tlc_listing(w, c, a[0], &n0);
        val second = eval_expr(w, c, a[1]);
        if (!first || second.kind != VAL_SET) return NULL;
        val *both = arena_alloc(&w->scratch, sizeof(val) * (n0 + second.u.set->n + 1));
        memcpy(both, first, sizeof(val) * n0);
        memcpy(both + n0, second.u.set->elems, sizeof(val) * second.u.set->n);
        *n = n0 + second.u.set->n;
        return both;
    }
    val v = eval_expr(w, c, e);
    if (v.kind != VAL_SET) return NULL;
    *n = v.u.set->n;
    return v.u.set->elems;
}

/* note_refused for each member of x, the value of x_expr, in TLC's order, until one is refused. */
static void find_refused(eval_worker *w, ctx c, val x, const syn_expr *x_expr, refused_search *r)
{
    uint32_t n = 0;
    const val *listed = x_expr && w->ep->pure ? tlc_listing(w, c, x_expr, &n) : NULL;
    if (!listed) {
        val_for_each(&w->scratch, x, note_refused, r);
        return;
    }
    for (uint32_t i = 0; i < n && !r->found; i++) {
        bool in;
        if (val_member(&w->scratch, listed[i], x, &in) == VAL_OK && in) note_refused(r, listed[i]);
    }
}

/* The set op b (\, \cap or \cup) built from x by asking y for each of x's members, where y refuses
 * one: TLC asks y.member(m) for each m of x in turn (tlc_listing's order), and stops at the first
 * refused in the words of that membership (y written out in the expression is scanned, one named
 * searched by halves). x_expr or y_expr NULL: that set has no place in the report (x_expr NULL: x's
 * members taken sorted, as TLC enumerates them). */
_Noreturn static __attribute__((noinline, cold)) void fail_set_op_refused(eval_worker *w, ctx c, syn_loc loc, val x,
                                                                          val y, const syn_expr *x_expr,
                                                                          const syn_expr *y_expr, sema_builtin b)
{
    refused_search r = {.w = w, .set = y};
    find_refused(w, c, x, x_expr, &r);
    if (r.found) {
        bool written = y_expr && sema_strip(y_expr)->kind == SX_SET_ENUM;
        note_building_sources(w, x_expr, y_expr);   /* x.diff(y) met the error inside y.member(m) */
        fail_member_refused(w, loc, r.refused, y, y_expr, !written);
    }
    eval_fail(w, loc, "attempted to compute %s %s %s, but TLC cannot compare their elements", brief(w, x),
              sema_builtin_name(b), brief(w, y));
}

/* x \ y, the builtin applied by e: a refusal in TLC's words for y's form. */
static val set_minus_at(eval_worker *w, ctx c, val x, val y, const syn_expr *e)
{
    val out;
    val_status st = val_set_minus(&w->scratch, x, y, &out);
    if (st == VAL_INCOMPARABLE)
        fail_set_op_refused(w, c, e->loc, x, y, e->u.apply.args[0], e->u.apply.args[1], B_SETMINUS);
    if (st != VAL_OK) return eval_builtin_values(w, B_SETMINUS, (val[]){x, y}, 2, e->loc);   /* its words */
    return out;
}

/* Does the listed set s hold Nat, Int, STRING or Seq(S)? (Its members are of one kind, model values
 * aside, which come first: only a set whose last member is a set can.) */
static bool holds_overridden(val s)
{
    if (s.kind != VAL_SET || !s.u.set->n || !val_is_set(s.u.set->elems[s.u.set->n - 1])) return false;
    for (uint32_t i = s.u.set->n; i-- > 0 && val_is_set(s.u.set->elems[i]);)
        if (eval_overridden_set(s.u.set->elems[i])) return true;
    return false;
}

/* Does x \cup y merge listed sets one of which holds Nat, Int, STRING or Seq(S) (where TLC may refuse
 * a pair: merge_overridden_members)? */
static bool cup_merges_overridden(val x, val y)
{
    return x.kind == VAL_SET && y.kind == VAL_SET && (holds_overridden(x) || holds_overridden(y));
}

/* x \cup y of listed sets, one holding Nat, Int, STRING or Seq(S): TLC merges their sorted members,
 * each of x's compared with y's (x[i].compareTo(y[j])), and stops at a pair it does not compare. */
static void merge_overridden_members(eval_worker *w, syn_loc loc, val x, val y)
{
    const val_set *a = x.u.set, *b = y.u.set;
    for (uint32_t i = 0, j = 0; i < a->n && j < b->n;) {
        fail_if_override_refuses(w, loc, a->elems[i], b->elems[j]);
        int c = val_compare(a->elems[i], b->elems[j]);
        i += c <= 0;
        j += c >= 0;
    }
}

static val set_binop(eval_worker *w, sema_builtin b, val x, val y, syn_loc loc)
{
    val out;
    val_status st;
    switch (b) {
    case B_CUP:
        if (cup_merges_overridden(x, y)) merge_overridden_members(w, loc, x, y);
        st = val_set_union(&w->scratch, x, y, &out);
        break;
    case B_CAP: st = val_set_intersect(&w->scratch, x, y, &out); break;
    default: st = val_set_minus(&w->scratch, x, y, &out); break;
    }
    if (st == VAL_TYPE)
        eval_fail(w, loc, "%s needs two sets, not %s and %s", sema_builtin_name(b), val_to_string(&w->scratch, x),
                  val_to_string(&w->scratch, y));
    if (st == VAL_INCOMPARABLE)
        eval_fail(w, loc, "attempted to compute %s %s %s, but TLC cannot compare their elements", brief(w, x),
                  sema_builtin_name(b), brief(w, y));
    eval_check(w, loc, st);
    return out;
}

/* x \cap y or x \cup y, the builtin applied by e, where TLC builds it whole: a member refused in the
 * words of that membership, as x \ y (x.cap(y): y.member(m) for each m of x; x.cup(y): x.member(m)
 * for each m of y, where only x, not y, has its place in the report). */
static val set_cap_cup_at(eval_worker *w, ctx c, sema_builtin b, val x, val y, const syn_expr *e)
{
    val out;
    const syn_expr *xe = e->u.apply.args[0], *ye = e->u.apply.args[1];
    if (b == B_CUP && cup_merges_overridden(x, y)) return set_binop(w, b, x, y, e->loc);
    if (b == B_CAP && reducible(x) != reducible(y) && (x.kind == VAL_SET || y.kind == VAL_SET)) {
        bool swap = !reducible(x);   /* x.cap(y) or y.cap(x): the lazy one asked for each listed member */
        refused_search r = {.w = w, .set = swap ? x : y};
        find_refused(w, c, swap ? y : x, swap ? ye : xe, &r);
        if (r.found) fail_set_op_refused(w, c, e->loc, swap ? y : x, swap ? x : y, swap ? ye : xe, swap ? xe : ye, b);
    }
    val_status st = b == B_CAP ? val_set_intersect(&w->scratch, x, y, &out) : val_set_union(&w->scratch, x, y, &out);
    if (st == VAL_OK) return out;
    if (st != VAL_INCOMPARABLE || !reducible(x) || !reducible(y)) return set_binop(w, b, x, y, e->loc);   /* its words */
    if (b == B_CAP) fail_set_op_refused(w, c, e->loc, x, y, xe, ye, b);
    fail_set_op_refused(w, c, e->loc, y, x, NULL, xe, b);   /* x.member(m) threw inside x alone */
}

val eval_builtin_applied(eval_worker *w, ctx c, sema_builtin b, const val *a, const syn_expr *e)
{
    if (b == B_SETMINUS) return set_minus_at(w, c, a[0], a[1], e);
    if (b == B_CAP || b == B_CUP) return set_cap_cup_at(w, c, b, a[0], a[1], e);
    return eval_builtin_values(w, b, a, e->u.apply.nargs, e->loc);
}

/* A set TLC does not enumerate: an infinite one, or Seq(S) whatever S (a Java override's value). */
static bool tlc_unenumerable(eval_worker *w, val s)
{
    int64_t n;
    return s.kind == VAL_LAZY &&
           (s.u.lazy->kind == LAZY_SEQSET || val_cardinality(&w->scratch, s, &n) == VAL_INFINITE);
}

static bool subset_eq(eval_worker *w, val x, val y, syn_loc loc)
{
    bool r;
    /* TLC enumerates S of S \subseteq T, where tlc-c could decide it from the sets' structure */
    if (tlc_unenumerable(w, x)) {
        char where[UTIL_LOC_SPAN_MAX];
        util_loc_span(&loc, where, sizeof where);
        eval_fail(w, loc, "Attempted to evaluate an expression of form S \\subseteq T, but S was not enumerable.\n%s",
                  where);
    }
    val_status st = val_subseteq(&w->scratch, x, y, &r);
    if (st == VAL_TYPE) eval_fail(w, loc, "\\subseteq needs two sets");
    if (st == VAL_INCOMPARABLE)
        eval_fail(w, loc, "attempted to check whether %s \\subseteq %s, but TLC cannot compare their elements",
                  brief(w, x), brief(w, y));
    if (st == VAL_UNDECIDABLE)
        eval_fail(w, loc, "cannot decide whether %s \\subseteq %s: that needs the elements of an infinite set",
                  val_to_string(&w->scratch, x), val_to_string(&w->scratch, y));
    eval_check(w, loc, st);
    return r;
}

/* Builtins whose arguments are all values (also used when a builtin is passed as an operator). */
val eval_builtin_values(eval_worker *w, sema_builtin b, const val *a, uint32_t n, syn_loc loc)
{
    switch (b) {
    case B_TRUE: return val_bool(true);
    case B_FALSE: return val_bool(false);
    case B_BOOLEAN: return val_boolean_set(&w->scratch);
    case B_STRING: return val_string_set();
    case B_EQ: return val_bool(eval_equal(w, a[0], a[1], loc));
    case B_NEQ: return val_bool(!eval_equal(w, a[0], a[1], loc));
    case B_IN: return val_bool(eval_member(w, a[0], a[1], loc));
    case B_NOTIN: return val_bool(!eval_member(w, a[0], a[1], loc));
    case B_SUBSETEQ: return val_bool(subset_eq(w, a[0], a[1], loc));
    case B_CUP: case B_CAP: case B_SETMINUS: return set_binop(w, b, a[0], a[1], loc);
    case B_POWERSET: return val_powerset_make(&w->scratch, a[0]);
    case B_UNION: {
        val out;
        fail_if_union_refuses(w, loc, a[0]);
        eval_check(w, loc, val_big_union(&w->scratch, a[0], &out));
        return out;
    }
    case B_DOMAIN: {
        val out;
        val_status st = val_domain(&w->scratch, a[0], &out);
        if (st == VAL_TYPE) fail_domain_not_function(w, loc, a[0]);
        eval_check(w, loc, st);
        return out;
    }
    case B_NOT:
        if (!val_is_bool(a[0])) eval_fail_not_negatable(w, loc, a[0]);
        return val_bool(!val_get_bool(a[0]));
    case B_AND: case B_OR: case B_IMPLIES: case B_EQUIV:
        for (uint32_t i = 0; i < n; i++) {
            if (!val_is_bool(a[i]) && b == B_EQUIV) eval_fail_equiv_not_boolean(w, loc);
            if (!val_is_bool(a[i])) eval_fail(w, loc, "%s needs Booleans", sema_builtin_name(b));
        }
        if (b == B_AND) return val_bool(val_get_bool(a[0]) && val_get_bool(a[1]));
        if (b == B_OR) return val_bool(val_get_bool(a[0]) || val_get_bool(a[1]));
        if (b == B_IMPLIES) return val_bool(!val_get_bool(a[0]) || val_get_bool(a[1]));
        return val_bool(val_get_bool(a[0]) == val_get_bool(a[1]));
    default:
        eval_fail(w, loc, "the operator %s cannot be applied to values here", sema_builtin_name(b));
    }
}

val eval_builtin(eval_worker *w, ctx c, const syn_expr *e, sema_builtin b)
{
    syn_expr *const *args = e->u.apply.args;
    switch (b) {
    case B_AND:
        return val_bool(eval_truth_in(w, c, e, args[0]) && eval_truth_in(w, c, e, args[1]));
    case B_OR:
        return val_bool(eval_truth_in(w, c, e, args[0]) || eval_truth_in(w, c, e, args[1]));
    case B_IMPLIES:
        return val_bool(!eval_truth_in(w, c, e, args[0]) || eval_truth_in(w, c, e, args[1]));
    case B_IN: return val_bool(eval_member_of(w, c, eval_expr(w, c, args[0]), args[1]));
    case B_NOTIN: return val_bool(!eval_member_of(w, c, eval_expr(w, c, args[0]), args[1]));
    case B_PRIME: {
        if (ctx_primed(c)) eval_fail(w, e->loc, "a primed expression cannot be primed again");
        ctx p = c;
        p = ctx_primed_as(p, true);
        return eval_expr(w, p, args[0]);
    }
    case B_UNCHANGED: {
        ctx p = c;
        p = ctx_primed_as(p, true);
        return val_bool(eval_equal(w, eval_expr(w, p, args[0]), eval_expr(w, c, args[0]), e->loc));
    }
    case B_ENABLED: return val_bool(eval_enabled(w, c, args[0]));
    case B_ALWAYS: case B_EVENTUALLY: case B_LEADSTO: case B_PLUSARROW:
        eval_fail(w, e->loc, "the temporal operator %s cannot be evaluated in a single state", sema_builtin_name(b));
    case B_CDOT: return val_bool(eval_composition(w, c, e));
    default: break;
    }
    val a[2];
    uint32_t n = e->u.apply.nargs;
    for (uint32_t i = 0; i < n && i < 2; i++) a[i] = eval_expr(w, c, args[i]);
    return eval_builtin_applied(w, c, b, a, e);
}
