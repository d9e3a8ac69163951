/* main.c - tlc-c's entry point: parse options, load the spec, then parse-only, evaluate, or check. */
#include "cli.h"
#include "dist.h"
#include "pcal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool dir_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The tool's own module library: installed beside the binary (../share/tlc-c/specs), or the source
 * tree's specs/ when running from a build folder. */
static const char *find_library(void)
{
    static char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 64);
    if (n > 0) {
        buf[n] = 0;
        char *slash = strrchr(buf, '/');
        if (slash) {
            strcpy(slash, "/../share/tlc-c/specs");
            if (dir_exists(buf)) return buf;
        }
    }
    if (dir_exists(TLCC_SOURCE_LIB)) return TLCC_SOURCE_LIB;
    return TLCC_INSTALL_LIB;
}

/* TLA_PATH, split at colons; the strings live until exit. */
static void search_path_from_env(sema_options *so)
{
    const char *env = getenv("TLA_PATH");
    static const char *dirs[64];
    so->search_path = dirs;
    so->nsearch = 0;
    if (!env || !*env) return;
    char *copy = util_xstrdup(env);
    for (char *tok = strtok(copy, ":"); tok && so->nsearch < 64; tok = strtok(NULL, ":"))
        if (*tok) dirs[so->nsearch++] = tok;
}

/* `tlc-c Spec` means Spec.tla, as with TLC. */
const char *cli_spec_path(const char *spec)
{
    size_t n = strlen(spec);
    if (n > 4 && strcmp(spec + n - 4, ".tla") == 0) return spec;
    char *p = util_xmalloc(n + 5);
    memcpy(p, spec, n);
    memcpy(p + n, ".tla", 5);
    return p;
}

const sema_options *cli_sema_options(void)
{
    static sema_options so;
    search_path_from_env(&so);
    so.library = find_library();
    return &so;
}

sema_program *cli_load(const char *spec)
{
    const sema_options *so = cli_sema_options();
    const char *path = cli_spec_path(spec);
    if (access(path, R_OK) != 0) {
        util_diag(DIAG_ERROR, (syn_loc){0}, NULL, "cannot read spec file `%s`", path);
        return NULL;
    }
    return sema_load(path, so);
}

static int run(int argc, char **argv)
{
    if (argc > 1 && (!strcmp(argv[1], "--translate") || !strcmp(argv[1], "-translate")))
        return pcal_translate_main(argc - 2, argv + 2);
    cli_options o;
    if (!cli_parse_options(argc, argv, &o)) return o.refused ? EXIT_CONFIG : 1;
    if (dist_rank() > 0) {   /* rank 0 of an MPI job writes the files (every rank has the same results) */
        o.ndump_traces = 0;
        o.json_summary = NULL;
        if (o.user_file) o.user_file = "/dev/null";
    }
    switch (o.mode) {
    case MODE_HELP: cli_print_help(); return 0;
    case MODE_VERSION: printf("tlc-c %s\n", TLCC_VERSION); return 0;
    case MODE_EVAL: return cli_eval(&o);
    case MODE_REPL: return cli_repl(&o);
    case MODE_PARSE: {
        sema_program *p = cli_load(o.spec);
        if (!p) return EXIT_PARSE;
        int prc = 0;
        for (uint32_t i = 0; i < p->nmodules; i++) {
            if (p->modules[i]->is_standard) continue;
            pcal_check_module(p->modules[i]->file, p->modules[i]->name, stdout);
            int r = pcal_check_algorithm(p->modules[i]->file);
            if (r && !prc) prc = r;
        }
        if (prc) {
            sema_free(p);
            return prc;
        }
        printf("Parsing and semantic processing of %s succeeded (%u modules).\n", p->root->name, p->nmodules);
        sema_free(p);
        return 0;
    }
    case MODE_CHECK: return cli_check(&o);
    }
    return 1;
}

int main(int argc, char **argv)
{
    if (!dist_init(&argc, &argv)) return EXIT_CONFIG;   /* under mpirun: one rank of the search */
    return dist_finish(run(argc, argv));
}
