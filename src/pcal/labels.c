/* labels.c - from parsed statements to labeled steps: macro expansion, the label rules (adding the
 * labels pcal.trans adds, or reporting them missing), grouping statements into labeled steps, and
 * deciding whether the translation can do without `pc` and the stuttering-on-termination step. */
#include "pcal_internal.h"

#include <string.h>

typedef struct strset { const char **s; int n, cap; } strset;

static bool set_has(const strset *s, const char *x)
{
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->s[i], x)) return true;
    return false;
}

static void set_add(pcal_ctx *c, strset *s, const char *x)
{
    if (set_has(s, x)) return;
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 8;
        const char **n = ARENA_NEW_N(&c->a, const char *, s->cap);
        if (s->n) memcpy(n, s->s, sizeof(char *) * (size_t)s->n);
        s->s = n;
    }
    s->s[s->n++] = x;
}

static void set_copy(pcal_ctx *c, const strset *from, strset *to)
{
    to->n = 0;
    for (int i = 0; i < from->n; i++) set_add(c, to, from->s[i]);
}

static bool set_disjoint(const strset *a, const strset *b)
{
    for (int i = 0; i < b->n; i++)
        if (set_has(a, b->s[i])) return false;
    return true;
}

/* ---- macro expansion -------------------------------------------------------------------------- */

static svec subst_seq(pcal_ctx *c, const svec *seq, pmacro *m, pexpr **args, int mline, int mcol);

static pexpr *subst_expr(pcal_ctx *c, const pexpr *e, pmacro *m, pexpr **args)
{
    pexpr *n = pexpr_clone(c, e);
    pexpr_subst(c, n, m->nparams, m->params, args, true);
    return n;
}

static pstmt *subst_stmt(pcal_ctx *c, const pstmt *s, pmacro *m, pexpr **args, int mline, int mcol)
{
    pstmt *r = ARENA_NEW(&c->a, pstmt);
    *r = *s;
    if (mline > 0) { r->mline = mline; r->mcol = mcol; }
    if (s->exp) r->exp = subst_expr(c, s->exp, m, args);
    r->a = subst_seq(c, &s->a, m, args, mline, mcol);
    r->b = subst_seq(c, &s->b, m, args, mline, mcol);
    if (s->nors) {
        r->ors = ARENA_NEW_N(&c->a, svec, s->nors);
        r->labors = ARENA_NEW_N(&c->a, svec, s->nors);
        for (int i = 0; i < s->nors; i++) r->ors[i] = subst_seq(c, &s->ors[i], m, args, mline, mcol);
    }
    if (s->nargs) {
        r->args = ARENA_NEW_N(&c->a, pexpr *, s->nargs);
        for (int i = 0; i < s->nargs; i++) r->args[i] = subst_expr(c, s->args[i], m, args);
    }
    if (s->k == S_ASSIGN) {
        r->ass = ARENA_NEW_N(&c->a, passign, s->nass);
        for (int i = 0; i < s->nass; i++) {
            passign a = s->ass[i];
            if (mline > 0) { a.mline = mline; a.mcol = mcol; }
            a.rhs = subst_expr(c, a.rhs, m, args);
            if (!pexpr_empty(a.sub)) a.sub = subst_expr(c, a.sub, m, args);
            for (int k = 0; k < m->nparams; k++) {
                if (strcmp(a.var, m->params[k])) continue;
                pexpr *arg = args[k];
                ptok *first = arg->lines[0].t[0];
                if (first->type != TK_IDENT)
                    pcal_error(c, a.line, a.col,
                               pcal_strf(c, "Macro expansion substitutes `%s' for assignment variable\n    at line %d, column %d of macro called at line %d, column %d",
                                         first->s, a.line, a.col, mline, mcol),
                               "the macro argument for `%s` must be a variable", a.var);
                a.var = first->s;
                if (pexpr_ntokens(arg) > 1) {
                    pexpr *rest = pexpr_clone(c, arg);
                    pline *l0 = &rest->lines[0];
                    memmove(l0->t, l0->t + 1, sizeof(ptok *) * (size_t)(l0->n - 1));
                    l0->n--;
                    pexpr_normalize(rest);
                    if (pexpr_empty(a.sub)) a.sub = rest;
                    else pexpr_prepend(c, a.sub, rest, 0);
                }
                break;
            }
            r->ass[i] = a;
        }
    }
    return r;
}

static svec subst_seq(pcal_ctx *c, const svec *seq, pmacro *m, pexpr **args, int mline, int mcol)
{
    svec r = {0};
    for (int i = 0; i < seq->n; i++) svec_push(c, &r, subst_stmt(c, seq->s[i], m, args, mline, mcol));
    return r;
}

static void expand_seq(pcal_ctx *c, svec *seq, pmacro *macros, int nmacros);

static void expand_in(pcal_ctx *c, pstmt *s, pmacro *macros, int nmacros)
{
    switch (s->k) {
    case S_LABELIF: expand_seq(c, &s->a, macros, nmacros); expand_seq(c, &s->b, macros, nmacros); break;
    case S_LABELEITHER:
        for (int i = 0; i < s->nors; i++) expand_seq(c, &s->ors[i], macros, nmacros);
        break;
    case S_WITH: case S_WHILE: expand_seq(c, &s->a, macros, nmacros); break;
    default: break;
    }
}

static void expand_seq(pcal_ctx *c, svec *seq, pmacro *macros, int nmacros)
{
    svec out = {0};
    for (int i = 0; i < seq->n; i++) {
        pstmt *s = seq->s[i];
        if (s->k != S_MACROCALL) {
            expand_in(c, s, macros, nmacros);
            svec_push(c, &out, s);
            continue;
        }
        pmacro *m = NULL;
        for (int k = 0; k < nmacros; k++)
            if (!strcmp(macros[k].name, s->name)) m = &macros[k];
        if (!m)
            pcal_error(c, s->line, s->col,
                       pcal_strf(c, "Macro %s undefined,\n    at line %d, column %d", s->name, s->line, s->col),
                       "no macro `%s` is defined before this call", s->name);
        if (m->nparams != s->nargs)
            pcal_error(c, s->line, s->col,
                       pcal_strf(c, "Macro %s called with wrong number of arguments at \n    line %d, column %d", s->name, s->line, s->col),
                       "macro `%s` takes %d argument(s), this call gives %d", s->name, m->nparams, s->nargs);
        svec body = subst_seq(c, &m->body, m, s->args, s->line, s->col);
        if (body.n) {
            body.s[0]->lbl = s->lbl;
            body.s[0]->lbl_line = s->lbl_line;
            body.s[0]->lbl_col = s->lbl_col;
        }
        for (int k = 0; k < body.n; k++) svec_push(c, &out, body.s[k]);
    }
    *seq = out;
}

/* ---- the label rules -------------------------------------------------------------------------- */

static const char *location(pcal_ctx *c, const pstmt *s)
{
    if (s->mline < 0) return pcal_strf(c, "line %d, column %d", s->line, s->col);
    return pcal_strf(c, "line %d, column %d of macro called at line %d, column %d", s->line, s->col, s->mline, s->mcol);
}

static bool label_used(const pcal_ctx *c, const char *lbl)
{
    for (int i = 0; i < c->nall; i++)
        if (!strcmp(c->all_labels[i], lbl)) return true;
    return false;
}

static void needs_label(pcal_ctx *c, pstmt *s, const char *why)
{
    if (*s->lbl) return;
    const char *lbl;
    do lbl = pcal_strf(c, "%s%d", c->o.label_root, c->next_label++);
    while (label_used(c, lbl));
    s->lbl = lbl;
    if (c->nadded == c->capadded) {
        c->capadded = c->capadded ? 2 * c->capadded : 8;
        char **n = ARENA_NEW_N(&c->a, char *, c->capadded);
        if (c->nadded) memcpy(n, c->added, sizeof(char *) * (size_t)c->nadded);
        c->added = n;
    }
    c->added[c->nadded++] = pcal_strf(c, "%s\t%s\t%d\t%d\t%s", lbl, location(c, s), s->mline < 0 ? s->line : s->mline,
                                      s->mline < 0 ? s->col : s->mcol, why);
}

static bool add_labels(pcal_ctx *c, svec *seq, bool first_labeled, bool in_with, const strset *in, strset *out)
{
    set_copy(c, in, out);
    bool next_needs = first_labeled, had = false;
    const char *why = "it is the first statement of a process, procedure or algorithm body";
    for (int i = 0; i < seq->n; i++) {
        pstmt *s = seq->s[i];
        if (*s->lbl) {
            had = true;
            out->n = 0;
            if (in_with)
                pcal_error(c, s->line, s->col, pcal_strf(c, "Label in `with' statement\n    at %s.", location(c, s)),
                           "labels are not allowed inside `with`");
        }
        if (next_needs) {
            if (in_with)
                pcal_error(c, s->line, s->col,
                           pcal_strf(c, "Statement follows `call' or `return' inside a `with' statement.\n    at %s.", location(c, s)),
                           "nothing may follow a `call`, `return` or `goto` inside `with`");
            needs_label(c, s, why);
            next_needs = false;
            had = true;
            out->n = 0;
        }
        if (s->k == S_LABELIF) {
            strset t = {0}, e = {0};
            next_needs = add_labels(c, &s->a, false, in_with, out, &t);
            next_needs = add_labels(c, &s->b, false, in_with, out, &e) || next_needs;
            for (int k = 0; k < e.n; k++) set_add(c, &t, e.s[k]);
            set_copy(c, &t, out);
            why = "it follows an `if` that contains a label, `call`, `return` or `goto`";
        } else if (s->k == S_LABELEITHER) {
            strset all = {0};
            for (int j = 0; j < s->nors; j++) {
                strset o = {0};
                next_needs = add_labels(c, &s->ors[j], false, in_with, out, &o) || next_needs;
                for (int k = 0; k < o.n; k++) set_add(c, &all, o.s[k]);
            }
            set_copy(c, &all, out);
            why = "it follows an `either` that contains a label, `call`, `return` or `goto`";
        } else if (s->k == S_WHILE) {
            if (in_with)
                pcal_error(c, s->line, s->col, pcal_strf(c, "`while' inside a `with' statement\n    at %s.", location(c, s)),
                           "`while` is not allowed inside `with`");
            needs_label(c, s, "a `while` must be labeled");
            had = true;
            out->n = 0;
            strset o = {0};
            add_labels(c, &s->a, false, false, out, &o);
            next_needs = false;
        } else if (s->k == S_WITH) {
            strset nin = {0}, nout = {0};
            if (in_with) set_copy(c, in, &nin);
            next_needs = add_labels(c, &s->a, false, true, &nin, &nout);
            set_copy(c, &nout, out);
            if (!in_with && !set_disjoint(in, out)) {
                needs_label(c, s, "its `with` assigns a variable already assigned in this step");
                had = true;
                out->n = 0;
            }
            why = "it follows a `call`, `return` or `goto`";
        } else if (s->k == S_ASSIGN) {
            strset vars = {0};
            for (int k = 0; k < s->nass; k++) set_add(c, &vars, s->ass[k].var);
            if (set_disjoint(out, &vars)) {
                for (int k = 0; k < vars.n; k++) set_add(c, out, vars.s[k]);
            } else {
                if (in_with)
                    pcal_error(c, s->line, s->col,
                               pcal_strf(c, "Second assignment to same variable inside a `with' statement\n    at %s.", location(c, s)),
                               "a variable is assigned twice inside one `with`");
                needs_label(c, s, pcal_strf(c, "`%s` is assigned again in the same step", vars.s[0]));
                had = true;
                set_copy(c, &vars, out);
            }
            next_needs = false;
        } else {
            next_needs = s->k == S_GOTO;
            if (s->k == S_GOTO) why = "it follows a `goto`";
            strset vars = {0};
            bool call_or_ret = false, sets_prcd = false;
            if (s->k == S_CALL || s->k == S_CALLGOTO) {
                call_or_ret = true;
                sets_prcd = c->cur_proc && !strcmp(s->name, c->cur_proc);
            } else if (s->k == S_RETURN || s->k == S_CALLRETURN) {
                call_or_ret = sets_prcd = true;
            }
            if (call_or_ret) {
                next_needs = true;
                why = s->k == S_CALL ? "it follows a `call`" : "it follows a `return`";
                set_add(c, &vars, "stack");
                if (sets_prcd)
                    for (int j = 0; j < c->alg->nprcds; j++) {
                        pproc *pr = &c->alg->prcds[j];
                        for (int k = 0; k < pr->nparams; k++) set_add(c, &vars, pr->params[k].var);
                        for (int k = 0; k < pr->ndecls; k++) set_add(c, &vars, pr->decls[k].var);
                    }
            }
            if (set_disjoint(out, &vars)) {
                for (int k = 0; k < vars.n; k++) set_add(c, out, vars.s[k]);
            } else {
                if (in_with)
                    pcal_error(c, s->line, s->col,
                               pcal_strf(c, "Call or return makes second assignment to a variable inside a `with' statement\n    at %s.", location(c, s)),
                               "a `call` or `return` inside `with` assigns a variable already assigned in this step");
                needs_label(c, s, "the `call` or `return` assigns a variable already assigned in this step");
                had = true;
                set_copy(c, &vars, out);
            }
        }
    }
    return had || next_needs;
}

/* ---- grouping into labeled steps -------------------------------------------------------------- */

static svec make_labeled(pcal_ctx *c, svec *seq);

static void split_labeled(pcal_ctx *c, svec *all, svec *unlab, svec *lab)
{
    svec u = {0}, rest = {0};
    int i = 0;
    while (i < all->n && !*all->s[i]->lbl) svec_push(c, &u, all->s[i++]);
    while (i < all->n) svec_push(c, &rest, all->s[i++]);
    *unlab = u;
    *lab = make_labeled(c, &rest);
}

static void fix_seq(pcal_ctx *c, svec *seq)
{
    for (int i = 0; i < seq->n; i++) {
        pstmt *s = seq->s[i];
        if (s->k == S_LABELIF) {
            svec a = s->a, b = s->b;
            split_labeled(c, &a, &s->a, &s->la);
            fix_seq(c, &s->a);
            split_labeled(c, &b, &s->b, &s->lb);
            fix_seq(c, &s->b);
        } else if (s->k == S_LABELEITHER) {
            for (int j = 0; j < s->nors; j++) {
                svec o = s->ors[j];
                split_labeled(c, &o, &s->ors[j], &s->labors[j]);
                fix_seq(c, &s->ors[j]);
            }
        } else if (s->k == S_WHILE) {
            svec a = s->a;
            split_labeled(c, &a, &s->a, &s->la);
            fix_seq(c, &s->a);
        }
    }
}

static svec make_labeled(pcal_ctx *c, svec *seq)
{
    svec r = {0};
    int i = 0;
    while (i < seq->n) {
        pstmt *first = seq->s[i];
        pstmt *ls = pstmt_new(c, S_LABELED, first->line, first->col);
        ls->mline = first->mline;
        ls->mcol = first->mcol;
        ls->name = first->lbl;
        do svec_push(c, &ls->a, seq->s[i++]);
        while (i < seq->n && !*seq->s[i]->lbl);
        fix_seq(c, &ls->a);
        svec_push(c, &r, ls);
    }
    return r;
}

static int classify_seq(pcal_ctx *c, svec *seq);

static void check_labeled(pcal_ctx *c, svec *seq)
{
    for (int i = 0; i < seq->n; i++) classify_seq(c, &seq->s[i]->a);
}

/* 0: nothing that ends a step inside; 1: a goto (or call/return) inside; 2: a label inside. Turns
 * `if` and `either` without labels inside into plain ones. */
static int classify_seq(pcal_ctx *c, svec *seq)
{
    int result = 0;
    for (int i = 0; i < seq->n; i++) {
        pstmt *s = seq->s[i];
        if (s->k == S_LABELIF) {
            int tc = classify_seq(c, &s->a);
            bool lab = false;
            if (s->la.n) { lab = true; check_labeled(c, &s->la); }
            int ec = classify_seq(c, &s->b);
            if (s->lb.n) { lab = true; check_labeled(c, &s->lb); }
            result = (lab || tc == 2 || ec == 2) ? 2 : (tc + ec > 0 ? 1 : 0);
            if (result < 2) s->k = S_IF;
        } else if (s->k == S_LABELEITHER) {
            int cls = 0;
            for (int j = 0; j < s->nors; j++) {
                int u = classify_seq(c, &s->ors[j]);
                if (u > cls) cls = u;
                if (s->labors[j].n) { cls = 2; check_labeled(c, &s->labors[j]); }
            }
            result = cls;
            if (result < 2) s->k = S_EITHER;
        } else if (s->k == S_WITH) {
            result = classify_seq(c, &s->a);
            if (result == 2)
                pcal_error(c, s->line, s->col, pcal_strf(c, "with statement at %s contains a labeled statement", location(c, s)),
                           "labels are not allowed inside `with`");
        } else if (s->k == S_WHILE) {
            classify_seq(c, &s->a);
            check_labeled(c, &s->la);
        } else if (s->k == S_GOTO || s->k == S_CALLGOTO) {
            result = 1;
        } else if (s->k == S_CALL) {
            if (!(i < seq->n - 1 && seq->s[i + 1]->k == S_RETURN)) result = 1;
        } else if (s->k == S_RETURN || s->k == S_CALLRETURN) {
            if (!c->cur_proc)
                pcal_error(c, s->line, s->col, pcal_strf(c, "return statement not in a procedure at %s", location(c, s)),
                           "`return` is only allowed inside a procedure");
            result = 1;
        }
    }
    return result;
}

/* ---- omitting pc ------------------------------------------------------------------------------ */

static bool is_true_expr(const pexpr *e)
{
    return e->nlines == 1 && e->lines[0].n == 1 && !strcmp(e->lines[0].t[0]->s, "TRUE");
}

/* A body that is one `while (TRUE)` never terminates; one with no label inside it needs no pc. */
static void check_body(pcal_ctx *c, svec *body)
{
    if (!body->n) return;
    pstmt *ls = body->s[0];
    if (body->n > 1 || ls->a.n != 1 || ls->a.s[0]->k != S_WHILE) {
        c->omit_pc = false;
        c->omit_stutter = false;
        return;
    }
    pstmt *w = ls->a.s[0];
    if (!is_true_expr(w->exp)) {
        c->omit_pc = false;
        c->omit_stutter = false;
        return;
    }
    if (w->la.n) c->omit_pc = false;
    for (int i = 0; i < w->a.n; i++)
        if (w->a.s[i]->k == S_LABELIF || w->a.s[i]->k == S_LABELEITHER || w->a.s[i]->k == S_LABELED) {
            c->omit_pc = false;
            return;
        }
}

static void labels_error(pcal_ctx *c)
{
    char *java = pcal_strf(c, "%s", c->nadded > 1 ? "Missing labels at the following locations:" : "Missing label at the following location:");
    for (int i = 0; i < c->nadded; i++) {
        char *loc = strchr(c->added[i], '\t') + 1;
        java = pcal_strf(c, "%s\n     %.*s", java, (int)(strchr(loc, '\t') - loc), loc);
    }
    for (int i = 0; i < c->nadded; i++) {
        char *f = pcal_strf(c, "%s", c->added[i]);
        char *loc = strchr(f, '\t') + 1;
        char *ln = strchr(loc, '\t') + 1;
        char *cl = strchr(ln, '\t') + 1;
        char *why = strchr(cl, '\t') + 1;
        pcal_record(c, atoi(ln), atoi(cl), i == 0 ? java : NULL, "a label is needed before this statement: %s", why);
    }
    longjmp(c->fail, 1);
}

static void prepare_procedures(pcal_ctx *c, palg *alg)
{
    for (int i = 0; i < alg->nprcds; i++) {
        pproc *pr = &alg->prcds[i];
        c->cur_proc = pr->name;
        expand_seq(c, &pr->body, alg->macros, alg->nmacros);
        strset in = {0}, out = {0};
        add_labels(c, &pr->body, true, false, &in, &out);
        pr->body = make_labeled(c, &pr->body);
        check_labeled(c, &pr->body);
        c->cur_proc = NULL;
    }
}

void pcal_labels(pcal_ctx *c, palg *alg)
{
    bool omit_stutter_any = false;
    for (int i = 0; i < alg->nmacros; i++) expand_seq(c, &alg->macros[i].body, alg->macros, i);
    if (!alg->multi) {
        expand_seq(c, &alg->procs[0].body, alg->macros, alg->nmacros);
        prepare_procedures(c, alg);
    }
    for (int i = 0; i < alg->nprocs; i++) {
        pprocess *pr = &alg->procs[i];
        if (alg->multi) expand_seq(c, &pr->body, alg->macros, alg->nmacros);
        strset in = {0}, out = {0};
        add_labels(c, &pr->body, true, false, &in, &out);
        pr->body = make_labeled(c, &pr->body);
        check_labeled(c, &pr->body);
        if (alg->multi) {
            c->omit_stutter = true;
            check_body(c, &pr->body);
            pr->omit_stutter = c->omit_stutter;
            omit_stutter_any = omit_stutter_any || c->omit_stutter;
        }
    }
    if (alg->multi) prepare_procedures(c, alg);
    if (c->nadded > 0) {
        bool error = alg->multi ? !c->o.label : (c->has_label && !c->o.label);
        if (error) labels_error(c);
        if (c->o.report_labels) {
            printf("%s\n", c->nadded > 1 ? "The following labels were added:" : "The following label was added:");
            for (int i = 0; i < c->nadded; i++) {
                char *f = pcal_strf(c, "%s", c->added[i]);
                char *loc = strchr(f, '\t');
                *loc++ = 0;
                *strchr(loc, '\t') = 0;
                printf("  %s at %s\n", f, loc);
            }
        }
    }
    if (alg->multi) {
        c->omit_stutter = omit_stutter_any;
        if (c->goto_done_used) { c->omit_pc = false; c->omit_stutter = false; }
        if (c->goto_used) c->omit_pc = false;
    } else {
        if (c->goto_used) c->omit_pc = false;
        if (c->goto_done_used) { c->omit_pc = false; c->omit_stutter = false; }
        else check_body(c, &alg->procs[0].body);
    }
}
