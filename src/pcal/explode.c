/* explode.c - turning labeled steps into actions: every step tests `pc` first and sets it last
 * (in each branch that needs it), `while` becomes an `if` that jumps back, labels inside `if` and
 * `either` split them into steps of their own, and `goto` becomes an update of `pc`. */
#include "pcal_internal.h"

#include <string.h>

static pstmt *check_pc(pcal_ctx *c, const char *label)
{
    pstmt *s = pstmt_new(c, S_WHEN, 0, 0);
    const char *strs[] = {"pc", "=", label};
    int types[] = {TK_ADDED, TK_BUILTIN, TK_STRING};
    s->exp = pexpr_one_line(c, 3, strs, types);
    return s;
}

static pstmt *update_pc(pcal_ctx *c, const char *next)
{
    pstmt *s = pstmt_new(c, S_ASSIGN, 0, 0);
    s->ass = ARENA_NEW(&c->a, passign);
    s->nass = 1;
    s->ass->var = "pc";
    s->ass->sub = pexpr_new(c);
    s->ass->mline = -1;
    const char *strs[] = {next};
    int types[] = {TK_STRING};
    s->ass->rhs = pexpr_one_line(c, 1, strs, types);
    return s;
}

static pproc *find_proc(pcal_ctx *c, const char *name)
{
    for (int i = 0; i < c->alg->nprcds; i++)
        if (!strcmp(c->alg->prcds[i].name, name)) return &c->alg->prcds[i];
    return NULL;
}

static passign simple_assign(pcal_ctx *c, const char *var, pexpr *rhs, int line, int col)
{
    passign a = {0};
    a.var = var;
    a.sub = pexpr_new(c);
    a.rhs = rhs;
    a.line = line;
    a.col = col;
    a.mline = -1;
    return a;
}

static pstmt *assign_stmt(pcal_ctx *c, passign *as, int n, int line, int col)
{
    pstmt *s = pstmt_new(c, S_ASSIGN, line, col);
    s->ass = ARENA_NEW_N(&c->a, passign, n + 1);
    memcpy(s->ass, as, sizeof(passign) * (size_t)n);
    s->nass = n;
    return s;
}

typedef struct toks { const char *s[1024]; int t[1024]; int n; } toks;

static void tk(toks *v, const char *s, int t) { v->s[v->n] = s; v->t[v->n++] = t; }

/* An expression from tokens, a NULL string starting a new line; laid out as pcal.trans lays out
 * the record pushed on the stack (fields in column 6, `|->` at 16 when it fits). */
static pexpr *stack_record(pcal_ctx *c, const char *const *strs, const int *types, int n)
{
    pexpr *e = pexpr_new(c);
    pexpr_add_line(c, e);
    int nlines = 1;
    for (int i = 0; i < n; i++) nlines += strs[i] == NULL;
    int line = 0, next = 1;
    for (int i = 0; i < n; i++) {
        if (!strs[i]) {
            pexpr_add_line(c, e);
            line++;
            next = line == nlines - 1 ? 1 : 6;
            continue;
        }
        ptok *t = ptok_new(c, strs[i], next, types[i]);
        next += ptok_width(t);
        bool b = types[i] == TK_BUILTIN;
        if (b && !strcmp(strs[i], "|->")) {
            t->col++;
            if (t->col < 16) t->col = 16;
            next = t->col + 5;
        } else if (b && (!strcmp(strs[i], "[") || !strcmp(strs[i], "<<"))) {
            next++;
        } else if (b && (!strcmp(strs[i], "]") || !strcmp(strs[i], ">>"))) {
            t->col++;
            next++;
        } else if (b && !strcmp(strs[i], "\\o")) {
            t->col++;
            next += 2;
        }
        pexpr_add_tok(c, e, t);
    }
    pexpr_normalize(e);
    return e;
}

static pexpr *head_field(pcal_ctx *c, const char *field)
{
    const char *s[] = {"Head", "(", "stack", ")", ".", field};
    int t[] = {TK_IDENT, TK_BUILTIN, TK_ADDED, TK_BUILTIN, TK_BUILTIN, TK_IDENT};
    pexpr *e = pexpr_new(c);
    pexpr_add_line(c, e);
    for (int i = 0; i < 6; i++) pexpr_add_tok(c, e, ptok_new(c, s[i], 0, t[i]));
    pexpr_normalize(e);
    return e;
}

static pexpr *default_init(pcal_ctx *c, const pvardecl *d)
{
    if (d->val) return d->val;
    const char *s[] = {"defaultInitValue"};
    int t[] = {TK_IDENT};
    return pexpr_one_line(c, 1, s, t);
}

static const char *first_label_of(const pproc *p) { return p->body.n ? p->body.s[0]->name : "Error"; }

/* The record pushed for a call of p: procedure, return point, p's locals and parameters. */
static void push_record(toks *v, const pproc *p, const char *pc_str, int pc_type, bool head_pc)
{
    tk(v, "<<", TK_BUILTIN); tk(v, "[", TK_BUILTIN); tk(v, "procedure", TK_IDENT); tk(v, "|->", TK_BUILTIN);
    tk(v, p->name, TK_STRING); tk(v, ",", TK_BUILTIN); tk(v, NULL, 0);
    tk(v, "pc", TK_IDENT); tk(v, "|->", TK_BUILTIN);
    if (head_pc) {
        tk(v, "Head", TK_IDENT); tk(v, "(", TK_BUILTIN); tk(v, "stack", TK_ADDED); tk(v, ")", TK_BUILTIN);
        tk(v, ".", TK_BUILTIN); tk(v, "pc", TK_IDENT);
    } else {
        tk(v, pc_str, pc_type);
    }
    for (int i = 0; i < p->ndecls; i++) {
        tk(v, ",", TK_BUILTIN); tk(v, NULL, 0);
        tk(v, p->decls[i].var, TK_IDENT); tk(v, "|->", TK_BUILTIN); tk(v, p->decls[i].var, TK_IDENT);
    }
    for (int i = 0; i < p->nparams; i++) {
        tk(v, ",", TK_BUILTIN); tk(v, NULL, 0);
        tk(v, p->params[i].var, TK_IDENT); tk(v, "|->", TK_BUILTIN); tk(v, p->params[i].var, TK_IDENT);
    }
    tk(v, "]", TK_BUILTIN); tk(v, ">>", TK_BUILTIN); tk(v, NULL, 0);
    tk(v, "\\o", TK_BUILTIN);
}

static pproc *callee(pcal_ctx *c, pstmt *s)
{
    pproc *p = find_proc(c, s->name);
    if (!p)
        pcal_error(c, s->line, s->col, pcal_strf(c, "Call of non-existent procedure %s\n    at line %d, column %d.", s->name, s->line, s->col),
                   "there is no procedure `%s`", s->name);
    if (p->nparams != s->nargs)
        pcal_error(c, s->line, s->col,
                   pcal_strf(c, "Procedure %s called with wrong number of arguments\n    at line %d, column %d.", s->name, s->line, s->col),
                   "procedure `%s` takes %d argument(s), this call gives %d", s->name, p->nparams, s->nargs);
    return p;
}

static void explode_call(pcal_ctx *c, pstmt *s, const char *next, svec *out)
{
    pproc *p = callee(c, s);
    toks v = {0};
    push_record(&v, p, next, TK_STRING, false);
    tk(&v, "stack", TK_ADDED);
    passign *as = ARENA_NEW_N(&c->a, passign, p->nparams + 1);
    as[0] = simple_assign(c, "stack", stack_record(c, v.s, v.t, v.n), s->line, s->col);
    for (int i = 0; i < p->nparams; i++) as[i + 1] = simple_assign(c, p->params[i].var, s->args[i], s->line, s->col);
    svec_push(c, out, assign_stmt(c, as, p->nparams + 1, s->line, s->col));
    for (int i = 0; i < p->ndecls; i++) {
        passign a = simple_assign(c, p->decls[i].var, default_init(c, &p->decls[i]), s->line, s->col);
        svec_push(c, out, assign_stmt(c, &a, 1, s->line, s->col));
    }
    svec_push(c, out, update_pc(c, first_label_of(p)));
}

static void explode_return(pcal_ctx *c, pstmt *s, svec *out)
{
    const char *from = s->from ? s->from : c->cur_proc;
    s->from = from;
    pproc *p = from ? find_proc(c, from) : NULL;
    if (!from)
        pcal_error(c, s->line, s->col, pcal_strf(c, "`return' statement not in procedure\n    at line %d, column %d.", s->line, s->col),
                   "`return` is only allowed inside a procedure");
    if (!p)
        pcal_error(c, s->line, s->col,
                   pcal_strf(c, "Error in procedure (perhaps name used elsewhere)\n    at line %d, column %d.", s->line, s->col),
                   "the procedure of this `return` cannot be found");
    passign a = simple_assign(c, "pc", head_field(c, "pc"), s->line, s->col);
    svec_push(c, out, assign_stmt(c, &a, 1, s->line, s->col));
    for (int i = 0; i < p->ndecls; i++) {
        a = simple_assign(c, p->decls[i].var, head_field(c, p->decls[i].var), s->line, s->col);
        svec_push(c, out, assign_stmt(c, &a, 1, s->line, s->col));
    }
    for (int i = 0; i < p->nparams; i++) {
        a = simple_assign(c, p->params[i].var, head_field(c, p->params[i].var), s->line, s->col);
        svec_push(c, out, assign_stmt(c, &a, 1, s->line, s->col));
    }
    const char *st[] = {"Tail", "(", "stack", ")"};
    int ty[] = {TK_IDENT, TK_BUILTIN, TK_ADDED, TK_BUILTIN};
    pexpr *tail = pexpr_new(c);
    pexpr_add_line(c, tail);
    for (int i = 0; i < 4; i++) pexpr_add_tok(c, tail, ptok_new(c, st[i], 0, ty[i]));
    pexpr_normalize(tail);
    a = simple_assign(c, "stack", tail, s->line, s->col);
    svec_push(c, out, assign_stmt(c, &a, 1, s->line, s->col));
}

static void explode_call_return(pcal_ctx *c, pstmt *s, svec *out)
{
    const char *from = s->from ? s->from : c->cur_proc;
    if (!from)
        pcal_error(c, s->line, s->col,
                   pcal_strf(c, "`return' statement following `call' at line %d, column %d not in a procedure", s->line, s->col),
                   "`return` is only allowed inside a procedure");
    pproc *pf = find_proc(c, from), *pt = callee(c, s);
    passign *as = ARENA_NEW_N(&c->a, passign, (pf ? pf->ndecls : 0) + pt->nparams + 2);
    int n = 0;
    if (strcmp(from, s->name) && pf) {
        for (int i = 0; i < pf->ndecls; i++)
            as[n++] = simple_assign(c, pf->decls[i].var, head_field(c, pf->decls[i].var), s->line, s->col);
        toks v = {0};
        push_record(&v, pt, NULL, 0, true);
        tk(&v, "Tail", TK_IDENT); tk(&v, "(", TK_BUILTIN); tk(&v, "stack", TK_ADDED); tk(&v, ")", TK_BUILTIN);
        as[n++] = simple_assign(c, "stack", stack_record(c, v.s, v.t, v.n), s->line, s->col);
    }
    for (int i = 0; i < pt->nparams; i++) as[n++] = simple_assign(c, pt->params[i].var, s->args[i], s->line, s->col);
    svec_push(c, out, assign_stmt(c, as, n, s->line, s->col));
    for (int i = 0; i < pt->ndecls; i++) {
        passign a = simple_assign(c, pt->decls[i].var, default_init(c, &pt->decls[i]), s->line, s->col);
        svec_push(c, out, assign_stmt(c, &a, 1, s->line, s->col));
    }
    svec_push(c, out, update_pc(c, first_label_of(pt)));
}

static void replace_last(pcal_ctx *c, svec *stmts, const svec *with)
{
    stmts->n--;
    for (int i = 0; i < with->n; i++) svec_push(c, stmts, with->s[i]);
}

static void append(pcal_ctx *c, svec *to, const svec *from)
{
    for (int i = 0; i < from->n; i++) svec_push(c, to, from->s[i]);
}

static svec explode_labeled(pcal_ctx *c, pstmt *ls, const char *next);

static svec copy_seq(pcal_ctx *c, const svec *s)
{
    svec r = {0};
    append(c, &r, s);
    return r;
}

static svec explode_labeled_seq(pcal_ctx *c, svec *seq, const char *next)
{
    svec r = {0};
    for (int i = 0; i < seq->n; i++) {
        svec e = explode_labeled(c, seq->s[i], i + 1 < seq->n ? seq->s[i + 1]->name : next);
        append(c, &r, &e);
    }
    return r;
}

/* Replaces the last statement of stmts by its exploded form; the steps it contained go to *steps.
 * Returns whether stmts still needs a jump to next at its end. */
static bool explode_last(pcal_ctx *c, svec *stmts, const char *next, svec *steps)
{
    bool needs = true;
    if (stmts->n > 0) {
        pstmt *last = stmts->s[stmts->n - 1];
        switch (last->k) {
        case S_LABELIF: {
            const char *tn = last->la.n ? last->la.s[0]->name : next;
            const char *en = last->lb.n ? last->lb.s[0]->name : next;
            svec ts = {0}, es = {0};
            /* A new `if` replaces it here. Its branches are the original's, rewritten in place,
             * except that an empty branch stays empty in the original (pcal.trans starts a new
             * sequence for it): this matters to the dump chksum(pcal) is taken of. */
            pstmt *n = ARENA_NEW(&c->a, pstmt);
            *n = *last;
            n->k = S_IF;
            svec *ta = last->a.n ? &last->a : &n->a, *ea = last->b.n ? &last->b : &n->b;
            if (explode_last(c, ta, tn, &ts)) svec_push(c, ta, update_pc(c, tn));
            if (explode_last(c, ea, en, &es)) svec_push(c, ea, update_pc(c, en));
            n->a = *ta;
            n->b = *ea;
            stmts->s[stmts->n - 1] = n;
            svec lt = explode_labeled_seq(c, &last->la, next), le = explode_labeled_seq(c, &last->lb, next);
            append(c, steps, &lt);
            append(c, steps, &le);
            append(c, steps, &ts);
            append(c, steps, &es);
            needs = false;
            break;
        }
        case S_LABELEITHER:
            for (int i = 0; i < last->nors; i++) {
                const char *on = last->labors[i].n ? last->labors[i].s[0]->name : next;
                svec os = {0};
                if (explode_last(c, &last->ors[i], on, &os)) svec_push(c, &last->ors[i], update_pc(c, on));
                append(c, steps, &os);
                svec lo = explode_labeled_seq(c, &last->labors[i], next);
                append(c, steps, &lo);
            }
            pstmt *n = ARENA_NEW(&c->a, pstmt);
            *n = *last;
            n->k = S_EITHER;
            n->ors = ARENA_NEW_N(&c->a, svec, last->nors);
            memcpy(n->ors, last->ors, sizeof(svec) * (size_t)last->nors);
            stmts->s[stmts->n - 1] = n;
            needs = false;
            break;
        case S_GOTO:
            stmts->s[stmts->n - 1] = update_pc(c, last->name);
            needs = false;
            break;
        case S_CALL: case S_CALLGOTO: case S_RETURN: case S_CALLRETURN: {
            svec r = {0};
            if (last->k == S_CALL) explode_call(c, last, next, &r);
            else if (last->k == S_CALLGOTO) explode_call(c, last, last->var, &r);
            else if (last->k == S_RETURN) explode_return(c, last, &r);
            else explode_call_return(c, last, &r);
            replace_last(c, stmts, &r);
            needs = false;
            break;
        }
        case S_IF: {
            bool tn = explode_last(c, &last->a, next, steps);
            bool en = explode_last(c, &last->b, next, steps);
            if (!c->omit_pc) {
                needs = tn && en;
                if (!needs) {
                    if (tn) svec_push(c, &last->a, update_pc(c, next));
                    if (en) svec_push(c, &last->b, update_pc(c, next));
                }
            }
            break;
        }
        case S_EITHER: {
            bool all = true;
            bool *each = ARENA_NEW_N(&c->a, bool, last->nors);
            for (int i = 0; i < last->nors; i++) {
                each[i] = explode_last(c, &last->ors[i], next, steps);
                all = all && each[i];
            }
            needs = all;
            if (!c->omit_pc && !all)
                for (int i = 0; i < last->nors; i++)
                    if (each[i]) svec_push(c, &last->ors[i], update_pc(c, next));
            break;
        }
        case S_WITH:
            needs = explode_last(c, &last->a, next, steps);
            break;
        default:
            needs = true;
        }
    }
    if (c->omit_pc) needs = false;
    return needs;
}


static bool is_true(const pexpr *e)
{
    if (e->nlines > 1) return false;
    const pline *l = &e->lines[0];
    if (l->n == 1) return !strcmp(l->t[0]->s, "TRUE");
    return l->n == 3 && !strcmp(l->t[0]->s, "(") && !strcmp(l->t[1]->s, "TRUE") && !strcmp(l->t[2]->s, ")");
}

static svec explode_while(pcal_ctx *c, pstmt *ls, const char *next)
{
    svec r = {0};
    pstmt *w = ls->a.s[0];
    pstmt *n = pstmt_new(c, S_LABELED, ls->line, ls->col);
    n->name = ls->name;
    if (!c->omit_pc) svec_push(c, &n->a, check_pc(c, ls->name));
    const char *body_next = w->la.n ? w->la.s[0]->name : ls->name;
    svec body = copy_seq(c, &w->a), body_steps = {0};
    if (explode_last(c, &body, body_next, &body_steps)) svec_push(c, &body, update_pc(c, body_next));
    svec rest = {0}, rest_steps = {0};
    for (int i = 1; i < ls->a.n; i++) svec_push(c, &rest, ls->a.s[i]);
    if (explode_last(c, &rest, next, &rest_steps)) svec_push(c, &rest, update_pc(c, next));
    if (is_true(w->exp)) {
        append(c, &n->a, &body);
    } else {
        pstmt *ifs = pstmt_new(c, S_IF, w->line, w->col);
        ifs->exp = w->exp;
        ifs->a = body;
        ifs->b = rest;
        svec_push(c, &n->a, ifs);
    }
    svec_push(c, &r, n);
    svec inner = explode_labeled_seq(c, &w->la, ls->name);
    append(c, &r, &inner);
    append(c, &r, &body_steps);
    if (!is_true(w->exp)) append(c, &r, &rest_steps);
    return r;
}

static svec explode_labeled(pcal_ctx *c, pstmt *ls, const char *next)
{
    if (ls->a.n > 0 && ls->a.s[0]->k == S_WHILE) return explode_while(c, ls, next);
    svec r = {0}, steps = {0};
    svec stmts = copy_seq(c, &ls->a);
    if (explode_last(c, &stmts, next, &steps)) svec_push(c, &stmts, update_pc(c, next));
    if (!c->omit_pc) {
        pstmt *n = pstmt_new(c, S_LABELED, ls->line, ls->col);
        n->name = ls->name;
        svec_push(c, &n->a, check_pc(c, ls->name));
        append(c, &n->a, &stmts);
        svec_push(c, &r, n);
    }
    append(c, &r, &steps);
    return r;
}

void pcal_explode(pcal_ctx *c, palg *alg)
{
    for (int i = 0; i < alg->nprcds; i++) {
        pproc *p = &alg->prcds[i];
        c->cur_proc = p->name;
        p->steps = explode_labeled_seq(c, &p->body, "Error");
        c->cur_proc = NULL;
    }
    for (int i = 0; i < alg->nprocs; i++) {
        pprocess *pr = &alg->procs[i];
        pr->steps = explode_labeled_seq(c, &pr->body, "Done");
    }
}
