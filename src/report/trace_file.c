/* trace_file.c - counterexamples written to files for tools and people to read later (-dumpTrace):
 *
 *  - json: TLC's JSON trace, {"counterexample": {"action": [...], "state": [...]}, "vars": [...]},
 *    values as TLC's Json.java maps them (sets and sequences are arrays, records objects, other
 *    functions objects keyed by their printed domain values).
 *  - tla: TLC's _TLAPlusCounterExample module, CounterExample == [action |-> {...}, state |-> {...}].
 *  - itf: Apalache's Informal Trace Format (ADR-015): #meta, vars, states, loop; integers as
 *    #bigint, sets #set, functions #map, infinite sets #unserializable.
 *
 * In the first two a step is <<<<i, s>>, [name, location, context, parameters], <<j, t>>>>, a state
 * <<i, s>> (1-based, a lasso's closing step going back to j <= i), as TLC's CounterExample. */
#include "report.h"

#include <errno.h>
#include <string.h>

void report_json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

/* A set's elements (lazy sets enumerated), in the order TLC lists them: false for a set that
 * cannot be listed. */
static bool set_elements(arena *a, val s, val *out)
{
    if (s.kind != VAL_SET && val_enumerate(a, s, &s) != VAL_OK) return false;
    *out = s;   /* canonical order is TLC's */
    return true;
}

/* A record as TLC builds one: a function on strings not built as a function. */
static bool is_record(val v)
{
    if (v.kind != VAL_FUNC || (v.hint & VAL_HINT_FCN) || !v.u.fn->n) return false;
    for (uint32_t i = 0; i < v.u.fn->n; i++)
        if (!val_is_str(v.u.fn->dom[i])) return false;
    return true;
}

/* The action's name alone (a replayed trace's names carry their arguments' values). */
static const char *action_name(const eval_action *a) { return a->def ? a->def->name : a->name; }

/* ---- TLC's JSON --------------------------------------------------------------------------------- */

typedef void (*value_fn)(FILE *out, arena *a, val v);

/* A JSON array of values, each written by `value`. */
static void list_of(FILE *out, arena *a, const val *xs, uint32_t n, value_fn value)
{
    fputc('[', out);
    for (uint32_t i = 0; i < n; i++) {
        if (i) fputc(',', out);
        value(out, a, xs[i]);
    }
    fputc(']', out);
}

static void json_value(FILE *out, arena *a, val v);

static void json_list(FILE *out, arena *a, const val *xs, uint32_t n) { list_of(out, a, xs, n, json_value); }

static void json_value(FILE *out, arena *a, val v)
{
    val e;
    switch (v.kind) {
    case VAL_BOOL: fputs(val_get_bool(v) ? "true" : "false", out); return;
    case VAL_INT: fprintf(out, "%lld", (long long)val_get_int(v)); return;
    case VAL_STR: case VAL_MODEL: report_json_string(out, v.u.s); return;
    case VAL_SEQ: json_list(out, a, v.u.seq->elems, v.u.seq->n); return;
    case VAL_FUNC:
        fputc('{', out);
        for (uint32_t i = 0; i < v.u.fn->n; i++) {
            val k = v.u.fn->dom[i];
            if (i) fputc(',', out);
            report_json_string(out, val_is_str(k) ? val_get_str(k) : val_to_string(a, k));
            fputc(':', out);
            json_value(out, a, v.u.fn->rng[i]);
        }
        fputc('}', out);
        return;
    default:
        /* TLC cannot write an infinite set either; its printed form says what it was */
        if (set_elements(a, v, &e)) json_list(out, a, e.u.set->elems, e.u.set->n);
        else report_json_string(out, val_to_string(a, v));
        return;
    }
}

static void json_state(FILE *out, arena *a, const report_cex *c, uint32_t index, const val *vars)
{
    fprintf(out, "[%u,{", index);
    for (uint32_t i = 0; i < c->p->nvars; i++) {
        if (i) fputc(',', out);
        report_json_string(out, c->p->variables[i]->name);
        fputc(':', out);
        json_value(out, a, vars[i]);
    }
    fputs("}]", out);
}

static void json_action(FILE *out, arena *a, const report_step *s)
{
    const eval_action *act = s->action;
    fputs("{\"name\":", out);
    report_json_string(out, action_name(act));
    fprintf(out, ",\"location\":{\"beginLine\":%u,\"beginColumn\":%u,\"endLine\":%u,\"endColumn\":%u,\"module\":",
            act->loc.line, act->loc.col, act->loc.end_line, act->loc.end_col);
    report_json_string(out, act->module);
    fputc('}', out);
    if (s->args && act->def && act->def->nparams) {
        fputs(",\"context\":{", out);
        for (uint32_t i = 0; i < act->def->nparams; i++) {
            if (i) fputc(',', out);
            report_json_string(out, act->def->params[i]->name);
            fputc(':', out);
            json_value(out, a, s->args[i]);
        }
        fputs("},\"parameters\":[", out);
        for (uint32_t i = 0; i < act->def->nparams; i++) {
            if (i) fputc(',', out);
            report_json_string(out, act->def->params[i]->name);
        }
        fputc(']', out);
    }
    fputc('}', out);
}

static void json_step(FILE *out, arena *a, const report_cex *c, uint32_t from, uint32_t to, const report_step *s)
{
    fputc('[', out);
    json_state(out, a, c, from + 1, c->states[from].vars);
    fputc(',', out);
    json_action(out, a, s);
    fputc(',', out);
    json_state(out, a, c, to + 1, c->states[to].vars);
    fputc(']', out);
}

static void write_json(FILE *out, arena *a, const report_cex *c)
{
    fputs("{\"counterexample\":{\"action\":[", out);
    bool first = true;
    for (uint32_t i = 1; i < c->n; i++, first = false) {
        if (!first) fputc(',', out);
        json_step(out, a, c, i - 1, i, &c->states[i]);
    }
    if (c->loop >= 0 && c->back.action) {
        if (!first) fputc(',', out);
        json_step(out, a, c, c->n - 1, (uint32_t)c->loop, &c->back);
    }
    fputs("],\"state\":[", out);
    for (uint32_t i = 0; i < c->n; i++) {
        if (i) fputc(',', out);
        json_state(out, a, c, i + 1, c->states[i].vars);
    }
    fputs("]},\"vars\":[", out);
    for (uint32_t i = 0; i < c->p->nvars; i++) {
        if (i) fputc(',', out);
        report_json_string(out, c->p->variables[i]->name);
    }
    fputs("]}\n", out);
}

/* ---- TLC's _TLAPlusCounterExample module ------------------------------------------------------- */

static void tla_state(FILE *out, const report_cex *c, uint32_t index, const val *vars)
{
    fprintf(out, "<<%u, [", index);
    for (uint32_t i = 0; i < c->p->nvars; i++) {
        fprintf(out, "%s%s |-> ", i ? ", " : "", c->p->variables[i]->name);
        val_print(out, vars[i]);
    }
    fputs("]>>", out);
}

static void tla_step(FILE *out, const report_cex *c, uint32_t from, uint32_t to, const report_step *s)
{
    const eval_action *act = s->action;
    fputs("<<", out);
    tla_state(out, c, from + 1, c->states[from].vars);
    fprintf(out, ", [name |-> ");
    report_json_string(out, action_name(act));   /* a TLA+ string literal: the same escapes */
    fprintf(out, ", location |-> [beginLine |-> %u, beginColumn |-> %u, endLine |-> %u, endColumn |-> %u, module |-> ",
            act->loc.line, act->loc.col, act->loc.end_line, act->loc.end_col);
    report_json_string(out, act->module);
    fputc(']', out);
    if (s->args && act->def && act->def->nparams) {
        fputs(", context |-> [", out);
        for (uint32_t i = 0; i < act->def->nparams; i++) {
            fprintf(out, "%s%s |-> ", i ? ", " : "", act->def->params[i]->name);
            val_print(out, s->args[i]);
        }
        fputs("], parameters |-> <<", out);
        for (uint32_t i = 0; i < act->def->nparams; i++) {
            if (i) fputs(", ", out);
            report_json_string(out, act->def->params[i]->name);
        }
        fputs(">>", out);
    }
    fputs("], ", out);
    tla_state(out, c, to + 1, c->states[to].vars);
    fputs(">>", out);
}

/* The module's name: the file's, without folders and ".tla". */
static const char *module_name(arena *a, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 4 && !strcmp(base + n - 4, ".tla")) n -= 4;
    return arena_strndup(a, base, n);
}

static void write_tla(FILE *out, arena *a, const report_cex *c, const char *path)
{
    /* Integers as well as TLC: a negative number in a value must parse */
    fprintf(out, "---- MODULE %s ----\nLOCAL INSTANCE TLC\nLOCAL INSTANCE Integers\n\nCounterExample == \n\t[action |-> {",
            module_name(a, path));
    bool first = true;
    for (uint32_t i = 1; i < c->n; i++, first = false) {
        if (!first) fputs(", ", out);
        tla_step(out, c, i - 1, i, &c->states[i]);
    }
    if (c->loop >= 0 && c->back.action) {
        if (!first) fputs(", ", out);
        tla_step(out, c, c->n - 1, (uint32_t)c->loop, &c->back);
    }
    fputs("},\n\t state |-> {", out);
    for (uint32_t i = 0; i < c->n; i++) {
        if (i) fputs(", ", out);
        tla_state(out, c, i + 1, c->states[i].vars);
    }
    fputs("}]\n\n====\n", out);
}

/* ---- ITF ------------------------------------------------------------------------------------------ */

static void itf_value(FILE *out, arena *a, val v);

static void itf_list(FILE *out, arena *a, const val *xs, uint32_t n) { list_of(out, a, xs, n, itf_value); }

/* Record field names must not start with '#' (ITF's own keys). */
static bool itf_record(val v)
{
    if (!is_record(v)) return false;
    for (uint32_t i = 0; i < v.u.fn->n; i++)
        if (val_get_str(v.u.fn->dom[i])[0] == '#') return false;
    return true;
}

static void itf_value(FILE *out, arena *a, val v)
{
    val e;
    switch (v.kind) {
    case VAL_BOOL: fputs(val_get_bool(v) ? "true" : "false", out); return;
    case VAL_INT: fprintf(out, "{\"#bigint\":\"%lld\"}", (long long)val_get_int(v)); return;
    case VAL_STR: case VAL_MODEL: report_json_string(out, v.u.s); return;
    case VAL_SEQ: itf_list(out, a, v.u.seq->elems, v.u.seq->n); return;
    case VAL_FUNC:
        if (itf_record(v)) {
            fputc('{', out);
            for (uint32_t i = 0; i < v.u.fn->n; i++) {
                if (i) fputc(',', out);
                report_json_string(out, val_get_str(v.u.fn->dom[i]));
                fputc(':', out);
                itf_value(out, a, v.u.fn->rng[i]);
            }
            fputc('}', out);
            return;
        }
        fputs("{\"#map\":[", out);
        for (uint32_t i = 0; i < v.u.fn->n; i++) {
            fputs(i ? ",[" : "[", out);
            itf_value(out, a, v.u.fn->dom[i]);
            fputc(',', out);
            itf_value(out, a, v.u.fn->rng[i]);
            fputc(']', out);
        }
        fputs("]}", out);
        return;
    default:
        if (set_elements(a, v, &e)) {
            fputs("{\"#set\":", out);
            itf_list(out, a, e.u.set->elems, e.u.set->n);
            fputc('}', out);
        } else {
            fputs("{\"#unserializable\":", out);
            report_json_string(out, val_to_string(a, v));
            fputc('}', out);
        }
        return;
    }
}

static void itf_with(FILE *out, arena *a, const report_cex *c)
{
    fputs("{\"#meta\":{\"format\":\"ITF\",\"format-description\":\"https://apalache-mc.org/docs/adr/015adr-trace.html\","
          "\"source\":",
          out);
    report_json_string(out, c->spec ? c->spec : "");
    fprintf(out, ",\"description\":\"Created by tlc-c %s\"},\"vars\":[", TLCC_VERSION);
    for (uint32_t i = 0; i < c->p->nvars; i++) {
        if (i) fputc(',', out);
        report_json_string(out, c->p->variables[i]->name);
    }
    fputs("],\"states\":[", out);
    for (uint32_t s = 0; s < c->n; s++) {
        const report_step *st = &c->states[s];
        fprintf(out, "%s{\"#meta\":{\"index\":%u", s ? "," : "", s);
        if (st->action) {
            fputs(",\"action\":", out);
            report_json_string(out, action_name(st->action));
        }
        fputc('}', out);
        for (uint32_t i = 0; i < c->p->nvars; i++) {
            fputc(',', out);
            report_json_string(out, c->p->variables[i]->name);
            fputc(':', out);
            itf_value(out, a, st->vars[i]);
        }
        fputc('}', out);
    }
    fputc(']', out);
    if (c->loop >= 0) fprintf(out, ",\"loop\":%lld", (long long)c->loop);
    fputc('}', out);
}

void report_itf(FILE *out, const report_cex *c)
{
    arena a;
    arena_init(&a);
    itf_with(out, &a, c);
    arena_free(&a);
}

bool report_write_trace(const char *path, report_trace_format format, const report_cex *c)
{
    FILE *out = fopen(path, "w");
    if (!out) return false;
    arena a;
    arena_init(&a);
    switch (format) {
    case REPORT_TRACE_JSON: write_json(out, &a, c); break;
    case REPORT_TRACE_TLA: write_tla(out, &a, c, path); break;
    case REPORT_TRACE_ITF: itf_with(out, &a, c); fputc('\n', out); break;
    }
    arena_free(&a);
    bool ok = !ferror(out);
    int err = errno;
    if (fclose(out) != 0) ok = false;
    else errno = err;
    return ok;
}
