/* tla.y - the TLA+ grammar, and the layout filter between the lexer and the parser.
 *
 * The filter decides bullet lists: a `/\` or `\/` in prefix position opens a list at its column
 * (AND_START/OR_START), a bullet of the same kind exactly at that column continues it (AND_ITEM /
 * OR_ITEM), and any token left of it or at it ends it (JUNCT_END). So does, as in SANY, a token that
 * cannot continue it because it separates or closes the parts of a construct open around the list: a
 * comma or closer of a bracket, a binder's colon, THEN/ELSE/IN, a CASE's `->` and `[]`
 * (`Assert(/\ a /\ b, "msg")`); a binder's header (`\A x, y \in S :`) owns its commas up to its
 * colon. With the lists delimited, the grammar is ordinary operator-precedence
 * LALR. Forms that share a prefix ({x \in S : P} vs {e : x \in S}, [x \in S |-> e] vs records,
 * quantifier bounds) are parsed as expressions and converted in tree.c.
 *
 * Proofs are parsed like the rest (and dropped: they are never evaluated); a step label or a proof
 * keyword ends every open bullet list. */
%define api.pure full
%define parse.error verbose
%locations
%lex-param {parse_ctx *ctx}
%parse-param {parse_ctx *ctx}
/* The only conflicts: after `DEFINE` definitions, an identifier (or ~, -.) could start another
 * definition or whatever follows; shifting takes it as another definition, which is right because a
 * proof's last step is QED, never a DEFINE. */
%expect 3

%code requires {
#include "parse_internal.h"
#include "tree.h"
}

%code provides {
int tla_yylex(TLA_YYSTYPE *lval, TLA_YYLTYPE *lloc, parse_ctx *ctx);
void tla_yyerror(TLA_YYLTYPE *lloc, parse_ctx *ctx, const char *msg);
}

%code {
#define yylex tla_yylex
#define yyerror tla_yyerror
#define L(l) tree_loc(ctx, &(l))
/* A bullet list's place, from its first bullet to the end of its last item (its own, *here, and
 * that of the expression around it): JUNCT_END lies at the token that closed the list. */
static syn_loc junction_loc(parse_ctx *ctx, TLA_YYLTYPE *here, const TLA_YYLTYPE *last)
{
    here->last_line = last->last_line;
    here->last_column = last->last_column;
    return tree_loc(ctx, here);
}
#define YYMALLOC util_xmalloc
#define YYFREE free
}

%define api.prefix {tla_yy}

%union {
    atom name;
    struct { int64_t num; const char *text; } num;
    syn_expr *e;
    syn_unit *u;
    xlist list;
    syn_module *m;
    uint32_t count;
}

%token <name> ID "identifier" STRING "string"
%token PROOF "PROOF" BY "BY" OBVIOUS "OBVIOUS" OMITTED "OMITTED" QED "QED" SUFFICES "SUFFICES" HAVE "HAVE"
%token TAKE "TAKE" WITNESS "WITNESS" PICK "PICK" USE "USE" HIDE "HIDE" DEF "DEF" ONLY "ONLY" NEW "NEW"
%token LEVEL_KW "STATE/ACTION/TEMPORAL" PROVE "PROVE" DEFINE "DEFINE" MODULE_KW "MODULE"
%token <num> NUMBER "number"
%token MODULE_HEAD "---- MODULE" END_MODULE "====" EXTENDS "EXTENDS" CONSTANT "CONSTANT" VARIABLE "VARIABLE"
%token ASSUME "ASSUME" THEOREM "THEOREM" LOCAL "LOCAL" INSTANCE "INSTANCE"
%token WITH "WITH" LET "LET" IN "IN" IF "IF" THEN "THEN" ELSE "ELSE" CASE "CASE" OTHER "OTHER"
%token CHOOSE "CHOOSE" EXCEPT "EXCEPT" LAMBDA "LAMBDA" RECURSIVE "RECURSIVE" WF "WF_" SF "SF_"
%token STEP "proof step" EXPR_START "start of expression"
%token FORALL "\\A" EXISTS "\\E" TFORALL "\\AA" TEXISTS "\\EE"
%token DEFEQ "==" MAPSTO "|->" ARROW "->" LARROW "<-" LANGLE "<<" RANGLE ">>" RANGLE_SUB ">>_" RBRACKET_SUB "]_"
%token DCOLON "::" BANG "!" AT "@" UNDERSCORE "_" DOT "." COLON ":" COMMA "," LPAREN "(" RPAREN ")"
%token LBRACKET "[" RBRACKET "]" LBRACE "{" RBRACE "}" TIMES "\\X"
%token AND_START "bullet /\\" OR_START "bullet \\/" AND_ITEM "next bullet /\\" OR_ITEM "next bullet \\/"
%token JUNCT_END "end of bullet list"
%token <name> ENABLED "ENABLED" UNCHANGED "UNCHANGED" SUBSET "SUBSET" UNION "UNION" DOMAIN "DOMAIN" BOX "[]"
%token <name> DIAMOND "<>" PRIME "'" POSTFIX "postfix operator" NOT "~" NEG_DOT "-." MINUS "-" EQ "="
%token <name> IN_OP "\\in" AND "/\\" OR "\\/"
%token <name> INFIX1 "=>" INFIX2 "<=>" INFIX5 "relation" INFIX6 "@@" INFIX7 ":>" INFIX8 "set operator"
%token <name> INFIX9 ".." INFIX10 "+" INFIX11 "--" INFIX13 "*" INFIX14 "^"

%type <m> module nested_module
%type <list> units extends id_list const_decls params underscores expr_list args rec_more recset_more
%type <list> except_list except_path let_defs substs with_opt case_arms rec_decls var_decls
%type <u> unit op_def let_def instance assume theorem const_decl rec_decl param_unit
%type <e> statement
%type <e> expr primary postfix junction subscript arg
%type <list> and_items or_items
%type <name> infix_op prefix_def_op
%type <count> arity

/* One level per operator class, ordered by the low end of SANY's precedence ranges (the number in
 * each comment): where SANY decides a grouping, this agrees with it; where ranges overlap, or a
 * non-associative operator is chained, bison still builds a tree (every level associates left)
 * and tree.c reports the conflict as SANY does (precedence.c). */
%precedence LOWEST
%left INFIX1                      /* =>  1 */
%left INFIX2                      /* <=> ~> -+->  2 */
%left AND OR                      /* 3 */
%precedence NOT BOX DIAMOND ENABLED UNCHANGED   /* 4 */
%left EQ INFIX5 IN_OP             /* 5 */
%left INFIX6                      /* 6 */
%left INFIX7                      /* 7 */
%left INFIX8                      /* 8 */
%left INFIX9                      /* 9 */
%left INFIX10                     /* 10 */
%left TIMES                       /* 10 */
%precedence SUBSET UNION DOMAIN   /* 10 */
%left MINUS INFIX11               /* 11 */
%precedence UMINUS                /* 12: prefix - */
%left INFIX13                     /* 13 */
%left INFIX14                     /* 14 */
%precedence BANG

%%

start
    : module                     { ctx->result = $1; }
    | EXPR_START expr            { ctx->expr_result = $2; }
    ;

module
    : MODULE_HEAD ID extends units END_MODULE   { $$ = tree_module(ctx, $2, L(@2), &$3, &$4); }
    ;

extends
    : %empty                     { $$ = (xlist){0}; }
    | EXTENDS id_list            { $$ = $2; }
    ;

id_list
    : ID                         { $$ = (xlist){0}; tree_push_name(ctx, &$$, $1, L(@1)); }
    | id_list COMMA ID           { $$ = $1; tree_push_name(ctx, &$$, $3, L(@3)); }
    ;

units
    : %empty                     { $$ = (xlist){0}; }
    | units unit                 { $$ = $1; if ($2) xlist_push(ctx->mem, &$$, $2); }
    | units CONSTANT const_decls { $$ = $1; xlist_append(ctx->mem, &$$, &$3); }
    | units VARIABLE var_decls   { $$ = $1; xlist_append(ctx->mem, &$$, &$3); }
    | units RECURSIVE rec_decls  { $$ = $1; xlist_append(ctx->mem, &$$, &$3); }
    | units error                { $$ = $1; }   /* reported; the filter skips to the next unit */
    ;

unit
    : op_def                     { $$ = $1; }
    | LOCAL op_def               { $$ = $2; $$->local = true; }
    | instance                   { $$ = $1; }
    | LOCAL instance             { $$ = $2; $$->local = true; }
    | assume                     { $$ = $1; }
    | theorem                    { $$ = $1; }
    | USE use_body               { $$ = NULL; }
    | HIDE use_body              { $$ = NULL; }
    | nested_module              { $$ = tree_module_unit(ctx, $1, L(@1)); }
    ;

nested_module
    : module                     { $$ = $1; }
    ;

const_decls
    : const_decl                 { $$ = (xlist){0}; xlist_push(ctx->mem, &$$, $1); }
    | const_decls COMMA const_decl { $$ = $1; xlist_push(ctx->mem, &$$, $3); }
    ;

const_decl
    : ID                         { $$ = tree_decl(ctx, SU_CONSTANT, $1, 0, L(@1)); }
    | ID LPAREN underscores RPAREN { $$ = tree_decl(ctx, SU_CONSTANT, $1, $3.n, L(@1)); }
    | UNDERSCORE infix_op UNDERSCORE { $$ = tree_decl(ctx, SU_CONSTANT, $2, 2, L(@2)); }
    | prefix_def_op UNDERSCORE   { $$ = tree_decl(ctx, SU_CONSTANT, $1, 1, L(@1)); }
    ;

var_decls
    : ID                         { $$ = (xlist){0}; xlist_push(ctx->mem, &$$, tree_decl(ctx, SU_VARIABLE, $1, 0, L(@1))); }
    | var_decls COMMA ID         { $$ = $1; xlist_push(ctx->mem, &$$, tree_decl(ctx, SU_VARIABLE, $3, 0, L(@3))); }
    ;

rec_decls
    : rec_decl                   { $$ = (xlist){0}; xlist_push(ctx->mem, &$$, $1); }
    | rec_decls COMMA rec_decl   { $$ = $1; xlist_push(ctx->mem, &$$, $3); }
    ;

rec_decl
    : ID                         { $$ = tree_decl(ctx, SU_RECURSIVE, $1, 0, L(@1)); }
    | ID LPAREN underscores RPAREN { $$ = tree_decl(ctx, SU_RECURSIVE, $1, $3.n, L(@1)); }
    ;

underscores
    : UNDERSCORE                 { $$ = (xlist){0}; $$.n = 1; }
    | underscores COMMA UNDERSCORE { $$ = $1; $$.n++; }
    ;

infix_op
    : INFIX1 | INFIX2 | INFIX5 | INFIX6 | INFIX7 | INFIX8 | INFIX9 | INFIX10 | INFIX11 | INFIX13 | INFIX14
    | AND | OR | EQ | IN_OP | MINUS
    ;

prefix_def_op
    : NEG_DOT | NOT
    ;

/* Operator and function definitions, and named instances. */
op_def
    : ID DEFEQ expr              { $$ = tree_opdef(ctx, $1, NULL, SYN_FIX_NONE, $3, L(@1)); }
    | ID LPAREN params RPAREN DEFEQ expr { $$ = tree_opdef(ctx, $1, &$3, SYN_FIX_NONE, $6, L(@1)); }
    | ID LBRACKET expr_list RBRACKET DEFEQ expr { $$ = tree_fundef(ctx, $1, &$3, $6, L(@1)); }
    | ID infix_op ID DEFEQ expr  { $$ = tree_fixdef(ctx, $2, $1, L(@1), $3, L(@3), SYN_FIX_INFIX, $5, L(@2)); }
    | prefix_def_op ID DEFEQ expr { $$ = tree_fixdef(ctx, $1, $2, L(@2), NULL, L(@2), SYN_FIX_PREFIX, $4, L(@1)); }
    | ID POSTFIX DEFEQ expr      { $$ = tree_fixdef(ctx, $2, $1, L(@1), NULL, L(@1), SYN_FIX_POSTFIX, $4, L(@2)); }
    | ID DEFEQ INSTANCE ID with_opt { $$ = tree_instance(ctx, $1, NULL, $4, L(@4), &$5, L(@$)); }
    | ID LPAREN params RPAREN DEFEQ INSTANCE ID with_opt { $$ = tree_instance(ctx, $1, &$3, $7, L(@7), &$8, L(@$)); }
    ;

params
    : param_unit                 { $$ = (xlist){0}; xlist_push(ctx->mem, &$$, $1); }
    | params COMMA param_unit    { $$ = $1; xlist_push(ctx->mem, &$$, $3); }
    ;

/* A parameter, carried as a declaration unit (name and arity) until tree.c makes it a syn_param. */
param_unit
    : ID                         { $$ = tree_decl(ctx, SU_CONSTANT, $1, 0, L(@1)); }
    | ID LPAREN arity RPAREN     { $$ = tree_decl(ctx, SU_CONSTANT, $1, $3, L(@1)); }
    | UNDERSCORE infix_op UNDERSCORE { $$ = tree_decl(ctx, SU_CONSTANT, $2, 2, L(@2)); }
    | prefix_def_op UNDERSCORE   { $$ = tree_decl(ctx, SU_CONSTANT, $1, 1, L(@1)); }
    ;

arity
    : UNDERSCORE                 { $$ = 1; }
    | arity COMMA UNDERSCORE     { $$ = $1 + 1; }
    ;

instance
    : INSTANCE ID with_opt       { $$ = tree_instance(ctx, NULL, NULL, $2, L(@2), &$3, L(@$)); }
    ;

with_opt
    : %empty                     { $$ = (xlist){0}; }
    | WITH substs                { $$ = $2; }
    ;

substs
    : ID LARROW expr             { $$ = (xlist){0}; tree_push_subst(ctx, &$$, $1, L(@1), $3); }
    | infix_op LARROW expr       { $$ = (xlist){0}; tree_push_subst(ctx, &$$, $1, L(@1), $3); }
    | substs COMMA ID LARROW expr { $$ = $1; tree_push_subst(ctx, &$$, $3, L(@3), $5); }
    | substs COMMA infix_op LARROW expr { $$ = $1; tree_push_subst(ctx, &$$, $3, L(@3), $5); }
    ;

assume
    : ASSUME expr                { $$ = tree_assume(ctx, NULL, $2, L(@1)); }
    | ASSUME ID DEFEQ expr       { $$ = tree_assume(ctx, $2, $4, L(@1)); }
    ;

/* Theorems and their proofs are parsed and then dropped: only a named theorem's statement is kept
 * (as a definition other parts of the spec may use). */
theorem
    : THEOREM statement proof_opt { $$ = tree_theorem(ctx, NULL, NULL, L(@1)); }
    | THEOREM ID DEFEQ statement proof_opt { $$ = tree_theorem(ctx, $2, $4, L(@1)); }
    ;

statement
    : expr                       { $$ = $1; }
    | assume_prove               { $$ = NULL; }
    ;

assume_prove
    : ASSUME assume_items PROVE expr %prec LOWEST
    ;

assume_items
    : assume_item
    | assume_items COMMA assume_item
    ;

assume_item
    : expr                       { }
    | NEW new_kind ID            { }
    | NEW new_kind ID IN_OP expr { }
    | NEW new_kind ID LPAREN underscores RPAREN { }
    | assume_prove               { }
    | ID DEFEQ expr              { }
    ;

new_kind
    : %empty | CONSTANT | VARIABLE | LEVEL_KW
    ;

proof_opt
    : %empty
    | proof
    ;

proof
    : terminal_proof
    | PROOF terminal_proof
    | steps
    | PROOF steps
    ;

terminal_proof
    : BY use_body
    | BY ONLY use_body
    | OBVIOUS
    | OMITTED
    ;

/* The steps of a proof, kept flat: a nested proof is simply more steps. */
steps
    : step
    | steps step
    ;

step
    : STEP step_body step_proof
    ;

/* A step's own proof: terminal, or PROOF followed by (flat) steps. */
step_proof
    : %empty
    | terminal_proof
    | PROOF terminal_proof
    | PROOF
    ;

step_body
    : statement                  { }
    | SUFFICES statement         { }
    | CASE expr %prec LOWEST     { }
    | PICK expr_list COLON expr  { }
    | HAVE expr                  { }
    | TAKE expr_list             { }
    | WITNESS expr_list          { }
    | DEFINE define_defs         { }
    | USE use_body               { }
    | HIDE use_body              { }
    | QED                        { }
    | instance                   { }
    | ID DEFEQ expr              { }
    | ID LPAREN args RPAREN DEFEQ expr { }
    ;

/* DEFINE's definitions end at the next step or proof keyword. */
define_defs
    : op_def                     { }
    | define_defs op_def         { }
    ;

use_body
    : facts def_opt
    | DEF def_names
    ;

facts
    : fact
    | facts COMMA fact
    ;

fact
    : expr                       { }
    | MODULE_KW ID               { }
    ;

def_opt
    : %empty
    | DEF def_names
    ;

def_names
    : def_name
    | def_names COMMA def_name
    ;

def_name
    : ID
    | def_name BANG ID
    | infix_op
    | STEP
    | MODULE_KW ID
    ;

/* ---- expressions ---------------------------------------------------------------------------- */

expr
    : expr INFIX1 expr           { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX2 expr           { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr AND expr              { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr OR expr               { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr EQ expr               { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX5 expr           { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr IN_OP expr            { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX6 expr           { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX7 expr           { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX8 expr           { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX9 expr           { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX10 expr          { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr MINUS expr            { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX11 expr          { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX13 expr          { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr INFIX14 expr          { $$ = tree_binop(ctx, $2, $1, $3, L(@2)); }
    | expr TIMES expr            { $$ = tree_cross(ctx, $1, $3, L(@2)); }
    | NOT expr                   { $$ = tree_prefix(ctx, $1, $2, L(@$)); }
    | BOX expr                   { $$ = tree_prefix(ctx, $1, $2, L(@$)); }
    | DIAMOND expr               { $$ = tree_prefix(ctx, $1, $2, L(@$)); }
    | ENABLED expr               { $$ = tree_prefix(ctx, $1, $2, L(@$)); }
    | UNCHANGED expr             { $$ = tree_prefix(ctx, $1, $2, L(@$)); }
    | SUBSET expr                { $$ = tree_prefix(ctx, $1, $2, L(@$)); }
    | UNION expr                 { $$ = tree_prefix(ctx, $1, $2, L(@$)); }
    | DOMAIN expr                { $$ = tree_prefix(ctx, $1, $2, L(@$)); }
    | MINUS expr %prec UMINUS    { $$ = tree_prefix(ctx, util_intern("-."), $2, L(@$)); }
    | FORALL expr_list COLON expr %prec LOWEST  { $$ = tree_quant(ctx, SX_FORALL, &$2, $4, L(@$)); }
    | EXISTS expr_list COLON expr %prec LOWEST  { $$ = tree_quant(ctx, SX_EXISTS, &$2, $4, L(@$)); }
    | TFORALL expr_list COLON expr %prec LOWEST { $$ = tree_quant(ctx, SX_TFORALL, &$2, $4, L(@$)); }
    | TEXISTS expr_list COLON expr %prec LOWEST { $$ = tree_quant(ctx, SX_TEXISTS, &$2, $4, L(@$)); }
    | CHOOSE expr COLON expr %prec LOWEST       { $$ = tree_choose(ctx, $2, $4, L(@$)); }
    | IF expr THEN expr ELSE expr %prec LOWEST  { $$ = tree_if(ctx, $2, $4, $6, L(@$)); }
    | CASE case_arms %prec LOWEST               { $$ = tree_case(ctx, &$2, L(@$)); }
    | LET let_defs IN expr %prec LOWEST         { $$ = tree_let(ctx, &$2, $4, L(@$)); }
    | LAMBDA id_list COLON expr %prec LOWEST    { $$ = tree_lambda(ctx, &$2, $4, L(@$)); }
    | ID DCOLON expr %prec LOWEST               { $$ = tree_label(ctx, $1, NULL, $3, L(@$)); }
    | ID LPAREN args RPAREN DCOLON expr %prec LOWEST { $$ = tree_label(ctx, $1, &$3, $6, L(@$)); }
    | postfix %prec LOWEST       { $$ = $1; }
    ;

case_arms
    : expr ARROW expr %prec LOWEST { $$ = (xlist){0}; tree_push_arm(ctx, &$$, $1, $3); }
    | case_arms BOX expr ARROW expr %prec LOWEST { $$ = $1; tree_push_arm(ctx, &$$, $3, $5); }
    | case_arms BOX OTHER ARROW expr %prec LOWEST { $$ = $1; tree_push_arm(ctx, &$$, NULL, $5); }
    ;

let_defs
    : let_def                    { $$ = (xlist){0}; xlist_push(ctx->mem, &$$, $1); }
    | RECURSIVE rec_decls        { $$ = $2; }
    | let_defs let_def           { $$ = $1; xlist_push(ctx->mem, &$$, $2); }
    | let_defs RECURSIVE rec_decls { $$ = $1; xlist_append(ctx->mem, &$$, &$3); }
    ;

let_def
    : op_def                     { $$ = $1; }
    ;

postfix
    : primary %prec LOWEST       { $$ = $1; }
    | postfix LBRACKET expr_list RBRACKET { $$ = tree_fapply(ctx, $1, &$3, L(@$)); }
    | postfix DOT ID             { $$ = tree_dot(ctx, $1, $3, L(@$)); }
    | postfix PRIME              { $$ = tree_postfix(ctx, $2, $1, L(@$)); }
    | postfix POSTFIX            { $$ = tree_postfix(ctx, $2, $1, L(@$)); }
    ;

primary
    : NUMBER                     { $$ = tree_num(ctx, $1.num, $1.text, L(@1)); }
    | STRING                     { $$ = tree_str(ctx, $1, L(@1)); }
    | AT                         { $$ = tree_at(ctx, L(@1)); }
    | STEP                       { $$ = tree_name(ctx, util_intern("<step>"), NULL, L(@1)); /* a proof step used as a formula */ }
    | ID %prec LOWEST            { $$ = tree_name(ctx, $1, NULL, L(@1)); }
    | ID LPAREN args RPAREN %prec LOWEST { $$ = tree_name(ctx, $1, &$3, L(@$)); }
    | primary BANG ID            { $$ = tree_path(ctx, $1, $3, NULL, L(@$)); }
    | primary BANG ID LPAREN args RPAREN { $$ = tree_path(ctx, $1, $3, &$5, L(@$)); }
    | primary BANG infix_op LPAREN args RPAREN { $$ = tree_path(ctx, $1, $3, &$5, L(@$)); }
    | primary BANG NUMBER        { $$ = tree_path(ctx, $1, tree_position(ctx, $3.num), NULL, L(@$)); }
    | primary BANG COLON         { $$ = $1; /* Op!: selects Op's body: the same value */ }
    | primary BANG LPAREN args RPAREN { $$ = $1; /* Op!(a): a subexpression applied (only in proofs) */ }
    | LPAREN expr RPAREN         { $$ = tree_paren(ctx, $2, L(@$)); }
    | LBRACE RBRACE              { $$ = tree_list(ctx, SX_SET_ENUM, NULL, L(@$)); }
    | LBRACE expr_list RBRACE    { $$ = tree_list(ctx, SX_SET_ENUM, &$2, L(@$)); }
    | LBRACE expr COLON expr_list RBRACE { $$ = tree_set_builder(ctx, $2, &$4, L(@$)); }
    | LANGLE RANGLE              { $$ = tree_list(ctx, SX_TUPLE, NULL, L(@$)); }
    | LANGLE expr_list RANGLE    { $$ = tree_list(ctx, SX_TUPLE, &$2, L(@$)); }
    | LANGLE expr RANGLE_SUB subscript %prec LOWEST { $$ = tree_bin(ctx, SX_ANGLE_ACTION, $2, $4, L(@$)); }
    | LBRACKET expr RBRACKET_SUB subscript %prec LOWEST { $$ = tree_bin(ctx, SX_BOX_ACTION, $2, $4, L(@$)); }
    | LBRACKET expr_list MAPSTO expr rec_more RBRACKET { $$ = tree_mapsto(ctx, &$2, $4, &$5, L(@$)); }
    | LBRACKET expr ARROW expr RBRACKET { $$ = tree_bin(ctx, SX_FUNC_SET, $2, $4, L(@$)); }
    | LBRACKET expr COLON expr recset_more RBRACKET { $$ = tree_recset(ctx, $2, $4, &$5, L(@$)); }
    | LBRACKET expr EXCEPT except_list RBRACKET { $$ = tree_except(ctx, $2, &$4, L(@$)); }
    | WF subscript LPAREN expr RPAREN { $$ = tree_bin(ctx, SX_WF, $4, $2, L(@$)); }
    | SF subscript LPAREN expr RPAREN { $$ = tree_bin(ctx, SX_SF, $4, $2, L(@$)); }
    | junction                   { $$ = $1; }
    ;

subscript
    : ID                         { $$ = tree_name(ctx, $1, NULL, L(@1)); }
    | subscript BANG ID          { $$ = tree_path(ctx, $1, $3, NULL, L(@$)); }
    | LANGLE expr_list RANGLE    { $$ = tree_list(ctx, SX_TUPLE, &$2, L(@$)); }
    | LPAREN expr RPAREN         { $$ = tree_paren(ctx, $2, L(@$)); }
    ;

rec_more
    : %empty                     { $$ = (xlist){0}; }
    | rec_more COMMA expr MAPSTO expr { $$ = $1; xlist_push(ctx->mem, &$$, $3); xlist_push(ctx->mem, &$$, $5); }
    ;

recset_more
    : %empty                     { $$ = (xlist){0}; }
    | recset_more COMMA expr COLON expr { $$ = $1; xlist_push(ctx->mem, &$$, $3); xlist_push(ctx->mem, &$$, $5); }
    ;

except_list
    : BANG except_path EQ expr   { $$ = (xlist){0}; tree_push_update(ctx, &$$, &$2, $4); }
    | except_list COMMA BANG except_path EQ expr { $$ = $1; tree_push_update(ctx, &$$, &$4, $6); }
    ;

except_path
    : DOT ID                     { $$ = (xlist){0}; tree_push_field_step(ctx, &$$, $2); }
    | LBRACKET expr_list RBRACKET { $$ = (xlist){0}; tree_push_index_step(ctx, &$$, &$2); }
    | except_path DOT ID         { $$ = $1; tree_push_field_step(ctx, &$$, $3); }
    | except_path LBRACKET expr_list RBRACKET { $$ = $1; tree_push_index_step(ctx, &$$, &$3); }
    ;

junction
    : AND_START expr and_items JUNCT_END { $$ = tree_junction(ctx, SX_CONJ_LIST, $2, &$3, junction_loc(ctx, &@$, &@3)); }
    | OR_START expr or_items JUNCT_END   { $$ = tree_junction(ctx, SX_DISJ_LIST, $2, &$3, junction_loc(ctx, &@$, &@3)); }
    ;

and_items
    : %empty                     { $$ = (xlist){0}; }
    | and_items AND_ITEM expr    { $$ = $1; xlist_push(ctx->mem, &$$, $3); }
    ;

or_items
    : %empty                     { $$ = (xlist){0}; }
    | or_items OR_ITEM expr      { $$ = $1; xlist_push(ctx->mem, &$$, $3); }
    ;

expr_list
    : expr                       { $$ = (xlist){0}; xlist_push(ctx->mem, &$$, $1); }
    | expr_list COMMA expr       { $$ = $1; xlist_push(ctx->mem, &$$, $3); }
    ;

args
    : arg                        { $$ = (xlist){0}; xlist_push(ctx->mem, &$$, $1); }
    | args COMMA arg             { $$ = $1; xlist_push(ctx->mem, &$$, $3); }
    ;

arg
    : expr                       { $$ = $1; }
    | infix_op                   { $$ = tree_name(ctx, $1, NULL, L(@1)); }
    ;

%%
