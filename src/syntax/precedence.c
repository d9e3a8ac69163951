/* precedence.c - TLA+ operator precedence as SANY applies it (Specifying Systems, p. 271).
 *
 * Each operator has a precedence *range* low..high. In `a L b R c` SANY groups (a L b) R c when
 * L.low > R.high, or L and R are the same left-associative operator; a L (b R c) when
 * L.high < R.low; anything else is an error (overlapping ranges, or a non-associative operator
 * chained). Bison builds the tree with one precedence per operator (its `low`, which agrees with
 * SANY whenever SANY decides), and tree.c calls these checks on each operator node it builds:
 * the node is compared with every operator its operands expose towards it, which are exactly the
 * operators SANY's operator stack compares it with. */
#include "tree.h"

#include <string.h>

typedef enum { FIX_INFIX, FIX_PREFIX, FIX_POSTFIX } fix_kind;

typedef struct prec_op {
    const char *name;        /* canonical spelling (syntax.h), shown in messages */
    uint8_t low, high;
    bool left;               /* left-associative (infix) */
    fix_kind fix;
} prec_op;

/* Specifying Systems' table (SANY's ConfigConstants, divided by ten). */
static const prec_op ops[] = {
    {"=>", 1, 1, false, FIX_INFIX},       {"<=>", 2, 2, false, FIX_INFIX},     {"~>", 2, 2, false, FIX_INFIX},
    {"-+->", 2, 2, false, FIX_INFIX},     {"/\\", 3, 3, true, FIX_INFIX},      {"\\/", 3, 3, true, FIX_INFIX},
    {"=", 5, 5, false, FIX_INFIX},        {"#", 5, 5, false, FIX_INFIX},       {"<", 5, 5, false, FIX_INFIX},
    {">", 5, 5, false, FIX_INFIX},        {"<=", 5, 5, false, FIX_INFIX},      {">=", 5, 5, false, FIX_INFIX},
    {"\\in", 5, 5, false, FIX_INFIX},     {"\\notin", 5, 5, false, FIX_INFIX}, {"\\subseteq", 5, 5, false, FIX_INFIX},
    {"\\subset", 5, 5, false, FIX_INFIX}, {"\\supseteq", 5, 5, false, FIX_INFIX},
    {"\\supset", 5, 5, false, FIX_INFIX}, {"\\prec", 5, 5, false, FIX_INFIX},  {"\\succ", 5, 5, false, FIX_INFIX},
    {"\\preceq", 5, 5, false, FIX_INFIX}, {"\\succeq", 5, 5, false, FIX_INFIX},
    {"\\sqsubseteq", 5, 5, false, FIX_INFIX}, {"\\sqsupseteq", 5, 5, false, FIX_INFIX},
    {"\\sqsubset", 5, 5, false, FIX_INFIX},   {"\\sqsupset", 5, 5, false, FIX_INFIX},
    {"\\ll", 5, 5, false, FIX_INFIX},     {"\\gg", 5, 5, false, FIX_INFIX},    {"\\sim", 5, 5, false, FIX_INFIX},
    {"\\simeq", 5, 5, false, FIX_INFIX},  {"\\approx", 5, 5, false, FIX_INFIX}, {"\\cong", 5, 5, false, FIX_INFIX},
    {"\\asymp", 5, 5, false, FIX_INFIX},  {"\\doteq", 5, 5, false, FIX_INFIX}, {"\\propto", 5, 5, false, FIX_INFIX},
    {"|-", 5, 5, false, FIX_INFIX},       {"|=", 5, 5, false, FIX_INFIX},      {"-|", 5, 5, false, FIX_INFIX},
    {"=|", 5, 5, false, FIX_INFIX},       {":=", 5, 5, false, FIX_INFIX},      {"::=", 5, 5, false, FIX_INFIX},
    {"\\cdot", 5, 14, true, FIX_INFIX},   {"@@", 6, 6, true, FIX_INFIX},       {":>", 7, 7, false, FIX_INFIX},
    {"<:", 7, 7, false, FIX_INFIX},       {"\\cup", 8, 8, true, FIX_INFIX},    {"\\cap", 8, 8, true, FIX_INFIX},
    {"\\", 8, 8, false, FIX_INFIX},       {"..", 9, 9, false, FIX_INFIX},      {"...", 9, 9, false, FIX_INFIX},
    {"!!", 9, 13, false, FIX_INFIX},      {"##", 9, 13, true, FIX_INFIX},      {"$", 9, 13, true, FIX_INFIX},
    {"$$", 9, 13, true, FIX_INFIX},       {"??", 9, 13, true, FIX_INFIX},      {"\\sqcap", 9, 13, true, FIX_INFIX},
    {"\\sqcup", 9, 13, true, FIX_INFIX},  {"\\uplus", 9, 13, true, FIX_INFIX}, {"\\wr", 9, 14, false, FIX_INFIX},
    {"+", 10, 10, true, FIX_INFIX},       {"++", 10, 10, true, FIX_INFIX},     {"\\oplus", 10, 10, true, FIX_INFIX},
    {"%", 10, 11, false, FIX_INFIX},      {"%%", 10, 11, true, FIX_INFIX},     {"|", 10, 11, true, FIX_INFIX},
    {"||", 10, 11, true, FIX_INFIX},      {"\\X", 10, 13, true, FIX_INFIX},    {"-", 11, 11, true, FIX_INFIX},
    {"--", 11, 11, true, FIX_INFIX},      {"\\ominus", 11, 11, true, FIX_INFIX}, {"*", 13, 13, true, FIX_INFIX},
    {"**", 13, 13, true, FIX_INFIX},      {"/", 13, 13, false, FIX_INFIX},     {"//", 13, 13, false, FIX_INFIX},
    {"\\div", 13, 13, false, FIX_INFIX},  {"\\o", 13, 13, true, FIX_INFIX},    {"\\odot", 13, 13, true, FIX_INFIX},
    {"\\otimes", 13, 13, true, FIX_INFIX}, {"\\oslash", 13, 13, false, FIX_INFIX},
    {"\\star", 13, 13, true, FIX_INFIX},  {"\\bullet", 13, 13, true, FIX_INFIX},
    {"\\bigcirc", 13, 13, true, FIX_INFIX}, {"&", 13, 13, true, FIX_INFIX},    {"&&", 13, 13, true, FIX_INFIX},
    {"^", 14, 14, false, FIX_INFIX},      {"^^", 14, 14, false, FIX_INFIX},
    {"~", 4, 4, false, FIX_PREFIX},       {"[]", 4, 15, false, FIX_PREFIX},    {"<>", 4, 15, false, FIX_PREFIX},
    {"ENABLED", 4, 15, false, FIX_PREFIX}, {"UNCHANGED", 4, 15, false, FIX_PREFIX},
    {"SUBSET", 10, 13, false, FIX_PREFIX}, {"UNION", 10, 13, false, FIX_PREFIX},
    {"DOMAIN", 10, 13, false, FIX_PREFIX}, {"-.", 12, 12, false, FIX_PREFIX},
    {"'", 15, 15, false, FIX_POSTFIX},    {"^+", 15, 15, false, FIX_POSTFIX},  {"^*", 15, 15, false, FIX_POSTFIX},
    {"^#", 15, 15, false, FIX_POSTFIX},   {"[", 16, 16, true, FIX_POSTFIX},    {".", 17, 17, true, FIX_POSTFIX},
};

static const prec_op *find_op(const char *name, fix_kind fix)
{
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (ops[i].fix == fix && ops[i].name[0] == name[0] && strcmp(ops[i].name, name) == 0) return &ops[i];
    return NULL;
}

/* The operator at the root of e, its operands towards the left and the right (NULL where the
 * operator stands), or NULL when e is not an operator application written without parentheses. */
static const prec_op *root_op(const syn_expr *e, syn_expr **left, syn_expr **right)
{
    *left = *right = NULL;
    switch (e->kind) {
    case SX_APPLY: {
        syn_fixity fx = e->u.apply.fixity;
        if (e->u.apply.npath) return NULL;
        if (fx == SYN_FIX_INFIX && e->u.apply.nargs == 2) {
            *left = e->u.apply.args[0];
            *right = e->u.apply.args[1];
            return find_op(e->u.apply.name, FIX_INFIX);
        }
        if (fx == SYN_FIX_PREFIX && e->u.apply.nargs == 1) {
            *right = e->u.apply.args[0];
            return find_op(e->u.apply.name, FIX_PREFIX);
        }
        if (fx == SYN_FIX_POSTFIX && e->u.apply.nargs == 1) {
            *left = e->u.apply.args[0];
            return find_op(e->u.apply.name, FIX_POSTFIX);
        }
        return NULL;
    }
    case SX_CROSS:
        *left = e->u.list.items[0];
        *right = e->u.list.items[e->u.list.nitems - 1];
        return find_op("\\X", FIX_INFIX);
    case SX_FAPPLY:
        *left = e->u.fapp.fn;
        return find_op("[", FIX_POSTFIX);
    case SX_DOT:
        *left = e->u.dot.rec;
        return find_op(".", FIX_POSTFIX);
    default: return NULL;
    }
}

/* How SANY groups `a l b r c`. */
typedef enum { GROUP_LEFT, GROUP_RIGHT, GROUP_CONFLICT } grouping;

static grouping group(const prec_op *l, const prec_op *r)
{
    if (l->low > r->high || (l == r && l->left)) return GROUP_LEFT;
    if (l->high < r->low) return GROUP_RIGHT;
    return GROUP_CONFLICT;
}

static const char *shown(const prec_op *op) { return strcmp(op->name, "-.") == 0 ? "-" : op->name; }

static void conflict(parse_ctx *ctx, syn_loc at, const prec_op *l, const prec_op *r)
{
    if (l == r)
        parse_error(ctx, at, "add parentheses to say which applies first",
                    "operator `%s` is not associative: it cannot be chained", shown(l));
    else
        parse_error(ctx, at, "add parentheses to say which applies first",
                    "operators `%s` and `%s` need parentheses: their precedence ranges overlap", shown(l), shown(r));
}

/* `a R b` with R at `at` (for a product, b is its last factor and a the one before): R meets the
 * operators on a's right edge (each must bind tighter) and those on b's left edge (each must bind
 * looser, except that a prefix `-` after an operator binding tighter than it is a conflict). */
void prec_check_infix(parse_ctx *ctx, const syn_expr *e, syn_loc at)
{
    syn_expr *a, *b, *l, *r;
    const prec_op *op = root_op(e, &a, &b);
    if (!op || op->fix != FIX_INFIX) return;
    if (e->kind == SX_CROSS) a = e->u.list.items[e->u.list.nitems - 2];
    for (syn_expr *x = a; x && !ctx->error;) {
        const prec_op *xo = root_op(x, &l, &r);
        if (!xo || xo->fix == FIX_POSTFIX) break;
        if (group(xo, op) != GROUP_LEFT) conflict(ctx, at, xo, op);
        x = r;
    }
    for (syn_expr *x = b; x && !ctx->error;) {
        const prec_op *xo = root_op(x, &l, &r);
        if (!xo || xo->fix == FIX_POSTFIX) break;
        if (xo->fix == FIX_PREFIX) {
            if (strcmp(xo->name, "-.") == 0 && op->low > xo->high)
                parse_error(ctx, at, "write it in parentheses: `a * (-b)`",
                            "prefix `-` after `%s` needs parentheses: it binds less tightly than `%s`", op->name,
                            op->name);
            break;
        }
        if (group(op, xo) != GROUP_RIGHT) conflict(ctx, at, op, xo);
        x = l;
    }
}

/* `P b`: P meets the infix and postfix operators on b's left edge, each of which must bind tighter. */
void prec_check_prefix(parse_ctx *ctx, const syn_expr *e)
{
    syn_expr *a, *b, *l, *r;
    const prec_op *op = root_op(e, &a, &b);
    if (!op || op->fix != FIX_PREFIX) return;
    for (syn_expr *x = b; x && !ctx->error;) {
        const prec_op *xo = root_op(x, &l, &r);
        if (!xo || xo->fix == FIX_PREFIX) break;
        if (group(op, xo) != GROUP_RIGHT) conflict(ctx, e->loc, op, xo);
        x = l;
    }
}
