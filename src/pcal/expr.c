/* expr.c - PlusCal expressions as lines of positioned tokens.
 *
 * pcal.trans keeps the user's layout of multi-line expressions: every line remembers the token of an
 * earlier line it is aligned under (its anchor), and when a rewrite (a prime, a [self] subscript, a
 * macro argument) widens a line, the lines anchored on it move right by as much. These functions do
 * that bookkeeping; the rewriting passes only say what to substitute. */
#include "pcal_internal.h"

#include <string.h>

int ptok_width(const ptok *t) { return (int)strlen(t->s) + (t->type == TK_STRING ? 2 : 0); }

ptok *ptok_new(pcal_ctx *c, const char *s, int col, int type)
{
    ptok *t = ARENA_NEW(&c->a, ptok);
    t->s = s;
    t->col = col;
    t->type = type;
    t->sline = t->scol = -1;
    return t;
}

static ptok *ptok_copy(pcal_ctx *c, const ptok *t)
{
    ptok *n = ARENA_NEW(&c->a, ptok);
    *n = *t;
    return n;
}

pexpr *pexpr_new(pcal_ctx *c) { return ARENA_NEW(&c->a, pexpr); }

static void line_insert_tok(pcal_ctx *c, pline *l, int at, ptok *t)
{
    if (l->n == l->cap) {
        int cap = l->cap ? 2 * l->cap : 8;
        ptok **nt = ARENA_NEW_N(&c->a, ptok *, cap);
        if (l->n) memcpy(nt, l->t, sizeof(ptok *) * (size_t)l->n);
        l->t = nt;
        l->cap = cap;
    }
    memmove(l->t + at + 1, l->t + at, sizeof(ptok *) * (size_t)(l->n - at));
    l->t[at] = t;
    l->n++;
}

/* Inserts an empty line at index at, with the given anchor. */
static void expr_insert_line(pcal_ctx *c, pexpr *e, int at, ptok *anc, int anccol)
{
    if (e->nlines == e->cap) {
        int cap = e->cap ? 2 * e->cap : 4;
        pline *nl = ARENA_NEW_N(&c->a, pline, cap);
        ptok **na = ARENA_NEW_N(&c->a, ptok *, cap);
        int *nc = ARENA_NEW_N(&c->a, int, cap);
        if (e->nlines) {
            memcpy(nl, e->lines, sizeof(pline) * (size_t)e->nlines);
            if (e->anchor) memcpy(na, e->anchor, sizeof(ptok *) * (size_t)e->nlines);
            if (e->anchor_col) memcpy(nc, e->anchor_col, sizeof(int) * (size_t)e->nlines);
        }
        e->lines = nl;
        e->anchor = na;
        e->anchor_col = nc;
        e->cap = cap;
    }
    int tail = e->nlines - at;
    memmove(e->lines + at + 1, e->lines + at, sizeof(pline) * (size_t)tail);
    memmove(e->anchor + at + 1, e->anchor + at, sizeof(ptok *) * (size_t)tail);
    memmove(e->anchor_col + at + 1, e->anchor_col + at, sizeof(int) * (size_t)tail);
    memset(&e->lines[at], 0, sizeof(pline));
    e->anchor[at] = anc;
    e->anchor_col[at] = anccol;
    e->nlines++;
}

void pexpr_add_line(pcal_ctx *c, pexpr *e) { expr_insert_line(c, e, e->nlines, NULL, 0); }

void pexpr_add_tok(pcal_ctx *c, pexpr *e, ptok *t)
{
    pline *l = &e->lines[e->nlines - 1];
    line_insert_tok(c, l, l->n, t);
}

void pexpr_add_tok_offset(pcal_ctx *c, pexpr *e, ptok *t, int offset)
{
    pline *l = &e->lines[e->nlines - 1];
    t->col = offset;
    if (l->n) t->col += l->t[l->n - 1]->col + (int)strlen(l->t[l->n - 1]->s);
    line_insert_tok(c, l, l->n, t);
}

bool pexpr_empty(const pexpr *e) { return !e || e->nlines == 0; }

int pexpr_ntokens(const pexpr *e)
{
    int n = 0;
    for (int i = 0; e && i < e->nlines; i++) n += e->lines[i].n;
    return n;
}

static void remove_line(pexpr *e, int at)
{
    int tail = e->nlines - at - 1;
    memmove(e->lines + at, e->lines + at + 1, sizeof(pline) * (size_t)tail);
    memmove(e->anchor + at, e->anchor + at + 1, sizeof(ptok *) * (size_t)tail);
    memmove(e->anchor_col + at, e->anchor_col + at + 1, sizeof(int) * (size_t)tail);
    e->nlines--;
}

void pexpr_normalize(pexpr *e)
{
    while (e->nlines > 0 && e->lines[0].n == 0) remove_line(e, 0);
    while (e->nlines > 0 && e->lines[e->nlines - 1].n == 0) e->nlines--;
    int mincol = 999999;
    for (int i = 0; i < e->nlines; i++)
        if (e->lines[i].n && e->lines[i].t[0]->col < mincol) mincol = e->lines[i].t[0]->col;
    for (int i = 0; i < e->nlines; i++)
        for (int j = 0; j < e->lines[i].n; j++) e->lines[i].t[j]->col -= mincol;
    /* The anchor of a line: on the nearest earlier non-empty line starting at or left of it, the
     * last token starting at or left of the line's first token. */
    for (int i = 0; i < e->nlines; i++) {
        e->anchor[i] = NULL;
        e->anchor_col[i] = 0;
        if (!e->lines[i].n) continue;
        int first = e->lines[i].t[0]->col;
        for (int j = i - 1; j >= 0; j--) {
            pline *al = &e->lines[j];
            if (!al->n || al->t[0]->col > first) continue;
            int k = 0;
            while (k + 1 < al->n && al->t[k + 1]->col <= first) k++;
            e->anchor[i] = al->t[k];
            e->anchor_col[i] = al->t[k]->col;
            break;
        }
    }
}

/* Moves every line whose anchor moved right by as much. */
static void renormalize(pexpr *e)
{
    for (int i = 0; i < e->nlines; i++) {
        if (!e->anchor[i]) continue;
        int k = e->anchor[i]->col - e->anchor_col[i];
        e->anchor_col[i] = e->anchor[i]->col;
        if (k < 0) k = 0;
        for (int j = 0; j < e->lines[i].n; j++) e->lines[i].t[j]->col += k;
    }
}

pexpr *pexpr_clone(pcal_ctx *c, const pexpr *e)
{
    pexpr *n = pexpr_new(c);
    for (int i = 0; e && i < e->nlines; i++) {
        pexpr_add_line(c, n);
        for (int j = 0; j < e->lines[i].n; j++) pexpr_add_tok(c, n, ptok_copy(c, e->lines[i].t[j]));
    }
    pexpr_normalize(n);
    return n;
}

void pexpr_prepend(pcal_ctx *c, pexpr *e, pexpr *front, int spaces)
{
    int fl = front->nlines;
    for (int i = 0; i < fl - 1; i++) expr_insert_line(c, e, i, front->anchor[i], front->anchor_col[i]);
    for (int i = 0; i < fl - 1; i++) e->lines[i] = front->lines[i];
    pline *fline = &front->lines[fl - 1], *tline = &e->lines[fl - 1];
    ptok *last = fline->t[fline->n - 1];
    int incr = last->col + ptok_width(last) + spaces;
    for (int j = 0; j < tline->n; j++) tline->t[j]->col += incr;
    for (int j = 0; j < fline->n; j++) line_insert_tok(c, tline, j, fline->t[j]);
    e->anchor[fl - 1] = front->anchor[fl - 1];
    e->anchor_col[fl - 1] = front->anchor_col[fl - 1];
    renormalize(e);
}

static bool is_str(const ptok *t, const char *s) { return t->type != TK_STRING && strcmp(t->s, s) == 0; }

/* The token n positions after (li, ti), skipping empty lines; false past the end. */
static bool step(const pexpr *e, int *li, int *ti, int n)
{
    int l = *li, t = *ti;
    while (n-- > 0) {
        t++;
        while (l < e->nlines && t >= e->lines[l].n) { l++; t = 0; }
        if (l >= e->nlines) return false;
    }
    *li = l;
    *ti = t;
    return true;
}

/* Replaces the token at (li, ti) by sub; (li, ti) becomes the position of its last token. */
static void subst_at(pcal_ctx *c, pexpr *e, int *li, int *ti, const pexpr *sub, bool paren)
{
    ptok *tok = e->lines[*li].t[*ti];
    if (e->nlines == 1 && e->lines[0].n == 1) {
        pexpr *n = pexpr_clone(c, sub);
        *e = *n;
        *li = e->nlines - 1;
        *ti = e->lines[*li].n - 1;
        return;
    }
    pline *tl = &e->lines[*li];
    int spaces = 0;
    if (*ti + 1 < tl->n) spaces = tl->t[*ti + 1]->col - (tok->col + ptok_width(tok));
    int nrest = tl->n - *ti - 1;
    ptok **rest = ARENA_NEW_N(&c->a, ptok *, nrest + 1);
    for (int j = 0; j < nrest; j++) rest[j] = tl->t[*ti + 1 + j];
    tl->n = *ti + 1;
    int cur = *li;
    if (sub->nlines == 1 && sub->lines[0].n == 1) {
        const ptok *s = sub->lines[0].t[0];
        tok->s = s->s;
        tok->type = s->type;
    } else {
        int indent = (paren ? 1 : 0) + tok->col;
        bool insert_first = true;
        if (paren) {
            tok->s = "(";
            tok->type = TK_BUILTIN;
            insert_first = false;
        }
        pexpr *n = pexpr_clone(c, sub);
        for (int i = 0; i < n->nlines; i++) {
            for (int j = 0; j < n->lines[i].n; j++) {
                ptok *nt = n->lines[i].t[j];
                nt->col += indent;
                if (insert_first) {
                    tok->s = nt->s;
                    tok->type = nt->type;
                    insert_first = false;
                } else {
                    line_insert_tok(c, &e->lines[cur], e->lines[cur].n, nt);
                }
            }
            if (i + 1 < n->nlines) {
                indent = 0;
                cur++;
                expr_insert_line(c, e, cur, n->anchor[i + 1], n->anchor_col[i + 1]);
            }
        }
        if (paren) {
            pline *l = &e->lines[cur];
            ptok *last = l->t[l->n - 1];
            line_insert_tok(c, l, l->n, ptok_new(c, ")", last->col + ptok_width(last), TK_BUILTIN));
        }
    }
    pline *l = &e->lines[cur];
    *li = cur;
    *ti = l->n - 1;
    if (nrest) {
        ptok *prev = l->t[l->n - 1];
        int shift = prev->col + ptok_width(prev) + spaces - rest[0]->col;
        for (int j = 0; j < nrest; j++) {
            rest[j]->col += shift;
            line_insert_tok(c, l, l->n, rest[j]);
        }
    }
    renormalize(e);
}

void pexpr_subst(pcal_ctx *c, pexpr *e, int n, const char **names, pexpr **subs, bool paren)
{
    if (pexpr_empty(e) || n == 0) return;
    int li = 0, ti = -1;
    if (!step(e, &li, &ti, 1)) return;
    for (;;) {
        ptok *t = e->lines[li].t[ti];
        int skip = 1;
        if (t->type == TK_STRING) {
            skip = 1;
        } else if (!strcmp(t->s, ".")) {
            skip = 2;
        } else if (!strcmp(t->s, "[") || !strcmp(t->s, ",")) {
            int l2 = li, t2 = ti;
            if (step(e, &l2, &t2, 2)) {
                ptok *u = e->lines[l2].t[t2];
                if (is_str(u, ":") || is_str(u, "|->")) skip = 3;
            }
        }
        if (skip == 1 && t->type != TK_STRING) {
            for (int k = 0; k < n; k++)
                if (!strcmp(t->s, names[k])) {
                    bool whole = e->nlines == 1 && e->lines[0].n == 1;
                    subst_at(c, e, &li, &ti, subs[k], paren);
                    if (whole) return;
                    break;
                }
        }
        if (!step(e, &li, &ti, skip)) return;
    }
}

void psubst_add(pcal_ctx *c, psubst *ps, const char *name, pexpr *sub)
{
    if (ps->n == ps->cap) {
        ps->cap = ps->cap ? 2 * ps->cap : 8;
        const char **nn = ARENA_NEW_N(&c->a, const char *, ps->cap);
        pexpr **ns = ARENA_NEW_N(&c->a, pexpr *, ps->cap);
        if (ps->n) {
            memcpy(nn, ps->names, sizeof(char *) * (size_t)ps->n);
            memcpy(ns, ps->subs, sizeof(pexpr *) * (size_t)ps->n);
        }
        ps->names = nn;
        ps->subs = ns;
    }
    ps->names[ps->n] = name;
    ps->subs[ps->n++] = sub;
}

bool psubst_has(const psubst *ps, const char *name)
{
    for (int i = 0; i < ps->n; i++)
        if (!strcmp(ps->names[i], name)) return true;
    return false;
}

char **pexpr_lines(pcal_ctx *c, const pexpr *e, int *nout)
{
    char **out = ARENA_NEW_N(&c->a, char *, e->nlines + 1);
    for (int i = 0; i < e->nlines; i++) {
        const pline *l = &e->lines[i];
        size_t cap = 64;
        for (int j = 0; j < l->n; j++) cap += (size_t)ptok_width(l->t[j]) + (size_t)l->t[j]->col + 4;
        if (e->anchor[i]) cap += (size_t)(e->anchor[i]->col - e->anchor_col[i]) + 4;
        char *buf = arena_alloc(&c->a, cap), *p = buf;
        int pos = 0;
        if (e->anchor[i]) {
            int k = e->anchor[i]->col - e->anchor_col[i];
            for (int s = 0; s < k; s++) *p++ = ' ';
        }
        for (int j = 0; j < l->n; j++) {
            const ptok *t = l->t[j];
            int gap = j == 0 ? t->col : t->col - pos;
            for (int s = 0; s < gap; s++) *p++ = ' ';
            if (t->type == TK_STRING) *p++ = '"';
            size_t sl = strlen(t->s);
            memcpy(p, t->s, sl);
            p += sl;
            if (t->type == TK_STRING) *p++ = '"';
            pos = t->col + ptok_width(t);
        }
        *p = 0;
        out[i] = buf;
    }
    *nout = e->nlines;
    return out;
}

pexpr *pexpr_one_line(pcal_ctx *c, int n, const char **strs, const int *types)
{
    pexpr *e = pexpr_new(c);
    pexpr_add_line(c, e);
    int col = 0;
    for (int i = 0; i < n; i++) {
        ptok *t = ptok_new(c, strs[i], col, types[i]);
        pexpr_add_tok(c, e, t);
        col += ptok_width(t) + 1;
    }
    pexpr_normalize(e);
    return e;
}
