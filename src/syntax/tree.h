/* tree.h - building the syntax tree from the grammar's actions (tree.c), including the conversions
 * of generically parsed forms: bound lists, set builders, records vs function constructors. */
#ifndef TLCC_TREE_H
#define TLCC_TREE_H

#include "parse_internal.h"

/* A growable array of pointers in the parse arena (the grammar's list values). */
typedef struct xlist { void **items; uint32_t n, cap; } xlist;
void xlist_push(arena *a, xlist *l, void *x);
void xlist_append(arena *a, xlist *l, const xlist *more);

struct TLA_YYLTYPE;
syn_loc tree_loc(parse_ctx *ctx, const void *yylloc);

syn_module *tree_module(parse_ctx *ctx, atom name, syn_loc loc, xlist *extends, xlist *units);
void tree_push_name(parse_ctx *ctx, xlist *l, atom name, syn_loc loc);
syn_unit *tree_module_unit(parse_ctx *ctx, syn_module *m, syn_loc loc);
syn_unit *tree_decl(parse_ctx *ctx, syn_unit_kind kind, atom name, uint32_t arity, syn_loc loc);
syn_unit *tree_opdef(parse_ctx *ctx, atom name, xlist *params, syn_fixity fix, syn_expr *body, syn_loc loc);
syn_unit *tree_fundef(parse_ctx *ctx, atom name, xlist *bounds, syn_expr *body, syn_loc loc);
syn_unit *tree_fixdef(parse_ctx *ctx, atom op, atom p1, syn_loc l1, atom p2, syn_loc l2, syn_fixity fix,
                      syn_expr *body, syn_loc loc);
syn_unit *tree_instance(parse_ctx *ctx, atom name, xlist *params, atom module, syn_loc module_loc, xlist *subs,
                        syn_loc loc);
void tree_push_subst(parse_ctx *ctx, xlist *l, atom name, syn_loc loc, syn_expr *value);
syn_unit *tree_assume(parse_ctx *ctx, atom name, syn_expr *e, syn_loc loc);
syn_unit *tree_theorem(parse_ctx *ctx, atom name, syn_expr *statement, syn_loc loc);

syn_expr *tree_binop(parse_ctx *ctx, atom op, syn_expr *a, syn_expr *b, syn_loc op_loc);
syn_expr *tree_cross(parse_ctx *ctx, syn_expr *a, syn_expr *b, syn_loc op_loc);
syn_expr *tree_prefix(parse_ctx *ctx, atom op, syn_expr *a, syn_loc loc);
syn_expr *tree_postfix(parse_ctx *ctx, atom op, syn_expr *a, syn_loc loc);
syn_expr *tree_quant(parse_ctx *ctx, syn_expr_kind kind, xlist *bounds, syn_expr *body, syn_loc loc);
syn_expr *tree_choose(parse_ctx *ctx, syn_expr *bound, syn_expr *body, syn_loc loc);
syn_expr *tree_if(parse_ctx *ctx, syn_expr *c, syn_expr *a, syn_expr *b, syn_loc loc);
void tree_push_arm(parse_ctx *ctx, xlist *l, syn_expr *guard, syn_expr *value);
syn_expr *tree_case(parse_ctx *ctx, xlist *arms, syn_loc loc);
syn_expr *tree_let(parse_ctx *ctx, xlist *defs, syn_expr *body, syn_loc loc);
syn_expr *tree_lambda(parse_ctx *ctx, xlist *ids, syn_expr *body, syn_loc loc);
syn_expr *tree_label(parse_ctx *ctx, atom name, xlist *args, syn_expr *body, syn_loc loc);
syn_expr *tree_fapply(parse_ctx *ctx, syn_expr *f, xlist *args, syn_loc loc);
syn_expr *tree_dot(parse_ctx *ctx, syn_expr *r, atom field, syn_loc loc);
syn_expr *tree_num(parse_ctx *ctx, int64_t num, const char *text, syn_loc loc);
syn_expr *tree_str(parse_ctx *ctx, atom s, syn_loc loc);
syn_expr *tree_at(parse_ctx *ctx, syn_loc loc);
syn_expr *tree_name(parse_ctx *ctx, atom name, xlist *args, syn_loc loc);
/* `Op!1`: the name of a positional subexpression reference. */
atom tree_position(parse_ctx *ctx, int64_t n);
syn_expr *tree_path(parse_ctx *ctx, syn_expr *prefix, atom name, xlist *args, syn_loc loc);
syn_expr *tree_paren(parse_ctx *ctx, syn_expr *a, syn_loc loc);
syn_expr *tree_list(parse_ctx *ctx, syn_expr_kind kind, xlist *items, syn_loc loc);
syn_expr *tree_set_builder(parse_ctx *ctx, syn_expr *first, xlist *rest, syn_loc loc);
syn_expr *tree_bin(parse_ctx *ctx, syn_expr_kind kind, syn_expr *a, syn_expr *b, syn_loc loc);
syn_expr *tree_mapsto(parse_ctx *ctx, xlist *keys, syn_expr *value, xlist *more, syn_loc loc);
syn_expr *tree_recset(parse_ctx *ctx, syn_expr *name, syn_expr *set, xlist *more, syn_loc loc);
syn_expr *tree_except(parse_ctx *ctx, syn_expr *base, xlist *updates, syn_loc loc);
void tree_push_update(parse_ctx *ctx, xlist *l, xlist *path, syn_expr *value);
void tree_push_field_step(parse_ctx *ctx, xlist *l, atom field);
void tree_push_index_step(parse_ctx *ctx, xlist *l, xlist *index);
syn_expr *tree_junction(parse_ctx *ctx, syn_expr_kind kind, syn_expr *first, xlist *rest, syn_loc loc);

/* precedence.c: SANY's precedence ranges. Each reports a conflict between the operator at the
 * root of e (written at `at`) and those its operands expose, through parse_error. */
void prec_check_infix(parse_ctx *ctx, const syn_expr *e, syn_loc at);
void prec_check_prefix(parse_ctx *ctx, const syn_expr *e);

#endif
