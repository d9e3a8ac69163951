/* sema_internal.h - state shared by sema's loader (load.c) and resolver (resolve.c). */
#ifndef TLCC_SEMA_INTERNAL_H
#define TLCC_SEMA_INTERNAL_H

#include "scope.h"

/* A bound name in scope inside a definition, innermost first. */
typedef struct local_name {
    atom name;
    sema_binder *binder;
    struct local_name *up;
} local_name;

typedef struct sema_loader {
    sema_program *p;
    const sema_options *opts;
    atom root_dir;
    VEC(sema_module *) in_progress;   /* modules being resolved, for cycle detection */
    VEC(syn_module *) nested;         /* nested modules seen so far, found by name before files */
    uint32_t nvars_all, nconsts_all;
} sema_loader;

/* A named instance defined in a LET (`LET G == INSTANCE Graphs IN G!Op`). */
typedef struct local_instance {
    atom name;
    sema_instance *inst;
    struct local_instance *up;
} local_instance;

typedef struct sema_resolver {
    sema_loader *L;
    sema_module *mod;
    local_name *locals;
    local_instance *instances;
    uint32_t depth;                   /* expressions being resolved, innermost last */
    bool too_deep;                    /* "nested too deeply" was reported */
    bool failed;
} sema_resolver;

/* load.c */
sema_module *sema_load_module(sema_loader *L, atom name, syn_loc use_loc);

/* resolve.c */
bool sema_resolve_module(sema_loader *L, sema_module *m, const sema_scope *outer);
sema_level sema_resolve_expr_in(sema_resolver *R, syn_expr *e);

#endif
