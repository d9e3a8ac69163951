/* scope.c - open-addressing tables keyed by interned name pointers. Scopes only grow (a module's
 * scope is built once, in source order), so there is no deletion. */
#include "scope.h"

#include <string.h>

sema_scope *scope_new(arena *a)
{
    sema_scope *s = ARENA_NEW(a, sema_scope);
    s->cap = 64;
    s->slots = ARENA_NEW_N(a, scope_entry, s->cap);
    return s;
}

static uint32_t name_hash(atom name)
{
    uintptr_t p = (uintptr_t)name;
    p ^= p >> 17;
    p *= 0x9E3779B97F4A7C15ull;
    return (uint32_t)(p >> 32);
}

static scope_entry *find_slot(scope_entry *slots, uint32_t cap, atom name)
{
    uint32_t i = name_hash(name) & (cap - 1);
    while (slots[i].name && slots[i].name != name) i = (i + 1) & (cap - 1);
    return &slots[i];
}

const scope_entry *scope_get(const sema_scope *s, atom name)
{
    scope_entry *e = find_slot(s->slots, s->cap, name);
    return e->name ? e : NULL;
}

static void scope_grow(arena *a, sema_scope *s)
{
    uint32_t cap = s->cap * 2;
    scope_entry *slots = ARENA_NEW_N(a, scope_entry, cap);
    for (uint32_t i = 0; i < s->cap; i++)
        if (s->slots[i].name) *find_slot(slots, cap, s->slots[i].name) = s->slots[i];
    s->slots = slots;
    s->cap = cap;
}

void scope_put(arena *a, sema_scope *s, atom name, const sema_symbol *sym, bool local, bool imported)
{
    if (2 * (s->len + 1) > s->cap) scope_grow(a, s);
    scope_entry *e = find_slot(s->slots, s->cap, name);
    if (!e->name) s->len++;
    e->name = name;
    e->sym = *sym;
    e->local = local;
    e->imported = imported;
}

bool scope_next(const sema_scope *s, uint32_t *i, const scope_entry **out)
{
    while (*i < s->cap) {
        const scope_entry *e = &s->slots[(*i)++];
        if (e->name) {
            *out = e;
            return true;
        }
    }
    return false;
}

bool scope_same_symbol(const sema_symbol *a, const sema_symbol *b)
{
    if (a->def != b->def || a->decl != b->decl || a->inst != b->inst || a->npath != b->npath) return false;
    for (uint32_t i = 0; i < a->npath; i++)
        if (a->path[i].inst != b->path[i].inst) return false;
    return true;
}
