/* cfg.h - the model configuration file (TLC's .cfg): which constants, which behaviour, which checks.
 *
 * Contract:
 *  - cfg_read_file/cfg_read_text build a cfg_file in the caller's arena; the caller frees it by
 *    freeing (or resetting) that arena. Names and strings are interned atoms, each with its location.
 *  - The file's text is registered with util_source_register, so diagnostics quote its lines.
 *  - On malformed input they report each problem through util_diag (file:line:col, the line, a caret
 *    and usually a hint), resynchronise at the next keyword, and return NULL at the end. They never
 *    abort and never read past `len`, whatever the bytes.
 *  - The reader knows only the file's syntax, as TLC's ModelConfig reads it: what the names mean is
 *    the model's business (model.h).
 *  - Two readers on two arenas may run at once (interning and source registration are locked).
 *
 * The syntax, as TLC accepts it: a file is a sequence of sections, each a keyword followed by what it
 * takes, up to the next keyword; sections may repeat and come in any order.
 *   CONSTANT | CONSTANTS         entries `c = v`, `c = [M] v`, `F(v1, ..., vn) = v`, `c <- d`,
 *                                `c <- [M] d`, where c may be a path `A!B!c`
 *   INIT, NEXT, SPECIFICATION, VIEW, SYMMETRY, ALIAS, POSTCONDITION    exactly one name; at most once
 *   INVARIANT(S), PROPERTY | PROPERTIES, CONSTRAINT(S), ACTION_CONSTRAINT(S)    zero or more names
 *   CHECK_DEADLOCK TRUE | FALSE  at most once
 * Values are numbers (32-bit, as TLC's), strings (kept as written between the quotes, escapes
 * included, as TLC does), TRUE/FALSE, model values (any other identifier) and sets {v, ...}; this
 * reader also takes negative numbers and tuples <<v, ...>>, which TLC's reader does not.
 * Comments are TLA+'s: `\*` to the end of the line and nested `(* ... *)`.
 */
#ifndef TLCC_CFG_H
#define TLCC_CFG_H

#include "util.h"

typedef enum { CFG_INT, CFG_STR, CFG_BOOL, CFG_MODEL, CFG_SET, CFG_TUPLE } cfg_value_kind;

/* A value written in the file: a small tree (sets and tuples have children). */
typedef struct cfg_value {
    cfg_value_kind kind;
    int64_t num;                 /* CFG_INT */
    bool boolean;                /* CFG_BOOL */
    atom str;                    /* CFG_STR (without the quotes), CFG_MODEL (the identifier) */
    struct cfg_value *items;     /* CFG_SET, CFG_TUPLE: in written order, duplicates kept */
    uint32_t nitems;
    syn_loc loc;                 /* the whole value, braces and minus sign included */
} cfg_value;

/* One entry of a CONSTANT section:
 *   c = v            value given             (is_override false, nargs 0)
 *   F(a, b) = v      F's value at (a, b)     (is_override false, args a and b)
 *   c = [M] v        c given v in module M   (target_module M)
 *   c <- d           c replaced by d         (is_override true, target d)
 *   c <- [M] d       c replaced by d in M    (is_override true, target d, target_module M)
 * A name written as a path `A!B!c` is interned as that whole text. */
typedef struct cfg_constant {
    atom name;
    syn_loc loc;                 /* the name */
    cfg_value *args;             /* F(a, b) = v */
    uint32_t nargs;
    bool is_override;
    atom target;                 /* d, when is_override */
    syn_loc target_loc;
    atom target_module;          /* M, or NULL */
    cfg_value value;             /* when !is_override */
} cfg_constant;

typedef struct cfg_name { atom name; syn_loc loc; } cfg_name;

typedef enum { CFG_UNSET = 0, CFG_TRUE, CFG_FALSE } cfg_tristate;

typedef struct cfg_file {
    atom file;                   /* the path, interned */
    cfg_constant *constants;     /* in written order, over all CONSTANT sections */
    uint32_t nconstants;
    /* sections taking one name: NULL when absent */
    atom init, next, specification, view, alias, symmetry;
    syn_loc init_loc, next_loc, specification_loc, view_loc, alias_loc, symmetry_loc;
    /* sections taking names, merged over repeated keywords; postconditions holds at most one */
    cfg_name *invariants, *properties, *constraints, *action_constraints, *postconditions;
    uint32_t ninvariants, nproperties, nconstraints, naction_constraints, npostconditions;
    cfg_tristate check_deadlock;
    syn_loc check_deadlock_loc;  /* of TRUE/FALSE, when set */
} cfg_file;

/* Read the file at `path`; NULL (after a diagnostic) if it cannot be read or is malformed. */
cfg_file *cfg_read_file(arena *a, const char *path);
/* Read `len` bytes of configuration text (NUL bytes allowed) named `path` in diagnostics. */
cfg_file *cfg_read_text(arena *a, const char *path, const char *text, size_t len);

#endif
