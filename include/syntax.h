/* syntax.h - the TLA+ syntax tree, and the parser that builds it from a module's text.
 *
 * Contract:
 *  - syn_parse_file/syn_parse_text build a tree in the caller's arena; every node, array and string
 *    in it lives as long as that arena. Names are interned atoms (util.h): compare with ==.
 *  - The tree is what the source says, nothing resolved: every identifier, every operator
 *    application (infix `a + b`, prefix `~a`, postfix `x'`, named `F(a, b)`, bare `x`) is one
 *    SX_APPLY node naming the operator by its canonical ASCII spelling (see "Operator names").
 *    Sema (sema.h) resolves names and fills the `res` slots; the parser leaves them NULL.
 *  - Proof syntax (THEOREM ... PROOF/BY/QED, USE/HIDE) is parsed and dropped: only the theorem's
 *    statement is kept (as SU_THEOREM) so that names it defines exist. PlusCal lives in comments
 *    and is skipped with them.
 *  - Errors: the parser reports each syntax error through util_diag (file:line:col, caret, hint)
 *    and returns NULL. It never aborts on malformed input.
 *
 * Operator names (SX_APPLY.name), ASCII canonical; the lexer maps Unicode and synonyms here:
 *   infix:   "=" "#" (also /=, ≠)  "/\" (also \land, ∧)  "\/" (\lor, ∨)  "=>"  "<=>" (\equiv)
 *            "\in" "\notin" "\subseteq" "\subset" "\supseteq" "\supset" "\cup" (\union) "\cap"
 *            (\intersect) "\" (set difference, also \setminus)  "<" ">" "<=" (=<, \leq) ">=" (\geq)
 *            "+" "-" "*" "/" "\div" "%" "^" ".." "..." "\o" (\circ) "\X" is NOT here (SX_CROSS)
 *            ":>" "@@" "~>" "-+->" "\cdot" "++" "--" "**" "//" "^^" "|" "||" "&" "&&" "$" "$$"
 *            "??" "%%" "##" "!!" "|-" "|=" "-|" "=|" "<:" ":=" "::=" "\oplus" (\(+)) "\ominus"
 *            "\otimes" "\oslash" "\odot" "\uplus" "\sqcap" "\sqcup" "\sqsubseteq" "\sqsupseteq"
 *            "\sqsubset" "\sqsupset" "\prec" "\succ" "\preceq" "\succeq" "\ll" "\gg" "\sim"
 *            "\simeq" "\approx" "\cong" "\asymp" "\doteq" "\propto" "\star" "\bullet" "\bigcirc"
 *            "\wr" "\bigcirc" "\models" "\lessdot"? (only those SANY knows)
 *   prefix:  "~" (\lnot, \neg, ¬)  "-." (unary minus)  "[]"  "<>"  "ENABLED"  "UNCHANGED"
 *            "SUBSET"  "UNION"  "DOMAIN"
 *   postfix: "'"  "^+"  "^*"  "^#"
 *   Built-in constants are ordinary names: "TRUE" "FALSE" "BOOLEAN" "STRING".
 */
#ifndef TLCC_SYNTAX_H
#define TLCC_SYNTAX_H

#include "util.h"

typedef struct syn_expr syn_expr;
typedef struct syn_unit syn_unit;
typedef struct syn_module syn_module;

/* ---- expressions -------------------------------------------------------------------------------- */

typedef enum {
    SX_NUM,            /* num (or num_text when it does not fit int64)                        */
    SX_STR,            /* str: the unescaped string, interned                                 */
    SX_AT,             /* @ inside EXCEPT                                                     */
    SX_APPLY,          /* name(args) with optional instance path: I(a)!J!name(args)           */
    SX_LAMBDA,         /* LAMBDA params : body                                                */
    SX_IF,             /* IF a THEN b ELSE c                                                  */
    SX_CASE,           /* CASE arms [] OTHER -> other                                         */
    SX_LET,            /* LET defs IN body                                                    */
    SX_FORALL,         /* \A bounds : body   (bounded or not)                                 */
    SX_EXISTS,         /* \E bounds : body                                                    */
    SX_TFORALL,        /* \AA x, y : body   (temporal; bounds are unbounded names)            */
    SX_TEXISTS,        /* \EE x, y : body                                                     */
    SX_CHOOSE,         /* CHOOSE bound : body (one bound, maybe a tuple, maybe unbounded)     */
    SX_SET_ENUM,       /* {a, b, c}                                                           */
    SX_SET_FILTER,     /* {bound : pred}  (one bound; a tuple bound is allowed)               */
    SX_SET_MAP,        /* {body : bounds}                                                     */
    SX_FUNC,           /* [bounds |-> body]                                                   */
    SX_FUNC_SET,       /* [a -> b]                                                            */
    SX_RECORD,         /* [f1 |-> e1, ...]   fields                                           */
    SX_RECORD_SET,     /* [f1 : S1, ...]     fields                                           */
    SX_TUPLE,          /* <<a, b>>                                                            */
    SX_EXCEPT,         /* [a EXCEPT updates]                                                  */
    SX_FAPPLY,         /* a[args]  (several args mean a tuple argument)                       */
    SX_DOT,            /* a.field                                                             */
    SX_CROSS,          /* a \X b \X c   (n-ary: one node for the whole chain)                 */
    SX_BOX_ACTION,     /* [a]_b                                                               */
    SX_ANGLE_ACTION,   /* <<a>>_b                                                             */
    SX_WF,             /* WF_b(a)                                                             */
    SX_SF,             /* SF_b(a)                                                             */
    SX_CONJ_LIST,      /* bulleted /\ list: args are the items                                */
    SX_DISJ_LIST,      /* bulleted \/ list                                                    */
    SX_LABEL,          /* label(params) :: a   (params in bound names)                        */
    SX_PAREN,          /* (a) - kept so that error locations and printing stay faithful       */
    SX__COUNT
} syn_expr_kind;

/* What sema resolves names to (sema.h): the tree holds typed slots for them, which the parser
 * leaves NULL. */
struct sema_binder;
struct sema_ref;
struct sema_def;
struct sema_decl;
struct sema_instance;

/* A bound variable group: `x \in S`, `x, y \in S`, `<<x, y>> \in S`, or unbounded `x`.
 * For `x, y \in S` names = {x, y}, tuple = false. For `<<x, y>> \in S` names = {x, y}, tuple = true
 * (one element of S destructured). set == NULL for unbounded. */
typedef struct syn_bound {
    atom *names;
    syn_loc *name_locs;
    uint32_t nnames;
    bool tuple;
    syn_expr *set;
    struct sema_binder **res;    /* sema: one binder per name */
} syn_bound;

/* One step of an instance path: `I(a, b)!` */
typedef struct syn_path_step {
    atom name;
    syn_expr **args;
    uint32_t nargs;
    syn_loc loc;
} syn_path_step;

typedef struct syn_field { atom name; syn_loc loc; syn_expr *value; } syn_field;

/* An EXCEPT update `!.a[i, j].b = e`: one path component is a field (.a) or an index list ([i, j]). */
typedef struct syn_except_step {
    bool is_field;
    atom field;           /* when is_field */
    syn_expr **index;     /* otherwise: the index expressions (several mean a tuple index) */
    uint32_t nindex;
} syn_except_step;
typedef struct syn_except_update {
    syn_except_step *steps;
    uint32_t nsteps;
    syn_expr *value;
} syn_except_update;

typedef struct syn_case_arm { syn_expr *guard, *value; } syn_case_arm;

/* An operator parameter: `x` (arity 0) or `F(_, _)` (arity 2); infix/prefix/postfix parameter
 * shapes (`_ + _`, `-. _`) get arity 2/1 and their operator name. */
typedef struct syn_param { atom name; uint32_t arity; syn_loc loc; } syn_param;

typedef enum { SYN_FIX_NONE, SYN_FIX_PREFIX, SYN_FIX_INFIX, SYN_FIX_POSTFIX } syn_fixity;

struct syn_expr {
    syn_expr_kind kind;
    uint8_t level;                     /* sema: the expression's level (sema_level) */
    uint32_t eval_slot;                /* eval: its slot in the cache of closed constant expressions (0: none) */
    const struct eval_cnode *compiled; /* eval: its compiled form (src/eval/compile.c), NULL: interpreted */
    syn_loc loc;                       /* the whole expression */
    union {
        struct { int64_t num; const char *num_text; } n;     /* SX_NUM: num_text != NULL if too big */
        atom str;                                           /* SX_STR */
        struct {                                            /* SX_APPLY */
            atom name;
            syn_fixity fixity;         /* how it was written (for printing and messages) */
            syn_path_step *path;       /* instance prefix, outermost first; NULL when none */
            uint32_t npath;
            syn_expr **args;
            uint32_t nargs;
            struct sema_ref *res;      /* sema: what the name denotes */
        } apply;
        struct { syn_param *params; uint32_t nparams; syn_expr *body; struct sema_def *res; } lambda;
        struct { syn_expr *cond, *then_, *else_; } ite;                       /* SX_IF */
        struct { syn_case_arm *arms; uint32_t narms; syn_expr *other; } cas;  /* SX_CASE */
        struct { syn_unit **defs; uint32_t ndefs; syn_expr *body; } let;      /* SX_LET */
        struct {                       /* quantifiers, CHOOSE, set filter/map, SX_FUNC */
            syn_bound *bounds;
            uint32_t nbounds;
            syn_expr *body;            /* predicate, or the mapped/constructed expression */
        } q;
        struct { syn_expr **items; uint32_t nitems; } list;  /* SET_ENUM TUPLE CROSS CONJ/DISJ_LIST */
        struct { syn_field *fields; uint32_t nfields; } rec;  /* RECORD RECORD_SET */
        struct { syn_expr *a, *b; } bin;           /* FUNC_SET (a->b), BOX/ANGLE_ACTION ([a]_b), WF/SF (b sub, a action), PAREN (a) */
        struct { syn_expr *fn; syn_expr **args; uint32_t nargs; } fapp;        /* SX_FAPPLY */
        struct { syn_expr *rec; atom field; } dot;                             /* SX_DOT */
        struct { syn_expr *base; syn_except_update *updates; uint32_t nupdates; } except;
        struct { atom name; syn_param *params; uint32_t nparams; syn_expr *body; } label;
    } u;
};

/* ---- module units -------------------------------------------------------------------------------- */

typedef enum {
    SU_CONSTANT,     /* CONSTANT(S) decl: one unit per declared name; arity > 0 for F(_, _) */
    SU_VARIABLE,     /* VARIABLE(S): one unit per name */
    SU_OPDEF,        /* Op(params) == body, infix `a + b == ...`, and function defs f[x \in S] == e */
    SU_INSTANCE,     /* INSTANCE M WITH subs, or a named instance I(params) == INSTANCE M WITH subs */
    SU_ASSUME,       /* ASSUME/ASSUMPTION/AXIOM [name ==] expr */
    SU_THEOREM,      /* THEOREM/LEMMA/PROPOSITION/COROLLARY [name ==] stmt (proof dropped) */
    SU_RECURSIVE,    /* RECURSIVE Op(_, _): one unit per declared operator */
    SU_MODULE,       /* a nested module */
} syn_unit_kind;

typedef struct syn_subst { atom name; syn_loc loc; syn_expr *value; } syn_subst;

struct syn_unit {
    syn_unit_kind kind;
    syn_loc loc;
    atom name;                 /* declared/defined name; NULL for unnamed INSTANCE/ASSUME/THEOREM */
    bool local;                /* LOCAL */
    union {
        struct { uint32_t arity; } decl;                         /* CONSTANT, RECURSIVE */
        struct {
            syn_param *params;
            uint32_t nparams;
            syn_fixity fixity;     /* infix/prefix/postfix definitions such as a \oplus b == ... */
            syn_expr *body;
            /* f[x \in S, y \in T] == e is a function definition: body is the SX_FUNC
             * [x \in S, y \in T |-> e] and is_function is set; f may refer to itself. */
            bool is_function;
        } def;
        struct {
            atom module;
            syn_loc module_loc;
            syn_subst *subs;
            uint32_t nsubs;
            syn_param *params;     /* for I(x, y) == INSTANCE M */
            uint32_t nparams;
        } inst;
        struct { syn_expr *expr; } assume;                       /* ASSUME, THEOREM statement */
        syn_module *module;                                      /* SU_MODULE */
    } u;
    union {                    /* sema: what the unit declares, by kind */
        struct sema_def *def;          /* a definition (operator, function, recursive, ...) */
        struct sema_binder *binder;    /* a LET definition */
        struct sema_decl *decl;        /* CONSTANT, VARIABLE */
        struct sema_instance *inst;    /* a named INSTANCE */
    } res;
};

struct syn_module {
    atom name;
    syn_loc loc;
    atom *extends;
    syn_loc *extends_locs;
    uint32_t nextends;
    syn_unit **units;          /* in source order */
    uint32_t nunits;
    atom file;                 /* the file it was read from */
    /* The first integer literal beyond 2147483647 in its text (TLC holds integers in 32 bits and
     * refuses such a spec before the search), or NULL. */
    const syn_expr *too_big;
};

/* Parse the first module in `text` (text before its `---- MODULE` line and after its `====` line is
 * ignored). `path` names the file in diagnostics and is registered with util_source_register.
 * Returns NULL after reporting errors. */
syn_module *syn_parse_text(arena *a, const char *path, const char *text, size_t len);
syn_module *syn_parse_file(arena *a, const char *path);

/* Parse a single expression (for --eval and the REPL), located in pseudo-file `origin`. */
syn_expr *syn_parse_expr(arena *a, const char *origin, const char *text);

/* Call fn on each direct sub-expression of e, in source order, until fn returns false (then false):
 * operands, arguments (also those of an instance path), bounding sets, bodies, the EXCEPT's indexes
 * and values, and a LET's definitions and instance substitutions. Names are not followed to what
 * they refer to; that is the caller's (through the resolved references). */
typedef bool (*syn_child_fn)(void *data, const syn_expr *child);
bool syn_for_children(const syn_expr *e, syn_child_fn fn, void *data);

/* Print an expression back as TLA+ (for messages and traces). */
void syn_print_expr(FILE *out, const syn_expr *e);

#endif
