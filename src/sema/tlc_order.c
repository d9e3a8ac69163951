/* tlc_order.c - the order in which TLC lists a state's variables (sema_tlc_variable_order).
 *
 * TLC takes the variables from the root module's SANY context, a java.util.Hashtable keyed by the
 * names (String.hashCode), in the order the table enumerates them, reversed (ModuleNode
 * .getVariableDecls): by bucket, lowest first, and within a bucket oldest first. The buckets
 * depend on the table's final capacity, so on how many names the context holds: SANY's 72
 * built-in operators, then what EXTENDS brings (each module's exported names in its own order),
 * then each unit of the module in order (a declared name, a definition, a named ASSUME or THEOREM,
 * a nested module's name; an unnamed INSTANCE brings the instantiated module's definitions, a
 * named one `I` brings I and `I!d` for each of them). The order inside a bucket depends on when
 * each variable was added, relative to the table's growths; the other names do not change it. */
#include "sema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SANY_BUILTINS = 72 };

typedef struct entry { atom name; bool local, decl; } entry;
typedef VEC(entry) entry_list;

static bool present(const entry_list *l, atom name)
{
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i].name == name) return true;
    return false;
}

static void add(entry_list *l, atom name, bool local, bool decl)
{
    if (name && !present(l, name)) VEC_PUSH(*l, ((entry){name, local, decl}));
}

static void context_of(const sema_program *p, const syn_module *m, entry_list *out, uint32_t depth);

/* Where the tool's own library modules export other names than the modules TLC reads (those of
 * tla2tools.jar and the CommunityModules): the names TLC's module has that the library's has not
 * (TLC's Bags extends TLC), and the library's helpers it has not. Checked against SANY's contexts. */
static const struct library_fix {
    const char *module;
    const char *add[16], *drop[4];
} library_fixes[] = {
    {"Bags", {"Print", "PrintT", "Assert", "JavaTime", "TLCGet", "TLCSet", ":>", "@@", "Permutations", "SortSeq",
              "RandomElement", "Any", "ToString", "TLCEval"}, {NULL}},
    {"Json", {"ToJsonArrayString", "ToJsonObjectString", "ToJsonString"}, {NULL}},
    {"TLCExt", {"TLCCache", "TLCEvalDefinition", "TLCFP", "TLCGetAndSet", "TLCGetOrDefault", "ToTrace"}, {NULL}},
    {"Randomization", {NULL}, {"RandomSubsetSet"}},
    {"Bitwise", {"And", "Or", "Xor", "NotR"}, {"BitsOf", "NotBits"}},
    {"DyadicRationals", {NULL}, {"GCD"}},
};

static const struct library_fix *library_fix(const sema_module *sm)
{
    if (!sm->is_standard) return NULL;
    for (size_t i = 0; i < sizeof library_fixes / sizeof *library_fixes; i++)
        if (strcmp(library_fixes[i].module, sm->name) == 0) return &library_fixes[i];
    return NULL;
}

/* The names module `name` exports (its context without LOCAL ones), with their kinds. */
static void exported(const sema_program *p, atom name, entry_list *out, uint32_t depth)
{
    sema_module *sm = sema_find_module(p, name);
    if (!sm || !sm->syntax || depth > 64) return;
    entry_list all = {0};
    const struct library_fix *fix = library_fix(sm);
    context_of(p, sm->syntax, &all, depth + 1);
    for (uint32_t i = 0; fix && i < 16 && fix->add[i]; i++) add(&all, util_intern(fix->add[i]), false, false);
    for (size_t i = 0; i < all.len; i++) {
        bool dropped = false;
        for (uint32_t k = 0; fix && k < 4 && fix->drop[k]; k++) dropped |= strcmp(fix->drop[k], all.items[i].name) == 0;
        if (!all.items[i].local && !dropped) VEC_PUSH(*out, all.items[i]);
    }
    VEC_FREE(all);
}

static void add_instance(const sema_program *p, const syn_unit *u, entry_list *out, uint32_t depth)
{
    entry_list from = {0};
    exported(p, u->u.inst.module, &from, depth);
    if (u->name) add(out, u->name, u->local, false);
    for (size_t i = 0; i < from.len; i++) {
        if (from.items[i].decl) continue;   /* every constant and variable is substituted */
        if (!u->name) {
            add(out, from.items[i].name, u->local, false);
            continue;
        }
        size_t n = strlen(u->name) + strlen(from.items[i].name) + 2;
        char *text = malloc(n);
        if (!text) continue;
        snprintf(text, n, "%s!%s", u->name, from.items[i].name);
        add(out, util_intern(text), u->local, false);
        free(text);
    }
    VEC_FREE(from);
}

/* SANY's context of module m, beyond the built-in operators, in the order names are added. */
static void context_of(const sema_program *p, const syn_module *m, entry_list *out, uint32_t depth)
{
    for (uint32_t i = 0; i < m->nextends; i++) {
        entry_list from = {0};
        exported(p, m->extends[i], &from, depth);
        for (size_t k = 0; k < from.len; k++) add(out, from.items[k].name, false, from.items[k].decl);
        VEC_FREE(from);
    }
    for (uint32_t i = 0; i < m->nunits; i++) {
        const syn_unit *u = m->units[i];
        switch (u->kind) {
        case SU_CONSTANT: case SU_VARIABLE: add(out, u->name, false, true); break;
        case SU_INSTANCE: add_instance(p, u, out, depth); break;
        case SU_MODULE: add(out, u->u.module->name, false, false); break;
        default: add(out, u->name, u->local, false); break;
        }
    }
}

static uint32_t java_hash(const char *s)
{
    uint32_t h = 0;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) h = 31 * h + *c;
    return h & 0x7FFFFFFFu;
}

typedef struct bucket_list { uint32_t *next; uint32_t *head; uint32_t cap; } bucket_list;

/* java.util.Hashtable's growth: to 2 * cap + 1 when an insertion finds count >= 0.75 * cap, the
 * old buckets taken from the last, each chain from its head, pushed on the new chains' heads.
 * Only the variables are tracked: other names do not change their relative order. */
static void rehash(bucket_list *b, const uint32_t *hash)
{
    uint32_t cap = b->cap * 2 + 1;
    uint32_t *head = malloc(sizeof *head * cap);
    for (uint32_t i = 0; i < cap; i++) head[i] = UINT32_MAX;
    for (uint32_t i = b->cap; i-- > 0;) {
        for (uint32_t v = b->head[i]; v != UINT32_MAX;) {
            uint32_t after = b->next[v], at = hash[v] % cap;
            b->next[v] = head[at];
            head[at] = v;
            v = after;
        }
    }
    free(b->head);
    b->head = head;
    b->cap = cap;
}

static void tlc_variable_order(const sema_program *p, uint32_t *order)
{
    uint32_t n = p->nvars;
    for (uint32_t i = 0; i < n; i++) order[i] = i;
    if (n < 2 || !p->root || !p->root->syntax) return;
    entry_list ctx = {0};
    context_of(p, p->root->syntax, &ctx, 0);
    uint32_t *hash = malloc(sizeof *hash * n), *added = malloc(sizeof *added * n);
    bucket_list b = {malloc(sizeof(uint32_t) * n), malloc(sizeof(uint32_t) * 11), 11};
    bool ok = hash && added && b.next && b.head;
    for (uint32_t v = 0; ok && v < n; v++) {
        hash[v] = java_hash(p->variables[v]->name);
        added[v] = UINT32_MAX;
        for (size_t k = 0; k < ctx.len; k++)
            if (ctx.items[k].name == p->variables[v]->name) added[v] = SANY_BUILTINS + (uint32_t)k;
        ok = added[v] != UINT32_MAX;
    }
    if (ok) {
        for (uint32_t i = 0; i < b.cap; i++) b.head[i] = UINT32_MAX;
        uint32_t total = SANY_BUILTINS + (uint32_t)ctx.len;
        for (uint32_t count = 0; count < total; count++) {
            if (count >= (uint32_t)((float)b.cap * 0.75f)) rehash(&b, hash);
            for (uint32_t v = 0; v < n; v++)
                if (added[v] == count) {
                    b.next[v] = b.head[hash[v] % b.cap];
                    b.head[hash[v] % b.cap] = v;
                }
        }
        /* the table enumerates its last bucket first, each chain from its head; SANY reverses that */
        uint32_t k = n;
        for (uint32_t i = b.cap; i-- > 0;)
            for (uint32_t v = b.head[i]; v != UINT32_MAX; v = b.next[v]) order[--k] = v;
    }
    free(hash);
    free(added);
    free(b.next);
    free(b.head);
    VEC_FREE(ctx);
}

void sema_order_variables(sema_program *p)
{
    p->print_order = arena_alloc(&p->mem, sizeof(uint32_t) * (p->nvars + 1));
    tlc_variable_order(p, p->print_order);
}
