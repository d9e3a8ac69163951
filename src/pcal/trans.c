/* trans.c - the `--translate` command: options, locating the algorithm and the translation block in
 * the module, running the passes, the checksums, and writing the module and its .cfg safely. */
#include "pcal_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- small helpers shared by the passes ------------------------------------------------------- */

void svec_push(pcal_ctx *c, svec *v, pstmt *s)
{
    if (v->n == v->cap) {
        int cap = v->cap ? 2 * v->cap : 4;
        pstmt **n = ARENA_NEW_N(&c->a, pstmt *, cap);
        if (v->n) memcpy(n, v->s, sizeof(pstmt *) * (size_t)v->n);
        v->s = n;
        v->cap = cap;
    }
    v->s[v->n++] = s;
}

pstmt *pstmt_new(pcal_ctx *c, stmt_kind k, int line, int col)
{
    pstmt *s = ARENA_NEW(&c->a, pstmt);
    s->k = k;
    s->line = line;
    s->col = col;
    s->mline = -1;
    s->lbl = "";
    return s;
}

static void vrecord(pcal_ctx *c, int line, int col, const char *java, const char *fmt, va_list ap)
{
    if (c->ndiags == c->capdiags) {
        c->capdiags = c->capdiags ? 2 * c->capdiags : 8;
        c->diags = util_xrealloc(c->diags, sizeof(pdiag) * (size_t)c->capdiags);
    }
    pdiag *d = &c->diags[c->ndiags++];
    d->line = line;
    d->col = col;
    d->java = java ? pcal_strf(c, "%s", java) : NULL;
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    d->teach = arena_alloc(&c->a, (size_t)n + 1);
    vsnprintf(d->teach, (size_t)n + 1, fmt, aq);
    va_end(aq);
}

void pcal_record(pcal_ctx *c, int line, int col, const char *java, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vrecord(c, line, col, java, fmt, ap);
    va_end(ap);
}

void pcal_error(pcal_ctx *c, int line, int col, const char *java, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vrecord(c, line, col, java, fmt, ap);
    va_end(ap);
    longjmp(c->fail, 1);
}

/* ---- checksums -------------------------------------------------------------------------------- */

void pcal_checksum(const char *text, size_t len, char out[9])
{
    uint32_t table[256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t r = i;
        for (int k = 0; k < 8; k++) r = (r & 1) ? (r >> 1) ^ 0xEDB88320u : r >> 1;
        table[i] = r;
    }
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) crc = table[(crc ^ (unsigned char)text[i]) & 0xFF] ^ (crc >> 8);
    snprintf(out, 9, "%x", crc ^ 0xFFFFFFFFu);
}

static void checksum_lines(char **lines, int n, char out[9])
{
    size_t len = 0;
    for (int i = 0; i < n; i++) len += strlen(lines[i]);
    char *buf = util_xmalloc(len + 1), *p = buf;
    for (int i = 0; i < n; i++) {
        size_t k = strlen(lines[i]);
        memcpy(p, lines[i], k);
        p += k;
    }
    pcal_checksum(buf, len, out);
    free(buf);
}

/* The checksums of a BEGIN TRANSLATION line: where each hex value starts and ends (-1 if the line
 * has none, or `\in STRING`). */
typedef struct sums { bool found; int pcal_b, pcal_e, tla_b, tla_e; } sums;

static bool match_word_ci(const char *s, int *i, const char *w)
{
    size_t n = strlen(w);
    if (strncasecmp(s + *i, w, n)) return false;
    *i += (int)n;
    return true;
}

static void skip_ws(const char *s, int *i) { while (s[*i] && isspace((unsigned char)s[*i])) (*i)++; }

static bool match_value(const char *s, int *i, int *b, int *e)
{
    *b = *e = -1;
    skip_ws(s, i);
    if (s[*i] == '=') {
        (*i)++;
        skip_ws(s, i);
        if (s[*i] != '"') return false;
        (*i)++;
        *b = *i;
        while (isxdigit((unsigned char)s[*i])) (*i)++;
        *e = *i;
        if (s[*i] != '"') return false;
        (*i)++;
        return true;
    }
    if (!strncmp(s + *i, "\\in", 3)) {
        *i += 3;
        skip_ws(s, i);
        return match_word_ci(s, i, "STRING") && !strncmp(s + *i - 6, "STRING", 6);
    }
    return false;
}

static bool match_sums_at(const char *s, int i, sums *r)
{
    if (strncmp(s + i, "\\* BEGIN TRANSLATION", 20)) return false;
    i += 20;
    if (!isspace((unsigned char)s[i])) return false;
    skip_ws(s, &i);
    if (s[i++] != '(') return false;
    skip_ws(s, &i);
    if (!match_word_ci(s, &i, "ch")) return false;
    match_word_ci(s, &i, "ec");
    if (!match_word_ci(s, &i, "ksum(p")) return false;
    match_word_ci(s, &i, "lus");
    if (!match_word_ci(s, &i, "cal)")) return false;
    if (!match_value(s, &i, &r->pcal_b, &r->pcal_e)) return false;
    skip_ws(s, &i);
    if (strncmp(s + i, "/\\", 2)) return false;
    i += 2;
    skip_ws(s, &i);
    if (!match_word_ci(s, &i, "ch")) return false;
    match_word_ci(s, &i, "ec");
    if (!match_word_ci(s, &i, "ksum(tla")) return false;
    if (s[i] == '+') i++;
    if (s[i++] != ')') return false;
    if (!match_value(s, &i, &r->tla_b, &r->tla_e)) return false;
    skip_ws(s, &i);
    return s[i] == ')';
}

static sums find_sums(const char *line)
{
    sums r = {0};
    for (int i = 0; line[i]; i++)
        if (match_sums_at(line, i, &r)) { r.found = true; return r; }
    r.found = false;
    return r;
}

/* ---- the module's lines ----------------------------------------------------------------------- */

typedef struct lines { char **l; int n, cap; } lines;

static void lines_insert(lines *v, int at, char *s)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 64;
        v->l = util_xrealloc(v->l, sizeof(char *) * (size_t)v->cap);
    }
    memmove(v->l + at + 1, v->l + at, sizeof(char *) * (size_t)(v->n - at));
    v->l[at] = s;
    v->n++;
}

static void lines_remove(lines *v, int at)
{
    memmove(v->l + at, v->l + at + 1, sizeof(char *) * (size_t)(v->n - at - 1));
    v->n--;
}

/* Splits text at \n, \r\n and \r, as Java's readAllLines does. */
static lines split_lines(pcal_ctx *c, const char *text, size_t len)
{
    lines v = {0};
    size_t i = 0, start = 0;
    while (i < len) {
        if (text[i] == '\n' || text[i] == '\r') {
            lines_insert(&v, v.n, arena_strndup(&c->a, text + start, i - start));
            if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n') i++;
            start = ++i;
        } else {
            i++;
        }
    }
    if (start < len) lines_insert(&v, v.n, arena_strndup(&c->a, text + start, len - start));
    return v;
}

static char *untab(pcal_ctx *c, const char *l)
{
    size_t n = 0;
    for (const char *p = l; *p; p++) n += *p == '\t' ? 8 : 1;
    char *r = arena_alloc(&c->a, n + 1), *q = r;
    int col = 0;
    for (const char *p = l; *p; p++) {
        if (*p == '\t') {
            do { *q++ = ' '; col++; } while (col % 8);
        } else {
            *q++ = *p;
            col++;
        }
    }
    *q = 0;
    return r;
}

/* The first line at or after from holding tok1, blanks, tok2 (as pcal.trans's findTokenPair). */
static int find_token_pair(lines *v, int from, const char *t1, const char *t2)
{
    for (int i = from < 0 ? 0 : from; i < v->n; i++) {
        const char *l = v->l[i], *p = strstr(l, t1);
        if (!p) continue;
        const char *q = p + strlen(t1);
        while (*q == ' ') q++;
        const char *r = strstr(l, t2);
        if (*q && r == q) return i;
    }
    return -1;
}

/* Blanks the algorithm's comments from (line, col) to the `*)` closing the comment holding it. */
static void uncomment(pcal_ctx *c, lines *v, int line, int col)
{
    int depth = 0;
    for (; line < v->n; line++, col = 0) {
        char *l = arena_strndup(&c->a, v->l[line], strlen(v->l[line]));
        int n = (int)strlen(l);
        bool in_string = false;
        for (; col < n; col++) {
            if (l[col] == '(' && !in_string && col < n - 1 && l[col + 1] == '*') {
                depth++;
                l[col] = l[col + 1] = ' ';
                col++;
            } else if (l[col] == '*' && !in_string && col < n - 1 && l[col + 1] == ')') {
                if (depth == 0) { v->l[line] = l; return; }
                depth--;
                l[col] = l[col + 1] = ' ';
                col++;
            } else if (depth == 0) {
                if (in_string) {
                    if (l[col] == '"') in_string = false;
                    else if (l[col] == '\\' && col < n - 1) col++;
                } else if (l[col] == '\\' && col < n - 1 && l[col + 1] == '*') {
                    l[col] = ' ';
                    l[col + 1] = 0;
                    n = col + 1;
                } else if (l[col] == '"') {
                    in_string = true;
                }
            } else if (((unsigned char)l[col] & 0xC0) == 0x80) {
                /* a character is one column (pcal.trans counts characters): one space for it */
                memmove(l + col, l + col + 1, (size_t)(n - col));
                n--;
                col--;
            } else {
                l[col] = ' ';
            }
        }
        if (in_string) pcal_error(c, line + 1, 1, pcal_strf(c, "Unterminated string in line %d", line + 1), "a string is not closed on this line");
        v->l[line] = l;
    }
}

static const char *pcal_strf_static(const char *fmt, const char *arg)
{
    static char buf[512];
    snprintf(buf, sizeof buf, fmt, arg);
    return buf;
}

/* ---- options ---------------------------------------------------------------------------------- */

typedef struct optstate { bool first_fairness, explicit_nof; } optstate;

static int option_error(const char *msg)
{
    fprintf(stderr, "Unrecoverable error:\n -- Command-line error: %s.\n", msg);
    fprintf(stderr, "tlc-c: error: %s\n", msg);
    return 151;
}

/* One option (without its leading '-' when in_file); *used is how many arguments it took. */
static int apply_option(pcal_opts *o, optstate *st, bool in_file, char **args, int nargs, int *used)
{
    const char *opt = args[0];
    *used = 1;
    if (in_file && *opt == '-') opt++;
    else if (!in_file) {
        if (*opt != '-') return option_error(pcal_strf_static("Unknown command-line option: %s", args[0]));
        opt++;
    }
    const char *fair = NULL;
    if (!strcmp(opt, "wf") || !strcmp(opt, "sf") || !strcmp(opt, "wfNext") || !strcmp(opt, "nof")) fair = opt;
    if (fair) {
        if (st->first_fairness) { o->fairness = ""; st->first_fairness = false; }
        if (*o->fairness) return option_error("Can only have one of -wf, -sf, -wfNext, and -nof options");
        o->fairness = fair;
        if (!strcmp(fair, "nof")) st->explicit_nof = true;
    } else if (!strcmp(opt, "termination")) o->termination = true;
    else if (!strcmp(opt, "nocfg")) o->nocfg = true;
    else if (!strcmp(opt, "noold")) o->noold = true;
    else if (!strcmp(opt, "noDoneDisjunct")) o->no_done_disjunct = true;
    else if (!strcmp(opt, "label")) o->label = true;
    else if (!in_file && !strcmp(opt, "reportLabels")) { o->report_labels = true; o->label = true; }
    else if (!in_file && !strcmp(opt, "unixEOL")) o->unix_eol = true;
    else if (!strcmp(opt, "labelRoot")) {
        if (nargs < 2) return option_error("Label root must follow `-labelRoot' option");
        const char *r = args[1];
        bool ok = isalpha((unsigned char)r[0]);
        for (const char *p = r; *p; p++) ok = ok && (isalnum((unsigned char)*p) || *p == '_');
        if (!ok) return option_error("Label root must be a valid PlusCal identifier (must start with a letter and contain only letters, numbers, and underscores)");
        o->label_root = r;
        *used = 2;
    } else if (!strcmp(opt, "version")) {
        if (nargs < 2) return option_error("Version number must follow `-version' option");
        int major = 0, minor = 0;
        if (sscanf(args[1], "%d.%d", &major, &minor) < 1) return option_error("Bad version number");
        o->version = major * 100 + minor;
        *used = 2;
    } else if (!in_file && !strcmp(opt, "lineWidth")) {
        int w = nargs < 2 ? 0 : atoi(args[1]);
        if (w < 60) return option_error("Integer value at least 60 must follow `-lineWidth' option");
        o->line_width = w;
        *used = 2;
    } else if (!strcmp(opt, "spec") || !strcmp(opt, "myspec") || !strcmp(opt, "spec2") || !strcmp(opt, "myspec2") ||
               !strcmp(opt, "writeAST") || !strcmp(opt, "debug")) {
        fprintf(stderr, "tlc-c: error: the translator option -%s is not supported yet\n", opt);
        return 151;
    } else {
        return option_error(pcal_strf_static(in_file ? "Unknown or illegal option in options statement: %s"
                                                     : "Unknown command-line option: %s", args[0]));
    }
    return 0;
}

/* The `PlusCal options (...)` statement, anywhere in the file. */
static int file_options(pcal_ctx *c, lines *v, optstate *st)
{
    for (int i = 0; i < v->n; i++) {
        for (const char *p = strstr(v->l[i], "PlusCal"); p; p = strstr(p + 1, "PlusCal")) {
            int line = i;
            const char *q = p + 7;
            while (*q == ' ' || !*q) {
                if (!*q) {
                    if (++line >= v->n) return 0;
                    q = v->l[line];
                } else q++;
            }
            if (strncmp(q, "options", 7) || isalnum((unsigned char)q[7]) || q[7] == '_') continue;
            q += 7;
            /* gather the text up to ')' */
            char *text = "";
            for (;;) {
                const char *e = strchr(q, ')');
                if (e) { text = pcal_strf(c, "%s %.*s", text, (int)(e - q), q); break; }
                text = pcal_strf(c, "%s %s", text, q);
                if (++line >= v->n) break;
                q = v->l[line];
            }
            char *open = strchr(text, '(');
            if (!open) return option_error("options statement without `('");
            char *args[64];
            int n = 0;
            char *save = NULL;
            for (char *t = strtok_r(open + 1, " ,\t", &save); t && n < 64; t = strtok_r(NULL, " ,\t", &save)) args[n++] = t;
            for (int k = 0; k < n;) {
                int used = 1, rc = apply_option(&c->o, st, true, args + k, n - k, &used);
                if (rc) return rc;
                k += used;
            }
            if (c->o.termination && !*c->o.fairness && !st->explicit_nof) c->o.fairness = "wf";
            return 0;
        }
    }
    return 0;
}

static void print_diags(pcal_ctx *c, const char *text, size_t len)
{
    atom file = util_source_register(c->path, text, len);
    FILE *out = util_diag_out();
    for (int i = 0; i < c->ndiags; i++) {
        pdiag *d = &c->diags[i];
        if (d->java) fprintf(out, "Unrecoverable error:\n -- %s\n", d->java);
    }
    for (int i = 0; i < c->ndiags; i++) {
        pdiag *d = &c->diags[i];
        if (!*d->teach) continue;   /* its message was pcal.trans's alone */
        if (d->line <= 0) {
            fprintf(out, "%s: error: %s\n", c->path, d->teach);
            continue;
        }
        syn_loc loc = {file, (uint32_t)d->line, (uint32_t)d->col, (uint32_t)d->line, (uint32_t)d->col};
        util_diag(DIAG_ERROR, loc, NULL, "%s", d->teach);
    }
}

static bool write_lines(const char *path, lines *v)
{
    char *tmp = util_xmalloc(strlen(path) + 16);
    sprintf(tmp, "%s.tlcc-tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f) { free(tmp); return false; }
    for (int i = 0; i < v->n; i++) fprintf(f, "%s\n", v->l[i]);
    bool ok = !ferror(f);
    ok = (fclose(f) == 0) && ok;
    if (ok) ok = rename(tmp, path) == 0;
    if (!ok) unlink(tmp);
    free(tmp);
    return ok;
}

/* The new .cfg: SPECIFICATION Spec (unless one is there), PROPERTY Termination, the constant,
 * above the translator's delimiter line; what the user wrote below it is kept. */
static bool write_cfg(pcal_ctx *c, const char *cfgpath)
{
    static const char *delim = "\\* Add statements after this line.";
    lines cfg = {0};
    size_t len = 0;
    char *text = util_read_file(cfgpath, &len);
    if (text) {
        cfg = split_lines(c, text, len);
        free(text);
    } else {
        lines_insert(&cfg, 0, (char *)delim);
    }
    int j = 0;
    while (j < cfg.n && !strstr(cfg.l[j], delim)) j++;
    if (j < cfg.n) while (j-- > 0) lines_remove(&cfg, 0);
    else lines_insert(&cfg, 0, (char *)delim);
    if (c->has_default_init) lines_insert(&cfg, 0, "CONSTANT defaultInitValue = defaultInitValue");
    if (c->o.termination) lines_insert(&cfg, 0, "PROPERTY Termination");
    bool has_spec = false;
    for (int i = 0; i < cfg.n; i++) {
        const char *s = strstr(cfg.l[i], "SPECIFICATION"), *cm = strstr(cfg.l[i], "\\*");
        if (s && (!cm || cm > s)) has_spec = true;
    }
    if (!has_spec) lines_insert(&cfg, 0, "SPECIFICATION Spec");
    bool ok = write_lines(cfgpath, &cfg);
    free(cfg.l);
    return ok;
}

/* Translates the module's lines in place (un: the same lines, tabs expanded); errors longjmp. */
static __attribute__((noinline)) void translate_lines(pcal_ctx *c, lines *out, lines *un)
{
    int tline = find_token_pair(un, 0, "BEGIN", "TRANSLATION");
    if (tline != -1) {
        int eline = find_token_pair(un, tline + 1, "END", "TRANSLATION");
        if (eline == -1) pcal_error(c, tline + 1, 1, "No line containing `END TRANSLATION", "the translation block has no `\\* END TRANSLATION` line");
        for (int e = eline - 1; e > tline; e--) { lines_remove(out, e); lines_remove(un, e); }
    }
    int aline = 0, acol = -1;
    bool found = false;
    for (; aline < un->n && !found; aline++) {
        const char *p = strstr(un->l[aline], "--algorithm");
        if (p) { acol = (int)(p - un->l[aline]) + 11; found = true; break; }
        p = strstr(un->l[aline], "--fair");
        if (p) { acol = (int)(p - un->l[aline]) + 6; found = true; c->fair_alg = true; break; }
    }
    if (!found) pcal_error(c, 0, 0, "Beginning of algorithm string --algorithm not found.", "no `--algorithm` or `--fair algorithm` in the module");
    bool fresh = tline == -1;
    if (fresh) {
        int depth = 1, el = aline, ec = acol;
        bool nf = true;
        while (nf && el < un->n) {
            const char *l = un->l[el];
            int n = (int)strlen(l);
            while (nf && ec < n - 1) {
                if (l[ec] == '(' && l[ec + 1] == '*') { depth++; ec += 2; }
                else if (l[ec] == '*' && l[ec + 1] == ')') { depth--; ec += 2; if (depth == 0) nf = false; }
                else ec++;
            }
            if (nf) { el++; ec = 0; }
        }
        if (nf) pcal_error(c, aline + 1, acol + 1, "Algorithm not in properly terminated comment", "the comment holding the algorithm is not closed by `*)`");
        const char *rest = un->l[el] + ec;
        while (*rest == ' ') rest++;
        if (*rest && strncmp(rest, "\\*", 2))
            pcal_error(c, el + 1, ec + 1, "Text on same line following `*)' that ends the \n   comment containing the algorithm.",
                       "text follows the `*)` that closes the algorithm's comment; put the rest of the line on a line of its own");
        lines_insert(out, el + 1, "\\* BEGIN TRANSLATION (chksum(pcal) = \"ffffffff\" /\\ chksum(tla) = \"ffffffff\")");
        lines_insert(un, el + 1, "\\* BEGIN TRANSLATION");
        lines_insert(out, el + 2, "\\* END TRANSLATION ");
        lines_insert(un, el + 2, "\\* END TRANSLATION");
        tline = el + 1;
    }
    uncomment(c, un, aline, acol);
    c->src = un->l;
    c->nsrc = un->n;
    c->omit_pc = c->omit_stutter = c->o.version == 0 || c->o.version >= 105;
    pcal_lex_init(c, aline, acol);
    palg *alg = pcal_parse(c);
    pcal_labels(c, alg);
    int nrep = 0;
    char **rep = pcal_fix_ids(c, alg, &nrep);
    pcal_explode(c, alg);
    int nl = 0;
    char **tl = pcal_generate(c, alg, rep, nrep, &nl);
    char tsum[9];
    checksum_lines(tl, nl, tsum);
    char *psum = c->psum;
    if (c->fair_alg) {
        pcal_checksum("fair", 4, psum);
    } else {
        char *dumped = pcal_ast_dump(c, alg);
        pcal_checksum(dumped, strlen(dumped), psum);
        const char *dbg = getenv("TLCC_PCAL_AST");
        if (dbg) {
            FILE *f = fopen(dbg, "w");
            if (f) { fputs(dumped, f); fclose(f); }
        }
    }
    sums s = find_sums(out->l[tline]);
    if (s.found) {
        const char *l = out->l[tline];
        char *nlbuf = "";
        int pos = 0;
        if (s.pcal_b >= 0) {
            nlbuf = pcal_strf(c, "%.*s%s", s.pcal_b, l, psum);
            pos = s.pcal_e;
        }
        if (s.tla_b >= 0) {
            nlbuf = pcal_strf(c, "%s%.*s%s", nlbuf, s.tla_b - pos, l + pos, tsum);
            pos = s.tla_e;
        }
        out->l[tline] = pcal_strf(c, "%s%s", nlbuf, l + pos);
    }
    for (int i = 0; i < nl; i++) lines_insert(out, tline + 1 + i, tl[i]);
}

/* Translates the module's lines in place; false after recording diagnostics. */
static bool translate(pcal_ctx *c, lines *out)
{
    lines *un = util_xcalloc(1, sizeof(lines));
    for (int i = 0; i < out->n; i++) lines_insert(un, un->n, untab(c, out->l[i]));
    bool ok = false;
    if (!setjmp(c->fail)) {
        translate_lines(c, out, un);
        ok = c->ndiags == 0;
    }
    free(un->l);
    free(un);
    return ok;
}

/* A translation context with pcal.trans's default options. */
static void ctx_init(pcal_ctx *c)
{
    memset(c, 0, sizeof *c);
    arena_init(&c->a);
    c->o.fairness = "";
    c->o.label_root = "Lbl_";
    c->o.line_width = 78;
    c->next_label = 1;
}

int pcal_translate_main(int argc, char **argv)
{
    pcal_ctx ctx;
    pcal_ctx *c = &ctx;
    ctx_init(c);
    int rc = 0;
    if (argc < 1 || argv[argc - 1][0] == '-') {
        printf("Usage: tlc-c --translate [-wf|-sf|-wfNext|-nof] [-termination] [-nocfg] [-noold] [-label]\n"
               "                         [-reportLabels] [-labelRoot name] [-lineWidth n] [-noDoneDisjunct]\n"
               "                         [-unixEOL] [-version v] Spec.tla\n");
        return argc < 1 ? 151 : 0;
    }
    optstate st = {false, false};
    for (int i = 0; i < argc - 1;) {
        int used = 1;
        rc = apply_option(&c->o, &st, false, argv + i, argc - 1 - i, &used);
        if (rc) goto out;
        i += used;
    }
    if (c->o.termination && !*c->o.fairness && !st.explicit_nof) c->o.fairness = "wf";
    const char *arg = argv[argc - 1];
    const char *base = strrchr(arg, '/') ? strrchr(arg, '/') + 1 : arg;
    const char *dot = strrchr(base, '.');
    char *stem;
    if (!dot) stem = pcal_strf(c, "%s", arg);
    else if (!strcasecmp(dot, ".tla")) stem = pcal_strf(c, "%.*s", (int)(dot - arg), arg);
    else { rc = option_error("Input file has extension other than tla"); goto out; }
    char *path = pcal_strf(c, "%s.tla", stem);
    c->path = path;
    size_t len = 0;
    char *text = util_read_file(path, &len);
    if (!text) {
        fprintf(stderr, "Unrecoverable error:\n -- Input file %s not found\n", path);
        fprintf(stderr, "tlc-c: error: cannot read `%s`: %s\n", path, strerror(errno));
        rc = 153;
        goto out;
    }
    lines out = split_lines(c, text, len);
    st.first_fairness = true;
    rc = file_options(c, &out, &st);
    if (rc) { free(text); free(out.l); goto out; }
    if (!translate(c, &out)) {
        print_diags(c, text, len);
        bool unsupported = c->ndiags && c->diags[0].java && strstr(c->diags[0].java, "not supported yet");
        rc = unsupported ? 151 : 150;
        free(text);
        free(out.l);
        goto out;
    }
    if (!c->o.noold) {
        char *old = pcal_strf(c, "%s.old", stem);
        unlink(old);
        FILE *f = fopen(old, "w");
        if (f) { fwrite(text, 1, len, f); fclose(f); }
    }
    free(text);
    if (!write_lines(path, &out)) {
        fprintf(stderr, "tlc-c: error: could not write `%s`: %s\n", path, strerror(errno));
        free(out.l);
        rc = 153;
        goto out;
    }
    free(out.l);
    printf("New file %s written.\n", path);
    char *cfgpath = pcal_strf(c, "%s.cfg", stem);
    if (!c->o.nocfg && access(cfgpath, F_OK) == 0 && access(cfgpath, W_OK) != 0) {
        printf("File %s.cfg is read only, new version not written.\n", stem);   /* as pcal.trans */
    } else if (!c->o.nocfg) {
        if (write_cfg(c, cfgpath)) {
            printf("New file %s.cfg written.\n", stem);
        } else {
            fprintf(stderr, "tlc-c: error: could not write `%s.cfg`\n", stem);
            rc = 153;
        }
    }
out:
    free(c->diags);
    arena_free(&c->a);
    return rc;
}

int pcal_check_algorithm(const char *path)
{
    pcal_ctx ctx;
    pcal_ctx *c = &ctx;
    ctx_init(c);
    c->path = path;
    c->o.label = true;   /* the module may have been translated with -label: only real errors count */
    int rc = 0;
    size_t len = 0;
    char *text = util_read_file(path, &len);
    if (!text) goto out;
    if (!strstr(text, "--algorithm") && !strstr(text, "--fair")) goto free_text;
    lines v = split_lines(c, text, len);
    optstate st = {true, false};
    rc = file_options(c, &v, &st);
    if (!rc && !translate(c, &v)) {
        print_diags(c, text, len);
        rc = 150;
    }
    free(v.l);
free_text:
    free(text);
out:
    free(c->diags);
    arena_free(&c->a);
    return rc;
}

pcal_status pcal_check_module(const char *path, const char *module, FILE *out)
{
    pcal_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    pcal_ctx *c = &ctx;
    arena_init(&c->a);
    size_t len = 0;
    char *text = util_read_file(path, &len);
    pcal_status st = PCAL_NONE;
    if (!text) goto done;
    lines v = split_lines(c, text, len);
    free(text);
    int aline = -1;
    bool fair = false;
    for (int i = 0; i < v.n && aline < 0; i++) {
        if (strstr(v.l[i], "--algorithm")) aline = i;
        else if (strstr(v.l[i], "--fair")) { aline = i; fair = true; }
    }
    int tline = find_token_pair(&v, 0, "BEGIN", "TRANSLATION");
    int eline = tline < 0 ? -1 : find_token_pair(&v, tline + 1, "END", "TRANSLATION");
    if (aline < 0) goto free_lines;
    if (tline < 0 || eline < 0 || eline == tline + 1) {   /* no block, or an empty one */
        st = PCAL_NO_TRANSLATION;
        fprintf(out, "tlc-c: note: module %s holds a PlusCal algorithm but no translation; make one with "
                     "`tlc-c --translate %s`.\n", module, path);
        goto free_lines;
    }
    st = PCAL_CURRENT;
    sums s = find_sums(v.l[tline]);
    if (!s.found) goto free_lines;
    bool tla_changed = false, pcal_changed = false;
    if (s.tla_b >= 0) {
        char sum[9];
        checksum_lines(v.l + tline + 1, eline - tline - 1, sum);
        tla_changed = (int)strlen(sum) != s.tla_e - s.tla_b || strncmp(sum, v.l[tline] + s.tla_b, strlen(sum));
    }
    if (s.pcal_b >= 0) {
        /* as TLC does: translate the algorithm (its own options only) and compare */
        char *sum = "";
        if (fair) {
            sum = "7c28162a";
        } else {
            optstate ost = {true, false};
            lines copy = {0};
            for (int i = 0; i < v.n; i++) lines_insert(&copy, copy.n, v.l[i]);
            c->o.fairness = "";
            c->o.label_root = "Lbl_";
            c->o.line_width = 78;
            c->next_label = 1;
            c->path = path;
            if (file_options(c, &copy, &ost) == 0 && translate(c, &copy)) sum = c->psum;
            free(copy.l);
        }
        pcal_changed = (int)strlen(sum) != s.pcal_e - s.pcal_b || strncmp(sum, v.l[tline] + s.pcal_b, strlen(sum));
    }
    if (tla_changed && pcal_changed) {
        st = PCAL_BOTH_CHANGED;
        fprintf(out, "!! WARNING: Both the PlusCal algorithm and its TLA+ translation in module %s filename have changed since the last translation.\n", module);
    } else if (pcal_changed) {
        st = PCAL_PCAL_CHANGED;
        fprintf(out, "!! WARNING: The PlusCal algorithm in module %s has changed since its last translation.\n", module);
    } else if (tla_changed) {
        st = PCAL_TLA_CHANGED;
        fprintf(out, "!! WARNING: The TLA+ translation in module %s has changed since its last translation.\n", module);
    }
free_lines:
    free(v.l);
done:
    free(c->diags);
    arena_free(&c->a);
    return st;
}
