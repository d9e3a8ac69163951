/* test_trace_file.c - the counterexample files (-dumpTrace json|tla|itf): a two-state lasso of
 * values of every kind is written in each format and read back, by a small ITF reader (ITF values
 * to tlc-c values: the round trip gives equal values), by a JSON reader (TLC's shape), and by tlc-c
 * itself for the TLA+ module (its CounterExample equals the states written). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "eval_fixture.h"
#include "report.h"

static const char spec[] =
    "---- MODULE TF ----\n"
    "EXTENDS Integers, Sequences, TLC\n"
    "VARIABLES x, y, z, u\n"
    "Step(n) == x' = n /\\ UNCHANGED <<y, z, u>>\n"
    "====\n";

/* The states: x, y, z, u in each. */
static const char *const texts[2][4] = {
    {"[a |-> {1, -2, 3}, b |-> <<\"q\\\"uote\", \"back\\\\slash\\n\">>, c |-> TRUE]",
     "(0 :> \"zero\" @@ 5 :> <<>>)", "{{}, {<<1, 2>>}, {2147483647, -2147483647}}", "<<>>"},
    {"[a |-> {}, b |-> <<>>, c |-> FALSE]", "[s \\in {\"k\", \"#k\"} |-> s]", "{[n \\in 1..3 |-> n * n]}",
     "[p \\in {<<1, 2>>, <<3>>} |-> {p}]"},
};

static char dir[64];
static val states[2][4];
static arena mem;

static val eval_text(const char *text)
{
    syn_expr *e = syn_parse_expr(&mem, "<test>", text);
    if (!e || !sema_resolve_expr(prog, prog->root, e)) fail_msg("does not resolve: %s", text);
    val v;
    if (!eval_value(w, e, NULL, NULL, &v)) fail_msg("%s: %s", text, eval_worker_error(w)->message);
    return val_copy(&mem, v);
}

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/tlcc-tf-XXXXXX");
    if (!mkdtemp(dir) || fixture_load("TF.tla", spec, NULL)) return -1;
    arena_init(&mem);
    for (int s = 0; s < 2; s++)
        for (int i = 0; i < 4; i++) states[s][i] = eval_text(texts[s][i]);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    arena_free(&mem);
    fixture_free();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* A lasso: state 1, state 2 by Step(7), back to state 1 by Step(1). */
static report_step steps[2];
static eval_action step;
static val arg1, arg2;

static report_cex lasso(void)
{
    sema_symbol sym;
    assert_true(sema_lookup(prog->root, util_intern("Step"), &sym) && sym.def);
    const sema_def *d = sym.def;
    step = (eval_action){.name = d->name, .loc = d->body->loc, .module = d->module->name, .def = d};
    arg1 = val_int(7);
    arg2 = val_int(1);
    steps[0] = (report_step){states[0], NULL, NULL};
    steps[1] = (report_step){states[1], &step, &arg1};
    return (report_cex){.p = prog, .states = steps, .n = 2, .loop = 0, .back = {states[0], &step, &arg2}, .spec = "TF.tla"};
}

/* Write the counterexample c in `format` to file `name` of the temporary folder: its path. */
static const char *write_file(const report_cex *c, report_trace_format format, const char *name)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    assert_true(report_write_trace(path, format, c));
    return path;
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return buf;
}

/* ---- a small JSON reader -------------------------------------------------------------------------- */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jkind;
typedef struct jnode {
    jkind kind;
    bool b;
    long long num;
    char *str;
    struct jnode **items;    /* J_ARR elements, J_OBJ values */
    char **keys;             /* J_OBJ */
    int n;
} jnode;

static void skip_ws(const char **p)
{
    while (**p == ' ' || **p == '\n' || **p == '\t' || **p == '\r') (*p)++;
}

static jnode *jparse(const char **p);

static char *jstring(const char **p)
{
    assert_int_equal(**p, '"');
    (*p)++;
    char *out = arena_alloc(&mem, strlen(*p) + 1), *q = out;
    while (**p != '"') {
        char c = *(*p)++;
        if (c == '\\') {
            c = *(*p)++;
            if (c == 'n') c = '\n';
            else if (c == 't') c = '\t';
            else if (c == 'u') {
                c = (char)strtol((char[]){(*p)[0], (*p)[1], (*p)[2], (*p)[3], 0}, NULL, 16);
                *p += 4;
            }
        }
        *q++ = c;
    }
    (*p)++;
    *q = 0;
    return out;
}

static jnode *jparse(const char **p)
{
    jnode *j = arena_zalloc(&mem, sizeof *j);
    skip_ws(p);
    if (**p == '{' || **p == '[') {
        bool obj = **p == '{';
        j->kind = obj ? J_OBJ : J_ARR;
        j->items = arena_alloc(&mem, sizeof(jnode *) * 256);
        j->keys = arena_alloc(&mem, sizeof(char *) * 256);
        (*p)++;
        skip_ws(p);
        while (**p != (obj ? '}' : ']')) {
            assert_true(j->n < 256);
            if (obj) {
                skip_ws(p);
                j->keys[j->n] = jstring(p);
                skip_ws(p);
                assert_int_equal(*(*p)++, ':');
            }
            j->items[j->n++] = jparse(p);
            skip_ws(p);
            if (**p == ',') (*p)++;
            skip_ws(p);
        }
        (*p)++;
    } else if (**p == '"') {
        j->kind = J_STR;
        j->str = jstring(p);
    } else if (!strncmp(*p, "true", 4) || !strncmp(*p, "false", 5)) {
        j->kind = J_BOOL;
        j->b = **p == 't';
        *p += j->b ? 4 : 5;
    } else if (!strncmp(*p, "null", 4)) {
        *p += 4;
    } else {
        char *end;
        j->kind = J_NUM;
        j->num = strtoll(*p, &end, 10);
        assert_true(end != *p);
        *p = end;
    }
    return j;
}

static jnode *field(const jnode *o, const char *key)
{
    for (int i = 0; o->kind == J_OBJ && i < o->n; i++)
        if (!strcmp(o->keys[i], key)) return o->items[i];
    return NULL;
}

/* An ITF value as a tlc-c value (ADR-015's forms). */
static val from_itf(const jnode *j)
{
    jnode *x;
    val *vs = arena_alloc(&mem, sizeof(val) * (size_t)(j->n + 1));
    switch (j->kind) {
    case J_BOOL: return val_bool(j->b);
    case J_STR: return val_str(util_intern(j->str));
    case J_ARR:
        for (int i = 0; i < j->n; i++) vs[i] = from_itf(j->items[i]);
        return val_seq_make(&mem, vs, (uint32_t)j->n);
    case J_OBJ:
        if ((x = field(j, "#bigint"))) return val_int(strtoll(x->str, NULL, 10));
        if ((x = field(j, "#set"))) {
            for (int i = 0; i < x->n; i++) vs[i] = from_itf(x->items[i]);
            return val_set_make(&mem, vs, (size_t)x->n);
        }
        if ((x = field(j, "#tup"))) return from_itf(x);
        if ((x = field(j, "#map"))) {
            val *dom = arena_alloc(&mem, sizeof(val) * (size_t)(x->n + 1));
            for (int i = 0; i < x->n; i++) {
                dom[i] = from_itf(x->items[i]->items[0]);
                vs[i] = from_itf(x->items[i]->items[1]);
            }
            val f;
            assert_int_equal(val_func_make(&mem, dom, vs, (size_t)x->n, &f), VAL_OK);
            return f;
        }
        {
            atom *names = arena_alloc(&mem, sizeof(atom) * (size_t)(j->n + 1));
            for (int i = 0; i < j->n; i++) {
                names[i] = util_intern(j->keys[i]);
                vs[i] = from_itf(j->items[i]);
            }
            return val_record_make(&mem, names, vs, (uint32_t)j->n);
        }
    default: fail_msg("not an ITF value");
    }
    return val_bool(false);
}

/* ---- the tests ------------------------------------------------------------------------------------ */

static void test_itf_round_trip(void **state)
{
    (void)state;
    report_cex c = lasso();
    const char *path = write_file(&c, REPORT_TRACE_ITF, "t.itf.json");
    const char *text = read_all(path);
    jnode *root = jparse(&text);
    assert_string_equal(field(field(root, "#meta"), "format")->str, "ITF");
    jnode *vars = field(root, "vars"), *sts = field(root, "states");
    assert_int_equal(vars->n, 4);
    assert_string_equal(vars->items[3]->str, "u");
    assert_int_equal(field(root, "loop")->num, 0);
    assert_int_equal(sts->n, 2);
    for (int s = 0; s < 2; s++) {
        assert_int_equal(field(field(sts->items[s], "#meta"), "index")->num, s);
        for (int i = 0; i < 4; i++) {
            val back = from_itf(field(sts->items[s], prog->variables[i]->name));
            if (!val_equal(back, states[s][i]))
                fail_msg("state %d, %s: wrote %s, read %s", s, prog->variables[i]->name, val_to_string(&mem, states[s][i]),
                         val_to_string(&mem, back));
        }
    }
    /* a record field starting with '#' would read as ITF's own: such a function is a #map */
    const char *all = read_all(path);   /* its pairs in the order strings compare (their ranks) */
    assert_true(strstr(all, "{\"#map\":[[\"#k\",\"#k\"],[\"k\",\"k\"]]}") ||
                strstr(all, "{\"#map\":[[\"k\",\"k\"],[\"#k\",\"#k\"]]}"));
}

static void test_itf_unserializable(void **state)
{
    (void)state;
    val row[4] = {eval_text("Nat"), val_int(1), val_int(2), val_int(3)};
    report_step one[1] = {{row, NULL, NULL}};
    report_cex c = {.p = prog, .states = one, .n = 1, .loop = -1};
    const char *path = write_file(&c, REPORT_TRACE_ITF, "u.itf.json");
    const char *text = read_all(path);
    assert_non_null(strstr(text, "\"x\":{\"#unserializable\":\"Nat\"}"));
    assert_null(strstr(text, "\"loop\""));
}

static void test_json_shape(void **state)
{
    (void)state;
    report_cex c = lasso();
    const char *path = write_file(&c, REPORT_TRACE_JSON, "t.json");
    const char *text = read_all(path);
    jnode *root = jparse(&text);
    jnode *cex = field(root, "counterexample");
    assert_int_equal(field(root, "vars")->n, 4);
    jnode *st = field(cex, "state"), *act = field(cex, "action");
    assert_int_equal(st->n, 2);
    assert_int_equal(st->items[1]->items[0]->num, 2);
    /* Json.java: a record is an object, a set an array, a function on 0 and 5 an object keyed "0", "5" */
    jnode *s1 = st->items[0]->items[1];
    assert_int_equal(field(field(s1, "x"), "a")->n, 3);
    assert_string_equal(field(field(s1, "y"), "0")->str, "zero");
    assert_int_equal(field(field(s1, "y"), "5")->kind, J_ARR);
    /* two steps: 1 -> 2, then the lasso's 2 -> 1, each with the action's name, location, context */
    assert_int_equal(act->n, 2);
    jnode *back = act->items[1];
    assert_int_equal(back->items[0]->items[0]->num, 2);
    assert_int_equal(back->items[2]->items[0]->num, 1);
    assert_string_equal(field(back->items[1], "name")->str, "Step");
    assert_int_equal(field(field(back->items[1], "context"), "n")->num, 1);
    assert_string_equal(field(back->items[1], "parameters")->items[0]->str, "n");
    assert_int_equal(field(field(back->items[1], "location"), "beginLine")->num, 4);
    assert_string_equal(field(field(back->items[1], "location"), "module")->str, "TF");
}

/* The module reads back: its CounterExample's states are those written. */
static void test_tla_module(void **state)
{
    (void)state;
    report_cex c = lasso();
    const char *path = write_file(&c, REPORT_TRACE_TLA, "TFTrace.tla");
    sema_options opts = {.library = fixture_library()};
    sema_program *p2 = sema_load(path, &opts);
    assert_non_null(p2);
    eval_program *ep2 = eval_program_new(p2);
    eval_worker *w2 = eval_worker_new(ep2, 0);
    for (int s = 0; s < 2; s++) {
        for (int i = 0; i < 4; i++) {
            char text[128];
            snprintf(text, sizeof text, "CHOOSE v \\in {e[2].%s : e \\in {e \\in CounterExample.state : e[1] = %d}} : TRUE",
                     prog->variables[i]->name, s + 1);
            syn_expr *e = syn_parse_expr(&mem, "<test>", text);
            assert_true(e && sema_resolve_expr(p2, p2->root, e));
            val v;
            if (!eval_value(w2, e, NULL, NULL, &v)) fail_msg("%s: %s", text, eval_worker_error(w2)->message);
            if (!val_equal(v, states[s][i]))
                fail_msg("state %d, %s: wrote %s, read %s", s + 1, prog->variables[i]->name,
                         val_to_string(&mem, states[s][i]), val_to_string(&mem, v));
            eval_worker_reset(w2);
        }
    }
    /* the lasso's closing step goes from state 2 back to state 1, by Step(1) */
    const char *text = "{a[2].context.n : a \\in {a \\in CounterExample.action : a[1][1] = 2 /\\ a[3][1] = 1}}";
    syn_expr *e = syn_parse_expr(&mem, "<test>", text);
    assert_true(e && sema_resolve_expr(p2, p2->root, e));
    val v;
    assert_true(eval_value(w2, e, NULL, NULL, &v));
    assert_string_equal(val_to_string(&mem, v), "{1}");
    eval_worker_free(w2);
    eval_program_free(ep2);
    sema_free(p2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_itf_round_trip),
        cmocka_unit_test(test_itf_unserializable),
        cmocka_unit_test(test_json_shape),
        cmocka_unit_test(test_tla_module),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
