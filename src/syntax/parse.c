/* parse.c - the parse driver and the layout filter between flex and bison.
 *
 * The filter turns raw tokens into the parser's tokens: it opens, continues and closes bullet
 * lists by column and by the separators of the constructs open around them (see tla.y), and reports
 * errors with their location. It keeps a stack of the open lists and of markers for the constructs
 * that own separators (brackets, binder headers, IF, LET, CASE). Each call hands out one token; when
 * lists must close first it hands out JUNCT_END and keeps the raw token for the next call, so the
 * decisions are made one at a time. */
#include "tree.h"

#include "tla_parser.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>

/* The flex scanner's entry points (its header declares a different yylex; see tla.l's YY_DECL). */
int tlaraw_lex(raw_token *tok, void *scanner);
int tlaraw_lex_init_extra(parse_ctx *extra, void **scanner);
struct yy_buffer_state *tlaraw__scan_bytes(const char *bytes, int len, void *scanner);
int tlaraw_lex_destroy(void *scanner);

void parse_error(parse_ctx *ctx, syn_loc loc, const char *hint, const char *fmt, ...)
{
    if (ctx->stopped || ctx->errors >= MAX_SYNTAX_ERRORS) return;
    ctx->error = true;
    ctx->errors++;
    va_list ap;
    va_start(ap, fmt);
    util_vdiag(util_diag_out(), DIAG_ERROR, loc, hint, fmt, ap);
    va_end(ap);
}

/* ---- raw tokens --------------------------------------------------------------------------------- */

static raw_token read_raw(parse_ctx *ctx)
{
    if (ctx->pending.len) return ctx->pending.items[--ctx->pending.len];
    raw_token t;
    memset(&t, 0, sizeof t);
    t.kind = tlaraw_lex(&t, ctx->scanner);
    if (t.kind == 0) t.loc = (syn_loc){ctx->file, ctx->line, ctx->col, ctx->line, ctx->col};
    return t;
}

static void unread(parse_ctx *ctx, raw_token t) { VEC_PUSH(ctx->pending, t); }

static bool can_end_expression(int kind)
{
    switch (kind) {
    case ID: case NUMBER: case STRING: case RPAREN: case RBRACKET: case RBRACE: case RANGLE: case AT: case PRIME:
    case POSTFIX: case JUNCT_END: case UNDERSCORE:
        return true;
    default: return false;
    }
}

/* Tokens that can only start a module unit, a proof step or a proof's DEF part end every open list. */
static bool closes_everything(int kind)
{
    switch (kind) {
    case THEOREM: case CONSTANT: case VARIABLE: case ASSUME: case LOCAL: case INSTANCE: case EXTENDS: case STEP:
    case PROOF: case BY: case OBVIOUS: case OMITTED: case USE: case HIDE: case PROVE: case QED: case DEF:
        return true;
    default: return false;
    }
}

/* ---- layout ------------------------------------------------------------------------------------- */

static bool is_list(ctx_kind k) { return k == CTX_LIST_AND || k == CTX_LIST_OR; }

static int top_list(const parse_ctx *ctx)
{
    for (size_t i = ctx->stack.len; i-- > 0;)
        if (is_list(ctx->stack.items[i].kind)) return (int)i;
    return -1;
}

static bool is_bracket(ctx_kind k) { return k == CTX_PAREN || k == CTX_BRACKET || k == CTX_BRACE || k == CTX_ANGLE; }

/* Whether a context of kind k takes token `tok` as one of its separators or closers: `,` `)` of a
 * parenthesis, `:` `|->` `->` of a bracket, the commas and colon of a binder's header, THEN/ELSE of
 * an IF, the commas (WITH, RECURSIVE) and IN of a LET, `->` and `[]` of a CASE's arms. */
static bool takes(ctx_kind k, int tok)
{
    switch (k) {
    case CTX_PAREN: return tok == COMMA || tok == RPAREN;
    case CTX_BRACKET:
        return tok == COMMA || tok == COLON || tok == MAPSTO || tok == ARROW || tok == RBRACKET || tok == RBRACKET_SUB;
    case CTX_BRACE: return tok == COMMA || tok == COLON || tok == RBRACE;
    case CTX_ANGLE: return tok == COMMA || tok == RANGLE || tok == RANGLE_SUB;
    case CTX_BINDER: return tok == COMMA || tok == COLON;
    case CTX_IF: return tok == THEN || tok == ELSE;
    case CTX_LET: return tok == COMMA || tok == IN;
    case CTX_CASE: return tok == ARROW || tok == BOX;
    default: return false;
    }
}

enum { OWNER_NONE = -2, OWNER_UNIT = -1 };

/* The open context a separator or closing token belongs to: the innermost one that takes it, looking
 * past lists and past IF/LET/CASE/binder contexts that do not (a CASE stays open after its last arm),
 * but not past a bracket that does not (the parser then reports the token). A comma outside every
 * context belongs to the module unit (WITH substitutions, ASSUME items, BY facts): OWNER_UNIT. */
static int token_owner(const parse_ctx *ctx, const raw_token *t)
{
    if (t->kind == COLON && ctx->prev_kind == BANG) return OWNER_NONE;   /* Op!: selects a body */
    if (t->kind == BOX && !can_end_expression(ctx->prev_kind)) return OWNER_NONE;   /* prefix [] */
    for (size_t i = ctx->stack.len; i-- > 0;) {
        ctx_kind k = ctx->stack.items[i].kind;
        if (takes(k, t->kind)) return (int)i;
        if (is_bracket(k)) return OWNER_NONE;
    }
    return t->kind == COMMA ? OWNER_UNIT : OWNER_NONE;
}

/* Whether the owner's context ends with this token (a closing bracket, ELSE, IN, a binder's colon). */
static bool ends_owner(ctx_kind owner, int tok)
{
    switch (tok) {
    case RPAREN: case RBRACKET: case RBRACKET_SUB: case RBRACE: case RANGLE: case RANGLE_SUB: case ELSE: case IN:
        return true;
    case COLON: return owner == CTX_BINDER;
    default: return false;
    }
}

static int hand_out(parse_ctx *ctx, TLA_YYSTYPE *lval, TLA_YYLTYPE *lloc, const raw_token *t, int kind)
{
    lloc->first_line = (int)t->loc.line;
    lloc->first_column = (int)t->loc.col;
    lloc->last_line = (int)t->loc.end_line;
    lloc->last_column = (int)t->loc.end_col;
    ctx->prev_prev_name = ctx->prev_name;
    ctx->prev_name = NULL;
    switch (kind) {
    case NUMBER: lval->num.num = t->v.n.num; lval->num.text = t->v.n.text; break;
    case JUNCT_END: case AND_START: case OR_START: case AND_ITEM: case OR_ITEM: case EXPR_START: break;
    default: lval->name = ctx->prev_name = t->v.name; break;
    }
    ctx->prev_prev_kind = ctx->prev_kind;
    ctx->prev_kind = kind;
    return kind;
}

/* Pop lists (handing out JUNCT_END one at a time) until index `keep` is the top. Returns true when a
 * JUNCT_END was handed out (the caller keeps the raw token for the next call). */
static bool close_lists_above(parse_ctx *ctx, int keep, TLA_YYSTYPE *lval, TLA_YYLTYPE *lloc, const raw_token *t, int *out)
{
    while ((int)ctx->stack.len - 1 > keep) {
        layout_ctx top = ctx->stack.items[--ctx->stack.len];
        if (is_list(top.kind)) {
            unread(ctx, *t);
            *out = hand_out(ctx, lval, lloc, t, JUNCT_END);
            return true;
        }
    }
    return false;
}

static void push_ctx(parse_ctx *ctx, ctx_kind kind, uint32_t col) { VEC_PUSH(ctx->stack, ((layout_ctx){kind, col})); }

static int layout(parse_ctx *ctx, TLA_YYSTYPE *lval, TLA_YYLTYPE *lloc, raw_token t)
{
    int out;
    /* end of module or file: every open list ends */
    if (t.kind == 0 || t.kind == END_MODULE || t.kind == MODULE_HEAD) {
        int open = top_list(ctx);
        if (open >= 0) {
            ctx->stack.len = (size_t)open;
            unread(ctx, t);
            return hand_out(ctx, lval, lloc, &t, JUNCT_END);
        }
        if (t.kind != MODULE_HEAD) ctx->stack.len = 0;
        return hand_out(ctx, lval, lloc, &t, t.kind);
    }
    /* a token that can only start a module unit ends every open list */
    if (closes_everything(t.kind) && top_list(ctx) >= 0) {
        ctx->stack.len = (size_t)top_list(ctx);
        unread(ctx, t);
        return hand_out(ctx, lval, lloc, &t, JUNCT_END);
    }
    /* a token at or left of the innermost list's column ends it, unless it is its next bullet */
    int li = top_list(ctx);
    if (li >= 0 && t.loc.col <= ctx->stack.items[li].col) {
        layout_ctx l = ctx->stack.items[li];
        bool bullet = (l.kind == CTX_LIST_AND && t.kind == AND) || (l.kind == CTX_LIST_OR && t.kind == OR);
        if (bullet && t.loc.col == l.col) {
            ctx->stack.len = (size_t)li + 1;
            return hand_out(ctx, lval, lloc, &t, l.kind == CTX_LIST_AND ? AND_ITEM : OR_ITEM);
        }
        if (bullet) ctx->left_bullet = t.loc;   /* remembered for the hint if a syntax error follows */
        ctx->stack.len = (size_t)li;
        unread(ctx, t);
        return hand_out(ctx, lval, lloc, &t, JUNCT_END);
    }
    /* a token that separates or closes the parts of an open context ends the lists opened since it:
     * SANY ends a bullet list at the first token that cannot continue it */
    int owner = token_owner(ctx, &t);
    if (owner != OWNER_NONE) {
        if (close_lists_above(ctx, owner, lval, lloc, &t, &out)) return out;
        if (owner >= 0 && ends_owner(ctx->stack.items[owner].kind, t.kind)) ctx->stack.len = (size_t)owner;
    }
    switch (t.kind) {
    case LPAREN: push_ctx(ctx, CTX_PAREN, t.loc.col); break;
    case LBRACKET: push_ctx(ctx, CTX_BRACKET, t.loc.col); break;
    case LBRACE: push_ctx(ctx, CTX_BRACE, t.loc.col); break;
    case LANGLE: push_ctx(ctx, CTX_ANGLE, t.loc.col); break;
    case IF: push_ctx(ctx, CTX_IF, t.loc.col); break;
    case LET: push_ctx(ctx, CTX_LET, t.loc.col); break;
    case CASE: push_ctx(ctx, CTX_CASE, t.loc.col); break;
    case FORALL: case EXISTS: case TFORALL: case TEXISTS: case CHOOSE: case LAMBDA: case PICK:
        push_ctx(ctx, CTX_BINDER, t.loc.col);
        break;
    case AND: case OR:
        if (!can_end_expression(ctx->prev_kind)) {
            push_ctx(ctx, t.kind == AND ? CTX_LIST_AND : CTX_LIST_OR, t.loc.col);
            return hand_out(ctx, lval, lloc, &t, t.kind == AND ? AND_START : OR_START);
        }
        break;
    default: break;
    }
    return hand_out(ctx, lval, lloc, &t, t.kind);
}

/* ---- error recovery ---------------------------------------------------------------------------- */

/* Where the parser resumes after a syntax error: the end of a module, or a token that starts a
 * module unit: a definition's name or an INSTANCE in column 1, a keyword only a unit starts with. */
static bool starts_unit(const raw_token *t)
{
    switch (t->kind) {
    case END_MODULE: return true;
    case ID: case MODULE_HEAD: case INSTANCE: return t->loc.col == 1;
    case CONSTANT: case VARIABLE: case ASSUME: case THEOREM: case LOCAL: case RECURSIVE: return true;
    default: return false;
    }
}

/* ---- theorems and proofs ------------------------------------------------------------------------ */

int tla_yylex(TLA_YYSTYPE *lval, TLA_YYLTYPE *lloc, parse_ctx *ctx)
{
    if (ctx->expr_mode && ctx->prev_kind == 0) {
        raw_token start = {.kind = EXPR_START};
        return hand_out(ctx, lval, lloc, &start, EXPR_START);
    }
    unsigned errors = ctx->errors;
    raw_token t = read_raw(ctx);
    while (ctx->recovering && t.kind != 0 && ctx->errors == errors && !starts_unit(&t)) t = read_raw(ctx);
    if (ctx->errors != errors) ctx->stopped = true;   /* the lexer's errors end the parse */
    if (ctx->stopped) return 0;
    if (ctx->recovering) {
        ctx->recovering = false;
        ctx->stack.len = 0;
    }
    return layout(ctx, lval, lloc, t);
}

/* ---- syntax errors ------------------------------------------------------------------------------ */

/* Tokens bison names by their class ("identifier", "*" for every multiplicative operator): the
 * message shows their text instead. */
static const char *token_class(int kind)
{
    switch (kind) {
    case ID: return "identifier ";
    case NUMBER: return "number ";
    case INFIX1: case INFIX2: case INFIX5: case INFIX6: case INFIX7: case INFIX8: case INFIX9: case INFIX10:
    case INFIX11: case INFIX13: case INFIX14: case POSTFIX: case EQ: case IN_OP: case AND: case OR: case NOT:
    case MINUS: case NEG_DOT: case PRIME: case BOX: case DIAMOND: case TIMES:
        return "";
    default: return NULL;
    }
}

/* The source text at loc (one line), or NULL. */
static char *source_text(parse_ctx *ctx, syn_loc loc)
{
    size_t len;
    const char *line = util_source_line(loc.file, loc.line, &len);
    if (!line || loc.end_line != loc.line || loc.end_col < loc.col) return NULL;
    size_t from = len, to = len;
    uint32_t col = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && ((unsigned char)line[i] & 0xC0) == 0x80) continue;
        col++;
        if (col == loc.col) from = i;
        if (col == loc.end_col + 1) {
            to = i;
            break;
        }
    }
    return from < to ? arena_strndup(ctx->mem, line + from, to - from) : NULL;
}

/* Bison's message with the unexpected token shown as written: "unexpected `&`". */
static const char *with_token_text(parse_ctx *ctx, const char *msg, syn_loc loc)
{
    const char *cls = token_class(ctx->prev_kind), *at = strstr(msg, "unexpected ");
    char *text = cls ? source_text(ctx, loc) : NULL;
    if (!text || !at) return msg;
    const char *rest = strstr(at, ", expecting");
    return arena_printf(ctx->mem, "%.*sunexpected %s`%s`%s", (int)(at - msg), msg, cls, text, rest ? rest : "");
}

/* `\A x in S`: the unexpected token, or the one before it (`x in S` reads as `x` and the start of a
 * definition of `in`), is an identifier named like a backslash operator. */
static const char *backslash_hint(parse_ctx *ctx)
{
    static const char *const names[] = {"in", "notin", "cup", "cap", "union", "intersect", "subseteq", "subset",
                                        "supseteq", "supset", "X", "times", "div", "o", "leq", "geq", "land",
                                        "lor", "lnot", "equiv", "cdot", "A", "E", "AA", "EE", "forall", "exists"};
    atom ids[2] = {ctx->prev_kind == ID ? ctx->prev_name : NULL, ctx->prev_prev_kind == ID ? ctx->prev_prev_name : NULL};
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; ids[k] && i < sizeof names / sizeof *names; i++)
            if (strcmp(ids[k], names[i]) == 0) return arena_printf(ctx->mem, "did you mean `\\%s`?", names[i]);
    return NULL;
}

/* Bison's messages name tokens by their aliases; say it as a person would. */
void tla_yyerror(TLA_YYLTYPE *lloc, parse_ctx *ctx, const char *msg)
{
    syn_loc loc = {ctx->file, (uint32_t)lloc->first_line, (uint32_t)lloc->first_column, (uint32_t)lloc->last_line,
                   (uint32_t)lloc->last_column};
    if (strcmp(msg, "memory exhausted") == 0) {   /* bison's stack limit: thousands of open brackets */
        parse_error(ctx, loc, "split it into several definitions", "expression nested too deeply for the parser");
        return;
    }
    const char *hint = NULL;
    if ((strstr(msg, "unexpected \"=\"") && strstr(msg, "\"==\"")) || ctx->prev_prev_kind == EQ)
        hint = "`=` is equality: to define an operator write `==`";
    if (strstr(msg, "unexpected end of file")) hint = "is a bracket, IF/THEN/ELSE or the closing ==== missing?";
    if (ctx->left_bullet.line && loc.line >= ctx->left_bullet.line && loc.line <= ctx->left_bullet.line + 1)
        hint = "a bullet (/\\ or \\/) is left of the column of the list it continues: align it with the list's bullets";
    if (backslash_hint(ctx)) hint = backslash_hint(ctx);
    const char *text = with_token_text(ctx, msg, loc);
    if (strncmp(text, "syntax error, ", 14) == 0) text += 14;
    parse_error(ctx, loc, hint, "syntax error: %s", text);
    ctx->recovering = true;
}

/* ---- entry points ------------------------------------------------------------------------------- */

static void ctx_init(parse_ctx *ctx, arena *a, const char *path, const char *text, size_t len, bool expr_mode)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->mem = a;
    ctx->file = util_source_register(path, text, len);
    ctx->line = 1;
    ctx->col = 1;
    ctx->expr_mode = expr_mode;
    tlaraw_lex_init_extra(ctx, &ctx->scanner);
    tlaraw__scan_bytes(text, (int)len, ctx->scanner);
}

static void ctx_done(parse_ctx *ctx)
{
    tlaraw_lex_destroy(ctx->scanner);
    VEC_FREE(ctx->stack);
    VEC_FREE(ctx->pending);
}

syn_module *syn_parse_text(arena *a, const char *path, const char *text, size_t len)
{
    parse_ctx ctx;
    ctx_init(&ctx, a, path, text, len, false);
    int rc = tla_yyparse(&ctx);
    if (rc == 0 && !ctx.result && !ctx.error)
        parse_error(&ctx, (syn_loc){ctx.file, 1, 1, 1, 1}, "a module starts with a line like ---- MODULE Name ----",
                    "no module found in this file");
    syn_module *m = rc == 0 && !ctx.error ? ctx.result : NULL;
    ctx_done(&ctx);
    return m;
}

syn_module *syn_parse_file(arena *a, const char *path)
{
    size_t len;
    char *text = util_read_file(path, &len);
    if (!text) {
        util_diag(DIAG_ERROR, (syn_loc){0}, NULL, "cannot read %s: %s", path, strerror(errno));
        return NULL;
    }
    syn_module *m = syn_parse_text(a, path, text, len);
    free(text);
    return m;
}

syn_expr *syn_parse_expr(arena *a, const char *origin, const char *text)
{
    parse_ctx ctx;
    ctx_init(&ctx, a, origin, text, strlen(text), true);
    int rc = tla_yyparse(&ctx);
    syn_expr *e = rc == 0 && !ctx.error ? ctx.expr_result : NULL;
    ctx_done(&ctx);
    return e;
}
