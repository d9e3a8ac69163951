/* cfg.c - reading TLC's model configuration files: a hand-written lexer and a keyword-driven
 * reader (sections run until the next keyword). */
#include "cfg.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>

typedef enum { T_EOF, T_ID, T_NUM, T_STR, T_EQ, T_LARROW, T_LBRACK, T_RBRACK, T_LBRACE, T_RBRACE, T_LANGLE,
               T_RANGLE, T_COMMA, T_MINUS, T_BAD } tok_kind;

typedef struct cfg_tok { tok_kind kind; atom text; int64_t num; syn_loc loc; } cfg_tok;

typedef struct reader {
    arena *a;
    atom file;
    const char *p, *end;
    uint32_t line, col;
    cfg_tok tok;                 /* the current token */
    bool failed;
} reader;

static void fail(reader *r, syn_loc loc, const char *hint, const char *fmt, const char *arg)
{
    util_diag(DIAG_ERROR, loc, hint, fmt, arg);
    r->failed = true;
}

static void step(reader *r)
{
    if (*r->p == '\n') {
        r->line++;
        r->col = 1;
    } else if (((unsigned char)*r->p & 0xC0) != 0x80) {
        r->col++;
    }
    r->p++;
}

/* Skip blanks and comments: \* to end of line, (* ... *) nested. */
static void skip_space(reader *r)
{
    while (r->p < r->end) {
        if (isspace((unsigned char)*r->p)) {
            step(r);
        } else if (r->p + 1 < r->end && r->p[0] == '\\' && r->p[1] == '*') {
            while (r->p < r->end && *r->p != '\n') step(r);
        } else if (r->p + 1 < r->end && r->p[0] == '(' && r->p[1] == '*') {
            syn_loc start = {r->file, r->line, r->col, r->line, r->col + 1};
            int depth = 0;
            while (r->p < r->end) {
                if (r->p + 1 < r->end && r->p[0] == '(' && r->p[1] == '*') depth++, step(r), step(r);
                else if (r->p + 1 < r->end && r->p[0] == '*' && r->p[1] == ')') {
                    step(r), step(r);
                    if (--depth == 0) break;
                } else step(r);
            }
            if (depth > 0) fail(r, start, "every `(*` needs a matching `*)`", "%s", "this comment is never closed");
        } else {
            return;
        }
    }
}

static void next(reader *r)
{
    skip_space(r);
    cfg_tok t = {.loc = {r->file, r->line, r->col, r->line, r->col}};
    const char *start = r->p;
    if (r->p >= r->end) {
        t.kind = T_EOF;
    } else if (isalnum((unsigned char)*r->p) || *r->p == '_') {
        bool digits = true;
        while (r->p < r->end && (isalnum((unsigned char)*r->p) || *r->p == '_')) {
            if (!isdigit((unsigned char)*r->p)) digits = false;
            step(r);
        }
        t.kind = digits ? T_NUM : T_ID;
        t.text = util_intern_n(start, (size_t)(r->p - start));
        if (digits) {
            errno = 0;
            t.num = strtoll(t.text, NULL, 10);
            if (errno == ERANGE) fail(r, t.loc, NULL, "the number %s is too large", t.text);
        }
    } else if (*r->p == '"') {
        step(r);
        char buf[4096];
        size_t n = 0;
        while (r->p < r->end && *r->p != '"' && *r->p != '\n') {
            char c = *r->p;
            if (c == '\\' && r->p + 1 < r->end) {
                step(r);
                c = *r->p == 'n' ? '\n' : *r->p == 't' ? '\t' : *r->p;
            }
            if (n + 1 < sizeof buf) buf[n++] = c;
            step(r);
        }
        if (r->p >= r->end || *r->p != '"') {
            fail(r, t.loc, "a string must end with `\"` on the same line", "%s", "this string is never closed");
        } else {
            step(r);
        }
        t.kind = T_STR;
        t.text = util_intern_n(buf, n);
    } else {
        static const struct { const char *s; tok_kind k; } puncts[] = {
            {"<-", T_LARROW}, {"<<", T_LANGLE}, {">>", T_RANGLE}, {"=", T_EQ}, {"[", T_LBRACK}, {"]", T_RBRACK},
            {"{", T_LBRACE}, {"}", T_RBRACE}, {",", T_COMMA}, {"-", T_MINUS},
        };
        t.kind = T_BAD;
        for (size_t i = 0; i < sizeof puncts / sizeof *puncts; i++) {
            size_t n = strlen(puncts[i].s);
            if ((size_t)(r->end - r->p) >= n && strncmp(r->p, puncts[i].s, n) == 0) {
                t.kind = puncts[i].k;
                for (size_t k = 0; k < n; k++) step(r);
                break;
            }
        }
        if (t.kind == T_BAD) {
            t.text = util_intern_n(start, 1);
            step(r);
        }
    }
    t.loc.end_line = r->line;
    t.loc.end_col = r->col > 1 ? r->col - 1 : 1;
    r->tok = t;
}

/* ---- keywords ----------------------------------------------------------------------------------- */

typedef enum { K_NONE, K_CONSTANT, K_INIT, K_NEXT, K_SPECIFICATION, K_INVARIANT, K_PROPERTY, K_CONSTRAINT,
               K_ACTION_CONSTRAINT, K_SYMMETRY, K_VIEW, K_ALIAS, K_POSTCONDITION, K_CHECK_DEADLOCK } keyword;

static const struct { const char *name; keyword k; } keywords[] = {
    {"CONSTANT", K_CONSTANT}, {"CONSTANTS", K_CONSTANT}, {"INIT", K_INIT}, {"NEXT", K_NEXT},
    {"SPECIFICATION", K_SPECIFICATION}, {"INVARIANT", K_INVARIANT}, {"INVARIANTS", K_INVARIANT},
    {"PROPERTY", K_PROPERTY}, {"PROPERTIES", K_PROPERTY}, {"CONSTRAINT", K_CONSTRAINT},
    {"CONSTRAINTS", K_CONSTRAINT}, {"ACTION_CONSTRAINT", K_ACTION_CONSTRAINT},
    {"ACTION_CONSTRAINTS", K_ACTION_CONSTRAINT}, {"SYMMETRY", K_SYMMETRY}, {"VIEW", K_VIEW}, {"ALIAS", K_ALIAS},
    {"POSTCONDITION", K_POSTCONDITION}, {"POSTCONDITIONS", K_POSTCONDITION}, {"CHECK_DEADLOCK", K_CHECK_DEADLOCK},
};

static keyword keyword_of(const cfg_tok *t)
{
    if (t->kind != T_ID) return K_NONE;
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (strcmp(keywords[i].name, t->text) == 0) return keywords[i].k;
    return K_NONE;
}

/* A misspelled keyword (INVARIANTT) gets a hint. */
static const char *keyword_hint(reader *r, const char *word)
{
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) {
        const char *k = keywords[i].name;
        size_t n = strlen(k), m = strlen(word);
        if ((m + 1 == n && strncmp(k, word, m) == 0) || (n + 1 == m && strncmp(k, word, n) == 0) ||
            (n == m && strcasecmp(k, word) == 0))
            return arena_printf(r->a, "did you mean `%s`?", k);
    }
    return "a configuration is a list of sections: CONSTANT, INIT, NEXT, SPECIFICATION, INVARIANT, PROPERTY, ...";
}

/* ---- values ------------------------------------------------------------------------------------- */

static bool read_value(reader *r, cfg_value *v);

static bool read_items(reader *r, cfg_value *v, tok_kind close)
{
    VEC(cfg_value) items = {0};
    next(r);
    if (r->tok.kind != close) {
        for (;;) {
            cfg_value item;
            if (!read_value(r, &item)) {
                VEC_FREE(items);
                return false;
            }
            VEC_PUSH(items, item);
            if (r->tok.kind == T_COMMA) {
                next(r);
                continue;
            }
            if (r->tok.kind == close) break;
            fail(r, r->tok.loc, NULL, "expected `,` or `%s` in this value", close == T_RBRACE ? "}" : ">>");
            VEC_FREE(items);
            return false;
        }
    }
    v->nitems = (uint32_t)items.len;
    v->items = ARENA_NEW_N(r->a, cfg_value, items.len + 1);
    if (items.len) memcpy(v->items, items.items, items.len * sizeof *items.items);
    VEC_FREE(items);
    next(r);
    return true;
}

static bool read_value(reader *r, cfg_value *v)
{
    memset(v, 0, sizeof *v);
    v->loc = r->tok.loc;
    switch (r->tok.kind) {
    case T_MINUS:
        next(r);
        if (r->tok.kind != T_NUM) {
            fail(r, r->tok.loc, NULL, "%s", "expected a number after `-`");
            return false;
        }
        v->kind = CFG_INT;
        v->num = -r->tok.num;
        next(r);
        return true;
    case T_NUM: v->kind = CFG_INT; v->num = r->tok.num; next(r); return true;
    case T_STR: v->kind = CFG_STR; v->str = r->tok.text; next(r); return true;
    case T_ID:
        if (keyword_of(&r->tok) != K_NONE) break;
        if (!strcmp(r->tok.text, "TRUE") || !strcmp(r->tok.text, "FALSE")) {
            v->kind = CFG_BOOL;
            v->boolean = r->tok.text[0] == 'T';
        } else {
            v->kind = CFG_MODEL;
            v->str = r->tok.text;
        }
        next(r);
        return true;
    case T_LBRACE: v->kind = CFG_SET; return read_items(r, v, T_RBRACE);
    case T_LANGLE: v->kind = CFG_TUPLE; return read_items(r, v, T_RANGLE);
    default: break;
    }
    fail(r, r->tok.loc, "values are numbers, strings, TRUE/FALSE, model values, {sets} and <<tuples>>",
         "%s", "expected a value");
    return false;
}

/* ---- sections ----------------------------------------------------------------------------------- */

typedef VEC(cfg_constant) constant_list;
typedef VEC(cfg_name) name_list;

/* `c = v`, `c <- d`, `c <- [M] d` */
static bool read_constant(reader *r, constant_list *out)
{
    cfg_constant c = {.name = r->tok.text, .loc = r->tok.loc};
    next(r);
    if (r->tok.kind == T_EQ) {
        next(r);
        if (!read_value(r, &c.value)) return false;
    } else if (r->tok.kind == T_LARROW) {
        c.is_override = true;
        next(r);
        if (r->tok.kind == T_LBRACK) {
            next(r);
            if (r->tok.kind != T_ID) return fail(r, r->tok.loc, NULL, "%s", "expected a module name after `[`"), false;
            c.target_module = r->tok.text;
            next(r);
            if (r->tok.kind != T_RBRACK) return fail(r, r->tok.loc, NULL, "%s", "expected `]` after the module name"), false;
            next(r);
        }
        if (r->tok.kind != T_ID) return fail(r, r->tok.loc, NULL, "%s", "expected an operator name after `<-`"), false;
        c.target = r->tok.text;
        next(r);
    } else {
        fail(r, r->tok.loc, "write `N = 3` to give a value, or `N <- Op` to substitute a definition",
             "expected `=` or `<-` after constant name `%s`", c.name);
        return false;
    }
    VEC_PUSH(*out, c);
    return true;
}

static void read_names(reader *r, name_list *out)
{
    while (r->tok.kind == T_ID && keyword_of(&r->tok) == K_NONE) {
        VEC_PUSH(*out, ((cfg_name){r->tok.text, r->tok.loc}));
        next(r);
    }
}

static bool read_single(reader *r, const char *section, atom *name, syn_loc *loc)
{
    if (r->tok.kind != T_ID || keyword_of(&r->tok) != K_NONE) {
        fail(r, r->tok.loc, NULL, "expected the name of an operator after %s", section);
        return false;
    }
    *name = r->tok.text;
    *loc = r->tok.loc;
    next(r);
    return true;
}

static cfg_name *freeze(reader *r, name_list *l, uint32_t *n)
{
    *n = (uint32_t)l->len;
    cfg_name *out = ARENA_NEW_N(r->a, cfg_name, l->len + 1);
    if (l->len) memcpy(out, l->items, l->len * sizeof *out);
    VEC_FREE(*l);
    return out;
}

cfg_file *cfg_read_text(arena *a, const char *path, const char *text, size_t len)
{
    reader r = {.a = a, .p = text, .end = text + len, .line = 1, .col = 1};
    r.file = util_source_register(path, text, len);
    cfg_file *cfg = ARENA_NEW(a, cfg_file);
    cfg->file = r.file;
    constant_list constants = {0};
    name_list inv = {0}, props = {0}, cons = {0}, acons = {0}, posts = {0};
    next(&r);
    while (r.tok.kind != T_EOF && !r.failed) {
        keyword k = keyword_of(&r.tok);
        syn_loc kloc = r.tok.loc;
        if (k == K_NONE) {
            if (r.tok.kind == T_ID)
                fail(&r, r.tok.loc, keyword_hint(&r, r.tok.text), "unknown keyword `%s` in the configuration", r.tok.text);
            else
                fail(&r, r.tok.loc, NULL, "%s", "expected a configuration keyword such as INIT, NEXT or INVARIANT");
            break;
        }
        next(&r);
        switch (k) {
        case K_CONSTANT:
            while (r.tok.kind == T_ID && keyword_of(&r.tok) == K_NONE && read_constant(&r, &constants)) {
                if (r.tok.kind == T_COMMA) next(&r);
            }
            break;
        case K_INIT: read_single(&r, "INIT", &cfg->init, &cfg->init_loc); break;
        case K_NEXT: read_single(&r, "NEXT", &cfg->next, &cfg->next_loc); break;
        case K_SPECIFICATION: read_single(&r, "SPECIFICATION", &cfg->specification, &cfg->specification_loc); break;
        case K_VIEW: read_single(&r, "VIEW", &cfg->view, &cfg->view_loc); break;
        case K_ALIAS: read_single(&r, "ALIAS", &cfg->alias, &cfg->alias_loc); break;
        case K_SYMMETRY: read_single(&r, "SYMMETRY", &cfg->symmetry, &cfg->symmetry_loc); break;
        case K_INVARIANT: read_names(&r, &inv); break;
        case K_PROPERTY: read_names(&r, &props); break;
        case K_CONSTRAINT: read_names(&r, &cons); break;
        case K_ACTION_CONSTRAINT: read_names(&r, &acons); break;
        case K_POSTCONDITION: read_names(&r, &posts); break;
        case K_CHECK_DEADLOCK:
            if (r.tok.kind == T_ID && (!strcmp(r.tok.text, "TRUE") || !strcmp(r.tok.text, "FALSE"))) {
                cfg->check_deadlock = r.tok.text[0] == 'T' ? CFG_TRUE : CFG_FALSE;
                next(&r);
            } else {
                fail(&r, kloc, NULL, "%s", "CHECK_DEADLOCK must be followed by TRUE or FALSE");
            }
            break;
        case K_NONE: break;
        }
    }
    cfg->nconstants = (uint32_t)constants.len;
    cfg->constants = ARENA_NEW_N(a, cfg_constant, constants.len + 1);
    if (constants.len) memcpy(cfg->constants, constants.items, constants.len * sizeof *constants.items);
    VEC_FREE(constants);
    cfg->invariants = freeze(&r, &inv, &cfg->ninvariants);
    cfg->properties = freeze(&r, &props, &cfg->nproperties);
    cfg->constraints = freeze(&r, &cons, &cfg->nconstraints);
    cfg->action_constraints = freeze(&r, &acons, &cfg->naction_constraints);
    cfg->postconditions = freeze(&r, &posts, &cfg->npostconditions);
    return r.failed ? NULL : cfg;
}

cfg_file *cfg_read_file(arena *a, const char *path)
{
    size_t len;
    char *text = util_read_file(path, &len);
    if (!text) {
        util_diag(DIAG_ERROR, (syn_loc){0}, "name the model with -config FILE",
                  "cannot read the configuration file %s: %s", path, strerror(errno));
        return NULL;
    }
    cfg_file *cfg = cfg_read_text(a, path, text, len);
    free(text);
    return cfg;
}
