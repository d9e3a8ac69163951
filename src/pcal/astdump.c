/* astdump.c - the algorithm's checksum chksum(pcal): the CRC32 of pcal.trans's textual dump of its
 * syntax tree (AST.toString), taken, as pcal.trans takes it, after renaming and after the
 * translation has rewritten the parts of the tree it shares with the original (the `if`, `either`
 * and `with` bodies nested in a step, where jumps were added). The dump's layout rules (an indent
 * stack, fields in a fixed order) are reproduced exactly, since one byte changes the checksum. */
#include "pcal_internal.h"

#include <string.h>

typedef struct dump {
    char *buf; size_t len, cap;
    int indent[512];
    int depth;
} dump;

static void put(dump *d, const char *s)
{
    size_t n = strlen(s);
    if (d->len + n + 1 > d->cap) {
        d->cap = (d->len + n + 1) * 2;
        d->buf = util_xrealloc(d->buf, d->cap);
    }
    memcpy(d->buf + d->len, s, n + 1);
    d->len += n;
}

static void indent(dump *d, const char *s)
{
    if (d->depth + 1 < 512) d->indent[d->depth + 1] = d->indent[d->depth] + (int)strlen(s);
    d->depth++;
    put(d, s);
}

static void end_indent(dump *d) { d->depth--; }

static void newline(dump *d)
{
    put(d, "\n");
    for (int i = 0; i < d->indent[d->depth]; i++) put(d, " ");
}

static void expr(dump *d, const pexpr *e)
{
    put(d, "<< ");
    bool nonempty = false;
    char num[32];
    for (int i = 0; e && i < e->nlines; i++) {
        if (i > 0) put(d, "\n");
        for (int j = 0; j < e->lines[i].n; j++) {
            const ptok *t = e->lines[i].t[j];
            if (nonempty) put(d, ", ");
            nonempty = true;
            if (t->type == TK_STRING) {
                put(d, "\"\\\"\", \"");
                put(d, t->s);
                put(d, "\", \"\\\"\"");
            } else if (!strcmp(t->s, "\\/") || !strcmp(t->s, "/\\")) {
                snprintf(num, sizeof num, "\"(col%d) ", t->col);
                put(d, num);
                put(d, t->s[0] == '\\' ? "\\\\/\"" : "/\\\\\"");
            } else if (t->s[0] == '\\') {
                put(d, "\"\\");
                put(d, t->s);
                put(d, "\"");
            } else {
                put(d, "\"");
                put(d, t->s);
                put(d, "\"");
            }
        }
    }
    put(d, " >>");
}

static void quoted(dump *d, const char *s)
{
    put(d, "\"");
    put(d, s);
    put(d, "\"");
}

static void stmt(dump *d, const pstmt *s);

static void seq(dump *d, const svec *v)
{
    indent(d, "<<");
    for (int i = 0; i < v->n; i++) {
        if (i > 0) { put(d, ", "); newline(d); }
        stmt(d, v->s[i]);
    }
    put(d, ">>");
    end_indent(d);
}

static void quoted_seq(dump *d, const char *const *v, int n)
{
    indent(d, "<<");
    for (int i = 0; i < n; i++) {
        if (i > 0) put(d, ", ");
        quoted(d, v[i]);
    }
    put(d, ">>");
    end_indent(d);
}

static void exprs(dump *d, pexpr *const *v, int n)
{
    indent(d, "<<");
    for (int i = 0; i < n; i++) {
        if (i > 0) { put(d, ", "); newline(d); }
        expr(d, v[i]);
    }
    put(d, ">>");
    end_indent(d);
}

static void eq_or_in(dump *d, bool eq) { put(d, eq ? "\"=\"" : "\"\\\\in\""); }

static pexpr *default_val(void)
{
    static ptok t = {"defaultInitValue", 0, TK_IDENT, -1, -1};
    static ptok *tp = &t;
    static pline l = {&tp, 1, 1};
    static ptok *anc = NULL;
    static int ancc = 0;
    static pexpr e = {&l, 1, 1, &anc, &ancc};
    return &e;
}

static void vardecl(dump *d, const pvardecl *v, bool pvar)
{
    indent(d, "");
    put(d, "[var |-> \"");
    put(d, v->var);
    put(d, "\", eqOrIn |-> ");
    if (pvar) put(d, "\"=\"");
    else eq_or_in(d, v->is_eq);
    put(d, ", val |-> ");
    expr(d, v->val ? v->val : default_val());
    put(d, "]");
    end_indent(d);
}

static void decls(dump *d, const pvardecl *v, int n, bool pvar)
{
    indent(d, "<<");
    for (int i = 0; i < n; i++) {
        if (i > 0) { put(d, ", "); newline(d); }
        vardecl(d, &v[i], pvar);
    }
    put(d, ">>");
    end_indent(d);
}

static void single_assign(dump *d, const passign *a)
{
    indent(d, "");
    put(d, "[lhs |-> ");
    put(d, "[var |-> \"");
    put(d, a->var);
    put(d, "\", sub |-> ");
    expr(d, a->sub);
    put(d, "]");
    put(d, ",");
    newline(d);
    put(d, " rhs |-> ");
    expr(d, a->rhs);
    put(d, "]");
    end_indent(d);
}

static void clause(dump *d, const svec *unlab, const svec *lab)
{
    indent(d, "");
    indent(d, "[unlabOr |-> ");
    seq(d, unlab);
    put(d, ",");
    end_indent(d);
    newline(d);
    indent(d, " labOr   |-> ");
    seq(d, lab);
    put(d, "]");
    end_indent(d);
    newline(d);
    end_indent(d);
}

static void stmt(dump *d, const pstmt *s)
{
    switch (s->k) {
    case S_LABELED:
        indent(d, "");
        put(d, "[label |-> \""); put(d, s->name); put(d, "\",");
        newline(d);
        indent(d, " stmts |-> "); seq(d, &s->a); put(d, "]"); end_indent(d);
        end_indent(d);
        break;
    case S_WHILE:
        indent(d, "");
        put(d, "[type    |-> \"while\", "); newline(d);
        put(d, " test    |-> "); expr(d, s->exp); put(d, ","); newline(d);
        indent(d, " labDo   |-> "); seq(d, &s->la); put(d, ","); end_indent(d); newline(d);
        indent(d, " unlabDo |-> "); seq(d, &s->a); put(d, "]"); end_indent(d);
        end_indent(d);
        break;
    case S_ASSIGN: {
        indent(d, "");
        put(d, "[type |-> \"assignment\","); newline(d);
        indent(d, " ass  |-> ");
        indent(d, "<<");
        for (int i = 0; i < s->nass; i++) {
            if (i > 0) { put(d, ", "); newline(d); }
            single_assign(d, &s->ass[i]);
        }
        put(d, ">>");
        end_indent(d);
        put(d, "]");
        end_indent(d);
        end_indent(d);
        break;
    }
    case S_IF:
        indent(d, "");
        put(d, "[type    |-> \"if\", "); newline(d);
        put(d, " test    |-> "); expr(d, s->exp); put(d, ","); newline(d);
        indent(d, " then |-> "); seq(d, &s->a); put(d, ","); end_indent(d); newline(d);
        indent(d, " else |-> "); seq(d, &s->b); put(d, "]"); end_indent(d);
        end_indent(d);
        break;
    case S_LABELIF:
        indent(d, "");
        put(d, "[type      |-> \"labelIf\","); newline(d);
        put(d, " test      |-> "); expr(d, s->exp); put(d, ","); newline(d);
        indent(d, " unlabThen |-> "); seq(d, &s->a); put(d, ","); end_indent(d); newline(d);
        indent(d, " labThen   |-> "); seq(d, &s->la); put(d, ","); end_indent(d); newline(d);
        indent(d, " unlabElse |-> "); seq(d, &s->b); put(d, ","); end_indent(d); newline(d);
        indent(d, " labElse   |-> "); seq(d, &s->lb); put(d, "]"); end_indent(d); newline(d);
        end_indent(d);
        break;
    case S_EITHER:
        indent(d, "");
        put(d, "[type |-> \"either\", "); newline(d);
        indent(d, " ors  |-> ");
        indent(d, "<< ");
        for (int i = 0; i < s->nors; i++) {
            if (i > 0) { put(d, ", "); newline(d); }
            seq(d, &s->ors[i]);
        }
        put(d, " >>");
        end_indent(d);
        put(d, "]");
        end_indent(d);
        end_indent(d);
        break;
    case S_LABELEITHER:
        indent(d, "");
        put(d, "[type    |-> \"labelEither\","); newline(d);
        indent(d, " clauses |-> ");
        indent(d, "<<");
        for (int i = 0; i < s->nors; i++) {
            if (i > 0) { put(d, ", "); newline(d); }
            clause(d, &s->ors[i], &s->labors[i]);
        }
        put(d, ">>");
        end_indent(d);
        put(d, "]");
        end_indent(d);
        newline(d);
        end_indent(d);
        break;
    case S_WITH:
        indent(d, "");
        put(d, "[type   |-> \"with\", "); newline(d);
        put(d, " var    |-> \""); put(d, s->var); put(d, "\","); newline(d);
        put(d, " eqOrIn |-> "); eq_or_in(d, s->is_eq); put(d, ","); newline(d);
        put(d, " exp    |-> "); expr(d, s->exp); put(d, ","); newline(d);
        indent(d, " do     |-> "); seq(d, &s->a); put(d, "]"); end_indent(d);
        end_indent(d);
        break;
    case S_WHEN: case S_PRINT: case S_ASSERT:
        indent(d, "");
        put(d, s->k == S_WHEN ? "[type |-> \"when\", " : s->k == S_PRINT ? "[type |-> \"print\", " : "[type |-> \"assert\", ");
        newline(d);
        put(d, " exp |-> "); expr(d, s->exp); put(d, "]");
        end_indent(d);
        break;
    case S_SKIP:
        put(d, "[type |-> \"skip\"]");
        break;
    case S_CALL:
        indent(d, "");
        put(d, "[type     |-> \"call\","); newline(d);
        put(d, " returnTo |-> \"\","); newline(d);
        put(d, " to       |-> \""); put(d, s->name); put(d, "\","); newline(d);
        indent(d, " args     |-> "); exprs(d, s->args, s->nargs); put(d, "]"); end_indent(d);
        end_indent(d);
        break;
    case S_RETURN:
        put(d, "[type |-> \"return\", from |-> \""); put(d, s->from ? s->from : "null"); put(d, "\"]");
        break;
    case S_CALLRETURN: case S_CALLGOTO:
        indent(d, "");
        put(d, s->k == S_CALLRETURN ? "[type     |-> \"callReturn\"," : "[type     |-> \"callGoto\",");
        newline(d);
        if (s->k == S_CALLRETURN) { put(d, " from     |-> \""); put(d, s->from ? s->from : "null"); }
        else { put(d, " after    |-> \""); put(d, s->var); }
        put(d, "\","); newline(d);
        put(d, " to       |-> \""); put(d, s->name); put(d, "\","); newline(d);
        indent(d, "args     |-> "); exprs(d, s->args, s->nargs); put(d, "]"); newline(d); end_indent(d);
        end_indent(d);
        break;
    case S_GOTO:
        put(d, "[type |-> \"goto\",  to |-> \""); put(d, s->name); put(d, "\"]");
        break;
    case S_MACROCALL:
        break;
    }
}

static void procedure(dump *d, const pproc *p)
{
    indent(d, "");
    put(d, "[name   |-> \""); put(d, p->name); put(d, "\", "); newline(d);
    put(d, "minusLabels |-> "); quoted_seq(d, p->minus, p->nminus);
    put(d, ", plusLabels |->"); quoted_seq(d, p->plus, p->nplus);
    put(d, ", proceduresCalled |->"); quoted_seq(d, p->calls, p->ncalls);
    put(d, ","); newline(d);
    indent(d, " params |-> "); decls(d, p->params, p->nparams, true); put(d, ","); end_indent(d); newline(d);
    indent(d, " decls  |-> "); decls(d, p->decls, p->ndecls, true); put(d, ","); end_indent(d); newline(d);
    indent(d, " body   |-> "); seq(d, &p->body); put(d, "]"); end_indent(d);
    end_indent(d);
}

static void process(dump *d, const pprocess *p)
{
    static const char *const fair[] = {"unfair", "wf", "sf"};
    indent(d, "");
    put(d, "[name   |-> \""); put(d, p->name); put(d, "\","); newline(d);
    put(d, " fairness |-> \""); put(d, fair[p->fairness]); put(d, "\", minusLabels |-> ");
    quoted_seq(d, p->minus, p->nminus);
    put(d, ", plusLabels |->"); quoted_seq(d, p->plus, p->nplus);
    put(d, ", proceduresCalled |->"); quoted_seq(d, p->calls, p->ncalls);
    put(d, ","); newline(d);
    put(d, " eqOrIn |-> "); eq_or_in(d, p->is_eq); put(d, ","); newline(d);
    put(d, " id     |-> "); expr(d, p->id); put(d, ","); newline(d);
    indent(d, " decls  |-> "); decls(d, p->decls, p->ndecls, false); put(d, ","); end_indent(d); newline(d);
    indent(d, " body   |-> "); seq(d, &p->body); put(d, "]"); end_indent(d);
    end_indent(d);
}

char *pcal_ast_dump(pcal_ctx *c, const palg *alg)
{
    dump d = {0};
    d.buf = util_xmalloc(256);
    d.cap = 256;
    d.buf[0] = 0;
    indent(&d, "");
    if (alg->multi) put(&d, "[type    |-> \"multiprocess\", ");
    else put(&d, "[type     |-> \"uniprocess\", ");
    newline(&d);
    put(&d, " name  |-> \""); put(&d, alg->name); put(&d, "\", "); newline(&d);
    indent(&d, alg->multi ? " decls |-> " : " decls  |-> ");
    decls(&d, alg->decls, alg->ndecls, false);
    put(&d, ",");
    end_indent(&d);
    newline(&d);
    indent(&d, alg->multi ? " defs  |-> " : " defs   |-> ");
    expr(&d, alg->defs);
    put(&d, ",");
    end_indent(&d);
    newline(&d);
    indent(&d, alg->multi ? " prcds |-> " : " prcds  |-> ");
    indent(&d, "<<");
    for (int i = 0; i < alg->nprcds; i++) {
        if (i > 0) { put(&d, ", "); newline(&d); }
        procedure(&d, &alg->prcds[i]);
    }
    put(&d, ">>");
    end_indent(&d);
    if (alg->multi) {
        put(&d, ",");
        end_indent(&d);
        newline(&d);
        indent(&d, " procs |-> ");
        indent(&d, "<<");
        for (int i = 0; i < alg->nprocs; i++) {
            if (i > 0) { put(&d, ", "); newline(&d); }
            process(&d, &alg->procs[i]);
        }
        put(&d, ">>");
        end_indent(&d);
        put(&d, "]");
        end_indent(&d);
    } else {
        put(&d, ",");
        end_indent(&d);
        newline(&d);
        indent(&d, " body  |-> ");
        seq(&d, &alg->procs[0].body);
        put(&d, "]");
        end_indent(&d);
    }
    end_indent(&d);
    char *r = arena_strndup(&c->a, d.buf, d.len);
    free(d.buf);
    return r;
}
