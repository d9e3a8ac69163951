/* gen.c - writing the TLA+ translation, line by line, in the layout pcal.trans 1.12 produces:
 * VARIABLES, the define block, vars, ProcSet, Init, one action per label, the process and Next
 * disjunctions, Spec with its fairness conjuncts, and Termination. */
#include "pcal_internal.h"

#include <string.h>

typedef struct gen {
    pcal_ctx *c;
    palg *alg;
    char **out; int nout, capout;
    char *next; size_t nlen, ncap;        /* the line being built */
    const char **vars; int nvars;         /* every variable, in `vars` order */
    const char **psv; int npsv;           /* variables local to process sets */
    const char **pcv; int npcv;           /* procedure parameters and variables */
    bool mp;
    pexpr *self;                          /* the current process's id, or `self` */
    bool self_is_self;
    const char *proc_name;
    const char **step; int nstep;         /* Next's disjuncts without (self) */
    int wrap;
} gen;

/* ---- output lines ----------------------------------------------------------------------------- */

static void out_insert(gen *g, int at, const char *s)
{
    if (g->nout == g->capout) {
        g->capout = g->capout ? 2 * g->capout : 256;
        char **n = ARENA_NEW_N(&g->c->a, char *, g->capout);
        if (g->nout) memcpy(n, g->out, sizeof(char *) * (size_t)g->nout);
        g->out = n;
    }
    memmove(g->out + at + 1, g->out + at, sizeof(char *) * (size_t)(g->nout - at));
    g->out[at] = arena_strndup(&g->c->a, s, strlen(s));
    g->nout++;
}

static void out_remove(gen *g, int at)
{
    memmove(g->out + at, g->out + at + 1, sizeof(char *) * (size_t)(g->nout - at - 1));
    g->nout--;
}

static void tok(gen *g, const char *s)
{
    size_t n = strlen(s);
    if (g->nlen + n + 1 > g->ncap) {
        g->ncap = (g->nlen + n + 1) * 2;
        char *nb = arena_alloc(&g->c->a, g->ncap);
        memcpy(nb, g->next, g->nlen + 1);
        g->next = nb;
    }
    memcpy(g->next + g->nlen, s, n + 1);
    g->nlen += n;
}

static void end_line(gen *g)
{
    if (g->nlen == 0) return;
    out_insert(g, g->nout, g->next);
    g->nlen = 0;
    g->next[0] = 0;
}

static void line(gen *g, const char *s)
{
    end_line(g);
    if (!*s) { out_insert(g, g->nout, ""); return; }
    tok(g, s);
    end_line(g);
}

static char *spaces(gen *g, int n)
{
    if (n < 0) n = 0;
    char *s = arena_alloc(&g->c->a, (size_t)n + 1);
    memset(s, ' ', (size_t)n);
    s[n] = 0;
    return s;
}

static char *cat(gen *g, const char *a, const char *b) { return pcal_strf(g->c, "%s%s", a, b); }

static void expr_out(gen *g, const pexpr *e)
{
    int n = 0;
    char **sv = pexpr_lines(g->c, e, &n);
    if (n == 0) return;
    int indent = (int)g->nlen;
    int i = 0;
    if (indent != 0) {
        tok(g, sv[0]);
        i = 1;
        if (n > 1) end_line(g);
    }
    if (n > 1) {
        char *sp = spaces(g, indent);
        for (; i < n - 1; i++) out_insert(g, g->nout, cat(g, sp, sv[i]));
        tok(g, cat(g, sp, sv[n - 1]));
    } else if (indent == 0) {
        tok(g, sv[0]);
    }
}

/* ---- which variables changed ------------------------------------------------------------------ */

typedef struct changed { int *count; int n; } changed;

static changed ch_new(gen *g)
{
    changed c = {ARENA_NEW_N(&g->c->a, int, g->nvars + 1), g->nvars};
    return c;
}

static changed ch_copy(gen *g, const changed *o)
{
    changed c = ch_new(g);
    memcpy(c.count, o->count, sizeof(int) * (size_t)o->n);
    return c;
}

static int var_index(gen *g, const char *v)
{
    for (int i = 0; i < g->nvars; i++)
        if (!strcmp(g->vars[i], v)) return i;
    return -1;
}

static bool ch_is(gen *g, const changed *c, const char *v)
{
    int i = var_index(g, v);
    return i >= 0 && c->count[i] > 0;
}

static void ch_merge(changed *c, const changed *o)
{
    for (int i = 0; i < c->n; i++)
        if (o->count[i] > c->count[i]) c->count[i] = o->count[i];
}

/* Unchanged in c (and, with other, changed there), as one list. */
static char *ch_list(gen *g, const changed *c, const changed *other, int *num)
{
    char *s = "";
    *num = 0;
    for (int i = 0; i < c->n; i++)
        if (c->count[i] == 0 && (!other || other->count[i] > 0)) {
            s = *s ? pcal_strf(g->c, "%s, %s", s, g->vars[i]) : pcal_strf(g->c, "%s", g->vars[i]);
            (*num)++;
        }
    return s;
}

/* The same list cut into pieces no longer than width. */
static char **ch_wrapped(gen *g, const changed *c, const changed *other, int width, int *np)
{
    char **v = ARENA_NEW_N(&g->c->a, char *, c->n + 1);
    int n = 0;
    char *s = "";
    bool have = false;
    for (int i = 0; i < c->n; i++) {
        if (!(c->count[i] == 0 && (!other || other->count[i] > 0))) continue;
        const char *one = g->vars[i];
        if (have) s = cat(g, s, ", ");
        else have = true;
        if ((int)(strlen(s) + strlen(one)) > width) {
            if (*s) v[n++] = s;
            s = pcal_strf(g->c, "%s", one);
        } else {
            s = cat(g, s, one);
        }
    }
    if (*s) v[n++] = s;
    *np = n;
    return v;
}

/* ---- subscripts and primes -------------------------------------------------------------------- */

static bool in_list(const char *s, const char **v, int n)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(v[i], s)) return true;
    return false;
}

static pexpr *self_expr(gen *g)
{
    const char *s[] = {"self"};
    int t[] = {TK_IDENT};
    return pexpr_one_line(g->c, 1, s, t);
}

static pexpr *self_of(gen *g, const char *context)
{
    if (!g->mp) return NULL;
    return !strcmp(context, "procedure") ? self_expr(g) : g->self;
}

/* [sub], its tokens one column right of the `[`. */
static pexpr *sub_expr(gen *g, const pexpr *sub)
{
    if (!sub) return NULL;
    pexpr *e = pexpr_clone(g->c, sub);
    for (int i = 0; i < e->nlines; i++)
        for (int j = 0; j < e->lines[i].n; j++) e->lines[i].t[j]->col++;
    pline *l0 = &e->lines[0];
    ptok **nt = ARENA_NEW_N(&g->c->a, ptok *, l0->n + 2);
    nt[0] = ptok_new(g->c, "[", 0, TK_BUILTIN);
    memcpy(nt + 1, l0->t, sizeof(ptok *) * (size_t)l0->n);
    l0->t = nt;
    l0->n++;
    l0->cap = l0->n + 1;
    pexpr_add_tok_offset(g->c, e, ptok_new(g->c, "]", 0, TK_BUILTIN), 0);
    return e;
}

static pexpr *subscripted(gen *g, const pexpr *e, const pexpr *sub, const changed *c)
{
    pexpr *r = pexpr_clone(g->c, e);
    psubst ps = {0};
    for (int i = 0; i < r->nlines; i++)
        for (int j = 0; j < r->lines[i].n; j++) {
            ptok *t = r->lines[i].t[j];
            bool prime = t->type == TK_IDENT && ch_is(g, c, t->s);
            bool subr = sub && (t->type == TK_ADDED || (g->mp && t->type == TK_IDENT &&
                                                       (in_list(t->s, g->psv, g->npsv) || in_list(t->s, g->pcv, g->npcv))));
            if (!(prime || subr) || psubst_has(&ps, t->s)) continue;
            pexpr *x = pexpr_new(g->c);
            pexpr_add_line(g->c, x);
            pexpr_add_tok(g->c, x, ptok_new(g->c, t->s, 0, t->type));
            if (prime) pexpr_add_tok_offset(g->c, x, ptok_new(g->c, "'", 0, TK_BUILTIN), 0);
            if (subr) {
                pexpr *se = pexpr_clone(g->c, sub);
                pexpr_normalize(x);
                pexpr_prepend(g->c, se, x, 0);
                x = se;
            }
            psubst_add(g->c, &ps, t->s, x);
        }
    if (ps.n) pexpr_subst(g->c, r, ps.n, ps.names, ps.subs, false);
    return r;
}

/* pcal.trans parenthesizes the right side of `v' = e` when e's first line, scanned once per line
 * of e, holds an operator of low precedence outside brackets. */
static bool needs_parens(char **sv, int n)
{
    int depth = 0;
    bool in_string = false, need = false;
    for (int ln = 0; ln < n && !need; ln++) {
        const char *l = sv[0];
        int len = (int)strlen(l);
        for (int i = 0; i < len && !need; i++) {
            char ch = l[i];
            if (in_string) {
                if (ch == '"') in_string = false;
                else if (ch == '\\') i++;
                continue;
            }
            bool lp = false, rp = false, may = false;
            char nx = i < len - 1 ? l[i + 1] : ' ';
            switch (ch) {
            case '"': in_string = true; break;
            case '=': case '#': may = true; break;
            case '<': if (nx == '<') { i++; lp = true; } else may = true; break;
            case '>': if (nx == '>') { i++; rp = true; } else may = true; break;
            case '|': if (nx == '-' || (i > 0 && l[i - 1] == '-')) may = true; break;
            case '\\': if (!(nx == ' ' || nx == 'o' || nx == 'X')) may = true; break;
            case '/': if (nx == '\\') may = true; break;
            case '(': case '[': case '{': lp = true; break;
            case ')': case ']': case '}': rp = true; break;
            default: break;
            }
            if (may && depth == 0) need = true;
            if (lp) depth++;
            if (rp) { if (depth == 0) need = true; depth--; }
        }
        if (in_string) need = true;
    }
    return need;
}

/* ---- statements ------------------------------------------------------------------------------- */

static void gen_stmt(gen *g, pstmt *s, changed *c, const char *ctx, const char *prefix, int col);

static const char *loc_of(pcal_ctx *c, int line, int col, int mline, int mcol)
{
    if (mline < 0) return pcal_strf(c, "line %d, column %d", line, col);
    return pcal_strf(c, "line %d, column %d of macro called at line %d, column %d", line, col, mline, mcol);
}

static void gen_assign(gen *g, pstmt *s, changed *c, const char *ctx, const char *prefix)
{
    changed cthis = ch_copy(g, c);
    char *sb = "";
    int n = s->nass;
    passign *a = ARENA_NEW_N(&g->c->a, passign, n);
    bool *used = ARENA_NEW_N(&g->c->a, bool, n);
    for (int k = 0; k < n; k++) {
        int best = -1;
        for (int i = 0; i < n; i++)
            if (!used[i] && (best < 0 || strcmp(s->ass[best].var, s->ass[i].var) > 0)) best = i;
        used[best] = true;
        a[k] = s->ass[best];
    }
    memcpy(s->ass, a, sizeof(passign) * (size_t)n);   /* pcal.trans sorts the statement itself */
    tok(g, prefix);
    pexpr *self_sub = sub_expr(g, self_of(g, ctx));
    bool multi_vars = false;
    int i = 0;
    while (i < n) {
        passign *f = &a[i];
        if (var_index(g, f->var) < 0) {
            /* recorded, not thrown: the other assignments are checked in the same run */
            const char *loc = loc_of(g->c, f->line, f->col, f->mline, f->mcol);
            pcal_record(g->c, f->mline < 0 ? f->line : f->mline, f->mline < 0 ? f->col : f->mcol,
                        g->c->ndiags ? NULL : pcal_strf(g->c, "Assignment to undeclared variable %s\n    at %s.", f->var, loc),
                        "`%s` is not a variable of the algorithm: only declared variables can be assigned", f->var);
            while (i < n && !strcmp(a[i].var, f->var)) i++;
            continue;
        }
        int first = i, last = i;
        bool no_sub_any = false, last_no_sub = pexpr_empty(f->sub);
        while (last < n && !strcmp(a[last].var, f->var)) {
            if (last_no_sub) no_sub_any = true;
            last++;
            if (last < n && pexpr_empty(a[last].sub)) last_no_sub = true;
        }
        if (last != n) multi_vars = true;
        last--;
        int vi = var_index(g, f->var);
        if (++cthis.count[vi] > 1 || (last > first && no_sub_any))
            pcal_error(g->c, s->mline < 0 ? s->line : s->mline, s->mline < 0 ? s->col : s->mcol,
                       pcal_strf(g->c, "Multiple assignment to %s\n    at %s.", f->var, loc_of(g->c, s->line, s->col, s->mline, s->mcol)),
                       "`%s` is assigned twice in one step: a label must separate the two assignments", f->var);
        if (multi_vars) sb = cat(g, sb, "/\\ ");
        if (first == last) {
            pexpr *sub = subscripted(g, f->sub, self_sub, c);
            pexpr *rhs = subscripted(g, f->rhs, self_sub, c);
            if (g->mp && (!strcmp(f->var, "pc") || !strcmp(f->var, "stack") || in_list(f->var, g->psv, g->npsv) ||
                           in_list(f->var, g->pcv, g->npcv))) {
                sb = pcal_strf(g->c, "%s%s' = [%s EXCEPT ![", sb, f->var, f->var);
                tok(g, sb);
                expr_out(g, g->self);
                tok(g, "]");
                if (!pexpr_empty(sub)) expr_out(g, sub);
                tok(g, " = ");
                expr_out(g, rhs);
                tok(g, "]");
            } else if (!pexpr_empty(f->sub)) {
                tok(g, pcal_strf(g->c, "%s%s' = [%s EXCEPT !", sb, f->var, f->var));
                expr_out(g, sub);
                tok(g, " = ");
                expr_out(g, rhs);
                tok(g, "]");
            } else {
                int nl = 0;
                char **sv = pexpr_lines(g->c, rhs, &nl);
                bool par = needs_parens(sv, nl);
                tok(g, pcal_strf(g->c, "%s%s' = %s", sb, f->var, par ? "(" : ""));
                expr_out(g, rhs);
                if (par) tok(g, ")");
            }
            sb = "";
        } else {
            sb = pcal_strf(g->c, "%s%s' = [%s EXCEPT ", sb, f->var, f->var);
            int cc = (int)strlen(sb) + (i == 0 ? (int)strlen(prefix) : 0);
            bool subscript = g->mp && (in_list(f->var, g->psv, g->npsv) || in_list(f->var, g->pcv, g->npcv));
            for (int k = first; k <= last; k++) {
                pexpr *sub = subscripted(g, a[k].sub, self_sub, c);
                pexpr *rhs = subscripted(g, a[k].rhs, self_sub, c);
                sb = cat(g, sb, "!");
                if (subscript) {
                    tok(g, cat(g, sb, "["));
                    expr_out(g, self_of(g, ctx));
                    tok(g, "]");
                } else {
                    tok(g, sb);
                }
                expr_out(g, sub);
                tok(g, " = ");
                expr_out(g, rhs);
                tok(g, k == last ? "]" : ",");
                sb = "";
                if (k < last) {
                    end_line(g);
                    sb = spaces(g, cc);
                }
            }
        }
        i = last + 1;
        if (i < n) {
            end_line(g);
            sb = spaces(g, (int)strlen(prefix));
        }
    }
    end_line(g);
    ch_merge(c, &cthis);
}

static char *unchanged_one(gen *g, const char *v)
{
    return strlen(v) > 5 ? pcal_strf(g->c, "UNCHANGED %s", v) : pcal_strf(g->c, "%s' = %s", v, v);
}

static void gen_if(gen *g, pstmt *s, changed *c, const char *ctx, const char *prefix)
{
    changed cthen = ch_copy(g, c), celse = ch_copy(g, c);
    pexpr *test = subscripted(g, s->exp, sub_expr(g, self_of(g, ctx)), c);
    char *sb = cat(g, prefix, "IF ");
    int here = (int)strlen(sb);
    tok(g, sb);
    expr_out(g, test);
    end_line(g);
    sb = cat(g, spaces(g, here), "THEN ");
    here = (int)strlen(sb);
    sb = cat(g, sb, "/\\ ");
    for (int i = 0; i < s->a.n; i++) {
        gen_stmt(g, s->a.s[i], &cthen, ctx, sb, here + 3);
        sb = cat(g, spaces(g, here), "/\\ ");
    }
    int unc_then = g->nout;
    line(g, sb);
    sb = cat(g, spaces(g, here - 5), "ELSE ");
    here = (int)strlen(sb);
    if (s->b.n == 0) {
        line(g, cat(g, sb, "/\\ TRUE"));
        sb = cat(g, spaces(g, here), "/\\ ");
    } else {
        sb = cat(g, sb, "/\\ ");
        for (int i = 0; i < s->b.n; i++) {
            gen_stmt(g, s->b.s[i], &celse, ctx, sb, here + 3);
            sb = cat(g, spaces(g, here), "/\\ ");
        }
    }
    int num = 0;
    char *one = ch_list(g, &celse, &cthen, &num);
    if (num > 1) {
        int np = 0;
        char **parts = ch_wrapped(g, &celse, &cthen, g->wrap - (int)strlen(sb) - 13, &np);
        sb = cat(g, sb, "UNCHANGED << ");
        int cc = (int)strlen(sb);
        sb = cat(g, sb, parts[0]);
        for (int i = 1; i < np; i++) {
            line(g, sb);
            sb = cat(g, spaces(g, cc), parts[i]);
        }
        tok(g, cat(g, sb, " >>"));
        end_line(g);
    } else if (num == 1) {
        tok(g, cat(g, sb, unchanged_one(g, one)));
        end_line(g);
    }
    sb = g->out[unc_then];
    out_remove(g, unc_then);
    one = ch_list(g, &cthen, &celse, &num);
    if (num > 1) {
        int np = 0;
        char **parts = ch_wrapped(g, &cthen, &celse, g->wrap - (int)strlen(sb) - 13, &np);
        sb = cat(g, sb, "UNCHANGED << ");
        int cc = (int)strlen(sb);
        sb = cat(g, sb, parts[0]);
        for (int i = 1; i < np; i++) {
            out_insert(g, unc_then++, sb);
            sb = cat(g, spaces(g, cc), parts[i]);
        }
        out_insert(g, unc_then, cat(g, sb, " >>"));
    } else if (num == 1) {
        out_insert(g, unc_then, cat(g, sb, unchanged_one(g, one)));
    }
    ch_merge(c, &cthen);
    ch_merge(c, &celse);
}

static void gen_either(gen *g, pstmt *s, changed *c, const char *ctx, const char *prefix)
{
    changed all = ch_copy(g, c);
    changed *ors = ARENA_NEW_N(&g->c->a, changed, s->nors);
    int *uc = ARENA_NEW_N(&g->c->a, int, s->nors);
    int pin = (int)strlen(prefix);
    char *sb = cat(g, prefix, "\\/ ");
    int here = (int)strlen(sb);
    for (int i = 0; i < s->nors; i++) {
        if (i != 0) sb = cat(g, spaces(g, pin), "\\/ ");
        sb = cat(g, sb, "/\\ ");
        changed cc = ch_copy(g, c);
        for (int j = 0; j < s->ors[i].n; j++) {
            gen_stmt(g, s->ors[i].s[j], &cc, ctx, sb, here + 3);
            sb = cat(g, spaces(g, here), "/\\ ");
        }
        ors[i] = cc;
        ch_merge(&all, &cc);
        uc[i] = g->nout;
        line(g, "Replace by UNCHANGED");
    }
    for (int i = s->nors - 1; i >= 0; i--) {
        out_remove(g, uc[i]);
        int num = 0;
        char *nc = ch_list(g, &ors[i], &all, &num);
        if (num > 1) out_insert(g, uc[i], pcal_strf(g->c, "%s/\\ UNCHANGED <<%s>>", spaces(g, here), nc));
        else if (num == 1) out_insert(g, uc[i], pcal_strf(g->c, "%s/\\ %s", spaces(g, here), unchanged_one(g, nc)));
    }
    ch_merge(c, &all);
}

static void gen_with(gen *g, pstmt *s, changed *c, const char *ctx, const char *prefix, int col)
{
    pexpr *e = subscripted(g, s->exp, sub_expr(g, self_of(g, ctx)), c);
    if (s->is_eq) {
        tok(g, pcal_strf(g->c, "%sLET %s == ", prefix, s->var));
        expr_out(g, e);
        tok(g, " IN");
    } else {
        tok(g, pcal_strf(g->c, "%s\\E %s \\in ", prefix, s->var));
        expr_out(g, e);
        tok(g, ":");
    }
    end_line(g);
    char *sb = spaces(g, col + 2);
    if (s->a.n > 1) sb = cat(g, sb, "/\\ ");
    for (int i = 0; i < s->a.n; i++) {
        gen_stmt(g, s->a.s[i], c, ctx, sb, (int)strlen(sb));
        sb = cat(g, spaces(g, col + 2), "/\\ ");
    }
}

static void gen_stmt(gen *g, pstmt *s, changed *c, const char *ctx, const char *prefix, int col)
{
    pexpr *self_sub = sub_expr(g, self_of(g, ctx));
    switch (s->k) {
    case S_ASSIGN: gen_assign(g, s, c, ctx, prefix); break;
    case S_IF: gen_if(g, s, c, ctx, prefix); break;
    case S_EITHER: gen_either(g, s, c, ctx, prefix); break;
    case S_WITH: gen_with(g, s, c, ctx, prefix, col); break;
    case S_WHEN:
        tok(g, prefix);
        expr_out(g, subscripted(g, s->exp, self_sub, c));
        end_line(g);
        break;
    case S_PRINT:
        tok(g, cat(g, prefix, "PrintT("));
        expr_out(g, subscripted(g, s->exp, self_sub, c));
        tok(g, ")");
        end_line(g);
        break;
    case S_ASSERT: {
        char *sb = cat(g, prefix, "Assert(");
        tok(g, sb);
        expr_out(g, subscripted(g, s->exp, self_sub, c));
        int here = (int)strlen(sb);
        char *sc = pcal_strf(g->c, "\"Failure of assertion at %s.\")", loc_of(g->c, s->line, s->col, s->mline, s->mcol));
        if ((int)(g->nlen + 2 + strlen(sc)) < g->wrap) {
            tok(g, cat(g, ", ", sc));
        } else {
            tok(g, ", ");
            end_line(g);
            tok(g, cat(g, spaces(g, here), sc));
        }
        end_line(g);
        break;
    }
    case S_SKIP:
        tok(g, cat(g, prefix, "TRUE"));
        end_line(g);
        break;
    default:
        pcal_error(g->c, s->line, s->col, "unexpected statement", "internal error: unexpected statement kind %d", (int)s->k);
    }
}

static void gen_labeled(gen *g, pstmt *ls, const char *ctx)
{
    const char *name = g->c->omit_pc ? g->proc_name : ls->name;
    changed c = ch_new(g);
    char *sb = pcal_strf(g->c, "%s%s == ", name, g->mp && (!strcmp(ctx, "procedure") || g->self_is_self) ? "(self)" : "");
    int col = (int)strlen(sb);
    sb = cat(g, sb, "/\\ ");
    int def_start = g->nout, after_and = (int)strlen(sb);
    for (int i = 0; i < ls->a.n; i++) {
        gen_stmt(g, ls->a.s[i], &c, ctx, sb, (int)strlen(sb));
        sb = cat(g, spaces(g, col), "/\\ ");
    }
    int np = 0, num = 0;
    char **parts = ch_wrapped(g, &c, NULL, g->wrap - col - 16, &np);
    char *one = ch_list(g, &c, NULL, &num);
    if (num > 1) {
        sb = cat(g, spaces(g, col), "/\\ UNCHANGED << ");
        int here = (int)strlen(sb);
        sb = cat(g, sb, parts[0]);
        for (int i = 1; i < np; i++) {
            line(g, sb);
            sb = cat(g, spaces(g, here), parts[i]);
        }
        tok(g, cat(g, sb, " >>"));
    } else if (num == 1) {
        tok(g, pcal_strf(g->c, "%s/\\ %s", spaces(g, col), unchanged_one(g, one)));
    } else if (ls->a.n == 1) {
        for (int i = def_start; i < g->nout; i++) {
            char *l = g->out[i];
            if (i == def_start) {
                g->out[i] = pcal_strf(g->c, "%.*s%s", after_and - 3, l, l + after_and);
            } else if (strlen(l) > 3) {
                g->out[i] = l + 3;
            }
        }
    }
    line(g, "");
}

/* ---- declarations ----------------------------------------------------------------------------- */

static void var_decl(gen *g, const char **v, int n)
{
    if (n == 0) return;
    tok(g, n > 1 ? "VARIABLES " : "VARIABLE ");
    for (int i = 0; i < n; i++) {
        if (i > 0) tok(g, ", ");
        if ((int)(g->nlen + strlen(v[i]) + 1) > g->wrap) {
            end_line(g);
            tok(g, spaces(g, n > 1 ? 10 : 9));
        }
        tok(g, v[i]);
    }
    end_line(g);
}

static void add_var(gen *g, const char ***v, int *n, const char *s)
{
    const char **nv = ARENA_NEW_N(&g->c->a, const char *, *n + 1);
    if (*n) memcpy(nv, *v, sizeof(char *) * (size_t)*n);
    nv[(*n)++] = s;
    *v = nv;
}

static void gen_vars_and_defs(gen *g)
{
    palg *alg = g->alg;
    const char **gv = NULL, **lv = NULL;
    int ng = 0, nl = 0;
    if (!g->c->omit_pc) add_var(g, &gv, &ng, "pc");
    for (int i = 0; i < alg->ndecls; i++) add_var(g, &gv, &ng, alg->decls[i].var);
    if (alg->nprcds) add_var(g, &gv, &ng, "stack");
    for (int i = 0; i < alg->nprcds; i++) {
        for (int k = 0; k < alg->prcds[i].nparams; k++) {
            add_var(g, &lv, &nl, alg->prcds[i].params[k].var);
            add_var(g, &g->pcv, &g->npcv, alg->prcds[i].params[k].var);
        }
        for (int k = 0; k < alg->prcds[i].ndecls; k++) {
            add_var(g, &lv, &nl, alg->prcds[i].decls[k].var);
            add_var(g, &g->pcv, &g->npcv, alg->prcds[i].decls[k].var);
        }
    }
    if (alg->multi)
        for (int i = 0; i < alg->nprocs; i++)
            for (int k = 0; k < alg->procs[i].ndecls; k++) {
                add_var(g, &lv, &nl, alg->procs[i].decls[k].var);
                if (!alg->procs[i].is_eq) add_var(g, &g->psv, &g->npsv, alg->procs[i].decls[k].var);
            }
    for (int i = 0; i < ng; i++) add_var(g, &g->vars, &g->nvars, gv[i]);
    for (int i = 0; i < nl; i++) add_var(g, &g->vars, &g->nvars, lv[i]);
    if (g->c->has_default_init) line(g, "CONSTANT defaultInitValue");
    if (pexpr_empty(alg->defs)) {
        var_decl(g, g->vars, g->nvars);
    } else {
        var_decl(g, gv, ng);
        line(g, "");
        line(g, "(* define statement *)");
        expr_out(g, alg->defs);
        line(g, "");
        var_decl(g, lv, nl);
    }
    line(g, "");
    if (g->nvars == 0) pcal_error(g->c, 0, 0, "The algorithm has no variables.", "the algorithm declares no variables");
    tok(g, "vars == << ");
    int indent = (int)g->nlen;
    for (int i = 0; i < g->nvars; i++) {
        if (i > 0) tok(g, ", ");
        if ((int)(g->nlen + strlen(g->vars[i]) + 1) > g->wrap) {
            end_line(g);
            tok(g, spaces(g, indent));
        }
        tok(g, g->vars[i]);
    }
    if ((int)g->nlen + 3 + 1 > g->wrap) {
        end_line(g);
        tok(g, spaces(g, 7));
    }
    tok(g, " >>");
    line(g, "");
}

static void gen_procset(gen *g)
{
    tok(g, "ProcSet == ");
    for (int i = 0; i < g->alg->nprocs; i++) {
        pprocess *p = &g->alg->procs[i];
        if (i > 0) tok(g, " \\cup ");
        tok(g, p->is_eq ? "{" : "(");
        expr_out(g, p->id);
        tok(g, p->is_eq ? "}" : ")");
    }
    end_line(g);
    line(g, "");
}

static bool decl_needs_parens(gen *g, const pexpr *e)
{
    int n = 0;
    char **sv = pexpr_lines(g->c, e, &n);
    return needs_parens(sv, n);
}

static pexpr *decl_val(gen *g, const pvardecl *d)
{
    if (d->val) return d->val;
    const char *s[] = {"defaultInitValue"};
    int t[] = {TK_IDENT};
    return pexpr_one_line(g->c, 1, s, t);
}

/* `/\ v = e` or `/\ v \in e` in Init, e parenthesized where pcal.trans does. */
static void init_conjunct(gen *g, const char *is, const pvardecl *d)
{
    tok(g, cat(g, is, "/\\ "));
    pexpr *v = decl_val(g, d);
    tok(g, pcal_strf(g->c, "%s %s ", d->var, d->is_eq ? "=" : "\\in"));
    bool par = decl_needs_parens(g, v);
    if (par) tok(g, "(");
    expr_out(g, v);
    if (par) tok(g, ")");
    end_line(g);
}

/* A process variable's Init conjunct: as written for `process (P = e)`; for a process set, a
 * function of self (`v = e`: [self \\in S |-> e]; `v \\in e`: [S -> e], where the process's
 * variables in e are read at [CHOOSE self \\in S : TRUE]). */
static void init_process_var(gen *g, const char *is, const pprocess *p, const pvardecl *d)
{
    tok(g, cat(g, is, "/\\ "));
    pexpr *v = decl_val(g, d);
    if (p->is_eq) {
        tok(g, pcal_strf(g->c, "%s %s ", d->var, d->is_eq ? "=" : "\\in"));
        expr_out(g, v);
    } else if (d->is_eq) {
        tok(g, pcal_strf(g->c, "%s = [self \\in ", d->var));
        expr_out(g, p->id);
        tok(g, " |-> ");
        changed none = ch_new(g);
        expr_out(g, subscripted(g, v, sub_expr(g, self_expr(g)), &none));
        tok(g, "]");
    } else {
        /* [CHOOSE self \in S : TRUE] */
        pexpr *sub = pexpr_clone(g->c, p->id);
        pexpr *front = pexpr_new(g->c);
        pexpr_add_line(g->c, front);
        pexpr_add_tok(g->c, front, ptok_new(g->c, "[", 0, TK_BUILTIN));
        pexpr_add_tok(g->c, front, ptok_new(g->c, "CHOOSE", 1, TK_BUILTIN));
        pexpr_add_tok(g->c, front, ptok_new(g->c, "self", 8, TK_IDENT));
        pexpr_add_tok(g->c, front, ptok_new(g->c, "\\in ", 13, TK_BUILTIN));
        pexpr_normalize(front);
        pexpr_prepend(g->c, sub, front, 1);
        pexpr *tail = pexpr_new(g->c);
        pexpr_add_line(g->c, tail);
        pexpr_add_tok(g->c, tail, ptok_new(g->c, ":", 0, TK_BUILTIN));
        pexpr_add_tok(g->c, tail, ptok_new(g->c, "TRUE", 2, TK_BUILTIN));
        pexpr_add_tok(g->c, tail, ptok_new(g->c, "]", 6, TK_BUILTIN));
        pexpr_normalize(tail);
        pexpr_prepend(g->c, tail, sub, 1);
        tok(g, pcal_strf(g->c, "%s \\in [", d->var));
        expr_out(g, p->id);
        tok(g, " -> ");
        changed none = ch_new(g);
        expr_out(g, subscripted(g, v, tail, &none));
        tok(g, "]");
    }
    end_line(g);
}

static const char *first_label(const pprocess *p) { return p->body.n ? p->body.s[0]->name : "Done"; }

static void gen_init(gen *g)
{
    palg *alg = g->alg;
    char *is = "Init == ";
    const int col = 8;
    if (alg->ndecls > 0) {
        line(g, cat(g, is, "(* Global variables *)"));
        is = spaces(g, col);
        for (int i = 0; i < alg->ndecls; i++) init_conjunct(g, is, &alg->decls[i]);
    }
    for (int i = 0; i < alg->nprcds; i++) {
        pproc *p = &alg->prcds[i];
        if (p->nparams == 0 && p->ndecls == 0) continue;
        line(g, pcal_strf(g->c, "%s(* Procedure %s *)", is, p->name));
        is = spaces(g, col);
        for (int k = 0; k < p->nparams + p->ndecls; k++) {
            pvardecl *d = k < p->nparams ? &p->params[k] : &p->decls[k - p->nparams];
            if (!g->mp) {
                init_conjunct(g, is, d);
                continue;
            }
            tok(g, pcal_strf(g->c, "%s/\\ %s = [ self \\in ProcSet |-> ", is, d->var));
            changed none = ch_new(g);
            expr_out(g, subscripted(g, decl_val(g, d), sub_expr(g, self_expr(g)), &none));
            tok(g, "]");
            end_line(g);
        }
    }
    if (alg->multi)
        for (int i = 0; i < alg->nprocs; i++) {
            pprocess *p = &alg->procs[i];
            if (p->ndecls == 0) continue;
            line(g, pcal_strf(g->c, "%s(* Process %s *)", is, p->name));
            is = spaces(g, col);
            for (int k = 0; k < p->ndecls; k++) init_process_var(g, is, p, &p->decls[k]);
        }
    if (alg->nprcds) {
        line(g, cat(g, is, g->mp ? "/\\ stack = [self \\in ProcSet |-> << >>]" : "/\\ stack = << >>"));
        is = spaces(g, col);
    }
    if (!g->c->omit_pc) {
        if (g->mp) {
            bool use_case = alg->nprocs != 1;
            is = cat(g, is, use_case ? "/\\ pc = [self \\in ProcSet |-> CASE " : "/\\ pc = [self \\in ProcSet |-> ");
            int colpc = (int)strlen(is) - 3;
            for (int i = 0; i < alg->nprocs; i++) {
                pprocess *p = &alg->procs[i];
                if (use_case) {
                    tok(g, cat(g, is, p->is_eq ? "self = " : "self \\in "));
                    expr_out(g, p->id);
                    is = pcal_strf(g->c, " -> \"%s\"%s", first_label(p), i == alg->nprocs - 1 ? "]" : "");
                } else {
                    is = pcal_strf(g->c, "%s\"%s\"]", is, first_label(p));
                }
                tok(g, is);
                end_line(g);
                is = spaces(g, colpc);
                if (i < alg->nprocs - 1) is = cat(g, is, "[] ");
            }
        } else {
            line(g, pcal_strf(g->c, "%s/\\ pc = \"%s\"", is, first_label(&alg->procs[0])));
        }
    }
    line(g, "");
}

static void gen_next(gen *g)
{
    pcal_ctx *c = g->c;
    if (c->omit_pc && !g->mp) return;
    bool term = !(c->o.no_done_disjunct || c->omit_stutter);
    if (term) {
        line(g, "(* Allow infinite stuttering to prevent deadlock on termination. *)");
        if (g->mp) {
            line(g, "Terminating == /\\ \\A self \\in ProcSet: pc[self] = \"Done\"");
            line(g, "               /\\ UNCHANGED vars");
        } else {
            line(g, "Terminating == pc = \"Done\" /\\ UNCHANGED vars");
        }
        line(g, "");
    }
    const char **ns = ARENA_NEW_N(&c->a, const char *, g->nstep + 1);
    int nns = 0;
    char *sb = "";
    int max = g->wrap - 11;
    for (int i = 0; i < g->nstep; i++) {
        const char *a = g->step[i];
        if ((int)(strlen(a) + 4 + strlen(sb)) > max) { ns[nns++] = sb; sb = ""; }
        sb = *sb ? pcal_strf(c, "%s \\/ %s", sb, a) : pcal_strf(c, "%s", a);
    }
    if (*sb) ns[nns++] = sb;
    /* process sets */
    typedef struct { char **l; int n; } lines_t;
    lines_t *ssp = ARENA_NEW_N(&c->a, lines_t, g->alg->nprocs + 1);
    int nssp = 0;
    if (g->mp)
        for (int i = 0; i < g->alg->nprocs; i++) {
            pprocess *p = &g->alg->procs[i];
            if (p->is_eq) continue;
            int n = 0;
            char **sv = pexpr_lines(c, p->id, &n);
            char **v = ARENA_NEW_N(&c->a, char *, n + 1);
            int col = 13;
            sb = cat(g, "(\\E self \\in ", sv[0]);
            for (int j = 1; j < n; j++) {
                v[j - 1] = sb;
                sb = cat(g, spaces(g, col), sv[j]);
            }
            v[n - 1] = pcal_strf(c, "%s: %s(self))", sb, p->name);
            ssp[nssp].l = v;
            ssp[nssp++].n = n;
        }
    const char **nss = ARENA_NEW_N(&c->a, const char *, g->alg->nprcds + 1);
    int nnss = 0;
    if (g->mp && g->alg->nprcds) {
        sb = "";
        int mx = g->wrap - 38;
        for (int i = 0; i < g->alg->nprcds; i++) {
            const char *nm = g->alg->prcds[i].name;
            if ((int)(strlen(nm) + 10 + strlen(sb)) > mx) { nss[nnss++] = sb; sb = ""; }
            sb = pcal_strf(c, "%s%s%s(self)", sb, *sb ? " \\/ " : "", nm);
        }
        if (*sb) nss[nnss++] = cat(g, sb, ")");
    }
    sb = "Next == ";
    int col = (int)strlen(sb) + 2;
    for (int i = 0; i < nns; i++) {
        line(g, cat(g, sb, ns[i]));
        sb = cat(g, spaces(g, col), " \\/ ");
    }
    if (nnss) {
        sb = cat(g, sb, "(\\E self \\in ProcSet: ");
        int col2 = (int)strlen(sb);
        if (nnss > 1) sb = cat(g, sb, " \\/ ");
        for (int i = 0; i < nnss; i++) {
            line(g, cat(g, sb, nss[i]));
            sb = cat(g, spaces(g, col2), " \\/ ");
        }
        sb = cat(g, spaces(g, col), " \\/ ");
    }
    for (int i = 0; i < nssp; i++) {
        for (int j = 0; j < ssp[i].n; j++) {
            line(g, cat(g, sb, ssp[i].l[j]));
            sb = (nns == 0 && nnss == 0 && i == 0) ? spaces(g, col - 2) : spaces(g, col + 4);
        }
        sb = cat(g, spaces(g, col), " \\/ ");
    }
    if (term) line(g, cat(g, sb, "Terminating"));
    line(g, "");
}

typedef struct fpair { char *wf, *sf; } fpair;

typedef struct fairness {
    char **prefix; int nprefix;
    char *wf, *sf;
    fpair *prcd; int nprcd;   /* the procedures the process calls */
} fairness;

static char *pair_line(gen *g, const fpair *p)
{
    return p->sf ? pcal_strf(g->c, "%s /\\ %s", p->wf, p->sf) : p->wf;
}

static char *pair_multi(gen *g, const fpair *p, int col)
{
    char *v = cat(g, "/\\ ", p->wf);
    return p->sf ? pcal_strf(g->c, "%s\n%s/\\ %s", v, spaces(g, col), p->sf) : v;
}

static int fair_width(const fairness *f)
{
    int maxp = 0, width = 0;
    for (int i = 0; i < f->nprefix - 1; i++) {
        int l = (int)strlen(f->prefix[i]);
        if (l > maxp) maxp = l;
        width = (int)strlen(f->prefix[f->nprefix - 1]);
    }
    width += (int)strlen(f->wf);
    if (f->sf) width += (int)strlen(f->sf);
    for (int i = 0; i < f->nprcd; i++)
        width += (int)strlen(f->prcd[i].wf) + (f->prcd[i].sf ? 4 + (int)strlen(f->prcd[i].sf) : 0);
    return maxp > width ? maxp : width;
}

static char *fair_prefix(gen *g, const fairness *f, int col)
{
    char *v = "";
    for (int i = 0; i < f->nprefix; i++) {
        if (i) v = cat(g, v, spaces(g, col));
        v = cat(g, v, f->prefix[i]);
        if (i != f->nprefix - 1) v = cat(g, v, "\n");
    }
    return v;
}

static char *fair_format(gen *g, const fairness *f, int col)
{
    fpair body = {f->wf, f->sf};
    if (col + fair_width(f) <= g->wrap || (!f->sf && f->nprcd == 0)) {
        char *v = cat(g, fair_prefix(g, f, col), pair_line(g, &body));
        for (int i = 0; i < f->nprcd; i++) v = pcal_strf(g->c, "%s /\\ %s", v, pair_line(g, &f->prcd[i]));
        return v;
    }
    char *v = fair_prefix(g, f, col);
    int pw = f->nprefix ? (int)strlen(f->prefix[f->nprefix - 1]) : 0;
    int cur = col + pw;
    char *ln = pair_line(g, &body);
    if (cur + (int)strlen(ln) + 3 <= g->wrap) v = pcal_strf(g->c, "%s/\\ %s", v, ln);
    else v = cat(g, v, pair_multi(g, &body, cur));
    for (int i = 0; i < f->nprcd; i++) {
        ln = pair_line(g, &f->prcd[i]);
        if (i == 0) v = cat(g, v, "\n");
        v = cat(g, v, spaces(g, cur));
        if (cur + (int)strlen(ln) + 3 <= g->wrap) v = pcal_strf(g->c, "%s/\\ %s\n", v, ln);
        else v = cat(g, v, pair_multi(g, &f->prcd[i], cur));
    }
    return v;
}

/* "WF_vars(" and, for labels marked `:-`, "(pc[self] # \"l\") /\\ " (or \\notin a set). */
static char *fair_head(gen *g, const char *xf, const char *qself, const char **minus, int nminus)
{
    pcal_ctx *c = g->c;
    char *wf = pcal_strf(c, "%s_vars(", xf);
    if (nminus == 0) return wf;
    wf = pcal_strf(c, "%s(pc[%s]", wf, qself);
    if (nminus == 1) {
        wf = pcal_strf(c, "%s # \"%s\"", wf, minus[0]);
    } else {
        wf = cat(g, wf, " \\notin {\"");
        for (int j = 0; j < nminus; j++) wf = pcal_strf(c, "%s%s%s", wf, minus[j], j == nminus - 1 ? "\"}" : "\", \"");
    }
    return cat(g, wf, ") /\\ ");
}

/* The fairness conjunct of a fair process: its prefix (\\A self \\in S, or LET self == e IN for a
 * multi-line id), WF or SF of its steps (without its `:-` labels), SF of its `:+` labels, and the
 * same for the procedures it calls. */
static void process_fairness(gen *g, const pprocess *p, fairness *f)
{
    pcal_ctx *c = g->c;
    const char *xf = p->fairness == FAIR_WF ? "WF" : "SF";
    int n = 0;
    char **pself = pexpr_lines(c, p->id, &n);
    bool let = false;
    const char *qself = "self";
    if (p->is_eq) {
        if (n > 1) let = true;
        else qself = pself[0];
    }
    f->prefix = NULL;
    f->nprefix = 0;
    if (let || !p->is_eq) {
        const char *pb = p->is_eq ? "LET self == " : "\\A self \\in ", *pe = p->is_eq ? "" : " : ";
        f->prefix = ARENA_NEW_N(&c->a, char *, n + 2);
        for (int j = 0; j < n; j++) {
            char *l = j == 0 ? cat(g, pb, pself[j]) : cat(g, spaces(g, (int)strlen(pb)), pself[j]);
            if (j == n - 1) l = cat(g, l, pe);
            f->prefix[f->nprefix++] = l;
        }
        if (let) f->prefix[f->nprefix++] = "IN ";
    }
    char *wf = fair_head(g, xf, qself, p->minus, p->nminus);
    f->wf = pcal_strf(c, "%s%s%s)", wf, p->name, p->is_eq ? "" : "(self)");
    f->sf = NULL;
    if (!strcmp(xf, "WF") && p->nplus > 0) {
        char *sf = "";
        for (int j = 0; j < p->nplus; j++)
            sf = pcal_strf(c, "%s%sSF_vars(%s%s)", sf, j ? " /\\ " : "", p->plus[j], p->is_eq ? "" : "(self)");
        f->sf = sf;
    }
    f->prcd = ARENA_NEW_N(&c->a, fpair, p->ncalls + 1);
    f->nprcd = 0;
    for (int k = 0; k < p->ncalls; k++) {
        pproc *pr = NULL;
        for (int j = 0; j < g->alg->nprcds; j++)
            if (!strcmp(g->alg->prcds[j].name, p->calls[k])) pr = &g->alg->prcds[j];
        if (!pr) continue;
        char *w = fair_head(g, xf, qself, pr->minus, pr->nminus);
        fpair *fp = &f->prcd[f->nprcd++];
        fp->wf = pcal_strf(c, "%s%s(%s))", w, pr->name, qself);
        fp->sf = NULL;
        if (!strcmp(xf, "WF") && pr->nplus > 0) {
            char *sf = "";
            for (int j = 0; j < pr->nplus; j++)
                sf = pcal_strf(c, "%s%sSF_vars(%s(%s))", sf, j ? " /\\ " : "", pr->plus[j], qself);
            fp->sf = sf;
        }
    }
}

static void gen_spec(gen *g)
{
    pcal_ctx *c = g->c;
    const char *fo = c->o.fairness;
    const char *safety = "Init /\\ [][Next]_vars";
    if (!strcmp(fo, "nof") || (!g->mp && !strcmp(fo, ""))) {
        line(g, cat(g, "Spec == ", safety));
        line(g, "");
        return;
    }
    bool wfnext = !strcmp(fo, "wfNext") || c->fair_alg || (!g->mp && (!strcmp(fo, "wf") || !strcmp(fo, "sf")));
    fairness *fs = ARENA_NEW_N(&c->a, fairness, g->alg->nprocs + 1);
    int nf = 0;
    if (g->mp)
        for (int i = 0; i < g->alg->nprocs; i++) {
            pprocess *p = &g->alg->procs[i];
            if (p->fairness != FAIR_NONE) process_fairness(g, p, &fs[nf++]);
        }
    if (!wfnext && nf == 0) {
        line(g, cat(g, "Spec == ", safety));
        line(g, "");
        return;
    }
    line(g, cat(g, "Spec == /\\ ", safety));
    if (wfnext) line(g, "        /\\ WF_vars(Next)");
    for (int i = 0; i < nf; i++) {
        char *str = cat(g, "        /\\ ", fair_format(g, &fs[i], 11));
        char *save = NULL;
        for (char *l = strtok_r(str, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) line(g, l);
    }
    line(g, "");
}

static void gen_termination(gen *g)
{
    if (g->c->omit_pc || g->c->omit_stutter) return;
    line(g, g->mp ? "Termination == <>(\\A self \\in ProcSet: pc[self] = \"Done\")" : "Termination == <>(pc = \"Done\")");
    line(g, "");
}

static void gen_disjunction(gen *g, const char *name, svec *body, const char *arg)
{
    char *head = pcal_strf(g->c, "%s%s == ", name, arg);
    tok(g, head);
    char *ind = spaces(g, (int)strlen(head) + 2);
    for (int i = 0; i < body->n; i++) {
        char *d = pcal_strf(g->c, "%s%s", body->s[i]->name, arg);
        if (i != 0 && (int)(g->nlen + 7 + strlen(d)) > g->wrap) end_line(g);
        if (i != 0) tok(g, cat(g, g->nlen == 0 ? ind : "", " \\/ "));
        tok(g, d);
    }
    line(g, "");
}

static void gen_procedure(gen *g, pproc *p)
{
    if (g->mp) {
        g->self = self_expr(g);
        g->self_is_self = true;
    } else {
        add_var(g, &g->step, &g->nstep, p->name);
    }
    for (int i = 0; i < p->steps.n; i++) gen_labeled(g, p->steps.s[i], "procedure");
    gen_disjunction(g, p->name, &p->steps, g->mp ? "(self)" : "");
}

static void gen_process(gen *g, pprocess *p)
{
    g->proc_name = p->name;
    if (p->is_eq) {
        g->self = p->id;
        g->self_is_self = false;
        add_var(g, &g->step, &g->nstep, p->name);
    } else {
        g->self = self_expr(g);
        g->self_is_self = true;
    }
    for (int i = 0; i < p->steps.n; i++) gen_labeled(g, p->steps.s[i], "process");
    if (g->c->omit_pc) return;
    gen_disjunction(g, p->name, &p->steps, p->is_eq ? "" : "(self)");
}

char **pcal_generate(pcal_ctx *c, palg *alg, char **report, int nreport, int *nlines)
{
    gen g = {0};
    g.c = c;
    g.alg = alg;
    g.wrap = c->o.line_width;
    g.mp = alg->multi;
    g.next = arena_alloc(&c->a, 64);
    g.ncap = 64;
    g.next[0] = 0;
    for (int i = 0; i < nreport; i++) line(&g, report[i]);
    gen_vars_and_defs(&g);
    if (g.mp) {
        gen_procset(&g);
        gen_init(&g);
        for (int i = 0; i < alg->nprcds; i++) gen_procedure(&g, &alg->prcds[i]);
        for (int i = 0; i < alg->nprocs; i++) gen_process(&g, &alg->procs[i]);
    } else {
        g.proc_name = "Next";
        gen_init(&g);
        for (int i = 0; i < alg->nprcds; i++) gen_procedure(&g, &alg->prcds[i]);
        for (int i = 0; i < alg->procs[0].steps.n; i++) {
            add_var(&g, &g.step, &g.nstep, alg->procs[0].steps.s[i]->name);
            gen_labeled(&g, alg->procs[0].steps.s[i], "");
        }
    }
    gen_next(&g);
    gen_spec(&g);
    gen_termination(&g);
    end_line(&g);
    char **out = ARENA_NEW_N(&c->a, char *, g.nout + 1);
    memcpy(out, g.out, sizeof(char *) * (size_t)g.nout);
    *nlines = g.nout;
    return out;
}
