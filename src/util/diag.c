/* diag.c - located diagnostics in the compiler style: "file:line:col: error: message", the source
 * line, and a caret under the column (columns count code points, so the caret lines up under
 * Unicode symbols too). */
#include "util.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

typedef struct source_file {
    atom path;
    char *text;
    size_t len;
    size_t *line_starts;   /* offset of each line's first byte; line_starts[0] is line 1 */
    size_t nlines;
    struct source_file *next;
} source_file;

static struct {
    pthread_mutex_t lock;
    source_file *files;
    FILE *out;
    atomic_uint errors;
} diag = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* Per thread: the loader's observer sees only the diagnostics of the thread that set it. */
static _Thread_local struct {
    util_diag_observer fn;
    void *ctx;
} observer;

atom util_source_register(const char *path, const char *text, size_t len)
{
    source_file *f = util_xcalloc(1, sizeof *f);
    f->path = util_intern(path);
    f->text = util_xmalloc(len + 1);
    memcpy(f->text, text, len);
    f->text[len] = 0;
    f->len = len;
    size_t cap = 64;
    f->line_starts = util_xmalloc(cap * sizeof(size_t));
    f->line_starts[f->nlines++] = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '\n') continue;
        if (f->nlines == cap) f->line_starts = util_xrealloc(f->line_starts, (cap *= 2) * sizeof(size_t));
        f->line_starts[f->nlines++] = i + 1;
    }
    pthread_mutex_lock(&diag.lock);
    /* a file read again (the REPL, the fuzzer) replaces its old text */
    for (source_file **p = &diag.files; *p; p = &(*p)->next)
        if ((*p)->path == f->path) {
            source_file *old = *p;
            *p = old->next;
            free(old->text);
            free(old->line_starts);
            free(old);
            break;
        }
    f->next = diag.files;
    diag.files = f;
    pthread_mutex_unlock(&diag.lock);
    return f->path;
}

const char *util_source_line(atom file, uint32_t line, size_t *len)
{
    pthread_mutex_lock(&diag.lock);
    source_file *f = diag.files;
    while (f && f->path != file) f = f->next;
    pthread_mutex_unlock(&diag.lock);
    if (!f || line == 0 || line > f->nlines) return NULL;
    size_t start = f->line_starts[line - 1];
    size_t end = line < f->nlines ? f->line_starts[line] - 1 : f->len;
    if (end > start && f->text[end - 1] == '\r') end--;
    *len = end - start;
    return f->text + start;
}

void util_diag_stream(FILE *out) { diag.out = out; }
void util_diag_observe(util_diag_observer fn, void *ctx)
{
    observer.fn = fn;
    observer.ctx = ctx;
}
FILE *util_diag_out(void) { return diag.out ? diag.out : stderr; }
unsigned util_error_count(void) { return atomic_load(&diag.errors); }
void util_error_count_reset(void) { atomic_store(&diag.errors, 0); }

static const char *level_name(diag_level level)
{
    switch (level) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    default: return "note";
    }
}

/* The caret line copies the tabs of the source line so the caret sits under the right column;
 * `pad` columns precede the quoted text. */
static void print_caret(FILE *out, int pad, const char *line, size_t len, uint32_t col, uint32_t width)
{
    fprintf(out, "    %*s", pad, "");
    uint32_t c = 1;
    for (size_t i = 0; i < len && c < col; i++) {
        if (((unsigned char)line[i] & 0xC0) == 0x80) continue;
        fputc(line[i] == '\t' ? '\t' : ' ', out);
        c++;
    }
    fputc('^', out);
    for (uint32_t i = 1; i < width && i < 80; i++) fputc('~', out);
    fputc('\n', out);
}

/* Byte offset of code point `col` (1-based) of line[0..len), or len. */
static size_t byte_of_col(const char *line, size_t len, uint32_t col)
{
    uint32_t c = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)line[i] & 0xC0) != 0x80 && ++c == col) return i;
    return len;
}

enum { LINE_SHOWN = 160, LINE_BEFORE = 60 };   /* code points of a long line quoted, and before the caret */

/* The source line and the caret; a long line (generated specs) is quoted around the column only. */
static void print_source(FILE *out, const char *line, size_t len, uint32_t col, uint32_t width)
{
    if (util_utf8_width(line, len) <= LINE_SHOWN) {
        fprintf(out, "    %.*s\n", (int)len, line);
        print_caret(out, 0, line, len, col, width);
        return;
    }
    uint32_t first = col > LINE_BEFORE ? col - LINE_BEFORE : 1;
    size_t from = byte_of_col(line, len, first), to = byte_of_col(line, len, first + LINE_SHOWN);
    const char *pre = first > 1 ? "..." : "", *post = to < len ? "..." : "";
    fprintf(out, "    %s%.*s%s\n", pre, (int)(to - from), line + from, post);
    print_caret(out, (int)strlen(pre), line + from, to - from, col - first + 1, width);
}

/* The observer gets the message formatted on its own (ap is copied: the caller prints it after). */
static void notify_observer(diag_level level, syn_loc loc, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int len = vsnprintf(NULL, 0, fmt, again);
    va_end(again);
    size_t size = (size_t)(len > 0 ? len : 0) + 1;
    char *message = util_xmalloc(size);
    va_copy(again, ap);
    vsnprintf(message, size, fmt, again);
    va_end(again);
    observer.fn(observer.ctx, level, loc, message);
    free(message);
}

void util_vdiag(FILE *out, diag_level level, syn_loc loc, const char *hint, const char *fmt, va_list ap)
{
    if (level == DIAG_ERROR) atomic_fetch_add(&diag.errors, 1);
    if (observer.fn) notify_observer(level, loc, fmt, ap);
    if (loc.file && loc.line)
        fprintf(out, "%s:%u:%u: %s: ", loc.file, loc.line, loc.col, level_name(level));
    else
        fprintf(out, "tlc-c: %s: ", level_name(level));
    vfprintf(out, fmt, ap);
    fputc('\n', out);
    size_t len;
    const char *line = loc.file && loc.line ? util_source_line(loc.file, loc.line, &len) : NULL;
    if (line) {
        uint32_t width = loc.end_line == loc.line && loc.end_col >= loc.col ? loc.end_col - loc.col + 1 : 1;
        print_source(out, line, len, loc.col ? loc.col : 1, width);
    }
    if (hint) fprintf(out, "  hint: %s\n", hint);
}

void util_diag(diag_level level, syn_loc loc, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    util_vdiag(util_diag_out(), level, loc, hint, fmt, ap);
    va_end(ap);
}

_Noreturn void util_panic(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "tlc-c: internal error at %s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

void util_loc_module(const syn_loc *l, char *buf, size_t n)
{
    const char *f = l->file ? l->file : "?";
    const char *slash = strrchr(f, '/');
    snprintf(buf, n, "%s", slash ? slash + 1 : f);
    size_t len = strlen(buf);
    if (len > 4 && !strcmp(buf + len - 4, ".tla")) buf[len - 4] = 0;
}

void util_loc_span(const syn_loc *l, char *buf, size_t n)
{
    char module[NAME_MAX + 1];
    util_loc_module(l, module, sizeof module);
    snprintf(buf, n, "line %u, col %u to line %u, col %u of module %s", l->line, l->col, l->end_line, l->end_col,
             module);
}
