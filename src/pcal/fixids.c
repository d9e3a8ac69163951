/* fixids.c - removing name conflicts as pcal.trans does: a symbol table of variables, labels and
 * processes by context; names of later kinds that clash get a suffix (`_`, then letters of their
 * context); the renamings are applied to the algorithm and reported at the top of the translation. */
#include "pcal_internal.h"

#include <string.h>

enum { T_GLOBAL, T_LABEL, T_PROCEDURE, T_PROCESS, T_PROCESSVAR, T_PROCEDUREVAR, T_PARAMETER, NTYPES };
static const char *const type_name[] = {"Global variable", "Label", "Procedure", "Process",
                                        "Process variable", "Procedure variable", "Parameter"};

typedef struct sym { int type; const char *id, *context, *ctype, *use; int line, col; } sym;
typedef struct symtab { sym *s; int n, cap; char *errors; pcal_ctx *c; } symtab;

static int find(const symtab *t, int type, const char *id, const char *ctx)
{
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->s[i].id, id) && !strcmp(t->s[i].context, ctx) && (type < 0 || t->s[i].type == type)) return i;
    return t->n;
}

static bool insert(symtab *t, int type, const char *id, const char *ctx, const char *ctype, int line, int col)
{
    if (type == T_PROCESSVAR || type == T_PROCEDUREVAR || type == T_PARAMETER) {
        if (find(t, T_GLOBAL, id, "") < t->n || find(t, -1, id, ctx) < t->n) return false;
    } else if (find(t, type, id, ctx) < t->n) {
        return false;
    }
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 32;
        sym *ns = ARENA_NEW_N(&t->c->a, sym, t->cap);
        if (t->n) memcpy(ns, t->s, sizeof(sym) * (size_t)t->n);
        t->s = ns;
    }
    t->s[t->n++] = (sym){type, id, ctx, ctype, id, line, col};
    return true;
}

static void redefined(symtab *t, const char *what, const char *id, int line, int col)
{
    t->errors = pcal_strf(t->c, "%s\n%s %s redefined at line %d, column %d", t->errors, what, id, line, col);
    pcal_record(t->c, line, col, NULL, "%s `%s` is defined twice in the same process, procedure or algorithm", what, id);
}

static void extract_seq(symtab *t, svec *seq, const char *ctx, const char *ctype);

static void extract_labeled(symtab *t, pstmt *ls, const char *ctx, const char *ctype)
{
    if (!insert(t, T_LABEL, ls->name, ctx, ctype, ls->line, ls->col)) redefined(t, "Label", ls->name, ls->line, ls->col);
    extract_seq(t, &ls->a, ctx, ctype);
}

static void extract_seq(symtab *t, svec *seq, const char *ctx, const char *ctype)
{
    for (int i = 0; i < seq->n; i++) {
        pstmt *s = seq->s[i];
        switch (s->k) {
        case S_LABELED: extract_labeled(t, s, ctx, ctype); break;
        case S_WHILE:
            extract_seq(t, &s->a, ctx, ctype);
            for (int k = 0; k < s->la.n; k++) extract_labeled(t, s->la.s[k], ctx, ctype);
            break;
        case S_IF: case S_WITH:
            extract_seq(t, &s->a, ctx, ctype);
            extract_seq(t, &s->b, ctx, ctype);
            break;
        case S_LABELIF:
            extract_seq(t, &s->a, ctx, ctype);
            for (int k = 0; k < s->la.n; k++) extract_labeled(t, s->la.s[k], ctx, ctype);
            extract_seq(t, &s->b, ctx, ctype);
            for (int k = 0; k < s->lb.n; k++) extract_labeled(t, s->lb.s[k], ctx, ctype);
            break;
        case S_EITHER: case S_LABELEITHER:
            for (int j = 0; j < s->nors; j++) {
                extract_seq(t, &s->ors[j], ctx, ctype);
                if (s->k == S_LABELEITHER)
                    for (int k = 0; k < s->labors[j].n; k++) extract_labeled(t, s->labors[j].s[k], ctx, ctype);
            }
            break;
        default: break;
        }
    }
}

static bool ambiguous(const symtab *t, const char *use)
{
    int n = 0;
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->s[i].use, use) && ++n > 1) return true;
    return false;
}

static char **disambiguate(symtab *t, int *nreport)
{
    char **rep = ARENA_NEW_N(&t->c->a, char *, t->n + 1);
    int n = 0;
    for (int type = 0; type < NTYPES; type++)
        for (int i = 0; i < t->n; i++) {
            sym *s = &t->s[i];
            if (s->type != type) continue;
            s->use = s->id;
            int k = 0;
            while (type > 0 && ambiguous(t, s->use)) {
                k++;
                if (k == 1) s->use = pcal_strf(t->c, "%s_", s->use);
                else if (k > (int)strlen(s->context) + 1) s->use = pcal_strf(t->c, "%s%d", s->use, type);
                else s->use = pcal_strf(t->c, "%s%c", s->use, s->context[k - 2]);
            }
            if (strcmp(s->id, s->use))
                rep[n++] = pcal_strf(t->c, "\\* %s %s%s%s%s at line %d col %d changed to %s", type_name[s->type], s->id,
                                     *s->context ? " of " : "", *s->context ? s->ctype : "",
                                     *s->context ? pcal_strf(t->c, " %s", s->context) : "", s->line, s->col, s->use);
        }
    *nreport = n;
    return rep;
}

static const char *use_this(const symtab *t, int type, const char *id, const char *ctx)
{
    int i = find(t, type, id, ctx);
    return i == t->n ? id : t->s[i].use;
}

static const char *use_var(const symtab *t, const char *id, const char *ctx)
{
    int i = find(t, -1, id, ctx);
    if (i == t->n) return id;
    int ty = t->s[i].type;
    if (ty == T_GLOBAL || ty == T_PROCESSVAR || ty == T_PROCEDUREVAR || ty == T_PARAMETER) return t->s[i].use;
    return id;
}

static void fix_expr(symtab *t, pexpr *e, const char *ctx)
{
    if (pexpr_empty(e)) return;
    psubst ps = {0};
    for (int i = 0; i < e->nlines; i++)
        for (int j = 0; j < e->lines[i].n; j++) {
            ptok *tk = e->lines[i].t[j];
            if (tk->type != TK_IDENT) continue;
            const char *use = use_var(t, tk->s, ctx);
            if (psubst_has(&ps, tk->s) || !strcmp(use, tk->s)) continue;
            const char *s[] = {use};
            int ty[] = {TK_IDENT};
            psubst_add(t->c, &ps, tk->s, pexpr_one_line(t->c, 1, s, ty));
        }
    if (ps.n) pexpr_subst(t->c, e, ps.n, ps.names, ps.subs, false);
}

static void fix_seq(symtab *t, svec *seq, const char *ctx);

static void fix_labeled(symtab *t, pstmt *ls, const char *ctx)
{
    ls->name = use_this(t, T_LABEL, ls->name, ctx);
    fix_seq(t, &ls->a, ctx);
}

static void fix_labeled_seq(symtab *t, svec *seq, const char *ctx)
{
    for (int k = 0; k < seq->n; k++) fix_labeled(t, seq->s[k], ctx);
}

static void fix_seq(symtab *t, svec *seq, const char *ctx)
{
    pcal_ctx *c = t->c;
    for (int i = 0; i < seq->n; i++) {
        pstmt *s = seq->s[i];
        switch (s->k) {
        case S_LABELED: fix_labeled(t, s, ctx); break;
        case S_WHILE:
            fix_seq(t, &s->a, ctx);
            fix_labeled_seq(t, &s->la, ctx);
            fix_expr(t, s->exp, ctx);
            break;
        case S_ASSIGN:
            for (int k = 0; k < s->nass; k++) {
                s->ass[k].var = use_var(t, s->ass[k].var, ctx);
                fix_expr(t, s->ass[k].sub, ctx);
                fix_expr(t, s->ass[k].rhs, ctx);
            }
            break;
        case S_IF:
            fix_seq(t, &s->a, ctx);
            fix_seq(t, &s->b, ctx);
            fix_expr(t, s->exp, ctx);
            break;
        case S_LABELIF:
            fix_expr(t, s->exp, ctx);
            fix_seq(t, &s->a, ctx);
            fix_labeled_seq(t, &s->la, ctx);
            fix_seq(t, &s->b, ctx);
            fix_labeled_seq(t, &s->lb, ctx);
            break;
        case S_WITH:
            fix_expr(t, s->exp, ctx);
            fix_seq(t, &s->a, ctx);
            break;
        case S_WHEN: case S_PRINT: case S_ASSERT: fix_expr(t, s->exp, ctx); break;
        case S_EITHER: case S_LABELEITHER:
            for (int j = 0; j < s->nors; j++) {
                fix_seq(t, &s->ors[j], ctx);
                if (s->k == S_LABELEITHER) fix_labeled_seq(t, &s->labors[j], ctx);
            }
            break;
        case S_CALL: case S_CALLRETURN: case S_CALLGOTO:
            s->name = use_this(t, T_PROCEDURE, s->name, ctx);
            for (int k = 0; k < s->nargs; k++) fix_expr(t, s->args[k], ctx);
            if (s->from) s->from = use_this(t, T_PROCEDURE, s->from, ctx);
            if (s->k == S_CALLGOTO) s->var = use_this(t, T_LABEL, s->var, ctx);
            break;
        case S_RETURN:
            if (s->from) s->from = use_this(t, T_PROCEDURE, s->from, ctx);
            break;
        case S_GOTO:
            if (find(t, T_LABEL, s->name, ctx) == t->n && strcmp(s->name, "Done"))
                pcal_error(c, s->line, s->col,
                           pcal_strf(c, "goto to non-existent label `%s' at line %d, column %d", s->name, s->line, s->col),
                           "there is no label `%s` to go to here", s->name);
            s->name = use_this(t, T_LABEL, s->name, ctx);
            break;
        default: break;
        }
    }
}

static int proc_index(palg *alg, const char *name)
{
    for (int i = 0; i < alg->nprcds; i++)
        if (!strcmp(alg->prcds[i].name, name)) return i;
    return -1;
}

static void add_call(pcal_ctx *c, const char ***v, int *n, const char *s)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp((*v)[i], s)) return;
    const char **nv = ARENA_NEW_N(&c->a, const char *, *n + 1);
    if (*n) memcpy(nv, *v, sizeof(char *) * (size_t)*n);
    nv[(*n)++] = s;
    *v = nv;
}

/* The procedures each procedure and process calls, directly or not (Floyd-Warshall). */
static void close_calls(pcal_ctx *c, palg *alg)
{
    int n = alg->nprcds;
    bool *path = ARENA_NEW_N(&c->a, bool, (size_t)(n * n + 1));
    for (int i = 0; i < n; i++)
        for (int k = 0; k < alg->prcds[i].ncalls; k++) {
            int j = proc_index(alg, alg->prcds[i].calls[k]);
            if (j >= 0) path[i * n + j] = true;
        }
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) path[i * n + j] = path[i * n + j] || (path[i * n + k] && path[k * n + j]);
    if (!alg->multi) return;   /* pcal.trans closes the call graph for multiprocess algorithms only */
    for (int i = 0; i < n; i++) {
        const char **v = NULL;
        int nv = 0;
        for (int j = 0; j < n; j++)
            if (path[i * n + j]) add_call(c, &v, &nv, alg->prcds[j].name);
        alg->prcds[i].calls = v;
        alg->prcds[i].ncalls = nv;
    }
    for (int i = 0; i < alg->nprocs; i++) {
        pprocess *p = &alg->procs[i];
        int direct = p->ncalls;
        const char **v = p->calls;
        int nv = p->ncalls;
        for (int k = 0; k < direct; k++) {
            int q = proc_index(alg, p->calls[k]);
            if (q < 0) continue;
            for (int j = 0; j < n; j++)
                if (path[q * n + j]) add_call(c, &v, &nv, alg->prcds[j].name);
        }
        p->calls = v;
        p->ncalls = nv;
    }
}

char **pcal_fix_ids(pcal_ctx *c, palg *alg, int *nreport)
{
    symtab t = {0};
    t.c = c;
    t.errors = "";
    insert(&t, T_GLOBAL, "pc", "", "", 0, 0);
    if (alg->nprcds) insert(&t, T_GLOBAL, "stack", "", "", 0, 0);
    for (int i = 0; i < alg->ndecls; i++) {
        pvardecl *d = &alg->decls[i];
        if (!insert(&t, T_GLOBAL, d->var, "", "process", d->line, d->col)) redefined(&t, type_name[T_GLOBAL], d->var, d->line, d->col);
    }
    for (int i = 0; i < alg->nprcds; i++) {
        pproc *p = &alg->prcds[i];
        for (int k = 0; k < i; k++)
            if (!strcmp(alg->prcds[k].name, p->name)) t.errors = pcal_strf(c, "%s\nProcedure %s redefined at line %d, column %d", t.errors, p->name, p->line, p->col);
        insert(&t, T_PROCEDURE, p->name, "", "procedure", p->line, p->col);
        for (int k = 0; k < p->ndecls; k++)
            if (!insert(&t, T_PROCEDUREVAR, p->decls[k].var, p->name, "procedure", p->decls[k].line, p->decls[k].col))
                t.errors = pcal_strf(c, "%s\nProcedure variable %s redefined at line %d, column %d", t.errors, p->decls[k].var, p->decls[k].line, p->decls[k].col);
        for (int k = 0; k < p->nparams; k++)
            if (!insert(&t, T_PARAMETER, p->params[k].var, p->name, "procedure", p->params[k].line, p->params[k].col))
                t.errors = pcal_strf(c, "%s\nParameter %s redefined at line %d, column %d", t.errors, p->params[k].var, p->params[k].line, p->params[k].col);
        for (int k = 0; k < p->body.n; k++) extract_labeled(&t, p->body.s[k], p->name, "procedure");
    }
    for (int i = 0; i < alg->nprocs; i++) {
        pprocess *p = &alg->procs[i];
        const char *ctx = alg->multi ? p->name : "", *ctype = alg->multi ? "process" : "";
        if (alg->multi) {
            for (int k = 0; k < i; k++)
                if (!strcmp(alg->procs[k].name, p->name)) t.errors = pcal_strf(c, "%s\nProcess %s redefined at line %d, column %d", t.errors, p->name, p->line, p->col);
            insert(&t, T_PROCESS, p->name, "", "process", p->line, p->col);
            for (int k = 0; k < p->ndecls; k++) {
                pvardecl *d = &p->decls[k];
                if (!insert(&t, T_PROCESSVAR, d->var, ctx, "process", d->line, d->col))
                    redefined(&t, type_name[T_PROCESSVAR], d->var, d->line, d->col);
            }
        }
        for (int k = 0; k < p->body.n; k++) extract_labeled(&t, p->body.s[k], ctx, ctype);
    }
    for (int i = 0; i < t.n; i++)
        if (!strcmp(t.s[i].id, "defaultInitValue"))
            t.errors = pcal_strf(c, "%s\nCannot use `defaultInitValue' as %s name", t.errors, type_name[t.s[i].type]);
    if (*t.errors) pcal_error(c, -1, 0, t.errors + 1, "%s", "");
    char **rep = disambiguate(&t, nreport);
    for (int i = 0; i < alg->ndecls; i++) {
        alg->decls[i].var = use_var(&t, alg->decls[i].var, "");
        if (alg->decls[i].val) fix_expr(&t, alg->decls[i].val, "");
    }
    for (int i = 0; i < alg->nprcds; i++) {
        pproc *p = &alg->prcds[i];
        for (int k = 0; k < p->ndecls; k++) {
            p->decls[k].var = use_var(&t, p->decls[k].var, p->name);
            if (p->decls[k].val) fix_expr(&t, p->decls[k].val, p->name);
        }
        for (int k = 0; k < p->nparams; k++) {
            p->params[k].var = use_var(&t, p->params[k].var, p->name);
            if (p->params[k].val) fix_expr(&t, p->params[k].val, p->name);
        }
        fix_labeled_seq(&t, &p->body, p->name);
        for (int k = 0; k < p->nplus; k++) p->plus[k] = use_this(&t, T_LABEL, p->plus[k], p->name);
        for (int k = 0; k < p->nminus; k++) p->minus[k] = use_this(&t, T_LABEL, p->minus[k], p->name);
        p->name = use_this(&t, T_PROCEDURE, p->name, "");
    }
    close_calls(c, alg);
    for (int i = 0; i < alg->nprocs; i++) {
        pprocess *p = &alg->procs[i];
        const char *ctx = alg->multi ? p->name : "";
        for (int k = 0; k < p->ndecls; k++) {
            p->decls[k].var = use_var(&t, p->decls[k].var, ctx);
            if (p->decls[k].val) fix_expr(&t, p->decls[k].val, ctx);
        }
        fix_labeled_seq(&t, &p->body, ctx);
        for (int k = 0; k < p->nplus; k++) p->plus[k] = use_this(&t, T_LABEL, p->plus[k], ctx);
        for (int k = 0; k < p->nminus; k++) p->minus[k] = use_this(&t, T_LABEL, p->minus[k], ctx);
        if (alg->multi) p->name = use_this(&t, T_PROCESS, p->name, "");
    }
    return rep;
}
