/* checkpoint.c - the checkpoint file: written through a checksum to a temporary name, fsynced and
 * renamed over the previous one (then the folder fsynced), so that a kill at any instant leaves
 * either the previous checkpoint or the new one, whole. Read back only after the checksum of the
 * whole file has been checked.
 *
 * Layout (little-endian 64-bit words unless said): "TLCCCKPT", the format version, the client's
 * meta (length, bytes), then what explore.c puts (counters, fingerprints, trace store, queue), then
 * the XXH3-64 of everything before it. */
#include "explore_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

static const char MAGIC[8] = {'T', 'L', 'C', 'C', 'C', 'K', 'P', 'T'};
enum { FORMAT = 3, BUFFER = 1 << 20 };   /* 2: the strings made during the search; 3: SYMMETRY's least images taken over the variables that are not sets first */

static char *path_in(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = util_xmalloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* mkdir -p */
static bool make_folder(const char *dir)
{
    char *p = util_xstrdup(dir);
    bool ok = true;
    for (char *q = p + 1; ok; q++) {
        if (*q != '/' && *q) continue;
        char c = *q;
        *q = 0;
        ok = mkdir(p, 0777) == 0 || errno == EEXIST;
        *q = c;
        if (!c) break;
    }
    free(p);
    return ok;
}

bool ckpt_open(ckpt_writer *w, const char *dir)
{
    memset(w, 0, sizeof *w);
    w->dir = dir;
    w->tmp = path_in(dir, "checkpoint.tmp");
    w->hash = XXH3_createState();
    w->ok = w->hash && make_folder(dir) && (w->f = fopen(w->tmp, "wb")) != NULL;
    if (!w->ok) w->err = errno ? errno : EIO;
    if (w->ok) {
        setvbuf(w->f, NULL, _IOFBF, BUFFER);
        XXH3_64bits_reset(w->hash);
        ckpt_put(w, MAGIC, sizeof MAGIC);
        ckpt_u64(w, FORMAT);
    }
    return w->ok;
}

void ckpt_put(ckpt_writer *w, const void *p, size_t n)
{
    if (!w->ok || !n) return;
    XXH3_64bits_update(w->hash, p, n);
    if (fwrite(p, 1, n, w->f) != n) {
        w->ok = false;
        w->err = errno ? errno : ENOSPC;
    }
}

void ckpt_u64(ckpt_writer *w, uint64_t v) { ckpt_put(w, &v, sizeof v); }

static void writer_free(ckpt_writer *w)
{
    if (w->f) fclose(w->f);
    w->f = NULL;
    if (w->tmp) unlink(w->tmp);
    free(w->tmp);
    w->tmp = NULL;
    if (w->hash) XXH3_freeState(w->hash);
    w->hash = NULL;
}

bool ckpt_commit(ckpt_writer *w)
{
    if (w->ok) {
        uint64_t sum = XXH3_64bits_digest(w->hash);
        if (fwrite(&sum, sizeof sum, 1, w->f) != 1 || fflush(w->f) != 0 || fsync(fileno(w->f)) != 0) w->ok = false;
        if (fclose(w->f) != 0) w->ok = false;
        w->f = NULL;
        if (!w->ok) w->err = errno ? errno : EIO;
    }
    if (w->ok) {
        char *final = path_in(w->dir, "checkpoint");
        w->ok = rename(w->tmp, final) == 0;
        if (!w->ok) w->err = errno;
        free(final);
        int fd = open(w->dir, O_RDONLY | O_DIRECTORY);
        if (fd >= 0) {
            fsync(fd);   /* the rename itself survives a crash */
            close(fd);
        }
    }
    bool ok = w->ok;
    if (ok) {
        free(w->tmp);
        w->tmp = NULL;
    }
    writer_free(w);
    return ok;
}

void ckpt_abort(ckpt_writer *w) { writer_free(w); }

/* ---- reading ---------------------------------------------------------------------------------- */

static bool read_exact(FILE *f, void *p, size_t n) { return fread(p, 1, n, f) == n; }

/* Check the magic, the format and the checksum of the whole file; on success the reader stands
 * after the format word, with the payload's size known. */
bool ckpt_read_open(ckpt_reader *r, const char *dir, char *why, size_t why_size)
{
    memset(r, 0, sizeof *r);
    char *path = path_in(dir, "checkpoint");
    r->f = fopen(path, "rb");
    free(path);
    if (!r->f) {
        snprintf(why, why_size, "cannot read %s/checkpoint: %s", dir, strerror(errno));
        return false;
    }
    setvbuf(r->f, NULL, _IOFBF, BUFFER);
    struct stat st;
    char magic[8];
    uint64_t format = 0;
    if (fstat(fileno(r->f), &st) != 0 || st.st_size < (off_t)(sizeof magic + 16) || !read_exact(r->f, magic, 8) ||
        memcmp(magic, MAGIC, 8) != 0 || !read_exact(r->f, &format, 8) || format != FORMAT) {
        snprintf(why, why_size, "%s/checkpoint is not a tlc-c checkpoint of this version", dir);
        ckpt_read_close(r);
        return false;
    }
    XXH3_state_t *h = XXH3_createState();
    XXH3_64bits_reset(h);
    XXH3_64bits_update(h, magic, 8);
    XXH3_64bits_update(h, &format, 8);
    uint64_t left = (uint64_t)st.st_size - 24, sum = 0;
    uint8_t *buf = util_xmalloc(BUFFER);
    bool ok = true;
    while (left && ok) {
        size_t n = left < BUFFER ? (size_t)left : BUFFER;
        ok = read_exact(r->f, buf, n);
        XXH3_64bits_update(h, buf, n);
        left -= n;
    }
    ok = ok && read_exact(r->f, &sum, 8) && sum == XXH3_64bits_digest(h);
    free(buf);
    XXH3_freeState(h);
    if (!ok || fseek(r->f, 16, SEEK_SET) != 0) {
        snprintf(why, why_size, "%s/checkpoint is damaged (its checksum does not match)", dir);
        ckpt_read_close(r);
        return false;
    }
    r->ok = true;
    return true;
}

void ckpt_get(ckpt_reader *r, void *p, size_t n)
{
    if (r->ok && n && !read_exact(r->f, p, n)) r->ok = false;
    if (!r->ok) memset(p, 0, n);
}

uint64_t ckpt_get_u64(ckpt_reader *r)
{
    uint64_t v;
    ckpt_get(r, &v, sizeof v);
    return v;
}

void ckpt_read_close(ckpt_reader *r)
{
    if (r->f) fclose(r->f);
    r->f = NULL;
}

uint8_t *explore_checkpoint_meta(const char *dir, uint32_t *len, char *why, size_t why_size)
{
    ckpt_reader r;
    if (!ckpt_read_open(&r, dir, why, why_size)) return NULL;
    uint64_t n = ckpt_get_u64(&r);
    uint8_t *meta = r.ok && n < (1u << 20) ? util_xmalloc(n + 1) : NULL;
    if (meta) ckpt_get(&r, meta, n);
    if (!meta || !r.ok) {
        snprintf(why, why_size, "%s/checkpoint is damaged", dir);
        free(meta);
        meta = NULL;
    }
    *len = (uint32_t)n;
    ckpt_read_close(&r);
    return meta;
}
