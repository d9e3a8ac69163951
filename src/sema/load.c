/* load.c - finding, parsing and loading modules, and assembling the program: the root module's
 * state variables and constants in declaration order. */
#include "sema_internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* SANY's words for a file that holds a module of another name (the file's name, then the module's) */
#define MODULE_NAME_MISMATCH "File name '%.*s' does not match the name '%s' of the top level module it contains."

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return util_xstrdup(".");
    if (slash == path) return util_xstrdup("/");
    char *d = util_xmalloc((size_t)(slash - path) + 1);
    memcpy(d, path, (size_t)(slash - path));
    d[slash - path] = 0;
    return d;
}

/* The file for module `name`: the root's folder, then TLA_PATH folders, then the library. */
static char *find_module_file(const sema_loader *L, atom name, bool *is_standard)
{
    char buf[4096];
    *is_standard = false;
    snprintf(buf, sizeof buf, "%s/%s.tla", L->root_dir, name);
    if (file_exists(buf)) return util_xstrdup(buf);
    for (uint32_t i = 0; i < L->opts->nsearch; i++) {
        snprintf(buf, sizeof buf, "%s/%s.tla", L->opts->search_path[i], name);
        if (file_exists(buf)) return util_xstrdup(buf);
    }
    if (L->opts->library) {
        snprintf(buf, sizeof buf, "%s/%s.tla", L->opts->library, name);
        if (file_exists(buf)) {
            *is_standard = true;
            return util_xstrdup(buf);
        }
    }
    return NULL;
}

static void note_nested(sema_loader *L, syn_module *m)
{
    for (uint32_t i = 0; i < m->nunits; i++)
        if (m->units[i]->kind == SU_MODULE) {
            VEC_PUSH(L->nested, m->units[i]->u.module);
            note_nested(L, m->units[i]->u.module);
        }
}

static sema_module *add_module(sema_loader *L, syn_module *syntax, bool is_standard)
{
    sema_program *p = L->p;
    sema_module *m = ARENA_NEW(&p->mem, sema_module);
    m->name = syntax->name;
    m->syntax = syntax;
    m->file = syntax->file;
    m->is_standard = is_standard;
    p->modules = util_xrealloc(p->modules, (p->nmodules + 1) * sizeof *p->modules);
    p->modules[p->nmodules++] = m;
    return m;
}

static bool resolve_new_module(sema_loader *L, sema_module *m)
{
    VEC_PUSH(L->in_progress, m);
    note_nested(L, m->syntax);
    bool ok = sema_resolve_module(L, m, NULL);
    L->in_progress.len--;
    return ok;
}

sema_module *sema_load_module(sema_loader *L, atom name, syn_loc use_loc)
{
    for (size_t i = 0; i < L->in_progress.len; i++)
        if (L->in_progress.items[i]->name == name) {
            util_diag(DIAG_ERROR, use_loc, NULL, "module `%s` depends on itself (circular EXTENDS/INSTANCE)", name);
            return NULL;
        }
    sema_module *found = sema_find_module(L->p, name);
    if (found) return found->scope ? found : NULL;
    for (size_t i = 0; i < L->nested.len; i++)
        if (L->nested.items[i]->name == name) {
            /* a nested module used before its enclosing module got to it: resolve it on its own */
            sema_module *m = add_module(L, L->nested.items[i], false);
            return resolve_new_module(L, m) ? m : NULL;
        }
    if (!L->opts) {   /* resolving an expression of a loaded program (--eval): no new module */
        util_diag(DIAG_ERROR, use_loc, "evaluate the expression in a module that extends it (-module)",
                  "module `%s` is not part of the loaded specification", name);
        return NULL;
    }
    bool is_standard;
    char *path = find_module_file(L, name, &is_standard);
    if (!path) {
        char importer[256];
        util_loc_module(&use_loc, importer, sizeof importer);
        util_diag(DIAG_ERROR, use_loc, "modules are looked up in the spec's folder, the TLA_PATH folders, then the tool's library",
                  "Cannot find source file for module %s imported in module %s.", name, importer);
        return NULL;
    }
    syn_module *syntax = syn_parse_file(&L->p->mem, path);
    free(path);
    if (!syntax) return NULL;
    if (syntax->name != name) {
        util_diag(DIAG_ERROR, syntax->loc, NULL, MODULE_NAME_MISMATCH, (int)strlen(name), name, syntax->name);
        return NULL;
    }
    sema_module *m = add_module(L, syntax, is_standard);
    return resolve_new_module(L, m) ? m : NULL;
}

sema_module *sema_find_module(const sema_program *p, atom name)
{
    for (uint32_t i = 0; i < p->nmodules; i++)
        if (p->modules[i]->name == name) return p->modules[i];
    return NULL;
}

/* The root's variables and constants in declaration order: those of extended modules first, as
 * the EXTENDS list orders them, then the module's own. */
typedef VEC(const sema_module *) module_list;

static void collect_root_decls(sema_program *p, const sema_module *m, module_list *seen)
{
    for (size_t i = 0; i < seen->len; i++)
        if (seen->items[i] == m) return;
    VEC_PUSH(*seen, m);
    for (uint32_t i = 0; i < m->syntax->nextends; i++) {
        sema_module *ext = sema_find_module(p, m->syntax->extends[i]);
        if (ext) collect_root_decls(p, ext, seen);
    }
    for (uint32_t i = 0; i < m->syntax->nunits; i++) {
        syn_unit *u = m->syntax->units[i];
        if (u->kind != SU_VARIABLE && u->kind != SU_CONSTANT) continue;
        sema_decl *d = u->res.decl;
        if (!d) continue;
        sema_decl ***list = d->is_variable ? &p->variables : &p->constants;
        uint32_t *n = d->is_variable ? &p->nvars : &p->nconstants;
        *list = util_xrealloc(*list, (*n + 1) * sizeof **list);
        d->index = *n;
        (*list)[(*n)++] = d;
    }
}

/* Keep only the ASSUMEs of the root and the modules it extends (instances' assumptions are about
 * their own parameters, which the substitution fixes). */
static void keep_root_assumes(sema_program *p, module_list *extended)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < p->nassumes; i++) {
        bool keep = false;
        for (size_t k = 0; k < extended->len; k++)
            if (extended->items[k] == p->assumes[i].module) keep = true;
        if (keep) p->assumes[n++] = p->assumes[i];
    }
    p->nassumes = n;
}

/* Does the file's name (without .tla) name the module it holds, as SANY requires? */
static bool named_as_file(const char *path, const syn_module *syntax)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t len = strlen(base);
    if (len > 4 && !strcmp(base + len - 4, ".tla")) len -= 4;
    if (strlen(syntax->name) == len && !strncmp(base, syntax->name, len)) return true;
    util_diag(DIAG_ERROR, syntax->loc, NULL, MODULE_NAME_MISMATCH, (int)len, base, syntax->name);
    return false;
}

static sema_program *load_root(const char *path, const char *text, const sema_options *opts)
{
    sema_program *p = util_xcalloc(1, sizeof *p);
    arena_init(&p->mem);
    char *dir = dir_of(path);
    sema_loader L = {.p = p, .opts = opts, .root_dir = util_intern(dir)};
    free(dir);
    syn_module *syntax = text ? syn_parse_text(&p->mem, path, text, strlen(text)) : syn_parse_file(&p->mem, path);
    bool ok = syntax != NULL && (text || named_as_file(path, syntax));
    if (ok) {
        sema_module *root = add_module(&L, syntax, false);
        p->root = root;
        ok = resolve_new_module(&L, root);
    }
    if (ok) {
        module_list seen = {0};
        collect_root_decls(p, p->root, &seen);
        keep_root_assumes(p, &seen);
        VEC_FREE(seen);
        sema_order_variables(p);
    }
    VEC_FREE(L.in_progress);
    VEC_FREE(L.nested);
    if (!ok) {
        sema_free(p);
        return NULL;
    }
    return p;
}

sema_program *sema_load(const char *path, const sema_options *opts) { return load_root(path, NULL, opts); }

sema_program *sema_load_text(const char *path, const char *text, const sema_options *opts)
{
    return load_root(path, text, opts);
}

void sema_free(sema_program *p)
{
    if (!p) return;
    free(p->modules);
    free(p->variables);
    free(p->constants);
    free(p->assumes);
    arena_free(&p->mem);
    free(p);
}

bool sema_lookup(const sema_module *module, atom name, sema_symbol *out)
{
    const scope_entry *e = scope_get(module->scope, name);
    if (!e) return false;
    *out = e->sym;
    return true;
}

bool sema_resolve_expr(sema_program *p, sema_module *module, syn_expr *e)
{
    sema_loader L = {.p = p};
    sema_resolver R = {.L = &L, .mod = module};
    sema_resolve_expr_in(&R, e);
    return !R.failed;
}
