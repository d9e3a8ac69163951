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

static void append(pcal_ctx *c, svec *to, const svec *from)
{
    for (int i = 0; i < from->n; i++) svec_push(c, to, from->s[i]);
}

static svec explode_labeled(pcal_ctx *c, pstmt *ls, const char *next);

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
            if (explode_last(c, &last->a, tn, &ts)) svec_push(c, &last->a, update_pc(c, tn));
            if (explode_last(c, &last->b, en, &es)) svec_push(c, &last->b, update_pc(c, en));
            last->k = S_IF;
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
            last->k = S_EITHER;
            needs = false;
            break;
        case S_GOTO:
            stmts->s[stmts->n - 1] = update_pc(c, last->name);
            needs = false;
            break;
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

static svec copy_seq(pcal_ctx *c, const svec *s)
{
    svec r = {0};
    append(c, &r, s);
    return r;
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
    for (int i = 0; i < alg->nprocs; i++) {
        pprocess *pr = &alg->procs[i];
        pr->body = explode_labeled_seq(c, &pr->body, "Done");
    }
}
