/* cfg.h - the model configuration file (TLC's .cfg): which constants, which behaviour, which checks.
 *
 * Contract: cfg_read_file/cfg_read_text build a cfg_file in the caller's arena (names are interned
 * atoms with their locations). On malformed input they report every problem through util_diag with
 * file:line:col and return NULL; they never abort. The reader knows only the file's syntax: what the
 * names mean is the model's business (model.h).
 */
#ifndef TLCC_CFG_H
#define TLCC_CFG_H

#include "util.h"

typedef enum { CFG_INT, CFG_STR, CFG_BOOL, CFG_MODEL, CFG_SET, CFG_TUPLE } cfg_value_kind;

typedef struct cfg_value {
    cfg_value_kind kind;
    int64_t num;                 /* CFG_INT */
    bool boolean;                /* CFG_BOOL */
    atom str;                    /* CFG_STR, CFG_MODEL */
    struct cfg_value *items;     /* CFG_SET, CFG_TUPLE */
    uint32_t nitems;
    syn_loc loc;
} cfg_value;

/* `c = v`, `c <- d` or `c <- [M] d` (d is looked up in module M). */
typedef struct cfg_constant {
    atom name;
    syn_loc loc;
    bool is_override;
    atom target;                 /* d */
    atom target_module;          /* M, or NULL */
    cfg_value value;             /* when !is_override */
} cfg_constant;

typedef struct cfg_name { atom name; syn_loc loc; } cfg_name;

typedef enum { CFG_UNSET = 0, CFG_TRUE, CFG_FALSE } cfg_tristate;

typedef struct cfg_file {
    atom file;
    cfg_constant *constants;
    uint32_t nconstants;
    atom init, next, specification, view, alias, symmetry;
    syn_loc init_loc, next_loc, specification_loc, view_loc, alias_loc, symmetry_loc;
    cfg_name *invariants, *properties, *constraints, *action_constraints, *postconditions;
    uint32_t ninvariants, nproperties, nconstraints, naction_constraints, npostconditions;
    cfg_tristate check_deadlock;
} cfg_file;

cfg_file *cfg_read_file(arena *a, const char *path);
cfg_file *cfg_read_text(arena *a, const char *path, const char *text, size_t len);

#endif
