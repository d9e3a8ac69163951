/* parse.c - reading a PlusCal algorithm (p-syntax and c-syntax) into the tree of pcal_internal.h.
 *
 * The algorithm is read from the module's lines with its comments blanked. Statements are parsed as
 * pcal.trans parses them: an expression is not parsed, only scanned to the first token that cannot
 * belong to it (`;`, `:=`, `||`, `then`, `do`, a keyword starting a statement, or an unmatched `)`,
 * `}` or `,`), keeping every token's column so the layout can be reproduced. */
#include "pcal_internal.h"

#include <ctype.h>
#include <string.h>

typedef struct atok {
    const char *s;
    int type;
    int line, col;     /* 0-based start */
    int eline, ecol;   /* position just after */
} atok;

/* ---- characters ------------------------------------------------------------------------------- */

static int char_at(pcal_ctx *c, int line, int col)
{
    if (line >= c->nsrc) return -1;
    const char *l = c->src[line];
    int n = (int)strlen(l);
    if (col < n) return (unsigned char)l[col];
    return '\n';
}

/* Skips blanks and line ends from (line, col). */
static void skip_space(pcal_ctx *c, int *line, int *col)
{
    for (;;) {
        int ch = char_at(c, *line, *col);
        if (ch == -1) return;
        if (ch == '\n') { (*line)++; *col = 0; continue; }
        if (ch == ' ' || ch == '\r' || ch == '\f') { (*col)++; continue; }
        return;
    }
}

static const char *const ops[] = {
    "<=>", "(+)", "(-)", "(.)", "(/)", "|->", "-+->", "...", "::=", "<<", ">>", "/\\", "\\/", "=>", "==", "=<",
    "<=", ">=", "/=", ":=", "||", "->", "<-", "..", "[]", "<>", "~>", "++", "--", "**", "//", "^^", "%%",
    "&&", "|-", "-|", "|=", "=|", "<:", ":>", "@@", "$$", "??", "##", "!!", NULL
};

static const char *const keywords[] = {
    "IF", "THEN", "ELSE", "LET", "IN", "CASE", "OTHER", "CHOOSE", "EXCEPT", "DOMAIN", "SUBSET", "UNION",
    "ENABLED", "UNCHANGED", "TRUE", "FALSE", "BOOLEAN", "STRING", "LAMBDA", "WF_", "SF_", NULL
};

static bool is_idchar(int ch) { return ch != -1 && (isalnum(ch) || ch == '_'); }

/* The token starting at (line, col) after blanks; type -1 at the end of the text. */
static atok lex_at(pcal_ctx *c, int line, int col)
{
    atok t = {"", -1, 0, 0, 0, 0};
    skip_space(c, &line, &col);
    t.line = t.eline = line;
    t.col = t.ecol = col;
    int ch = char_at(c, line, col);
    if (ch == -1) return t;
    const char *l = c->src[line];
    int n = (int)strlen(l), e = col;
    if (isalpha(ch) || ch == '_') {
        while (e < n && is_idchar((unsigned char)l[e])) {
            e++;
            if (e - col == 3 && (!strncmp(l + col, "WF_", 3) || !strncmp(l + col, "SF_", 3))) break;
        }
        t.type = TK_IDENT;
    } else if (isdigit(ch)) {
        while (e < n && isdigit((unsigned char)l[e])) e++;
        t.type = TK_NUMBER;
        if (e < n && (isalpha((unsigned char)l[e]) || l[e] == '_')) {
            while (e < n && is_idchar((unsigned char)l[e])) e++;
            t.type = TK_IDENT;
        }
    } else if (ch == '"') {
        e = col + 1;
        while (e < n && l[e] != '"') e += (l[e] == '\\' && e + 1 < n) ? 2 : 1;
        t.type = TK_STRING;
        t.s = arena_strndup(&c->a, l + col + 1, (size_t)(e - col - 1));
        t.ecol = e < n ? e + 1 : n;
        return t;
    } else if (ch == '\\') {
        e = col + 1;
        if (e < n && l[e] == '/') e++;
        else while (e < n && isalpha((unsigned char)l[e])) e++;
        t.type = TK_BUILTIN;
    } else {
        e = col + 1;
        for (int i = 0; ops[i]; i++) {
            size_t k = strlen(ops[i]);
            if (!strncmp(l + col, ops[i], k)) { e = col + (int)k; break; }
        }
        t.type = TK_BUILTIN;
    }
    t.s = arena_strndup(&c->a, l + col, (size_t)(e - col));
    t.ecol = e;
    if (t.type == TK_IDENT)
        for (int i = 0; keywords[i]; i++)
            if (!strcmp(t.s, keywords[i])) t.type = TK_BUILTIN;
    return t;
}

void pcal_lex_init(pcal_ctx *c, int line, int col)
{
    c->line = line;
    c->col = col;
}

/* ---- tokens of the algorithm ------------------------------------------------------------------ */

typedef struct parser {
    pcal_ctx *c;
    atok last;      /* the token last consumed */
    int depth;      /* statements being parsed, one inside the other */
} parser;

static atok peek(parser *p, int n)
{
    int line = p->c->line, col = p->c->col;
    atok t = {"", -1, 0, 0, 0, 0};
    for (int i = 0; i < n; i++) {
        t = lex_at(p->c, line, col);
        line = t.eline;
        col = t.ecol;
    }
    return t;
}

static const char *peek_s(parser *p, int n)
{
    atok t = peek(p, n);
    return t.type < 0 ? "" : t.s;
}

static bool next_is(parser *p, const char *s)
{
    atok t = peek(p, 1);
    return t.type >= 0 && t.type != TK_STRING && !strcmp(t.s, s);
}

/* The first non-blank character after the n-th next token. */
static int char_after(parser *p, int n, int k)
{
    atok t = n ? peek(p, n) : (atok){"", 0, p->c->line, p->c->col, p->c->line, p->c->col};
    int line = t.eline, col = t.ecol;
    skip_space(p->c, &line, &col);
    return char_at(p->c, line, col + k);
}

static const char *get_tok(parser *p)
{
    atok t = lex_at(p->c, p->c->line, p->c->col);
    if (t.type < 0)
        pcal_error(p->c, t.line + 1, t.col + 1, "Premature end of file", "the algorithm ends before its last `end algorithm` or `}`");
    p->c->line = t.eline;
    p->c->col = t.ecol;
    p->last = t;
    return t.type == TK_STRING ? pcal_strf(p->c, "\"%s\"", t.s) : t.s;
}

static void parsing_error(parser *p, const char *msg, const char *teach)
{
    pcal_error(p->c, p->last.line + 1, p->last.col + 1,
               pcal_strf(p->c, "%s\n    line %d, column %d.", msg, p->last.line + 1, p->last.col + 1), "%s", teach);
}

static void must_gobble(parser *p, const char *s)
{
    const char *t = get_tok(p);
    if (strcmp(t, s))
        parsing_error(p, pcal_strf(p->c, "Expected \"%s\" but found \"%s\"", s, t),
                      pcal_strf(p->c, "expected `%s` here, found `%s`", s, t));
}

static const char *const semicolon_optional[] = {
    "end", "begin", "else", "elsif", "or", "do", "macro", "procedure", "process", "fair", "define", "}", "{", NULL
};
static const char *const statement_starts[] = {
    "if", "either", "while", "with", "call", "return", "goto", "print", "assert", "skip", NULL
};

static bool in_list(const char *s, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(s, list[i])) return true;
    return false;
}

static void gobble(parser *p, const char *s)
{
    if (!strcmp(s, ";")) {
        atok nt = peek(p, 1);
        const char *nxt = nt.type < 0 ? "" : nt.s;
        if (in_list(nxt, semicolon_optional)) return;
        if (in_list(nxt, statement_starts))
            pcal_error(p->c, nt.line + 1, nt.col + 1,
                       pcal_strf(p->c, "Missing `;' before line %d, column %d", nt.line + 1, nt.col + 1),
                       "a `;` is missing before this statement");
    }
    must_gobble(p, s);
}

static void gobble_comma_or_semi(parser *p) { gobble(p, next_is(p, ",") ? "," : ";"); }
static void gobble_begin(parser *p) { gobble(p, p->c->csyntax ? "{" : "begin"); }
static void gobble_end(parser *p, const char *what)
{
    if (p->c->csyntax) gobble(p, "}");
    else { gobble(p, "end"); gobble(p, what); }
}

/* ---- expressions ------------------------------------------------------------------------------ */

static const char *const expr_delims[] = {
    ";", "do", "then", ":=", "begin", "variable", "variables", "||", "end", "else", "elsif", "if", "either",
    "or", "while", "with", "call", "return", "goto", "print", "assert", "skip", "procedure", "define",
    "process", "fair", NULL
};

static bool left_paren(const char *s) { return !strcmp(s, "(") || !strcmp(s, "[") || !strcmp(s, "{") || !strcmp(s, "<<"); }
static bool right_paren(const char *s) { return !strcmp(s, ")") || !strcmp(s, "]") || !strcmp(s, "}") || !strcmp(s, ">>"); }

/* Scans an expression from the reader; the reader is left at the token that ends it. */
static pexpr *get_expr(parser *p)
{
    pcal_ctx *c = p->c;
    pexpr *e = pexpr_new(c);
    pexpr_add_line(c, e);
    int depth = 0, line = c->line;
    bool quant = false;
    const char *prev = " ";
    for (;;) {
        atok t = lex_at(c, c->line, c->col);
        if (t.type < 0)
            pcal_error(c, t.line + 1, t.col + 1, "Premature end of file", "the algorithm ends inside an expression");
        while (line < t.line) { pexpr_add_line(c, e); line++; }
        if (t.type != TK_STRING) {
            bool delim = in_list(t.s, expr_delims) &&
                         !(t.type == TK_IDENT && (!strcmp(prev, ".") || !strcmp(prev, "[") || !strcmp(prev, ",")));
            if (!delim && depth == 0 &&
                ((!strcmp(t.s, ",") && !quant) || !strcmp(t.s, ")") || !strcmp(t.s, "}")))
                delim = true;
            if (delim) {
                if (depth != 0)
                    pcal_error(c, t.line + 1, t.col + 1,
                               pcal_strf(c, "Expression with an unmatched (, [, {, or << followed by `%s' found at\n    line %d, column %d",
                                         t.s, t.line + 1, t.col + 1),
                               "this expression has an unclosed `(`, `[`, `{` or `<<` before `%s`", t.s);
                break;
            }
            if (left_paren(t.s)) depth++;
            if (right_paren(t.s) && --depth < 0)
                pcal_error(c, t.line + 1, t.col + 1,
                           pcal_strf(c, "Extra (unmatching) `%s' found at\n    line %d, column %d", t.s, t.line + 1, t.col + 1),
                           "`%s` closes nothing", t.s);
            if ((!strcmp(t.s, "\\A") || !strcmp(t.s, "\\E")) && depth == 0) quant = true;
            if (quant && !strcmp(t.s, ":") && depth == 0) quant = false;
        }
        prev = t.type == TK_STRING ? " " : t.s;
        ptok *pt = ptok_new(c, t.s, t.col, t.type);
        pt->sline = t.line;
        pt->scol = t.col;
        pexpr_add_tok(c, e, pt);
        c->line = t.eline;
        c->col = t.ecol;
    }
    pexpr_normalize(e);
    return e;
}

/* ---- declarations ----------------------------------------------------------------------------- */

typedef VEC(pvardecl) decl_vec;

static pvardecl get_var_decl(parser *p, bool proc_param)
{
    pvardecl d = {0};
    d.var = get_tok(p);
    d.line = p->last.line + 1;
    d.col = p->last.col + 1;
    d.is_eq = true;
    if (next_is(p, "=") || (!proc_param && next_is(p, "\\in"))) {
        d.is_eq = !strcmp(get_tok(p), "=");
        d.val = get_expr(p);
        if (pexpr_empty(d.val)) parsing_error(p, "Missing expression at ", "a declaration's `=` or `\\in` needs an expression");
    } else {
        p->c->has_default_init = true;
    }
    return d;
}

static bool decls_end(parser *p, bool global)
{
    const char *s = peek_s(p, 1);
    if (!strcmp(s, "begin") || !strcmp(s, "{")) return true;
    return global && (!strcmp(s, "procedure") || !strcmp(s, "process") || !strcmp(s, "fair") ||
                      !strcmp(s, "define") || !strcmp(s, "macro"));
}

static void get_var_decls(parser *p, pvardecl **out, int *n, bool global, bool proc)
{
    if (next_is(p, "variables")) must_gobble(p, "variables");
    else gobble(p, "variable");
    decl_vec v = {0};
    while (!decls_end(p, global)) {
        AVEC_PUSH(&p->c->a, v, get_var_decl(p, proc));
        gobble_comma_or_semi(p);
    }
    *out = ARENA_NEW_N(&p->c->a, pvardecl, v.len + 1);
    if (v.len) memcpy(*out, v.items, sizeof(pvardecl) * v.len);
    *n = (int)v.len;
}

/* ---- statements ------------------------------------------------------------------------------- */

static svec get_stmt_seq(parser *p);
static svec get_cstmt(parser *p);
static pstmt *get_stmt(parser *p);
static pstmt *get_stmt_inner(parser *p);

static void add_str(pcal_ctx *c, const char ***v, int *n, int *cap, const char *s)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp((*v)[i], s)) return;
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 8;
        const char **nv = ARENA_NEW_N(&c->a, const char *, *cap);
        if (*n) memcpy(nv, *v, sizeof(char *) * (size_t)*n);
        *v = nv;
    }
    (*v)[(*n)++] = s;
}

static bool is_label_next(parser *p)
{
    atok t = peek(p, 1);
    if (t.type < 0 || t.type == TK_STRING) return false;
    static const char *const kw[] = {
        "while", "if", "assert", "print", "else", "elsif", "either", "or", "end", "with", "when", "await", "skip",
        "call", "return", "goto", NULL
    };
    if (in_list(t.s, kw)) return false;
    return char_after(p, 1, 0) == ':' && char_after(p, 1, 1) != '=';
}

static const char *get_label(parser *p, int *line, int *col)
{
    if (!is_label_next(p)) return "";
    const char *lbl = get_tok(p);
    *line = p->last.line + 1;
    *col = p->last.col + 1;
    if (p->c->in_macro) parsing_error(p, "A label may not appear in a macro.", "labels are not allowed inside a macro");
    if (!strcmp(lbl, "Done")) parsing_error(p, "Cannot use `Done' as a label.", "`Done` is reserved: it is the label after the last statement");
    if (!strcmp(lbl, "Error")) parsing_error(p, "Cannot use `Error' as a label.", "`Error` is reserved");
    gobble(p, ":");
    p->c->has_label = true;
    add_str(p->c, &p->c->all_labels, &p->c->nall, &p->c->capall, lbl);
    if (next_is(p, "+")) {
        gobble(p, "+");
        add_str(p->c, &p->c->plus, &p->c->nplus, &p->c->capplus, lbl);
        p->c->omit_pc = false;
    } else if (next_is(p, "-")) {
        gobble(p, "-");
        add_str(p->c, &p->c->minus, &p->c->nminus, &p->c->capminus, lbl);
        p->c->omit_pc = false;
    }
    return lbl;
}

static void label_first(pcal_ctx *c, svec *seq, const char *lbl, int line, int col)
{
    if (!*lbl || !seq->n) return;
    pstmt *first = seq->s[0];
    if (*first->lbl)
        pcal_error(c, first->line, first->col,
                   pcal_strf(c, "Duplicate labeling of statement\n    at line %d, column %d.", first->line, first->col),
                   "this statement already has a label");
    first->lbl = lbl;
    first->lbl_line = line;
    first->lbl_col = col;
}

static svec get_cstmt_seq(parser *p, const char *lbl, int line, int col)
{
    must_gobble(p, "{");
    svec s = get_stmt_seq(p);
    gobble(p, "}");
    gobble(p, ";");
    label_first(p->c, &s, lbl, line, col);
    return s;
}

static svec get_stmt_seq(parser *p)
{
    svec r = {0};
    for (;;) {
        const char *t = peek_s(p, 1);
        if (!p->c->csyntax && (!strcmp(t, "end") || !strcmp(t, "else") || !strcmp(t, "elsif") || !strcmp(t, "or"))) break;
        if (p->c->csyntax && !strcmp(t, "}")) break;
        int ll = 0, lc = 0;
        const char *lbl = get_label(p, &ll, &lc);
        if (p->c->csyntax && next_is(p, "{")) {
            svec inner = get_cstmt_seq(p, lbl, ll, lc);
            for (int i = 0; i < inner.n; i++) svec_push(p->c, &r, inner.s[i]);
        } else {
            pstmt *s = get_stmt(p);
            s->lbl = lbl;
            s->lbl_line = ll;
            s->lbl_col = lc;
            svec_push(p->c, &r, s);
        }
    }
    if (p->c->csyntax && r.n == 0) parsing_error(p, "Empty statement list", "a `{ }` block needs at least one statement");
    return r;
}

static svec get_cstmt(parser *p)
{
    int ll = 0, lc = 0;
    const char *lbl = get_label(p, &ll, &lc);
    if (next_is(p, "{")) return get_cstmt_seq(p, lbl, ll, lc);
    pstmt *s = get_stmt(p);
    s->lbl = lbl;
    s->lbl_line = ll;
    s->lbl_col = lc;
    svec r = {0};
    svec_push(p->c, &r, s);
    return r;
}

static pstmt *start_stmt(parser *p, stmt_kind k, const char *kw)
{
    must_gobble(p, kw);
    return pstmt_new(p->c, k, p->last.line + 1, p->last.col + 1);
}

static pstmt *get_while(parser *p)
{
    pstmt *s = start_stmt(p, S_WHILE, "while");
    if (p->c->csyntax) gobble(p, "(");
    s->exp = get_expr(p);
    if (p->c->csyntax) gobble(p, ")");
    if (pexpr_empty(s->exp)) parsing_error(p, "Empty while test at ", "`while` needs a condition");
    if (!p->c->csyntax) {
        gobble(p, "do");
        s->a = get_stmt_seq(p);
        gobble(p, "end");
        gobble(p, "while");
        gobble(p, ";");
    } else {
        s->a = get_cstmt(p);
    }
    if (s->a.n == 0) parsing_error(p, "Missing body of while statement at", "a `while` needs a body");
    return s;
}

static pstmt *get_if(parser *p, int depth)
{
    pstmt *s = start_stmt(p, S_LABELIF, depth == 0 ? "if" : "elsif");
    if (p->c->csyntax) gobble(p, "(");
    s->exp = get_expr(p);
    if (p->c->csyntax) gobble(p, ")");
    if (pexpr_empty(s->exp)) parsing_error(p, "Empty if test at ", "`if` needs a condition");
    if (!p->c->csyntax) {
        gobble(p, "then");
        s->a = get_stmt_seq(p);
        if (next_is(p, "else")) {
            must_gobble(p, "else");
            s->b = get_stmt_seq(p);
        } else if (next_is(p, "elsif")) {
            svec_push(p->c, &s->b, get_if(p, depth + 1));
        } else if (!next_is(p, "end")) {
            get_tok(p);
            parsing_error(p, "Expecting \"else\", \"elsif\", or \"end\"", "after the `then` part comes `else`, `elsif` or `end if`");
        }
        if (depth == 0) { gobble(p, "end"); gobble(p, "if"); gobble(p, ";"); }
    } else {
        s->a = get_cstmt(p);
        if (next_is(p, "else")) { must_gobble(p, "else"); s->b = get_cstmt(p); }
    }
    return s;
}

static pstmt *get_either(parser *p)
{
    pstmt *s = start_stmt(p, S_LABELEITHER, "either");
    int cap = 0;
    bool has_or = false;
    for (;;) {
        svec cl = p->c->csyntax ? get_cstmt(p) : get_stmt_seq(p);
        if (cl.n == 0)
            pcal_error(p->c, s->line, s->col,
                       pcal_strf(p->c, "`either' statement with empty `or' clause\n    at line %d, column %d.", s->line, s->col),
                       "every clause of `either` needs a statement");
        if (s->nors == cap) {
            cap = cap ? 2 * cap : 4;
            svec *n = ARENA_NEW_N(&p->c->a, svec, cap);
            if (s->nors) memcpy(n, s->ors, sizeof(svec) * (size_t)s->nors);
            s->ors = n;
        }
        s->ors[s->nors++] = cl;
        if (next_is(p, "or")) { must_gobble(p, "or"); has_or = true; }
        else break;
    }
    if (!p->c->csyntax) { must_gobble(p, "end"); gobble(p, "either"); gobble(p, ";"); }
    if (!has_or)
        pcal_error(p->c, s->line, s->col,
                   pcal_strf(p->c, "`either' statement has no `or'\n    at line %d, column %d.", s->line, s->col),
                   "`either` needs at least one `or`");
    s->labors = ARENA_NEW_N(&p->c->a, svec, s->nors);
    return s;
}

/* `with (x \in S, y = e)`: one With per variable, nested. */
static pstmt *get_with(parser *p, int depth)
{
    if (depth == 0) {
        gobble(p, "with");
        if (p->c->csyntax) gobble(p, "(");
    }
    pstmt *s = pstmt_new(p->c, S_WITH, p->last.line + 1, p->last.col + 1);
    s->var = get_tok(p);
    const char *eq = get_tok(p);
    if (!strcmp(eq, "=")) s->is_eq = true;
    else if (!strcmp(eq, "\\in")) s->is_eq = false;
    else parsing_error(p, pcal_strf(p->c, "Expected \"=\" or \"\\in\"  but found \"%s\"", eq), "a `with` variable takes `=` or `\\in`");
    s->exp = get_expr(p);
    if (!p->c->csyntax || !next_is(p, ")")) gobble_comma_or_semi(p);
    if (pexpr_empty(s->exp)) parsing_error(p, "Empty with expression at ", "`with` needs an expression");
    if (!p->c->csyntax && next_is(p, "do")) {
        gobble(p, "do");
        s->a = get_stmt_seq(p);
        gobble(p, "end");
        gobble(p, "with");
        gobble(p, ";");
    } else if (p->c->csyntax && next_is(p, ")")) {
        must_gobble(p, ")");
        s->a = get_cstmt(p);
    } else {
        svec_push(p->c, &s->a, get_with(p, depth + 1));
    }
    if (s->a.n == 0)
        pcal_error(p->c, s->line, s->col,
                   pcal_strf(p->c, "Missing body of with statement\n    at line %d, column %d.", s->line, s->col),
                   "a `with` needs a body");
    return s;
}

static pstmt *get_expr_stmt(parser *p, stmt_kind k, const char *kw, const char *what)
{
    pstmt *s = start_stmt(p, k, kw);
    s->exp = get_expr(p);
    if (pexpr_empty(s->exp)) {
        if (k == S_WHEN) parsing_error(p, "Unknown error at or before", "`await` needs a condition");
        parsing_error(p, pcal_strf(p->c, "Empty expression in %s statement at ", what), "this statement needs an expression");
    }
    gobble(p, ";");
    return s;
}

/* The arguments of a call or macro call, after its `(`, up to and with its `)`. */
static void get_args(parser *p, pstmt *s)
{
    VEC(pexpr *) args = {0};
    bool more = char_after(p, 0, 0) != ')';
    while (more) {
        pexpr *e = get_expr(p);
        if (pexpr_empty(e)) parsing_error(p, "Empty argument in call statement at ", "an argument is missing");
        AVEC_PUSH(&p->c->a, args, e);
        if (!next_is(p, ")")) gobble(p, ",");
        else more = false;
    }
    gobble(p, ")");
    s->args = ARENA_NEW_N(&p->c->a, pexpr *, args.len + 1);
    if (args.len) memcpy(s->args, args.items, sizeof(pexpr *) * args.len);
    s->nargs = (int)args.len;
}

static pstmt *get_call(parser *p)
{
    pstmt *s = start_stmt(p, S_CALL, "call");
    s->name = get_tok(p);
    add_str(p->c, &p->c->calls, &p->c->ncalls, &p->c->capcalls, s->name);
    s->from = p->c->cur_proc;
    gobble(p, "(");
    get_args(p, s);
    gobble(p, ";");
    if (next_is(p, "return")) {
        must_gobble(p, "return");
        gobble(p, ";");
        s->k = S_CALLRETURN;
    } else if (next_is(p, "goto")) {
        must_gobble(p, "goto");
        s->k = S_CALLGOTO;
        s->var = get_tok(p);
        p->c->goto_used = true;
        gobble(p, ";");
    }
    return s;
}

static pstmt *get_goto(parser *p)
{
    pstmt *s = start_stmt(p, S_GOTO, "goto");
    s->name = get_tok(p);
    p->c->goto_used = true;
    if (!strcmp(s->name, "Done") || !strcmp(s->name, "\"Done\"")) {
        p->c->goto_done_used = true;
        s->name = "Done";
    }
    gobble(p, ";");
    return s;
}

static pstmt *get_macro_call(parser *p)
{
    pstmt *s = pstmt_new(p->c, S_MACROCALL, 0, 0);
    s->name = get_tok(p);
    s->line = p->last.line + 1;
    s->col = p->last.col + 1;
    must_gobble(p, "(");
    get_args(p, s);
    gobble(p, ";");
    return s;
}

static passign get_single_assign(parser *p)
{
    passign a = {0};
    atok t = peek(p, 1);
    a.line = t.line + 1;
    a.col = t.col + 1;
    a.mline = -1;
    a.var = get_tok(p);
    a.sub = get_expr(p);
    atok n = peek(p, 1);
    if (!(n.type >= 0 && (!strcmp(n.s, ":=")))) {
        get_tok(p);
        parsing_error(p, pcal_strf(p->c, "Expected \":=\" but found \"%s\"", p->last.type == TK_STRING ? pcal_strf(p->c, "\"%s\"", p->last.s) : p->last.s),
                      isalpha((unsigned char)a.var[0]) || a.var[0] == '_'
                          ? pcal_strf(p->c, "an assignment `%s := ...` was expected here", a.var)
                          : pcal_strf(p->c, "a statement was expected here, after `%s`", a.var));
    }
    get_tok(p);
    a.rhs = get_expr(p);
    if (pexpr_empty(a.rhs)) parsing_error(p, "Empty right-hand side of assignment at ", "the assignment has no value");
    return a;
}

static pstmt *get_assign(parser *p)
{
    atok t = peek(p, 1);
    pstmt *s = pstmt_new(p->c, S_ASSIGN, t.line + 1, t.col + 1);
    VEC(passign) v = {0};
    AVEC_PUSH(&p->c->a, v, get_single_assign(p));
    while (next_is(p, "||")) {
        get_tok(p);
        int bar_line = p->last.line + 1, bar_col = p->last.col + 1;
        passign a = get_single_assign(p);
        /* pcal.trans places these at the `||` before them */
        a.line = bar_line;
        a.col = bar_col;
        AVEC_PUSH(&p->c->a, v, a);
    }
    gobble(p, ";");
    s->ass = ARENA_NEW_N(&p->c->a, passign, v.len);
    memcpy(s->ass, v.items, sizeof(passign) * v.len);
    s->nass = (int)v.len;
    return s;
}

static pstmt *get_stmt(parser *p)
{
    /* The translation's width grows with the nesting (each level indents its lines): past this
     * depth it would take gigabytes, so the algorithm is refused instead. */
    if (p->depth > 1000 || util_stack_low()) {
        atok n = peek(p, 1);
        pcal_error(p->c, n.line + 1, n.col + 1, "Statements nested too deeply",
                   "statements are nested more than 1000 deep here");
    }
    p->depth++;
    pstmt *s = get_stmt_inner(p);
    p->depth--;
    return s;
}

static pstmt *get_stmt_inner(parser *p)
{
    const char *t = peek_s(p, 1);
    if (!strcmp(t, "if")) return get_if(p, 0);
    if (!strcmp(t, "either")) return get_either(p);
    if (!strcmp(t, "with")) return get_with(p, 0);
    if (!strcmp(t, "when")) return get_expr_stmt(p, S_WHEN, "when", "when");
    if (!strcmp(t, "await")) return get_expr_stmt(p, S_WHEN, "await", "when");
    if (!strcmp(t, "print")) return get_expr_stmt(p, S_PRINT, "print", "print");
    if (!strcmp(t, "assert")) return get_expr_stmt(p, S_ASSERT, "assert", "assert");
    if (!strcmp(t, "skip")) {
        pstmt *s = start_stmt(p, S_SKIP, "skip");
        gobble(p, ";");
        return s;
    }
    if (!strcmp(t, "call")) return get_call(p);
    if (!strcmp(t, "return")) {
        pstmt *s = start_stmt(p, S_RETURN, "return");
        s->from = p->c->cur_proc;
        gobble(p, ";");
        return s;
    }
    if (!strcmp(t, "goto")) return get_goto(p);
    if (!strcmp(t, "while")) return get_while(p);
    if (char_after(p, 1, 0) == '(') return get_macro_call(p);
    return get_assign(p);
}

/* ---- macros, processes, the algorithm --------------------------------------------------------- */

static pmacro get_macro(parser *p)
{
    pmacro m = {0};
    p->c->in_macro = true;
    must_gobble(p, "macro");
    m.name = get_tok(p);
    gobble(p, "(");
    VEC(const char *) params = {0};
    bool comma = false;
    while (!next_is(p, ")")) {
        if (comma) gobble(p, ",");
        AVEC_PUSH(&p->c->a, params, get_tok(p));
        comma = true;
    }
    must_gobble(p, ")");
    m.params = ARENA_NEW_N(&p->c->a, const char *, params.len + 1);
    if (params.len) memcpy(m.params, params.items, sizeof(char *) * params.len);
    m.nparams = (int)params.len;
    gobble_begin(p);
    m.body = get_stmt_seq(p);
    gobble_end(p, "macro");
    if (next_is(p, ";")) get_tok(p);
    p->c->in_macro = false;
    return m;
}

static void reset_label_sets(pcal_ctx *c)
{
    c->nplus = c->nminus = c->ncalls = 0;
    c->plus = c->minus = c->calls = NULL;
    c->capplus = c->capminus = c->capcalls = 0;
}

static pproc get_procedure(parser *p)
{
    pproc pr = {0};
    pcal_ctx *c = p->c;
    gobble(p, "procedure");
    pr.line = p->last.line + 1;
    pr.col = p->last.col + 1;
    pr.name = get_tok(p);
    c->cur_proc = pr.name;
    reset_label_sets(c);
    gobble(p, "(");
    decl_vec params = {0};
    bool comma = false;
    while (!next_is(p, ")")) {
        if (comma) gobble(p, ",");
        AVEC_PUSH(&p->c->a, params, get_var_decl(p, true));
        comma = true;
    }
    must_gobble(p, ")");
    pr.params = ARENA_NEW_N(&c->a, pvardecl, params.len + 1);
    if (params.len) memcpy(pr.params, params.items, sizeof(pvardecl) * params.len);
    pr.nparams = (int)params.len;
    if (!next_is(p, "begin") && !next_is(p, "{")) {
        if (next_is(p, "variables")) must_gobble(p, "variables");
        else gobble(p, "variable");
        decl_vec v = {0};
        while (!next_is(p, "begin") && !next_is(p, "{")) {
            AVEC_PUSH(&p->c->a, v, get_var_decl(p, true));
            gobble_comma_or_semi(p);
        }
        pr.decls = ARENA_NEW_N(&c->a, pvardecl, v.len + 1);
        if (v.len) memcpy(pr.decls, v.items, sizeof(pvardecl) * v.len);
        pr.ndecls = (int)v.len;
    }
    gobble_begin(p);
    pr.body = get_stmt_seq(p);
    gobble_end(p, "procedure");
    if (next_is(p, ";")) get_tok(p);
    c->cur_proc = NULL;
    pr.plus = c->plus; pr.nplus = c->nplus;
    pr.minus = c->minus; pr.nminus = c->nminus;
    pr.calls = c->calls; pr.ncalls = c->ncalls;
    return pr;
}

static pprocess get_process(parser *p)
{
    pprocess pr = {0};
    pcal_ctx *c = p->c;
    gobble(p, "process");
    pr.line = p->last.line + 1;
    pr.col = p->last.col + 1;
    if (c->csyntax) gobble(p, "(");
    pr.name = get_tok(p);
    const char *eq = get_tok(p);
    if (!strcmp(eq, "=")) pr.is_eq = true;
    else if (!strcmp(eq, "\\in")) pr.is_eq = false;
    else parsing_error(p, pcal_strf(c, "Expected \"=\" or \"\\in\"  but found \"%s\"", eq), "a process is `process (Name = id)` or `process (Name \\in set)`");
    pr.id = get_expr(p);
    reset_label_sets(c);
    if (c->csyntax) gobble(p, ")");
    if (pexpr_empty(pr.id)) parsing_error(p, "Empty process id at ", "the process needs an identifier or a set of identifiers");
    if (!next_is(p, "begin") && !next_is(p, "{")) get_var_decls(p, &pr.decls, &pr.ndecls, false, false);
    gobble_begin(p);
    pr.body = get_stmt_seq(p);
    gobble_end(p, "process");
    if (next_is(p, ";")) get_tok(p);
    pr.plus = c->plus; pr.nplus = c->nplus;
    pr.minus = c->minus; pr.nminus = c->nminus;
    pr.calls = c->calls; pr.ncalls = c->ncalls;
    return pr;
}

palg *pcal_parse(pcal_ctx *c)
{
    parser p = {c, {"", 0, c->line, c->col, c->line, c->col}, 0};
    palg *alg = ARENA_NEW(&c->a, palg);
    c->alg = alg;
    if (c->fair_alg) {
        const char *t = get_tok(&p);
        if (strcmp(t, "algorithm")) parsing_error(&p, "`--fair' not followed by `algorithm'", "`--fair` must be followed by `algorithm`");
    }
    alg->name = get_tok(&p);
    if (next_is(&p, "{")) { c->csyntax = true; must_gobble(&p, "{"); }
    if (next_is(&p, "variable") || next_is(&p, "variables")) get_var_decls(&p, &alg->decls, &alg->ndecls, true, false);
    alg->defs = pexpr_new(c);
    if (next_is(&p, "define")) {
        must_gobble(&p, "define");
        if (c->csyntax) gobble(&p, "{");
        alg->defs = get_expr(&p);
        if (!c->csyntax) { gobble(&p, "end"); gobble(&p, "define"); }
        else gobble(&p, "}");
        gobble(&p, ";");
    }
    VEC(pmacro) macros = {0};
    while (next_is(&p, "macro")) AVEC_PUSH(&c->a, macros, get_macro(&p));
    alg->macros = ARENA_NEW_N(&c->a, pmacro, macros.len + 1);
    if (macros.len) memcpy(alg->macros, macros.items, sizeof(pmacro) * macros.len);
    alg->nmacros = (int)macros.len;
    VEC(pproc) prcds = {0};
    while (next_is(&p, "procedure")) {
        AVEC_PUSH(&c->a, prcds, get_procedure(&p));
        c->omit_pc = false;
    }
    alg->prcds = ARENA_NEW_N(&c->a, pproc, prcds.len + 1);
    if (prcds.len) memcpy(alg->prcds, prcds.items, sizeof(pproc) * prcds.len);
    alg->nprcds = (int)prcds.len;
    VEC(pprocess) procs = {0};
    if ((next_is(&p, "fair") && (!strcmp(peek_s(&p, 2), "process") ||
                                 (!strcmp(peek_s(&p, 2), "+") && !strcmp(peek_s(&p, 3), "process")))) ||
        next_is(&p, "process")) {
        alg->multi = true;
        while (next_is(&p, "fair") || next_is(&p, "process")) {
            int fair = FAIR_NONE;
            if (next_is(&p, "fair")) {
                must_gobble(&p, "fair");
                fair = FAIR_WF;
                if (next_is(&p, "+")) { must_gobble(&p, "+"); fair = FAIR_SF; }
            } else if (!strcmp(c->o.fairness, "wf")) fair = FAIR_WF;
            else if (!strcmp(c->o.fairness, "sf")) fair = FAIR_SF;
            pprocess pr = get_process(&p);
            pr.fairness = fair;
            AVEC_PUSH(&c->a, procs, pr);
        }
        gobble_end(&p, "algorithm");
    } else {
        pprocess pr = {0};
        pr.name = "Next";
        if (c->o.version == 105 && next_is(&p, "fair")) {
            gobble(&p, "fair");
            if (next_is(&p, "+")) gobble(&p, "+");
            c->o.fairness = "wf";
        }
        if (c->fair_alg) c->o.fairness = "wf";
        gobble_begin(&p);
        /* pcal.trans keeps collecting into the last procedure's lists here */
        if (!alg->nprcds) reset_label_sets(c);
        pr.body = get_stmt_seq(&p);
        pr.plus = c->plus; pr.nplus = c->nplus;
        pr.minus = c->minus; pr.nminus = c->nminus;
        if (alg->nprcds) {
            pproc *last = &alg->prcds[alg->nprcds - 1];
            last->plus = c->plus; last->nplus = c->nplus;
            last->minus = c->minus; last->nminus = c->nminus;
            last->calls = c->calls; last->ncalls = c->ncalls;
        }
        if (c->csyntax) { gobble(&p, "}"); gobble(&p, "}"); }
        else { gobble(&p, "end"); gobble(&p, "algorithm"); }
        AVEC_PUSH(&c->a, procs, pr);
    }
    alg->procs = ARENA_NEW_N(&c->a, pprocess, procs.len);
    memcpy(alg->procs, procs.items, sizeof(pprocess) * procs.len);
    alg->nprocs = (int)procs.len;
    for (int i = 0; i < alg->nmacros; i++)
        for (int j = i + 1; j < alg->nmacros; j++)
            if (!strcmp(alg->macros[i].name, alg->macros[j].name))
                pcal_error(c, 0, 0, pcal_strf(c, "Multiple definitions of macro name `%s'", alg->macros[i].name),
                           "two macros are named `%s`", alg->macros[i].name);
    return alg;
}
