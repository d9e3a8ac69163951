/* pcal_internal.h - the PlusCal translator's internal data: expressions as lines of positioned
 * tokens (the layout pcal.trans preserves), the algorithm's tree, and the passes between them.
 * Everything lives in one arena per translation (pcal_ctx.a); nothing is shared between threads. */
#ifndef TLCC_PCAL_INTERNAL_H
#define TLCC_PCAL_INTERNAL_H

#include "pcal.h"
#include "util.h"

#include <setjmp.h>
#include <string.h>

/* A growable array (VEC) in the translation's arena: nothing to free, even when an error
 * longjmps out of the pass that was filling it. */
#define AVEC_PUSH(ar, v, x)                                                                \
    do {                                                                                   \
        if ((v).len == (v).cap) {                                                          \
            size_t nc_ = (v).cap ? 2 * (v).cap : 8;                                        \
            void *ni_ = arena_alloc((ar), nc_ * sizeof(*(v).items));                       \
            if ((v).len) memcpy(ni_, (v).items, (v).len * sizeof(*(v).items));            \
            (v).items = ni_;                                                               \
            (v).cap = nc_;                                                                 \
        }                                                                                  \
        (v).items[(v).len++] = (x);                                                        \
    } while (0)

/* ---- expressions ------------------------------------------------------------------------------ */

enum { TK_BUILTIN, TK_IDENT, TK_NUMBER, TK_STRING, TK_ADDED };

typedef struct ptok {
    const char *s;   /* text; a string literal without its quotes */
    int col;         /* column within the expression's layout */
    int type;        /* TK_* */
    int sline, scol; /* 0-based position in the file, -1 for generated tokens */
} ptok;

typedef struct pline { ptok **t; int n, cap; } pline;

/* An expression: lines of tokens, with for each line the token of an earlier line it is aligned
 * under (its anchor) and that anchor's column when the alignment was recorded. */
typedef struct pexpr {
    pline *lines;
    int nlines, cap;
    ptok **anchor;
    int *anchor_col;
} pexpr;

typedef struct pcal_ctx pcal_ctx;

int ptok_width(const ptok *t);
ptok *ptok_new(pcal_ctx *c, const char *s, int col, int type);
pexpr *pexpr_new(pcal_ctx *c);
void pexpr_add_line(pcal_ctx *c, pexpr *e);
void pexpr_add_tok(pcal_ctx *c, pexpr *e, ptok *t);
void pexpr_add_tok_offset(pcal_ctx *c, pexpr *e, ptok *t, int offset);
bool pexpr_empty(const pexpr *e);
int pexpr_ntokens(const pexpr *e);
void pexpr_normalize(pexpr *e);
pexpr *pexpr_clone(pcal_ctx *c, const pexpr *e);           /* clone, then normalize */
void pexpr_prepend(pcal_ctx *c, pexpr *e, pexpr *front, int spaces);
/* Substitutes subs[i] for every identifier occurrence of names[i], all at once, left to right;
 * with paren, multi-token substitutes are parenthesized. */
void pexpr_subst(pcal_ctx *c, pexpr *e, int n, const char **names, pexpr **subs, bool paren);
/* A list of substitutions being built for pexpr_subst. */
typedef struct psubst { const char **names; pexpr **subs; int n, cap; } psubst;
void psubst_add(pcal_ctx *c, psubst *ps, const char *name, pexpr *sub);
bool psubst_has(const psubst *ps, const char *name);
char **pexpr_lines(pcal_ctx *c, const pexpr *e, int *nout);  /* the text, line by line */
pexpr *pexpr_one_line(pcal_ctx *c, int n, const char **strs, const int *types); /* tokens 1 apart */

/* ---- the algorithm ---------------------------------------------------------------------------- */

typedef enum {
    S_ASSIGN, S_IF, S_LABELIF, S_EITHER, S_LABELEITHER, S_WITH, S_WHEN, S_PRINT, S_ASSERT, S_SKIP,
    S_CALL, S_RETURN, S_CALLRETURN, S_CALLGOTO, S_GOTO, S_WHILE, S_MACROCALL, S_LABELED
} stmt_kind;

typedef struct pstmt pstmt;
typedef struct svec { pstmt **s; int n, cap; } svec;

typedef struct passign {
    const char *var;
    pexpr *sub;     /* the subscripts after the variable, possibly empty */
    pexpr *rhs;
    int line, col, mline, mcol;
} passign;

struct pstmt {
    stmt_kind k;
    int line, col;          /* 1-based position of the statement's first token */
    int mline, mcol;        /* the macro call it was expanded from; mline = -1 if none */
    const char *lbl;        /* label while parsing ("" = none) */
    int lbl_line, lbl_col;
    passign *ass; int nass;             /* S_ASSIGN */
    pexpr *exp;                         /* test of if/while, with's set, when/print/assert */
    svec a, b, la, lb;                  /* then/else (unlabeled, labeled); while: a = unlabDo, la = labDo;
                                           with: a = body; labeled statement: a = stmts */
    svec *ors, *labors; int nors;       /* either's clauses */
    const char *var; bool is_eq;        /* with */
    const char *name;                   /* goto target, macro name, call target, label */
    const char *from;                   /* return: the procedure returned from */
    pexpr **args; int nargs;            /* macro call / call */
};

typedef struct pvardecl {
    const char *var;
    bool is_eq;
    pexpr *val;     /* NULL: defaultInitValue */
    int line, col;
} pvardecl;

typedef struct pmacro {
    const char *name;
    const char **params; int nparams;
    svec body;
} pmacro;

enum { FAIR_NONE, FAIR_WF, FAIR_SF };

typedef struct pprocess {
    const char *name;
    bool is_eq;
    pexpr *id;
    pvardecl *decls; int ndecls;
    svec body;
    svec steps;                      /* the body's actions, after pcal_explode */
    int fairness;
    const char **plus; int nplus;
    const char **minus; int nminus;
    const char **calls; int ncalls;  /* procedures called, directly then indirectly */
    int line, col;
    bool omit_stutter;   /* this body can never reach Done */
} pprocess;

typedef struct pproc {
    const char *name;
    pvardecl *params; int nparams;   /* always `=`; val NULL: defaultInitValue */
    pvardecl *decls; int ndecls;
    svec body;
    svec steps;                      /* the body's actions, after pcal_explode */
    const char **plus; int nplus;
    const char **minus; int nminus;
    const char **calls; int ncalls;  /* procedures called, directly then indirectly */
    int line, col;
} pproc;

typedef struct palg {
    const char *name;
    bool multi;
    pvardecl *decls; int ndecls;
    pexpr *defs;
    pmacro *macros; int nmacros;
    pprocess *procs; int nprocs;   /* uniprocess: procs[0] holds the body */
    pproc *prcds; int nprcds;      /* procedures */
} palg;

/* ---- options and the translation context ------------------------------------------------------ */

typedef struct pcal_opts {
    const char *fairness;   /* "", "wf", "sf", "wfNext", "nof" */
    bool termination, nocfg, noold, label, report_labels, no_done_disjunct, unix_eol;
    const char *label_root;
    int line_width;
    int version;            /* `-version 1.5` as 105; 0 = the current language */
} pcal_opts;

typedef struct pdiag {
    int line, col;          /* 1-based, of the file */
    char *java;             /* pcal.trans's message, verbatim */
    char *teach;            /* ours: the rule broken */
} pdiag;

struct pcal_ctx {
    arena a;
    const char *path;
    char **src; int nsrc;   /* the file's lines, tabs expanded, comments of the algorithm blanked */
    int line, col;          /* reader position (0-based) */
    bool csyntax;
    pcal_opts o;
    bool fair_alg;
    bool has_label;         /* the user wrote a label */
    bool has_default_init;
    bool goto_used, goto_done_used;
    bool omit_pc, omit_stutter;
    int next_label;
    const char **all_labels; int nall, capall;
    char **added; int nadded, capadded;           /* "Lbl_1 at line L, column C" */
    const char **plus, **minus; int nplus, nminus, capplus, capminus;
    bool in_macro;
    const char *cur_proc;  /* the procedure being parsed or labeled, NULL outside */
    const char **calls; int ncalls, capcalls;
    jmp_buf fail;
    pdiag *diags; int ndiags, capdiags;
    palg *alg;
    char psum[9];           /* chksum(pcal) of the translated algorithm */
};

void pcal_error(pcal_ctx *c, int line, int col, const char *java, const char *teachfmt, ...)
    __attribute__((noreturn, format(printf, 5, 6)));
void pcal_record(pcal_ctx *c, int line, int col, const char *java, const char *teachfmt, ...)
    __attribute__((format(printf, 5, 6)));
#define pcal_strf(c, ...) arena_printf(&(c)->a, __VA_ARGS__)
void svec_push(pcal_ctx *c, svec *v, pstmt *s);
pstmt *pstmt_new(pcal_ctx *c, stmt_kind k, int line, int col);

/* passes */
palg *pcal_parse(pcal_ctx *c);                 /* parse.c: the algorithm from its start */
void pcal_lex_init(pcal_ctx *c, int line, int col);
void pcal_labels(pcal_ctx *c, palg *alg);      /* labels.c: macros, labels, grouping, omitPC */
void pcal_explode(pcal_ctx *c, palg *alg);     /* explode.c: labeled steps with pc updates */
char **pcal_fix_ids(pcal_ctx *c, palg *alg, int *nreport); /* fixids.c: renamings, reported */
char *pcal_ast_dump(pcal_ctx *c, const palg *alg);  /* astdump.c: what chksum(pcal) is taken of */
char **pcal_generate(pcal_ctx *c, palg *alg, char **report, int nreport, int *nlines); /* gen.c */

#endif
