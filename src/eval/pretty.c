/* pretty.c - values as TLC prints them in states and Print's output (val_print_pretty): TLC writes a value's text
 * and, when it is longer than 80 columns, breaks it over lines (tlc2.pprint: Parse reads the text
 * back into sets, sequences, records, functions and constants; Format puts each on one line when
 * it fits, else one element per line after "{ ", "<< ", "[ " or "( ", the later lines indented by
 * the delimiters' widths). This file reads and formats the text the same way, so that lines break
 * where TLC breaks them; where TLC's reader fails (a text it cannot read back), the text is
 * printed as it is, as TLC does. Widths count characters, not bytes. */
#include "value.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { WIDTH = 80 };

typedef enum { N_CONSTANT, N_SET, N_SEQUENCE, N_RECORD, N_FUNCTION, N_SUBSET, N_PAIR } node_type;

typedef struct node {
    node_type type;
    size_t first, last;      /* the node's text: s[first..last] */
    int child, next;         /* first child, next sibling (-1: none) */
} node;

typedef struct reader {
    const char *s;
    size_t len;
    node *nodes;
    size_t n, cap;
    bool failed;
} reader;

typedef struct writer { char *buf; size_t len, cap; } writer;

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
/* Java's Character.isLetterOrDigit; bytes of multi-byte characters count as letters */
static bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0x80; }

static char at(reader *r, size_t i)
{
    if (i >= r->len) {
        r->failed = true;
        return '\0';
    }
    return r->s[i];
}

static int new_node(reader *r, node_type type, size_t first)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        node *grown = realloc(r->nodes, r->cap * sizeof *grown);
        if (!grown) {
            r->failed = true;
            return -1;
        }
        r->nodes = grown;
    }
    r->nodes[r->n] = (node){type, first, first, -1, -1};
    return (int)r->n++;
}

static size_t skip_space(reader *r, size_t i)
{
    while (!r->failed && is_space(at(r, i))) i++;
    return i;
}

static int parse(reader *r, size_t i);

static void append_child(reader *r, int parent, int *last_child, int child)
{
    if (*last_child < 0) r->nodes[parent].child = child;
    else r->nodes[*last_child].next = child;
    *last_child = child;
}

/* "{a, b}", "<<a, b>>": elements up to the closing character, separated by commas */
static int parse_list(reader *r, size_t i, node_type type, size_t open, char close)
{
    int n = new_node(r, type, i);
    int last_child = -1;
    size_t at_ = skip_space(r, i + open);
    while (!r->failed && n >= 0 && at(r, at_) != close) {
        int e = parse(r, at_);
        if (e < 0) return -1;
        append_child(r, n, &last_child, e);
        at_ = skip_space(r, r->nodes[e].last + 1);
        if (at(r, at_) == ',') at_++;
        at_ = skip_space(r, at_);
    }
    if (r->failed || n < 0) return -1;
    if (type == N_SEQUENCE) at_++;   /* the second '>' */
    r->nodes[n].last = at_;
    return n;
}

/* "a |-> v" or "a :> v" */
static int parse_pair(reader *r, size_t i, const char *div)
{
    int n = new_node(r, N_PAIR, i);
    int key = n >= 0 ? parse(r, i) : -1;
    if (key < 0) return -1;
    size_t at_ = skip_space(r, r->nodes[key].last + 1);
    size_t dl = strlen(div);
    if (r->failed || at_ + dl > r->len || strncmp(r->s + at_, div, dl) != 0) {
        r->failed = true;
        return -1;
    }
    int value = parse(r, skip_space(r, at_ + dl));
    if (value < 0) return -1;
    r->nodes[n].child = key;
    r->nodes[key].next = value;
    r->nodes[n].last = r->nodes[value].last;
    return n;
}

/* "[a |-> 1, b |-> 2]" and "(1 :> a @@ 2 :> b)" */
static int parse_pairs(reader *r, size_t i, node_type type, char close, const char *div, const char *sep)
{
    int n = new_node(r, type, i);
    int last_child = -1;
    size_t at_ = skip_space(r, i + 1);
    while (!r->failed && n >= 0 && at(r, at_) != close) {
        int p = parse_pair(r, at_, div);
        if (p < 0) return -1;
        append_child(r, n, &last_child, p);
        at_ = skip_space(r, r->nodes[p].last + 1);
        size_t sl = strlen(sep);
        if (at_ + sl <= r->len && strncmp(r->s + at_, sep, sl) == 0) at_ += sl;
        at_ = skip_space(r, at_);
    }
    if (r->failed || n < 0) return -1;
    r->nodes[n].last = at_;
    return n;
}

/* i..j, or -1 when the text is not one (Parse.parseInterval) */
static int parse_interval(reader *r, size_t i)
{
    size_t j = i;
    if (j >= r->len || !is_digit(r->s[j])) return -1;
    while (j < r->len && is_digit(r->s[j])) j++;
    if (j + 2 > r->len || strncmp(r->s + j, "..", 2) != 0) return -1;
    j += 2;
    if (j >= r->len || !is_digit(r->s[j])) return -1;
    while (is_digit(r->s[j])) {
        j++;
        if (j == r->len) break;
    }
    int n = new_node(r, N_CONSTANT, i);
    if (n >= 0) r->nodes[n].last = j - 1;
    return n;
}

static int constant_to(reader *r, size_t first, size_t last)
{
    int n = new_node(r, N_CONSTANT, first);
    if (n >= 0) r->nodes[n].last = last;
    return n;
}

static int parse_constant(reader *r, size_t i)
{
    size_t first = skip_space(r, i), last = first;
    char c = at(r, first);
    if (r->failed) return -1;
    if (c == '"') {
        do last++;
        while (!r->failed && at(r, last) != '"');
        return r->failed ? -1 : constant_to(r, first, last);
    }
    if (is_digit(c)) {
        int n = parse_interval(r, i);
        if (n >= 0 || r->failed) return n;
    }
    if (c == '-' || is_alnum(c)) {
        bool digits = c == '-';
        if (digits) last++;
        while (digits ? is_digit(at(r, last)) : is_alnum(at(r, last))) {
            last++;
            if (last == r->len) break;
        }
        if (r->failed) return -1;
        return constant_to(r, first, last - 1);
    }
    r->failed = true;
    return -1;
}

static int parse(reader *r, size_t i)
{
    i = skip_space(r, i);
    char c = at(r, i);
    if (r->failed) return -1;
    switch (c) {
    case '{': return parse_list(r, i, N_SET, 1, '}');
    case '<': return parse_list(r, i, N_SEQUENCE, 2, '>');
    case '[': return parse_pairs(r, i, N_RECORD, ']', "|->", ",");
    case '(': return parse_pairs(r, i, N_FUNCTION, ')', ":>", "@@");
    default: break;
    }
    if (i + 6 <= r->len && strncmp(r->s + i, "SUBSET", 6) == 0) {
        int n = new_node(r, N_SUBSET, i);
        int e = n >= 0 ? parse(r, skip_space(r, i + 6)) : -1;
        if (e < 0) return -1;
        r->nodes[n].child = e;
        r->nodes[n].last = r->nodes[e].last;
        return n;
    }
    return parse_constant(r, i);
}

/* ---- Format ------------------------------------------------------------------------------------ */

static void put(writer *w, const char *s, size_t n)
{
    if (w->len + n + 1 > w->cap) {
        size_t cap = (w->len + n + 1) * 2;
        char *grown = realloc(w->buf, cap);
        if (!grown) return;
        w->buf = grown;
        w->cap = cap;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
    w->buf[w->len] = '\0';
}

static void puts_(writer *w, const char *s) { put(w, s, strlen(s)); }

/* Java's String.length: UTF-8 continuation bytes are not characters */
static long text_length(const char *s, size_t n)
{
    long len = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) len++;
    return len;
}

typedef struct fmt { reader *r; writer *w; } fmt;

static long length_of(fmt *f, int n) { return text_length(f->r->s + f->r->nodes[n].first, f->r->nodes[n].last - f->r->nodes[n].first + 1); }
static void value_of(fmt *f, int n) { put(f->w, f->r->s + f->r->nodes[n].first, f->r->nodes[n].last - f->r->nodes[n].first + 1); }

typedef struct shape { const char *open, *close, *pad, *sep, *div, *divpad; } shape;
static const shape set_shape = {"{ ", " }", "  ", ",", NULL, NULL};
static const shape seq_shape = {"<< ", " >>", "   ", ",", NULL, NULL};
static const shape fun_shape = {"( ", " )", "  ", " @@", " :>", "    "};
static const shape rec_shape = {"[ ", " ]", "  ", ",", " |->", "    "};
static const shape subset_shape = {"SUBSET ", " ", " ", ",", NULL, NULL};

static bool format(fmt *f, int n, long width, long trailer, const char *leftpad);

static char *padded(const char *leftpad, const char *pad)
{
    size_t a = strlen(leftpad), b = strlen(pad);
    char *s = malloc(a + b + 1);
    if (!s) return NULL;
    memcpy(s, leftpad, a);
    memcpy(s + a, pad, b + 1);
    return s;
}

static void newline(fmt *f, const char *leftpad)
{
    puts_(f->w, "\n");
    puts_(f->w, leftpad);
}

static bool format_values(fmt *f, int v, long width, long trailer, const char *leftpad, const char *sep)
{
    for (; v >= 0; v = f->r->nodes[v].next) {
        bool last = f->r->nodes[v].next < 0;
        if (!format(f, v, width, last ? trailer : (long)strlen(sep), leftpad)) return false;
        if (!last) {
            puts_(f->w, sep);
            newline(f, leftpad);
        }
    }
    return true;
}

/* one "key div value" pair of a record or function (Format.formatPairs) */
static bool format_pair(fmt *f, int pair, long width, long trailer, const char *leftpad, const shape *sh)
{
    int key = f->r->nodes[pair].child, value = f->r->nodes[key].next;
    bool last = f->r->nodes[pair].next < 0;
    long seplen = (long)strlen(sh->sep), divlen = (long)strlen(sh->div), divpad = (long)strlen(sh->divpad);
    long room = last ? width - trailer : width - 0;
    long extra = last ? 0 : seplen;
    if (length_of(f, key) + divlen + 1 + length_of(f, value) + extra <= room) {
        value_of(f, key);
        puts_(f->w, sh->div);
        puts_(f->w, " ");
        value_of(f, value);
    } else {
        if (length_of(f, key) + divlen <= width) value_of(f, key);
        else if (!format(f, key, width, trailer + divlen, leftpad)) return false;
        puts_(f->w, sh->div);
        char *inner = padded(leftpad, sh->divpad);
        if (!inner) return false;
        newline(f, leftpad);
        puts_(f->w, sh->divpad);
        bool ok = format(f, value, width - divpad, last ? trailer : seplen, inner);
        free(inner);
        if (!ok) return false;
    }
    if (!last) {
        puts_(f->w, sh->sep);
        newline(f, leftpad);
    }
    return true;
}

static bool format_list(fmt *f, int n, long width, long trailer, const char *leftpad, const shape *sh)
{
    long open = (long)strlen(sh->open), pad = (long)strlen(sh->pad);
    long inner_width = width - (open > pad ? open : pad), inner_trailer = trailer + (long)strlen(sh->close);
    char *inner = padded(leftpad, sh->pad);
    if (!inner) return false;
    puts_(f->w, sh->open);
    bool ok = true;
    if (sh->div) {
        for (int p = f->r->nodes[n].child; ok && p >= 0; p = f->r->nodes[p].next)
            ok = format_pair(f, p, inner_width, inner_trailer, inner, sh);
    } else {
        ok = format_values(f, f->r->nodes[n].child, inner_width, inner_trailer, inner, sh->sep);
    }
    free(inner);
    puts_(f->w, sh->close);
    return ok;
}

static bool format(fmt *f, int n, long width, long trailer, const char *leftpad)
{
    if (length_of(f, n) <= width - trailer) {
        value_of(f, n);
        return true;
    }
    switch (f->r->nodes[n].type) {
    case N_CONSTANT: value_of(f, n); return true;
    case N_SET: return format_list(f, n, width, trailer, leftpad, &set_shape);
    case N_SEQUENCE: return format_list(f, n, width, trailer, leftpad, &seq_shape);
    case N_FUNCTION: return format_list(f, n, width, trailer, leftpad, &fun_shape);
    case N_RECORD: return format_list(f, n, width, trailer, leftpad, &rec_shape);
    case N_SUBSET: return format_list(f, n, width, trailer, leftpad, &subset_shape);
    default: return false;
    }
}

void val_print_pretty(FILE *out, val v)
{
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (!m) {
        val_print(out, v);
        return;
    }
    val_print(m, v);
    fclose(m);
    reader r = {.s = text, .len = len};
    writer w = {0};
    int root = len && text_length(text, len) > WIDTH ? parse(&r, 0) : -1;
    fmt f = {&r, &w};
    if (root >= 0 && !r.failed && r.nodes[root].last + 1 >= len && format(&f, root, WIDTH, 0, "") && w.buf)
        fputs(w.buf, out);
    else
        fwrite(text, 1, len, out);
    free(w.buf);
    free(r.nodes);
    free(text);
}
