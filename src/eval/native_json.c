/* native_json.c - the community module Json: values to JSON text and files, and back.
 *
 * The encoding is TLC's (its Json override): records are objects, tuples and sets are arrays,
 * strings and model values are strings, integers and Booleans are themselves. A function whose
 * domain is 1..n (or 0..n-1) is an array, any other function an object whose keys are its domain
 * values (strings as they are, other values as TLC prints them). ToJsonArray refuses records and
 * ToJsonObject turns a tuple into an object keyed "0", "1", ...; telling a tuple from a function
 * built on 1..n, or a record from a function on strings, uses the values' hints (VAL_HINT_FCN).
 * Text is compact, as TLC writes it: {"a":1,"b":[1,2]}.
 *
 * Reading: arrays become tuples, objects records, integers integers; null and numbers with a
 * fraction or exponent have no TLA+ value here and are errors. */
#include "eval_internal.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#define A (&call->w->scratch)

/* ---- writing ----------------------------------------------------------------------------------- */

static void put(native_text *f, const char *s) { native_text_put(f, s, strlen(s)); }

static void json_string(native_text *f, const char *s)
{
    static const char *const named[] = {['"'] = "\\\"", ['\\'] = "\\\\", ['\b'] = "\\b", ['\f'] = "\\f",
                                        ['\n'] = "\\n", ['\r'] = "\\r", ['\t'] = "\\t"};
    put(f, "\"");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c < sizeof named / sizeof *named && named[c]) put(f, named[c]);
        else if (c < 0x20) native_text_printf(f, "\\u%04x", c);
        else native_text_put(f, s, 1);
    }
    put(f, "\"");
}

/* A record as TLC's RecordValue (built with [a |-> ...]), not a function that happens to have a
 * domain of strings. */
static bool is_record_value(val v)
{
    if (v.kind != VAL_FUNC || (v.hint & VAL_HINT_FCN)) return false;
    for (uint32_t i = 0; i < v.u.fn->n; i++)
        if (!val_is_str(v.u.fn->dom[i])) return false;
    return true;
}

/* TLC's test for a function it writes as an array: domain values i or i + 1 at position i. */
static bool is_array_like(val v)
{
    if (v.kind == VAL_SEQ) return true;
    for (uint32_t i = 0; i < v.u.fn->n; i++) {
        val d = v.u.fn->dom[i];
        if (!val_is_int(d) || (val_get_int(d) != i && val_get_int(d) != (int64_t)i + 1)) return false;
    }
    return true;
}

static void json_node(native_call *call, native_text *f, val v);

static void json_items(native_call *call, native_text *f, const val *xs, uint32_t n)
{
    put(f, "[");
    for (uint32_t i = 0; i < n; i++) {
        if (i) put(f, ",");
        json_node(call, f, xs[i]);
    }
    put(f, "]");
}

static void json_set(native_call *call, native_text *f, val s)
{
    val e = native_enumerate(call, s);
    json_items(call, f, e.u.set->elems, e.u.set->n);
}

/* A function as an object, keyed by its domain values. */
static void json_fields(native_call *call, native_text *f, val fn)
{
    put(f, "{");
    for (uint32_t i = 0; i < fn.u.fn->n; i++) {
        val k = fn.u.fn->dom[i];
        if (i) put(f, ",");
        json_string(f, val_is_str(k) ? val_get_str(k) : val_to_string(A, k));
        put(f, ":");
        json_node(call, f, fn.u.fn->rng[i]);
    }
    put(f, "}");
}

/* A function as TLC writes it: an array when array-like, an object otherwise. */
static void json_function(native_call *call, native_text *f, val v)
{
    if (v.kind == VAL_SEQ) json_items(call, f, v.u.seq->elems, v.u.seq->n);
    else if (is_array_like(v)) json_items(call, f, v.u.fn->rng, v.u.fn->n);
    else json_fields(call, f, v);
}

static _Noreturn void json_refuse(native_call *call, const char *op, val v)
{
    native_fail(call, "%s cannot convert %s to JSON", op, val_to_string(A, v));
}

static void json_node(native_call *call, native_text *f, val v)
{
    switch (v.kind) {
    case VAL_BOOL: put(f, val_get_bool(v) ? "true" : "false"); return;
    case VAL_INT: native_text_printf(f, "%lld", (long long)val_get_int(v)); return;
    case VAL_STR: json_string(f, val_get_str(v)); return;
    case VAL_MODEL: json_string(f, val_get_model(v)); return;
    case VAL_SET: case VAL_LAZY: json_set(call, f, v); return;
    case VAL_SEQ: case VAL_FUNC: json_function(call, f, v); return;
    default: json_refuse(call, "ToJson", v);
    }
}

/* ToJsonArray: tuples, functions and sets; a function that is not array-like is an object. */
static void json_array(native_call *call, native_text *f, val v)
{
    if (val_is_set(v)) json_set(call, f, v);
    else if (val_is_func(v) && !is_record_value(v)) json_function(call, f, v);
    else json_refuse(call, "ToJsonArray", v);
}

/* ToJsonObject: records and functions as objects (an array-like function as an array), a tuple as
 * an object keyed from "0". */
static void json_object(native_call *call, native_text *f, val v)
{
    if (v.kind == VAL_SEQ && !(v.hint & VAL_HINT_FCN)) {
        put(f, "{");
        for (uint32_t i = 0; i < val_len(v); i++) {
            native_text_printf(f, "%s\"%u\":", i ? "," : "", i);
            json_node(call, f, val_seq_at(v, i));
        }
        put(f, "}");
    } else if (is_record_value(v)) {
        json_fields(call, f, v);
    } else if (val_is_func(v)) {
        json_function(call, f, v);
    } else {
        json_refuse(call, "ToJsonObject", v);
    }
}

typedef void (*json_writer)(native_call *call, native_text *f, val v);

static char *json_text(native_call *call, json_writer write, val v)
{
    native_text t = {A, "", 0, 0};
    write(call, &t, v);
    return t.s;
}

static val j_to_json(native_call *call) { return val_str(util_intern(json_text(call, json_node, native_arg(call, 0)))); }
static val j_to_array(native_call *call) { return val_str(util_intern(json_text(call, json_array, native_arg(call, 0)))); }
static val j_to_object(native_call *call) { return val_str(util_intern(json_text(call, json_object, native_arg(call, 0)))); }

/* ---- files ------------------------------------------------------------------------------------- */

static const char *path_arg(native_call *call, const char *op)
{
    val p = native_arg(call, 0);
    if (!val_is_str(p)) native_fail(call, "%s needs a file name, not %s", op, val_to_string(A, p));
    return val_get_str(p);
}

/* Create the folders leading to path, as TLC does before writing. */
static void make_parents(const char *path)
{
    char *dir = util_xstrdup(path);
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        mkdir(dir, 0777);
        *p = '/';
    }
    free(dir);
}

/* JsonSerialize writes one JSON array, an element per line; ndJsonSerialize one value per line. */
static val json_serialize(native_call *call, bool nd)
{
    const char *op = nd ? "ndJsonSerialize" : "JsonSerialize", *path = path_arg(call, op);
    val v = native_arg(call, 1);
    if (!val_is_seq(v)) native_fail(call, "%s needs a sequence of values, not %s", op, val_to_string(A, v));
    native_text t = {A, "", 0, 0};
    if (!nd) put(&t, "[\n");
    for (uint32_t i = 0; i < val_len(v); i++) {
        json_node(call, &t, val_seq_at(v, i));
        put(&t, nd ? "\n" : i + 1 < val_len(v) ? ",\n" : "");
    }
    if (!nd) put(&t, "\n]\n");
    make_parents(path);
    FILE *f = fopen(path, "w");
    bool ok = f && fwrite(t.s, 1, t.len, f) == t.len;
    if ((f && fclose(f)) || !ok) native_fail(call, "%s: cannot write %s: %s", op, path, strerror(errno));
    return val_bool(true);
}

static val j_serialize(native_call *call) { return json_serialize(call, false); }
static val j_nd_serialize(native_call *call) { return json_serialize(call, true); }

/* ---- reading ----------------------------------------------------------------------------------- */

typedef struct json_reader { native_call *call; const char *p, *start, *what; } json_reader;

static _Noreturn void bad_json(json_reader *r, const char *why)
{
    native_fail(r->call, "%s: %s at offset %ld", r->what, why, (long)(r->p - r->start));
}

static void skip_space(json_reader *r)
{
    while (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r') r->p++;
}

static val json_parse(json_reader *r);

static unsigned hex4(json_reader *r)
{
    unsigned u = 0;
    for (int i = 0; i < 4; i++) {
        char c = *r->p++;
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) bad_json(r, "a \\u escape needs four hexadecimal digits");
        u = u * 16 + (unsigned)d;
    }
    return u;
}

static void put_utf8(native_text *f, unsigned u)
{
    char b[4];
    size_t n;
    if (u < 0x80) b[0] = (char)u, n = 1;
    else if (u < 0x800) b[0] = (char)(0xC0 | (u >> 6)), b[1] = (char)(0x80 | (u & 0x3F)), n = 2;
    else if (u < 0x10000) b[0] = (char)(0xE0 | (u >> 12)), b[1] = (char)(0x80 | ((u >> 6) & 0x3F)), b[2] = (char)(0x80 | (u & 0x3F)), n = 3;
    else b[0] = (char)(0xF0 | (u >> 18)), b[1] = (char)(0x80 | ((u >> 12) & 0x3F)), b[2] = (char)(0x80 | ((u >> 6) & 0x3F)), b[3] = (char)(0x80 | (u & 0x3F)), n = 4;
    native_text_put(f, b, n);
}

static void escape(json_reader *r, native_text *f)
{
    char c = *r->p++;
    const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
    const char *k = c ? strchr(from, c) : NULL;
    if (k) {
        native_text_put(f, to + (k - from), 1);
        return;
    }
    if (c != 'u') bad_json(r, "unknown escape in a string");
    unsigned u = hex4(r);
    if (u >= 0xD800 && u < 0xDC00 && r->p[0] == '\\' && r->p[1] == 'u') {   /* a surrogate pair */
        r->p += 2;
        u = 0x10000 + ((u - 0xD800) << 10) + (hex4(r) - 0xDC00);
    }
    put_utf8(f, u);
}

static atom json_string_text(json_reader *r)
{
    if (*r->p != '"') bad_json(r, "expected a string");
    r->p++;
    native_text t = {&r->call->w->scratch, "", 0, 0};
    while (*r->p != '"') {
        if (!*r->p) bad_json(r, "unterminated string");
        if (*r->p == '\\') {
            r->p++;
            escape(r, &t);
        } else {
            native_text_put(&t, r->p++, 1);
        }
    }
    r->p++;
    return util_intern_n(t.s, t.len);
}

static val json_number(json_reader *r)
{
    char *end;
    errno = 0;
    long long n = strtoll(r->p, &end, 10);
    if (end == r->p) bad_json(r, "unexpected character");
    if (*end == '.' || *end == 'e' || *end == 'E') bad_json(r, "a number that is not an integer has no value here");
    /* TLC's reader (Gson's getAsInt) would wrap it to 32 bits: an answer tlc-c does not give */
    if (errno == ERANGE || n < INT32_MIN || n > INT32_MAX) bad_json(r, "an integer beyond 32 bits is not supported yet");
    r->p = end;
    return val_int(n);
}

static val json_array_value(json_reader *r)
{
    native_list items = {&r->call->w->scratch, NULL, 0, 0};
    r->p++;
    skip_space(r);
    while (*r->p != ']') {
        native_list_push(&items, json_parse(r));
        skip_space(r);
        if (*r->p == ',') r->p++;
        else if (*r->p != ']') bad_json(r, "expected , or ] in an array");
    }
    r->p++;
    return val_seq_make(items.a, items.items, items.len);
}

/* Keys are kept as strings in a list beside the values; a later duplicate replaces the earlier. */
static val json_object_value(json_reader *r)
{
    native_list keys = {&r->call->w->scratch, NULL, 0, 0}, vals = keys;
    r->p++;
    skip_space(r);
    while (*r->p != '}') {
        native_list_push(&keys, val_str(json_string_text(r)));
        skip_space(r);
        if (*r->p++ != ':') bad_json(r, "expected : after a key");
        native_list_push(&vals, json_parse(r));
        skip_space(r);
        if (*r->p == ',') r->p++, skip_space(r);
        else if (*r->p != '}') bad_json(r, "expected , or } in an object");
    }
    r->p++;
    atom *names = arena_alloc(keys.a, sizeof(atom) * (keys.len + 1));
    for (uint32_t i = 0; i < keys.len; i++) {
        names[i] = val_get_str(keys.items[i]);
        for (uint32_t j = i + 1; j < keys.len; j++)
            if (keys.items[j].u.s == names[i]) vals.items[i] = vals.items[j];
    }
    return val_record_make(keys.a, names, vals.items, keys.len);
}

static val json_parse(json_reader *r)
{
    skip_space(r);
    switch (*r->p) {
    case '[': return json_array_value(r);
    case '{': return json_object_value(r);
    case '"': return val_str(json_string_text(r));
    case 't': case 'f': case 'n': {
        const char *words[] = {"true", "false", "null"};
        for (int i = 0; i < 2; i++)
            if (!strncmp(r->p, words[i], strlen(words[i]))) {
                r->p += strlen(words[i]);
                return val_bool(i == 0);
            }
        bad_json(r, strncmp(r->p, "null", 4) ? "unexpected word" : "null has no TLA+ value");
    }
    default: return json_number(r);
    }
}

/* One JSON value filling text (from offset 0 to its end, spaces aside). */
static val json_whole(native_call *call, const char *text, const char *what)
{
    json_reader r = {call, text, text, what};
    val v = json_parse(&r);
    skip_space(&r);
    if (*r.p) bad_json(&r, "text after the value");
    return v;
}

static char *read_text(native_call *call, const char *op)
{
    const char *path = path_arg(call, op);
    size_t len;
    char *text = util_read_file(path, &len);
    if (!text) native_fail(call, "%s: cannot read %s: %s", op, path, strerror(errno));
    char *copy = arena_strndup(A, text, len);
    free(text);
    return copy;
}

static val j_deserialize(native_call *call) { return json_whole(call, read_text(call, "JsonDeserialize"), "JsonDeserialize"); }

/* One value per line; blank lines are skipped. */
static val j_nd_deserialize(native_call *call)
{
    char *text = read_text(call, "ndJsonDeserialize"), *save = NULL;
    native_list items = {A, NULL, 0, 0};
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        const char *p = line;
        while (*p == ' ' || *p == '\t' || *p == '\r') p++;
        if (*p) native_list_push(&items, json_whole(call, p, "ndJsonDeserialize"));
    }
    return val_seq_make(A, items.items, items.len);
}

const native_entry native_json[] = {
    {"Json", "ToJson", j_to_json},
    {"Json", "ToJsonArray", j_to_array},
    {"Json", "ToJsonObject", j_to_object},
    {"Json", "JsonSerialize", j_serialize},
    {"Json", "ndJsonSerialize", j_nd_serialize},
    {"Json", "JsonDeserialize", j_deserialize},
    {"Json", "ndJsonDeserialize", j_nd_deserialize},
    {NULL, NULL, NULL},
};
