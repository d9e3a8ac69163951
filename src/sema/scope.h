/* scope.h - sema's private name tables: a module's scope (name -> symbol, with LOCAL marks) and
 * the stack of bound names inside a definition. */
#ifndef TLCC_SEMA_SCOPE_H
#define TLCC_SEMA_SCOPE_H

#include "sema.h"

typedef struct scope_entry {
    atom name;               /* NULL marks an empty slot */
    sema_symbol sym;
    bool local;              /* not exported to modules that EXTEND this one */
    bool imported;           /* came by EXTENDS or INSTANCE (a local definition may replace it) */
} scope_entry;

struct sema_scope {
    scope_entry *slots;
    uint32_t cap, len;
};

typedef struct sema_scope sema_scope;

sema_scope *scope_new(arena *a);
/* NULL when absent. */
const scope_entry *scope_get(const sema_scope *s, atom name);
/* Insert or overwrite. */
void scope_put(arena *a, sema_scope *s, atom name, const sema_symbol *sym, bool local, bool imported);
/* Iterate: returns the next occupied slot index >= *i, or false at the end. */
bool scope_next(const sema_scope *s, uint32_t *i, const scope_entry **out);
/* Do two symbols denote the same thing (the same definition reached by the same path)? */
bool scope_same_symbol(const sema_symbol *a, const sema_symbol *b);

#endif
