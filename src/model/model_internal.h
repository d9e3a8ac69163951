/* model_internal.h - the model's private state, shared by model.c (set-up from the .cfg) and
 * model_worker.c (the callbacks the explorer drives). */
#ifndef TLCC_MODEL_INTERNAL_H
#define TLCC_MODEL_INTERNAL_H

#include "model.h"
#include "report.h"

#include <pthread.h>

/* TLC's exit codes, as the model reports them. */
enum {
    EXIT_ASSUMPTION_CODE = 10, EXIT_ASSERT_CODE = 14, EXIT_EVAL_CODE = 75, EXIT_CONFIG_CODE = 151,
};

typedef struct named_expr { atom name; const syn_expr *expr; } named_expr;
typedef VEC(named_expr) named_list;

/* One permutation of model values: image[i] is the image of the model value of index i. */
typedef struct model_perm { const val *image; uint32_t n; } model_perm;

struct model {
    arena mem;
    sema_program *prog;
    eval_program *ep;
    int exit_code;
    const syn_expr *init, *next;   /* NULL when the .cfg names no behaviour */
    bool spec_mode;                  /* init and next are the whole SPECIFICATION (see eval.h) */
    uint32_t nfairness;
    named_list invariants, constraints, action_constraints, postconditions, init_props, action_props;
    const syn_expr *view, *alias;
    model_perm *perms;
    uint32_t nperms;
    bool check_deadlock;
    int workers;                     /* for TLCGet("config") */
    /* the action table: id 0 is the initial predicate; others are filled as actions are seen */
    pthread_mutex_t fault_lock;
    model_fault fault;
    arena fault_mem;
    pthread_mutex_t action_lock;
    VEC(eval_action) actions;
};

syn_expr *model_name_expr(model *m, atom name, syn_loc loc);
bool model_symmetry_setup(model *m, val perms, syn_loc loc);
/* Record the first fault; later ones are ignored. */
void model_record_fault(model *m, model_fault_kind kind, atom name, const eval_error *err);
uint32_t model_action_id(model *m, const eval_action *a);

#endif
