/* parse_internal.h - state shared by the flex lexer, the layout filter and the bison parser. */
#ifndef TLCC_PARSE_INTERNAL_H
#define TLCC_PARSE_INTERNAL_H

#include "syntax.h"

/* A raw token from flex, kept in the filter's lookahead queue. */
typedef struct raw_token {
    int kind;
    syn_loc loc;
    union {
        atom name;          /* identifiers, operators (canonical name), strings */
        struct { int64_t num; const char *text; } n;
    } v;
    bool first_on_line;
} raw_token;

/* An open layout context: a bullet list at a column, or a marker for a bracket, IF, LET, CASE, or a
 * binder's header (`\A x, y \in S :`, CHOOSE, LAMBDA, PICK: its commas belong to it up to its colon). */
typedef enum { CTX_LIST_AND, CTX_LIST_OR, CTX_PAREN, CTX_BRACKET, CTX_BRACE, CTX_ANGLE, CTX_IF, CTX_LET,
               CTX_CASE, CTX_BINDER } ctx_kind;
typedef struct layout_ctx { ctx_kind kind; uint32_t col; } layout_ctx;

typedef struct parse_ctx {
    arena *mem;
    atom file;
    void *scanner;             /* flex's yyscan_t */
    /* lexer position (1-based line, code-point column) */
    uint32_t line, col;
    int comment_depth;
    syn_loc comment_start;
    int module_depth;          /* nested MODULE ... ==== */
    bool module_done;          /* the top-level module ended */
    /* layout filter */
    VEC(layout_ctx) stack;
    VEC(raw_token) pending;    /* tokens to hand out before reading more */
    int prev_kind;             /* the last token handed to the parser */
    int prev_prev_kind;        /* and the one before it (for hints) */
    atom prev_name;            /* the last token's name (identifiers, operators), or NULL */
    atom prev_prev_name;       /* and the one before it */
    uint32_t prev_line;
    bool started;              /* the lexer has chosen its start condition */
    syn_loc left_bullet;       /* a bullet that ended a list by standing left of its column */
    bool error;
    unsigned errors;           /* reported so far (at most MAX_SYNTAX_ERRORS) */
    bool recovering;           /* after a syntax error: skip to the start of the next module unit */
    bool stopped;              /* the lexer failed: the parse ends */
    syn_module *result;
    const syn_expr *too_big;   /* the first integer literal TLC cannot hold, or NULL */
    syn_expr *expr_result;
    bool expr_mode;            /* parsing a lone expression (--eval) */
} parse_ctx;

/* Syntax errors reported in one parse at most; after each, the parser resumes at the next line that
 * starts a module unit (bison's error recovery), so one run reports several. */
enum { MAX_SYNTAX_ERRORS = 20 };

/* Report a syntax error at loc (counts and prints through util_diag). */
void parse_error(parse_ctx *ctx, syn_loc loc, const char *hint, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
