/* sema.h - loading modules and resolving names: from syntax trees to a tree the evaluator walks
 * without looking up a single name.
 *
 * Contract:
 *  - sema_load reads the root module and every module it EXTENDS or INSTANCEs (nested modules
 *    first, then the root's folder, then each TLA_PATH folder, then the tool's own library), parses
 *    each once, and resolves every SX_APPLY, SX_LAMBDA and binder in place: after it succeeds,
 *    syn_expr.u.apply.res points at a sema_ref, syn_bound.res[i] and lambda/def params at
 *    sema_binder, syn_unit.res at the sema_def / sema_decl / sema_instance it declares.
 *  - Everything is allocated in the sema_program's arena and lives as long as the program; after
 *    loading, the program is read-only and may be shared by all worker threads. The two slots marked
 *    "eval" are written once by the evaluator during its single-threaded set-up.
 *  - Errors (unknown module or name, arity mismatch, duplicate definition, level errors, recursion
 *    without RECURSIVE) are reported through util_diag with the location; sema_load returns NULL.
 *
 * Instances are not copied: a module's tree is resolved once, and `INSTANCE M WITH c <- e` becomes a
 * sema_instance whose substitutions the evaluator applies when it enters M's definitions through it.
 */
#ifndef TLCC_SEMA_H
#define TLCC_SEMA_H

#include "syntax.h"

typedef struct sema_module sema_module;
typedef struct sema_def sema_def;
typedef struct sema_decl sema_decl;
typedef struct sema_binder sema_binder;
typedef struct sema_instance sema_instance;

/* Expression levels, as in Specifying Systems 17.2. */
typedef enum { LEVEL_CONSTANT = 0, LEVEL_STATE = 1, LEVEL_ACTION = 2, LEVEL_TEMPORAL = 3 } sema_level;

/* Operators built into TLA+ itself (not defined in any module). */
typedef enum {
    B_NONE = 0,
    B_TRUE, B_FALSE, B_BOOLEAN, B_STRING,
    B_EQ, B_NEQ, B_AND, B_OR, B_NOT, B_IMPLIES, B_EQUIV,
    B_IN, B_NOTIN, B_SUBSETEQ,
    B_CUP, B_CAP, B_SETMINUS, B_POWERSET, B_UNION, B_DOMAIN,
    B_PRIME, B_UNCHANGED, B_ENABLED, B_ALWAYS, B_EVENTUALLY, B_LEADSTO, B_PLUSARROW, B_CDOT,
    B__COUNT
} sema_builtin;

/* A bound name: an operator parameter, a quantified/CHOOSE/set-builder/function variable, a
 * LAMBDA parameter, or a LET definition (LET definitions are bound in the evaluator's environment
 * so that they close over the variables around them). */
typedef enum { BINDER_VALUE, BINDER_OPERATOR_PARAM, BINDER_LET_DEF, BINDER_INSTANCE_PARAM } sema_binder_kind;
struct sema_binder {
    sema_binder_kind kind;
    atom name;
    syn_loc loc;
    uint32_t arity;          /* > 0 for F(_, _) parameters */
    sema_level level;        /* level of the values it takes (that of its bounding set) */
    sema_def *let_def;       /* BINDER_LET_DEF: the definition */
    /* An operator parameter the body primes (under ', UNCHANGED, or passed on to a parameter that
     * is): Inc(v) == v' = v + 1 applied to a variable is an action, though its body, parameters
     * taken as constants, is constant. */
    bool primed;
};

/* A CONSTANT or VARIABLE declaration. */
struct sema_decl {
    bool is_variable;
    atom name;
    syn_loc loc;
    uint32_t arity;          /* constants may be operators: CONSTANT F(_, _) */
    uint32_t index;          /* variables: position in the root module's state (0..nvars-1);
                                constants: position in program->constants */
    uint32_t subst_pos;      /* its place in the subs of an INSTANCE of its own module (the same in
                                every such instance; an instance of a module extending it may put it
                                elsewhere): UINT32_MAX before the module is instantiated */
    sema_module *module;
};

/* An operator definition (module level, LET, or the body of a LAMBDA). */
struct sema_def {
    atom name;
    syn_loc loc;
    syn_unit *unit;          /* the SU_OPDEF (NULL for LAMBDA) */
    sema_module *module;     /* where it is defined */
    sema_binder **params;
    uint32_t nparams;
    syn_expr *body;
    bool is_function;        /* f[x \in S] == e: body is an SX_FUNC; f may refer to itself */
    bool recursive;          /* declared RECURSIVE (or a recursive function definition) */
    bool local;
    sema_level level;        /* level of the body, taking parameters as constants */
    uint32_t id;             /* dense index over all definitions of the program */
    void *native;            /* eval: native implementation, set up by the evaluator */
    void *memo;              /* eval: cached value of a constant-level definition */
};

/* One step `I(args)!` of a reference through named instances, or an unnamed instance a definition
 * was imported through. */
typedef struct sema_inst_step {
    sema_instance *inst;
    syn_expr **args;         /* arguments of a parameterised instance I(x, y) */
    uint32_t nargs;
} sema_inst_step;

/* What a name denotes (syn_expr.u.apply.res). */
typedef enum { REF_BUILTIN, REF_BOUND, REF_DEF, REF_DECL } sema_ref_kind;
typedef struct sema_ref {
    sema_ref_kind kind;
    sema_builtin builtin;    /* REF_BUILTIN */
    sema_binder *binder;     /* REF_BOUND */
    sema_def *def;           /* REF_DEF */
    sema_decl *decl;         /* REF_DECL */
    /* Instances to enter, outermost first, before evaluating def/decl: the named path written
     * (I!J!Op) followed by the unnamed instances the definition was imported through. */
    sema_inst_step *path;
    uint32_t npath;
} sema_ref;

/* `INSTANCE M WITH a <- e, ...` (named or not). Every CONSTANT and VARIABLE of M (and of the
 * modules M extends) is substituted: explicitly, or by the symbol of the same name visible where
 * the INSTANCE stands (identity substitution). */
typedef struct sema_subst { sema_decl *decl; syn_expr *value; } sema_subst;
struct sema_instance {
    atom name;               /* NULL for an unnamed INSTANCE */
    syn_loc loc;
    sema_module *module;     /* the module instantiated */
    sema_module *in_module;  /* the module where the INSTANCE statement is */
    sema_binder **params;    /* I(x, y) == INSTANCE M */
    uint32_t nparams;
    sema_subst *subs;        /* one per constant/variable of M */
    uint32_t nsubs;
    bool local;
};

typedef struct sema_assume { syn_expr *expr; syn_loc loc; atom name; sema_module *module; } sema_assume;

struct sema_module {
    atom name;
    syn_module *syntax;
    atom file;
    bool is_standard;        /* from the tool's own library (natives are looked up only there) */
    /* Everything visible at the end of the module, by name (definitions, declarations, named
     * instances), including what EXTENDS and unnamed INSTANCE bring in. Opaque; use sema_lookup. */
    struct sema_scope *scope;
};

typedef struct sema_program {
    arena mem;
    sema_module *root;
    sema_module **modules;   /* every module loaded, in load order */
    uint32_t nmodules;
    sema_decl **variables;   /* the root module's state variables, in declaration order */
    uint32_t nvars;
    uint32_t *print_order;   /* the order TLC lists them in: print_order[k] is the k-th variable's index */
    sema_decl **constants;   /* every CONSTANT of every module (instances substitute some) */
    uint32_t nconstants;
    sema_assume *assumes;    /* ASSUMEs of the root module and of modules it extends/instances */
    uint32_t nassumes;
    uint32_t ndefs;          /* sema_def ids are 0..ndefs-1 */
    uint32_t eval_slots;     /* eval: syn_expr.eval_slot numbers 1..eval_slots are given out */
    bool eval_slotted;       /* eval: ... once, by the first program made from this one */
} sema_program;

typedef struct sema_options {
    const char *const *search_path;   /* folders tried after the root's own, in order (TLA_PATH) */
    uint32_t nsearch;
    const char *library;              /* the tool's own module library (specs/), tried last */
} sema_options;

/* Load and resolve `path` (a .tla file). NULL after reporting errors. */
sema_program *sema_load(const char *path, const sema_options *opts);
/* The same for a root module given as text; `path` names it and places it in a folder. */
sema_program *sema_load_text(const char *path, const char *text, const sema_options *opts);
void sema_free(sema_program *p);

/* Rank strings in TLC's order (util_intern_reorder; see string_order.c): the values of `cfg`
 * (may be NULL) first, then the words of the modules as TLC's parser reads them, then the string
 * literals. Call once, after loading and before any value holds a string (the model's set-up). */
struct cfg_file;
void sema_order_strings(const sema_program *p, const struct cfg_file *cfg);

/* Set p->print_order (tlc_order.c); sema_load does it. */
void sema_order_variables(sema_program *p);

/* Resolve an expression in the scope of `module` (for --eval, the REPL and .cfg names): fills
 * the res slots of `e`. Returns false after reporting errors. */
bool sema_resolve_expr(sema_program *p, sema_module *module, syn_expr *e);

/* Look up a name visible at the end of `module`: sets exactly one of *def / *decl / *inst and
 * returns true, or returns false. `path` receives the unnamed instances a definition came through
 * (may be NULL when the caller does not need it). */
typedef struct sema_symbol {
    sema_def *def;
    sema_decl *decl;
    sema_instance *inst;
    sema_inst_step *path;
    uint32_t npath;
} sema_symbol;
bool sema_lookup(const sema_module *module, atom name, sema_symbol *out);

/* The module loaded under `name`, or NULL. */
sema_module *sema_find_module(const sema_program *p, atom name);

/* The level of an expression after resolution (cached per node where cheap). */
sema_level sema_expr_level(const syn_expr *e);

/* Is e an application of builtin b? (Inline: the evaluator asks at every node.) */
static inline bool sema_is_builtin(const syn_expr *e, sema_builtin b)
{
    if (e->kind != SX_APPLY) return false;
    const sema_ref *r = e->u.apply.res;
    return r && r->kind == REF_BUILTIN && r->builtin == b;
}
/* e without the parentheses and labels around it. */
static inline const syn_expr *sema_strip(const syn_expr *e)
{
    while (e->kind == SX_PAREN || e->kind == SX_LABEL) e = e->kind == SX_PAREN ? e->u.bin.a : e->u.label.body;
    return e;
}

/* The builtin's canonical name, for messages. */
const char *sema_builtin_name(sema_builtin b);

#endif
