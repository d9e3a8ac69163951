/* native.c - argument access for native operators, and the registry that maps (module, operator)
 * of the tool's own library to C implementations. The modules' TLA+ text states each operator's
 * meaning; the code here computes it fast. */
#include "eval_internal.h"

#include <stdarg.h>
#include <string.h>

opval native_op_arg(native_call *call, uint32_t i)
{
    if (call->vals) native_fail(call, "an operator argument cannot be passed through a higher-order parameter here");
    return eval_op_arg(call->w, call->c, call->args[i]);
}

static syn_loc arg_loc(native_call *call, uint32_t i)
{
    return call->args ? call->args[i]->loc : call->loc;
}

void native_int_failed(native_call *call, uint32_t i, val v)
{
    eval_fail_coded(call->w, arg_loc(call, i), "expected an integer but the value is %s",
                    val_to_string(&call->w->scratch, v));
}

void native_int_compare_failed(eval_worker *w, syn_loc loc, const char *op, uint32_t i, val v)
{
    eval_fail_coded(w, loc, "The %s argument of %s should be an integer, but instead it is:\n%s", i ? "second" : "first",
                    op, val_to_string(&w->scratch, v));
}

/* The class of TLC's that holds a value like v (as TLC would have built it, where tlc-c knows). */
static const char *java_class(val v)
{
    switch (v.kind) {
    case VAL_BOOL: return "BoolValue";
    case VAL_INT: return "IntValue";
    case VAL_STR: return "StringValue";
    case VAL_MODEL: return "ModelValue";
    case VAL_SET: return "SetEnumValue";
    case VAL_SEQ: return v.hint & VAL_HINT_FCN ? "FcnRcdValue" : "TupleValue";
    case VAL_FUNC: {
        for (uint32_t i = 0; i < v.u.fn->n; i++)
            if (!val_is_str(v.u.fn->dom[i])) return "FcnRcdValue";
        return "RecordValue";
    }
    case VAL_LAZY:
        switch (v.u.lazy->kind) {
        case LAZY_INTERVAL: return "IntervalValue";
        case LAZY_POWERSET: return "SubsetValue";
        case LAZY_FUNCSET: return "SetOfFcnsValue";
        case LAZY_RECSET: return "SetOfRcdsValue";
        case LAZY_PRODUCT: return "SetOfTuplesValue";
        case LAZY_CUP: return "SetCupValue";
        case LAZY_CAP: return "SetCapValue";
        case LAZY_MINUS: return "SetDiffValue";
        case LAZY_FILTER: return "SetPredValue";
        case LAZY_BIGUNION: return "UnionValue";
        default: return "UserValue";
        }
    default: return "Value";
    }
}

/* TLC names the method of the class that overrides the operator: Integers' where the spec loads
 * Integers, Naturals' otherwise (`java` names Integers'). */
static const char *overriding_method(eval_worker *w, const char *java)
{
    static const char integers[] = "tlc2.module.Integers.";
    const char *at = strstr(java, integers);
    if (!at || sema_find_module(w->ep->sema, util_intern("Integers"))) return java;
    return arena_printf(&w->scratch, "%.*stlc2.module.Naturals.%s", (int)(at - java), java, at + strlen(integers));
}

void native_int_cast_failed(eval_worker *w, syn_loc loc, const char *java, val v)
{
    eval_fail_kind(w, EVAL_KIND_NATIVE_FAILED, loc,
              "Attempted to apply the operator overridden by the Java method\n%s,\nbut it produced the following "
              "error:\nCannot cast tlc2.value.impl.%s to tlc2.value.impl.IntValue",
              overriding_method(w, java), java_class(v));
}

static val enumerate_at(native_call *call, val v, syn_loc loc)
{
    val out;
    val_status st = val_enumerate(&call->w->scratch, v, &out);
    if (st == VAL_TYPE)
        eval_fail_coded(call->w, loc, "expected a set but the value is %s", val_to_string(&call->w->scratch, v));
    /* TLC's enumeration of an infinite set is an error of its core, raised uncoded */
    if (st == VAL_INFINITE)
        eval_fail(call->w, loc, "cannot enumerate the infinite set %s", val_to_string(&call->w->scratch, v));
    eval_check(call->w, loc, st);
    return out;
}

val native_set_arg(native_call *call, uint32_t i) { return enumerate_at(call, native_arg(call, i), arg_loc(call, i)); }

val native_enumerate(native_call *call, val set) { return enumerate_at(call, set, call->loc); }

val native_seq_arg(native_call *call, uint32_t i, const char *op)
{
    val s = native_arg(call, i);
    if (!val_is_seq(s))
        eval_fail_coded(call->w, arg_loc(call, i), "%s needs a sequence, not %s", op,
                        val_to_string(&call->w->scratch, s));
    return s;
}

val native_func_arg(native_call *call, uint32_t i, const char *op)
{
    val f = native_arg(call, i);
    if (!val_is_func(f))
        eval_fail(call->w, arg_loc(call, i), "%s needs a function, not %s", op, val_to_string(&call->w->scratch, f));
    return f;
}

native_points native_points_of(val f)
{
    if (f.kind == VAL_SEQ) return (native_points){f.u.seq->n, NULL, f.u.seq->elems};
    return (native_points){f.u.fn->n, f.u.fn->dom, f.u.fn->rng};
}

val native_apply(native_call *call, const opval *op, const val *args, uint32_t nargs)
{
    return eval_apply_op(call->w, op, args, nargs, call->loc);
}

bool native_holds(native_call *call, const opval *op, val x)
{
    val b = eval_apply_op(call->w, op, &x, 1, call->loc);
    if (!val_is_bool(b))
        native_fail(call, "the predicate must return a Boolean, not %s", val_to_string(&call->w->scratch, b));
    return val_get_bool(b);
}

bool native_equal(native_call *call, val a, val b) { return eval_equal(call->w, a, b, call->loc); }

_Noreturn void native_fail(native_call *call, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    eval_fail_coded(call->w, call->loc, "%s", buf);   /* as TLC's modules report their errors */
}

void native_text_put(native_text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2 + 64;
        char *grown = arena_alloc(t->a, cap);
        if (t->len) memcpy(grown, t->s, t->len);
        t->s = grown;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = 0;
}

void native_text_printf(native_text *t, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = arena_alloc(t->a, (size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    native_text_put(t, s, (size_t)n);
}

void native_list_push(native_list *l, val v)
{
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        val *grown = arena_alloc(l->a, sizeof(val) * l->cap);
        if (l->len) memcpy(grown, l->items, sizeof(val) * l->len);
        l->items = grown;
    }
    l->items[l->len++] = v;
}

/* Every module's table ends with {NULL, NULL, NULL}; the tables are in native_*.c. */
extern const native_entry native_standard[];
extern const native_entry native_random[];
extern const native_entry native_community[];
extern const native_entry native_seqext[];
extern const native_entry native_graphs[];
extern const native_entry native_io[];
extern const native_entry native_json[];
extern const native_entry native_statistics[];
extern const native_entry native_svg[];

native_fn eval_find_native(atom module, atom name)
{
    const native_entry *tables[] = {native_standard, native_random, native_community, native_seqext, native_graphs,
                                    native_io, native_json, native_statistics, native_svg};
    for (size_t t = 0; t < sizeof tables / sizeof *tables; t++)
        for (const native_entry *e = tables[t]; e->module; e++)
            if (strcmp(e->module, module) == 0 && strcmp(e->name, name) == 0) return e->fn;
    return NULL;
}

bool eval_def_impure(const sema_def *d)
{
    static const char *const modules[] = {"IOUtils", "CSV", "Json", "Randomization", "TLCExt", "SVG"};
    static const char *const in_tlc[] = {"Print", "PrintT", "JavaTime", "TLCGet", "TLCSet", "RandomElement"};
    /* IOUtils' operators of the environment (fixed for the run) and of their arguments alone */
    static const char *const pure_io[] = {"IOEnv", "atoi", "zeroPadN"};
    if (!d->module || !d->module->is_standard) return false;
    const char *m = d->module->name;
    if (!strcmp(m, "IOUtils"))
        for (size_t i = 0; i < sizeof pure_io / sizeof *pure_io; i++)
            if (!strcmp(d->name, pure_io[i])) return false;
    for (size_t i = 0; i < sizeof modules / sizeof *modules; i++)
        if (!strcmp(m, modules[i])) return true;
    if (strcmp(m, "TLC")) return false;
    for (size_t i = 0; i < sizeof in_tlc / sizeof *in_tlc; i++)
        if (!strcmp(d->name, in_tlc[i])) return true;
    return false;
}
