/* cfg.c - reading TLC's model configuration files (.cfg): a hand-written lexer over TLA+'s tokens
 * and comments, and a keyword-driven reader where a section runs until the next keyword, as in TLC's
 * ModelConfig. Where TLC is loose (it takes any token as a name and stops silently at a bad
 * character) this reader wants identifiers and says where and why it stopped. After an error it
 * skips to the next keyword, so one run reports the independent mistakes of a file.
 */
#include "cfg.h"

#include <errno.h>
#include <string.h>

/* Sets and tuples nest through recursion: bound it so no input can exhaust the stack. */
enum { MAX_VALUE_DEPTH = 100 };

/* ---- tokens ------------------------------------------------------------------------------------- */

typedef enum {
    T_EOF, T_WORD, T_NUM, T_STR, T_EQ, T_DEFEQ, T_LARROW, T_LBRACK, T_RBRACK, T_LBRACE, T_RBRACE,
    T_LANGLE, T_RANGLE, T_LPAREN, T_RPAREN, T_COMMA, T_MINUS, T_BANG, T_OTHER
} tok_kind;

typedef struct cfg_tok {
    tok_kind kind;
    const char *text;            /* the token's bytes; for a string, those between the quotes */
    size_t len;
    uint64_t num;                /* T_NUM, saturated at UINT32_MAX + 1 (any larger is out of range anyway) */
    syn_loc loc;
} cfg_tok;

typedef enum {
    K_NONE, K_CONSTANT, K_INIT, K_NEXT, K_SPECIFICATION, K_VIEW, K_SYMMETRY, K_ALIAS, K_POSTCONDITION,
    K_INVARIANT, K_PROPERTY, K_CONSTRAINT, K_ACTION_CONSTRAINT, K_CHECK_DEADLOCK, K_TLC_INTERNAL, K_COUNT
} keyword;

/* Every word TLC's ModelConfig treats as a keyword (its ALL_KEYWORDS), in the order suggestions
 * prefer. _PERIODIC and _RL_REWARD are TLC-internal; tlc-c recognises them only to refuse them. */
static const struct { const char *word; keyword k; } keywords[] = {
    {"CONSTANT", K_CONSTANT}, {"CONSTANTS", K_CONSTANT}, {"INIT", K_INIT}, {"NEXT", K_NEXT},
    {"SPECIFICATION", K_SPECIFICATION}, {"INVARIANT", K_INVARIANT}, {"INVARIANTS", K_INVARIANT},
    {"PROPERTY", K_PROPERTY}, {"PROPERTIES", K_PROPERTY}, {"CONSTRAINT", K_CONSTRAINT},
    {"CONSTRAINTS", K_CONSTRAINT}, {"ACTION_CONSTRAINT", K_ACTION_CONSTRAINT},
    {"ACTION_CONSTRAINTS", K_ACTION_CONSTRAINT}, {"SYMMETRY", K_SYMMETRY}, {"VIEW", K_VIEW},
    {"ALIAS", K_ALIAS}, {"POSTCONDITION", K_POSTCONDITION}, {"CHECK_DEADLOCK", K_CHECK_DEADLOCK},
    {"_PERIODIC", K_TLC_INTERNAL}, {"_RL_REWARD", K_TLC_INTERNAL},
};

/* What a section's names are, for messages: "expected the name of <what> after INIT". */
static const char *const section_noun[K_COUNT] = {
    [K_INIT] = "the initial predicate", [K_NEXT] = "the next-state action",
    [K_SPECIFICATION] = "the specification", [K_VIEW] = "the view", [K_SYMMETRY] = "the symmetry set",
    [K_ALIAS] = "the alias", [K_POSTCONDITION] = "the postcondition", [K_INVARIANT] = "an invariant",
    [K_PROPERTY] = "a property", [K_CONSTRAINT] = "a constraint", [K_ACTION_CONSTRAINT] = "an action constraint",
};

static bool takes_one_name(keyword k)
{
    return k == K_INIT || k == K_NEXT || k == K_SPECIFICATION || k == K_VIEW || k == K_SYMMETRY ||
           k == K_ALIAS || k == K_POSTCONDITION;
}

typedef VEC(cfg_constant) constant_list;
typedef VEC(cfg_name) name_list;

typedef struct reader {
    arena *a;
    atom file;
    const char *p, *end;
    uint32_t line, col;
    cfg_tok tok;                 /* the current token */
    keyword kw;                  /* tok as a keyword, K_NONE if it is not one */
    syn_loc prev;                /* the token before tok, to end the span of a construct */
    const char *section_word;    /* the keyword of the section being read, for messages */
    bool failed;
    constant_list constants;
    name_list names[K_COUNT];    /* the names of each section, merged over repeats */
    cfg_tristate check_deadlock;
    syn_loc check_deadlock_loc;
} reader;

static void error(reader *r, syn_loc loc, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void error(reader *r, syn_loc loc, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    util_vdiag(util_diag_out(), DIAG_ERROR, loc, hint, fmt, ap);
    va_end(ap);
    r->failed = true;
}

static void note(syn_loc loc, const char *msg) { util_diag(DIAG_NOTE, loc, NULL, "%s", msg); }

static syn_loc span(syn_loc from, syn_loc to)
{
    from.end_line = to.end_line;
    from.end_col = to.end_col;
    return from;
}

/* ---- lexer -------------------------------------------------------------------------------------- */

static bool at(const reader *r, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(r->end - r->p) >= n && memcmp(r->p, s, n) == 0;
}

/* Advance one byte; columns count code points, so UTF-8 continuation bytes do not move them. */
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

static void step_n(reader *r, size_t n)
{
    while (n-- && r->p < r->end) step(r);
}

static syn_loc here(const reader *r) { return (syn_loc){r->file, r->line, r->col, r->line, r->col}; }

/* `(* ... *)`, nested as in TLA+; r->p is at the opening `(*`. */
static void skip_block_comment(reader *r)
{
    syn_loc start = here(r);
    start.end_col++;
    unsigned long depth = 0;
    while (r->p < r->end) {
        if (at(r, "(*")) {
            depth++;
            step_n(r, 2);
        } else if (at(r, "*)")) {
            step_n(r, 2);
            if (--depth == 0) return;
        } else {
            step(r);
        }
    }
    error(r, start, "every `(*` needs a matching `*)`; comments nest", "this comment is never closed");
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

static void skip_blanks_and_comments(reader *r)
{
    while (r->p < r->end) {
        if (is_blank(*r->p)) {
            step(r);
        } else if (at(r, "\\*")) {
            while (r->p < r->end && *r->p != '\n') step(r);
        } else if (at(r, "(*")) {
            skip_block_comment(r);
        } else {
            return;
        }
    }
}

static bool is_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* An identifier, or a number when the word is all digits (TLA+ allows names like 1a). */
static void lex_word(reader *r, cfg_tok *t)
{
    bool digits = true;
    uint64_t num = 0;
    while (r->p < r->end && is_word_char(*r->p)) {
        char c = *r->p;
        if (c >= '0' && c <= '9') {
            num = num * 10 + (uint64_t)(c - '0');
            if (num > (uint64_t)UINT32_MAX + 1) num = (uint64_t)UINT32_MAX + 1;
        } else {
            digits = false;
        }
        step(r);
    }
    t->kind = digits ? T_NUM : T_WORD;
    t->num = num;
}

/* A TLA+ string: `\` escapes the next character. Like TLC, the text is kept as written. */
static void lex_string(reader *r, cfg_tok *t)
{
    step(r);
    t->kind = T_STR;
    t->text = r->p;
    while (r->p < r->end && *r->p != '"' && *r->p != '\n') {
        if (*r->p == '\\' && r->p + 1 < r->end && r->p[1] != '\n') step(r);
        step(r);
    }
    t->len = (size_t)(r->p - t->text);
    if (r->p < r->end && *r->p == '"') {
        step(r);
        return;
    }
    error(r, t->loc, "a string ends with `\"` on the same line", "this string is never closed");
}

static void lex_punct(reader *r, cfg_tok *t)
{
    static const struct { const char *s; tok_kind k; } puncts[] = {
        {"<-", T_LARROW}, {"<<", T_LANGLE}, {">>", T_RANGLE}, {"==", T_DEFEQ}, {"=", T_EQ}, {"[", T_LBRACK},
        {"]", T_RBRACK}, {"{", T_LBRACE}, {"}", T_RBRACE}, {"(", T_LPAREN}, {")", T_RPAREN}, {",", T_COMMA},
        {"-", T_MINUS}, {"!", T_BANG},
    };
    for (size_t i = 0; i < sizeof puncts / sizeof *puncts; i++) {
        if (at(r, puncts[i].s)) {
            t->kind = puncts[i].k;
            step_n(r, strlen(puncts[i].s));
            return;
        }
    }
    /* anything else is one code point, reported where it is used */
    t->kind = T_OTHER;
    step(r);
    while (r->p < r->end && ((unsigned char)*r->p & 0xC0) == 0x80) step(r);
}

static keyword keyword_of(const cfg_tok *t)
{
    if (t->kind != T_WORD) return K_NONE;
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (strlen(keywords[i].word) == t->len && memcmp(keywords[i].word, t->text, t->len) == 0)
            return keywords[i].k;
    return K_NONE;
}

static void next(reader *r)
{
    r->prev = r->tok.loc;
    skip_blanks_and_comments(r);
    cfg_tok t = {.loc = here(r), .text = r->p};
    if (r->p >= r->end) t.kind = T_EOF;
    else if (is_word_char(*r->p)) lex_word(r, &t);
    else if (*r->p == '"') lex_string(r, &t);
    else lex_punct(r, &t);
    if (t.kind != T_STR) t.len = (size_t)(r->p - t.text);
    t.loc.end_line = r->line;
    t.loc.end_col = r->col > 1 ? r->col - 1 : 1;
    r->tok = t;
    r->kw = keyword_of(&t);
}

static bool is_name(const reader *r) { return r->tok.kind == T_WORD && r->kw == K_NONE; }

static atom tok_atom(const reader *r) { return util_intern_n(r->tok.text, r->tok.len); }

/* The current token for a message: "`=`", "the keyword `INIT`", "the end of the file". */
static const char *found(reader *r)
{
    if (r->tok.kind == T_EOF) return "the end of the file";
    int n = r->tok.len > 24 ? 24 : (int)r->tok.len;
    const char *more = r->tok.len > 24 ? "..." : "";
    if (r->tok.kind == T_STR) return arena_printf(r->a, "the string \"%.*s%s\"", n, r->tok.text, more);
    if (r->kw != K_NONE) return arena_printf(r->a, "the keyword `%.*s`", n, r->tok.text);
    return arena_printf(r->a, "`%.*s%s`", n, r->tok.text, more);
}

/* After an error: drop tokens up to the next keyword, where reading can resume. */
static void skip_to_keyword(reader *r)
{
    while (r->tok.kind != T_EOF && r->kw == K_NONE) next(r);
}

/* ---- keyword suggestions ------------------------------------------------------------------------ */

static char upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c; }

/* Edit distance between a word (compared in upper case) and a keyword; both are short. */
static size_t edit_distance(const char *w, size_t wn, const char *k)
{
    size_t kn = strlen(k), row[32];
    for (size_t j = 0; j <= kn; j++) row[j] = j;
    for (size_t i = 1; i <= wn; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= kn; j++) {
            size_t up = row[j];
            size_t best = diag + (upper(w[i - 1]) != k[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[kn];
}

/* The keyword a misspelt word most likely meant (INVARIANTT, Next, POSTCONDITIONS), or NULL. */
static const char *closest_keyword(const char *w, size_t n)
{
    if (n > 24) return NULL;
    size_t limit = n >= 5 ? 2 : 1, best = limit + 1;
    const char *pick = NULL;
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) {
        if (keywords[i].k == K_TLC_INTERNAL) continue;
        size_t d = edit_distance(w, n, keywords[i].word);
        if (d < best) best = d, pick = keywords[i].word;
    }
    return pick;
}

/* ---- values ------------------------------------------------------------------------------------- */

static bool read_value(reader *r, cfg_value *v, unsigned depth);

static bool read_number(reader *r, cfg_value *v)
{
    if (r->tok.num > (uint64_t)INT32_MAX) {
        error(r, r->tok.loc, "TLC's integers lie in -2147483648 .. 2147483647",
              "the number %.*s is out of range", (int)r->tok.len, r->tok.text);
        return false;
    }
    v->kind = CFG_INT;
    v->num = (int64_t)r->tok.num;
    next(r);
    v->loc = span(v->loc, r->prev);
    return true;
}

/* `{v, ...}` or `<<v, ...>>`: r->tok is the opening bracket. */
static bool read_items(reader *r, cfg_value *v, unsigned depth)
{
    bool set = r->tok.kind == T_LBRACE;
    tok_kind close = set ? T_RBRACE : T_RANGLE;
    syn_loc open = r->tok.loc;
    VEC(cfg_value) items = {0};
    bool ok = true;
    next(r);
    while (ok && r->tok.kind != close) {
        cfg_value item;
        ok = read_value(r, &item, depth + 1);
        if (!ok) break;
        VEC_PUSH(items, item);
        if (r->tok.kind == T_COMMA) {
            next(r);
        } else if (r->tok.kind != close) {
            error(r, r->tok.loc, NULL, "expected `,` or `%s` after an element of this %s, found %s", set ? "}" : ">>",
                  set ? "set" : "tuple", found(r));
            note(open, set ? "the set starts here" : "the tuple starts here");
            ok = false;
        }
    }
    if (ok) {
        v->kind = set ? CFG_SET : CFG_TUPLE;
        v->nitems = (uint32_t)items.len;
        v->items = ARENA_NEW_N(r->a, cfg_value, items.len + 1);
        if (items.len) memcpy(v->items, items.items, items.len * sizeof *items.items);
        next(r);
        v->loc = span(open, r->prev);
    }
    VEC_FREE(items);
    return ok;
}

static bool read_value(reader *r, cfg_value *v, unsigned depth)
{
    memset(v, 0, sizeof *v);
    v->loc = r->tok.loc;
    if (depth > MAX_VALUE_DEPTH) {
        error(r, r->tok.loc, NULL, "this value nests sets and tuples more than %d deep", MAX_VALUE_DEPTH);
        return false;
    }
    switch (r->tok.kind) {
    case T_NUM: return read_number(r, v);
    case T_MINUS:
        /* TLC's reader has no negative numbers: it stops at the `-` ("It was expecting = or <-") */
        error(r, r->tok.loc, "define the value in the spec (Neg == -4) and write `N <- Neg` here",
              "a negative number is not a value of a .cfg for TLC");
        return false;
    case T_STR:
        v->kind = CFG_STR;
        v->str = tok_atom(r);
        next(r);
        return true;
    case T_WORD:
        if (r->kw != K_NONE) break;
        if (r->tok.len == 4 && !memcmp(r->tok.text, "TRUE", 4)) {
            v->kind = CFG_BOOL;
            v->boolean = true;
        } else if (r->tok.len == 5 && !memcmp(r->tok.text, "FALSE", 5)) {
            v->kind = CFG_BOOL;
        } else {
            v->kind = CFG_MODEL;
            v->str = tok_atom(r);
        }
        next(r);
        return true;
    case T_LBRACE:
    case T_LANGLE: return read_items(r, v, depth);
    default: break;
    }
    error(r, r->tok.loc, "a value is a number, a string, TRUE, FALSE, a model value, a set {...} or a tuple <<...>>",
          "expected a value, found %s", found(r));
    return false;
}

/* ---- the CONSTANT section ----------------------------------------------------------------------- */

/* The name being assigned: an identifier or a path A!B!c (TLC keeps the path as one name). */
static bool read_constant_name(reader *r, cfg_constant *c)
{
    if (r->tok.kind != T_WORD) {
        error(r, r->tok.loc,
              r->tok.kind == T_COMMA ? "entries of a CONSTANT section are separated by spaces or new lines, not commas"
                                     : NULL,
              "expected the name of a constant, found %s", found(r));
        return false;
    }
    syn_loc start = r->tok.loc;
    const char *name = arena_strndup(r->a, r->tok.text, r->tok.len);
    next(r);
    while (r->tok.kind == T_BANG) {
        next(r);
        if (!is_name(r)) {
            error(r, r->tok.loc, NULL, "expected a name after `!`, found %s", found(r));
            return false;
        }
        name = arena_printf(r->a, "%s!%.*s", name, (int)r->tok.len, r->tok.text);
        next(r);
    }
    c->name = util_intern(name);
    c->loc = span(start, r->prev);
    return true;
}

/* `[M]` before a value or a substitute: the module the entry applies in. */
static bool read_module_scope(reader *r, cfg_constant *c)
{
    if (r->tok.kind != T_LBRACK) return true;
    next(r);
    if (!is_name(r)) {
        error(r, r->tok.loc, NULL, "expected a module name after `[`, found %s", found(r));
        return false;
    }
    c->target_module = tok_atom(r);
    next(r);
    if (r->tok.kind != T_RBRACK) {
        error(r, r->tok.loc, NULL, "expected `]` after the module name, found %s", found(r));
        return false;
    }
    next(r);
    return true;
}

/* `(a, b)` after an operator's name: the arguments its value is given at. */
static bool read_arguments(reader *r, cfg_constant *c)
{
    VEC(cfg_value) args = {0};
    bool ok = true;
    syn_loc open = r->tok.loc;
    do {
        next(r);
        cfg_value v;
        ok = read_value(r, &v, 1);
        if (ok) VEC_PUSH(args, v);
    } while (ok && r->tok.kind == T_COMMA);
    if (ok && r->tok.kind != T_RPAREN) {
        error(r, r->tok.loc, NULL, "expected `,` or `)` after an argument of `%s`, found %s", c->name, found(r));
        note(open, "the arguments start here");
        ok = false;
    }
    if (ok) {
        next(r);
        c->nargs = (uint32_t)args.len;
        c->args = ARENA_NEW_N(r->a, cfg_value, args.len);
        memcpy(c->args, args.items, args.len * sizeof *args.items);
    }
    VEC_FREE(args);
    return ok;
}

static bool read_substitute(reader *r, cfg_constant *c)
{
    c->is_override = true;
    next(r);
    if (!read_module_scope(r, c)) return false;
    if (!is_name(r)) {
        error(r, r->tok.loc, "`c <- Op` replaces c by the definition Op of the spec",
              "expected the name of a definition after `<-`, found %s", found(r));
        return false;
    }
    c->target = tok_atom(r);
    c->target_loc = r->tok.loc;
    next(r);
    return true;
}

static bool read_constant(reader *r)
{
    cfg_constant c = {0};
    if (!read_constant_name(r, &c)) return false;
    if (r->tok.kind == T_LARROW) {
        if (!read_substitute(r, &c)) return false;
        VEC_PUSH(r->constants, c);
        return true;
    }
    if (r->tok.kind == T_LPAREN && !read_arguments(r, &c)) return false;
    if (r->tok.kind != T_EQ) {
        const char *hint = r->tok.kind == T_DEFEQ ? "the configuration assigns with a single `=`"
                           : c.nargs         ? NULL
                                             : "write `N = 3` to give a value, or `N <- Op` to substitute a definition";
        if (c.nargs)
            error(r, r->tok.loc, hint, "expected `=` after the arguments of `%s`, found %s", c.name, found(r));
        else
            error(r, r->tok.loc, hint, "expected `=` or `<-` after constant name `%s`, found %s", c.name, found(r));
        return false;
    }
    next(r);
    if (!read_module_scope(r, &c) || !read_value(r, &c.value, 1)) return false;
    VEC_PUSH(r->constants, c);
    return true;
}

static void read_constants(reader *r)
{
    while (r->tok.kind != T_EOF && r->kw == K_NONE) {
        if (!read_constant(r)) return skip_to_keyword(r);
    }
}

/* ---- sections of names -------------------------------------------------------------------------- */

static void expected_name(reader *r, keyword k)
{
    error(r, r->tok.loc,
          r->tok.kind == T_COMMA ? "names are separated by spaces or new lines, not commas" : NULL,
          "expected the name of %s after %s, found %s", section_noun[k], r->section_word, found(r));
}

/* INVARIANT, PROPERTY, CONSTRAINT, ACTION_CONSTRAINT: any number of names, up to the next keyword. */
static void read_names(reader *r, keyword k)
{
    while (r->tok.kind != T_EOF && r->kw == K_NONE) {
        if (!is_name(r)) {
            expected_name(r, k);
            return skip_to_keyword(r);
        }
        VEC_PUSH(r->names[k], ((cfg_name){tok_atom(r), r->tok.loc}));
        next(r);
    }
}

/* INIT, NEXT, SPECIFICATION, VIEW, SYMMETRY, ALIAS, POSTCONDITION: one name, once in the file. */
static void read_one_name(reader *r, keyword k)
{
    if (!is_name(r)) {
        expected_name(r, k);
        return skip_to_keyword(r);
    }
    if (r->names[k].len) {
        error(r, r->tok.loc, "TLC reads one name per file for this keyword",
              "%s is given a second time", r->section_word);
        note(r->names[k].items[0].loc, "the first is here");
    } else {
        VEC_PUSH(r->names[k], ((cfg_name){tok_atom(r), r->tok.loc}));
    }
    next(r);
}

static void read_check_deadlock(reader *r)
{
    bool is_true = r->tok.kind == T_WORD && r->tok.len == 4 && !memcmp(r->tok.text, "TRUE", 4);
    bool is_false = r->tok.kind == T_WORD && r->tok.len == 5 && !memcmp(r->tok.text, "FALSE", 5);
    if (!is_true && !is_false) {
        error(r, r->tok.loc, NULL, "CHECK_DEADLOCK must be followed by TRUE or FALSE, found %s", found(r));
        return skip_to_keyword(r);
    }
    if (r->check_deadlock != CFG_UNSET) {
        error(r, r->tok.loc, NULL, "%s", "CHECK_DEADLOCK is given a second time");
        note(r->check_deadlock_loc, "the first is here");
    } else {
        r->check_deadlock = is_true ? CFG_TRUE : CFG_FALSE;
        r->check_deadlock_loc = r->tok.loc;
    }
    next(r);
}

/* A word where a section should start. `previous` is the section just read, for the hint. */
static void unknown_section(reader *r, keyword previous, const char *previous_word)
{
    const char *hint = "a configuration is a list of sections such as CONSTANTS, INIT, NEXT, SPECIFICATION, "
                       "INVARIANT, PROPERTY, CONSTRAINT, SYMMETRY, VIEW, ALIAS and CHECK_DEADLOCK";
    const char *guess = r->tok.kind == T_WORD ? closest_keyword(r->tok.text, r->tok.len) : NULL;
    if (!guess && r->tok.kind == T_WORD && takes_one_name(previous))
        error(r, r->tok.loc, "is a keyword missing before it?", "%s takes a single name, and `%.*s` would be a second one",
              previous_word, (int)r->tok.len, r->tok.text);
    else if (guess)
        error(r, r->tok.loc, NULL, "unknown keyword `%.*s`, did you mean `%s`?", (int)r->tok.len, r->tok.text, guess);
    else if (r->tok.kind == T_WORD)
        error(r, r->tok.loc, hint, "unknown keyword `%.*s`", (int)r->tok.len, r->tok.text);
    else
        error(r, r->tok.loc, hint, "expected a keyword such as CONSTANT, INIT, NEXT or INVARIANT, found %s", found(r));
    skip_to_keyword(r);
}

static void read_sections(reader *r)
{
    keyword previous = K_NONE;
    const char *previous_word = NULL;
    while (r->tok.kind != T_EOF) {
        keyword k = r->kw;
        if (k == K_NONE) {
            unknown_section(r, previous, previous_word);
            previous = K_NONE;
            continue;
        }
        syn_loc kloc = r->tok.loc;
        r->section_word = arena_strndup(r->a, r->tok.text, r->tok.len);
        next(r);
        if (k == K_CONSTANT) read_constants(r);
        else if (k == K_CHECK_DEADLOCK) read_check_deadlock(r);
        else if (takes_one_name(k)) read_one_name(r, k);
        else if (k == K_TLC_INTERNAL) {
            error(r, kloc, "remove this section", "%s is internal to TLC; tlc-c does not support it", r->section_word);
            skip_to_keyword(r);
        } else read_names(r, k);
        previous = k;
        previous_word = r->section_word;
    }
}

/* ---- the result --------------------------------------------------------------------------------- */

static cfg_name *freeze_names(reader *r, keyword k, uint32_t *n)
{
    name_list *l = &r->names[k];
    *n = (uint32_t)l->len;
    cfg_name *out = ARENA_NEW_N(r->a, cfg_name, l->len + 1);
    if (l->len) memcpy(out, l->items, l->len * sizeof *out);
    return out;
}

static void take_one_name(reader *r, keyword k, atom *name, syn_loc *loc)
{
    if (!r->names[k].len) return;
    *name = r->names[k].items[0].name;
    *loc = r->names[k].items[0].loc;
}

static void build(reader *r, cfg_file *cfg)
{
    cfg->nconstants = (uint32_t)r->constants.len;
    cfg->constants = ARENA_NEW_N(r->a, cfg_constant, r->constants.len + 1);
    if (r->constants.len) memcpy(cfg->constants, r->constants.items, r->constants.len * sizeof *cfg->constants);
    take_one_name(r, K_INIT, &cfg->init, &cfg->init_loc);
    take_one_name(r, K_NEXT, &cfg->next, &cfg->next_loc);
    take_one_name(r, K_SPECIFICATION, &cfg->specification, &cfg->specification_loc);
    take_one_name(r, K_VIEW, &cfg->view, &cfg->view_loc);
    take_one_name(r, K_ALIAS, &cfg->alias, &cfg->alias_loc);
    take_one_name(r, K_SYMMETRY, &cfg->symmetry, &cfg->symmetry_loc);
    cfg->invariants = freeze_names(r, K_INVARIANT, &cfg->ninvariants);
    cfg->properties = freeze_names(r, K_PROPERTY, &cfg->nproperties);
    cfg->constraints = freeze_names(r, K_CONSTRAINT, &cfg->nconstraints);
    cfg->action_constraints = freeze_names(r, K_ACTION_CONSTRAINT, &cfg->naction_constraints);
    cfg->postconditions = freeze_names(r, K_POSTCONDITION, &cfg->npostconditions);
    cfg->check_deadlock = r->check_deadlock;
    cfg->check_deadlock_loc = r->check_deadlock_loc;
}

cfg_file *cfg_read_text(arena *a, const char *path, const char *text, size_t len)
{
    reader r = {.a = a, .p = text, .end = text + len, .line = 1, .col = 1};
    r.file = util_source_register(path, text, len);
    next(&r);
    read_sections(&r);
    cfg_file *cfg = NULL;
    if (!r.failed) {
        cfg = ARENA_NEW(a, cfg_file);
        cfg->file = r.file;
        build(&r, cfg);
    }
    VEC_FREE(r.constants);
    for (int k = 0; k < K_COUNT; k++) VEC_FREE(r.names[k]);
    return cfg;
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
