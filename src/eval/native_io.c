/* native_io.c - the community modules that reach outside the model: IOUtils (running commands, the
 * environment, text files, atoi) and CSV (appending and reading lines). They do what TLC's Java
 * overrides do, so that a spec written for TLC behaves the same; IOSerialize and IODeserialize
 * (TLC's binary value format) are refused.
 *
 * Templates (IOExecTemplate, CSVWrite) follow Java's String.format for what they use: %s and %N$s
 * take the arguments as text, %n is a newline and %% a percent sign. */
#include "eval_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define W (call->w)
#define A (&call->w->scratch)

static const char *str_arg(native_call *call, uint32_t i, const char *op)
{
    val v = native_arg(call, i);
    if (!val_is_str(v)) native_fail(call, "argument %u of %s must be a string, not %s", i + 1, op, val_to_string(A, v));
    return val_get_str(v);
}

static val seq_arg(native_call *call, uint32_t i, const char *op)
{
    val v = native_arg(call, i);
    if (!val_is_seq(v)) native_fail(call, "argument %u of %s must be a sequence, not %s", i + 1, op, val_to_string(A, v));
    return v;
}

/* The elements of a sequence of strings, NULL-terminated (for argv). */
static char **strings_of(native_call *call, val seq, const char *op)
{
    char **out = arena_alloc(A, sizeof(char *) * (val_len(seq) + 1));
    for (uint32_t i = 0; i < val_len(seq); i++) {
        val s = val_seq_at(seq, i);
        if (!val_is_str(s)) native_fail(call, "%s needs a sequence of strings, not one holding %s", op, val_to_string(A, s));
        out[i] = (char *)val_get_str(s);
    }
    out[val_len(seq)] = NULL;
    return out;
}

/* A value as Java's toUnquotedString gives it: strings without quotes, the rest as TLC prints it. */
static const char *unquoted(native_call *call, val v)
{
    return val_is_str(v) ? val_get_str(v) : val_to_string(A, v);
}

static val str_val(const char *s) { return val_str(util_intern(s)); }

/* ---- Java's String.format, for %s ------------------------------------------------------------ */

static char *java_format(native_call *call, const char *tmpl, char *const *args, uint32_t nargs)
{
    native_text t = {A, "", 0, 0};
    uint32_t next = 0;
    for (const char *p = tmpl; *p; p++) {
        if (*p != '%') {
            native_text_put(&t, p, 1);
            continue;
        }
        char *end;
        long index = strtol(p + 1, &end, 10);
        bool explicit_index = end > p + 1 && *end == '$';
        const char *conv = explicit_index ? end + 1 : p + 1;
        if (*conv == '%' || *conv == 'n') {
            native_text_put(&t, *conv == '%' ? "%" : "\n", 1);
        } else if (*conv == 's' || *conv == 'S') {
            long k = explicit_index ? index - 1 : (long)next++;
            if (k < 0 || k >= (long)nargs)
                native_fail(call, "the template \"%s\" needs more than the %u arguments given", tmpl, nargs);
            native_text_put(&t, args[k], strlen(args[k]));
        } else {
            native_fail(call, "the template \"%s\": only %%s, %%N$s, %%n and %%%% are supported", tmpl);
        }
        p = conv;
    }
    return t.s;
}

/* ---- running commands ------------------------------------------------------------------------- */

/* Read both pipes to their ends (alternating, so that neither fills up and blocks the child). */
static void drain(int out_fd, int err_fd, FILE *out, FILE *err)
{
    struct pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    FILE *sinks[2] = {out, err};
    int open = 2;
    char buf[4096];
    while (open > 0) {
        if (poll(fds, 2, -1) < 0 && errno != EINTR) break;
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                fwrite(buf, 1, (size_t)n, sinks[i]);
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open--;
            }
        }
    }
}

/* Spawn argv (searched in PATH) with environment envp, stdin from /dev/null; the record
 * [exitValue |-> code, stdout |-> text, stderr |-> text] IOExec returns. */
static val run_process(native_call *call, char *const *argv, char *const *envp, const char *op)
{
    if (!argv[0]) native_fail(call, "%s needs a command", op);
    int out_pipe[2], err_pipe[2];
    if (pipe(out_pipe) || pipe(err_pipe)) native_fail(call, "%s: %s", op, strerror(errno));
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err_pipe[1], 2);
    posix_spawn_file_actions_addclose(&fa, out_pipe[0]);
    posix_spawn_file_actions_addclose(&fa, err_pipe[0]);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, envp);
    posix_spawn_file_actions_destroy(&fa);
    close(out_pipe[1]);
    close(err_pipe[1]);
    if (rc) {
        close(out_pipe[0]);
        close(err_pipe[0]);
        native_fail(call, "%s: cannot run %s: %s", op, argv[0], strerror(rc));
    }
    char *out_text = NULL, *err_text = NULL;
    size_t out_len = 0, err_len = 0;
    FILE *out = open_memstream(&out_text, &out_len), *err = open_memstream(&err_text, &err_len);
    drain(out_pipe[0], err_pipe[0], out, err);
    fclose(out);
    fclose(err);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) continue;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);   /* as Java reports it */
    atom names[3] = {util_intern("exitValue"), util_intern("stdout"), util_intern("stderr")};
    val vals[3] = {val_int(code), str_val(out_text), str_val(err_text)};
    free(out_text);
    free(err_text);
    return val_record_make(A, names, vals, 3);
}

/* The process environment with the record's fields added or replaced (values as unquoted text). */
static char **environment_with(native_call *call, val rec, const char *op)
{
    if (rec.kind == VAL_SEQ && val_len(rec) == 0) return environ;   /* the empty record */
    if (rec.kind != VAL_FUNC) native_fail(call, "%s needs a record of environment variables, not %s", op, val_to_string(A, rec));
    size_t n = 0;
    while (environ[n]) n++;
    char **envp = arena_alloc(A, sizeof(char *) * (n + rec.u.fn->n + 1));
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        bool replaced = false;
        for (uint32_t j = 0; j < rec.u.fn->n && !replaced; j++) {
            const char *name = unquoted(call, rec.u.fn->dom[j]);
            size_t len = strlen(name);
            replaced = !strncmp(environ[i], name, len) && environ[i][len] == '=';
        }
        if (!replaced) envp[k++] = environ[i];
    }
    for (uint32_t j = 0; j < rec.u.fn->n; j++)
        envp[k++] = arena_printf(A, "%s=%s", unquoted(call, rec.u.fn->dom[j]), unquoted(call, rec.u.fn->rng[j]));
    envp[k] = NULL;
    return envp;
}

/* The command of IOExecTemplate: each part formatted with all the parameters. */
static char **templated(native_call *call, val tmpl, val params, const char *op)
{
    char **parts = strings_of(call, tmpl, op), **args = strings_of(call, params, op);
    for (uint32_t i = 0; parts[i]; i++) parts[i] = java_format(call, parts[i], args, val_len(params));
    return parts;
}

static val io_exec(native_call *call)
{
    return run_process(call, strings_of(call, seq_arg(call, 0, "IOExec"), "IOExec"), environ, "IOExec");
}

static val io_env_exec(native_call *call)
{
    char **envp = environment_with(call, native_arg(call, 0), "IOEnvExec");
    return run_process(call, strings_of(call, seq_arg(call, 1, "IOEnvExec"), "IOEnvExec"), envp, "IOEnvExec");
}

static val io_exec_template(native_call *call)
{
    const char *op = "IOExecTemplate";
    return run_process(call, templated(call, seq_arg(call, 0, op), seq_arg(call, 1, op), op), environ, op);
}

static val io_env_exec_template(native_call *call)
{
    const char *op = "IOEnvExecTemplate";
    char **envp = environment_with(call, native_arg(call, 0), op);
    return run_process(call, templated(call, seq_arg(call, 1, op), seq_arg(call, 2, op), op), envp, op);
}

/* ---- the environment, numbers ------------------------------------------------------------------ */

/* IOEnv is read once per process (as TLC does) into a record that lives as long as the process. */
static pthread_once_t env_once = PTHREAD_ONCE_INIT;
static arena env_arena;
static val env_record;

static void read_environment(void)
{
    arena_init(&env_arena);
    size_t n = 0;
    while (environ[n]) n++;
    atom *names = arena_alloc(&env_arena, sizeof(atom) * (n + 1));
    val *vals = arena_alloc(&env_arena, sizeof(val) * (n + 1));
    uint32_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *eq = strchr(environ[i], '=');
        if (!eq) continue;
        names[k] = util_intern_n(environ[i], (size_t)(eq - environ[i]));
        vals[k++] = str_val(eq + 1);
    }
    env_record = val_record_make(&env_arena, names, vals, k);
}

static val io_env(native_call *call)
{
    pthread_once(&env_once, read_environment);
    return env_record;
}

/* atoi(s): s as a decimal integer (Java's Integer.parseInt: 32 bits). */
static val io_atoi(native_call *call)
{
    val v = native_arg(call, 0);
    const char *s = val_is_str(v) ? val_get_str(v) : "";
    const char *digits = *s == '+' || *s == '-' ? s + 1 : s;
    char *end;
    errno = 0;
    long long n = strtoll(s, &end, 10);
    if (!val_is_str(v) || *digits < '0' || *digits > '9' || *end || errno == ERANGE || n < INT32_MIN || n > INT32_MAX)
        native_fail(call, "atoi needs a string holding an integer, not %s", val_to_string(A, v));
    return val_int(n);
}

/* zeroPadN(n, width): ToString(n) after width - Len(ToString(n)) zeros (none if that is not positive). */
static val io_zero_pad(native_call *call)
{
    const char *s = val_to_string(A, native_arg(call, 0));
    int64_t width = native_int_arg(call, 1);
    int64_t pad = width - (int64_t)util_utf8_width(s, strlen(s));
    if (pad <= 0) return str_val(s);
    if (pad > 1 << 20) native_fail(call, "zeroPadN: a width of %lld is too large", (long long)width);
    char *buf = arena_alloc(A, (size_t)pad + strlen(s) + 1);
    memset(buf, '0', (size_t)pad);
    strcpy(buf + pad, s);
    return str_val(buf);
}

/* ---- text files: Serialize and Deserialize with format "TXT" ----------------------------------- */

static val field(native_call *call, val rec, const char *name, const char *op)
{
    val out;
    if (val_apply(A, rec, str_val(name), &out))
        native_fail(call, "%s: the options record has no field %s", op, name);
    return out;
}

static val exec_record(native_call *call, int code, const char *out, const char *err)
{
    atom names[3] = {util_intern("exitValue"), util_intern("stdout"), util_intern("stderr")};
    val vals[3] = {val_int(code), str_val(out), str_val(err)};
    return val_record_make(A, names, vals, 3);
}

/* Java's StandardOpenOption names as open(2) flags; none given means CREATE, TRUNCATE_EXISTING. */
static int open_flags(native_call *call, val options, const char *op)
{
    if (val_len(options) == 0) return O_WRONLY | O_CREAT | O_TRUNC;
    static const struct { const char *name; int flag; } known[] = {
        {"WRITE", O_WRONLY}, {"APPEND", O_WRONLY | O_APPEND}, {"CREATE", O_CREAT}, {"CREATE_NEW", O_CREAT | O_EXCL},
        {"TRUNCATE_EXISTING", O_TRUNC}, {"SYNC", O_SYNC}, {"DSYNC", O_DSYNC},
    };
    int flags = O_WRONLY;
    char **names = strings_of(call, options, op);
    for (uint32_t i = 0; names[i]; i++) {
        size_t k = 0;
        while (k < sizeof known / sizeof *known && strcmp(known[k].name, names[i])) k++;
        if (k == sizeof known / sizeof *known) native_fail(call, "%s: unknown open option \"%s\"", op, names[i]);
        flags |= known[k].flag;
    }
    return flags;
}

static void check_charset(native_call *call, const char *charset, const char *op)
{
    if (strcasecmp(charset, "UTF-8") && strcasecmp(charset, "UTF8") && strcasecmp(charset, "US-ASCII"))
        native_fail(call, "%s: the charset \"%s\" is not supported (UTF-8 is)", op, charset);
}

static bool write_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, s, n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return false;
        s += k;
        n -= (size_t)k;
    }
    return true;
}

/* Serialize(payload, path, [format |-> "TXT", charset |-> ..., openOptions |-> <<...>>]): the
 * result record and its messages are TLC's, spelling included. */
static val io_serialize(native_call *call)
{
    const char *op = "Serialize";
    val options = native_arg(call, 2);
    val format = field(call, options, "format", op);
    if (!val_is_str(format) || strcmp(val_get_str(format), "TXT"))
        native_fail(call, "Serialize: the format %s is not supported (\"TXT\" is)", val_to_string(A, format));
    const char *payload = str_arg(call, 0, op), *path = str_arg(call, 1, op);
    val charset = field(call, options, "charset", op), opts = field(call, options, "openOptions", op);
    if (!val_is_str(charset) || !val_is_seq(opts))
        return exec_record(call, 1, "", "Serialize error invalid parameters: charset must be a string and openOptions a sequence");
    check_charset(call, val_get_str(charset), op);
    int fd = open(path, open_flags(call, opts, op), 0666);
    bool ok = fd >= 0 && write_all(fd, payload, strlen(payload));
    int err = errno;
    if (fd >= 0 && close(fd) && ok) {
        ok = false;
        err = errno;
    }
    if (ok) return exec_record(call, 0, "Finish writting to the file with success!", "");
    return exec_record(call, 1, "", arena_printf(A, "Serialize error writting to the file: %s: %s", path, strerror(err)));
}

/* Deserialize(path, [format |-> "TXT", charset |-> ...]): the file's text as stdout. */
static val io_deserialize(native_call *call)
{
    const char *op = "Deserialize";
    val options = native_arg(call, 1);
    val format = field(call, options, "format", op);
    if (!val_is_str(format) || strcmp(val_get_str(format), "TXT"))
        native_fail(call, "Deserialize: the format %s is not supported (\"TXT\" is)", val_to_string(A, format));
    const char *path = str_arg(call, 0, op);
    val charset = field(call, options, "charset", op);
    if (!val_is_str(charset)) return exec_record(call, 1, "", "Deserialize error invalid parameters: charset must be a string");
    check_charset(call, val_get_str(charset), op);
    size_t len;
    char *text = util_read_file(path, &len);
    if (!text)
        return exec_record(call, 1, "", arena_printf(A, "Deserialize error reading from the file: %s: %s", path, strerror(errno)));
    val r = exec_record(call, 0, text, "");
    free(text);
    return r;
}

static val io_binary(native_call *call)
{
    native_fail(call, "IOSerialize and IODeserialize (TLC's binary value format) are not supported yet");
}

/* ---- CSV --------------------------------------------------------------------------------------- */

static void append_line(native_call *call, const char *path, const char *line, const char *op)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0666);
    bool ok = fd >= 0 && write_all(fd, line, strlen(line)) && write_all(fd, "\n", 1);
    if (fd >= 0 && close(fd)) ok = false;
    if (!ok) native_fail(call, "%s: cannot write to %s: %s", op, path, strerror(errno));
}

/* CSVWrite(template, <<v1, v2, ...>>, file): the template filled with the values as TLC prints them
 * (strings quoted), appended to the file as one line. */
static val csv_write(native_call *call)
{
    const char *tmpl = str_arg(call, 0, "CSVWrite");
    val vals = seq_arg(call, 1, "CSVWrite");
    char **args = arena_alloc(A, sizeof(char *) * (val_len(vals) + 1));
    for (uint32_t i = 0; i < val_len(vals); i++) args[i] = val_to_string(A, val_seq_at(vals, i));
    append_line(call, str_arg(call, 2, "CSVWrite"), java_format(call, tmpl, args, val_len(vals)), "CSVWrite");
    return val_bool(true);
}

/* The lines of a file (0 when it does not exist), counting a last line without a newline. */
static int64_t count_lines(const char *path)
{
    size_t len;
    char *text = util_read_file(path, &len);
    if (!text) return 0;
    int64_t n = 0;
    for (size_t i = 0; i < len; i++) n += text[i] == '\n';
    if (len && text[len - 1] != '\n') n++;
    free(text);
    return n;
}

static val csv_records(native_call *call) { return val_int(count_lines(str_arg(call, 0, "CSVRecords"))); }

/* Text joined by the delimiter: the record's field names (headers) or its values, unquoted. */
static char *csv_row(native_call *call, val rec, const char *delim, bool names)
{
    native_text t = {A, "", 0, 0};
    for (uint32_t i = 0; i < rec.u.fn->n; i++)
        native_text_printf(&t, "%s%s", i ? delim : "", unquoted(call, names ? rec.u.fn->dom[i] : rec.u.fn->rng[i]));
    return t.s;
}

/* CSVWriteRecord(record, delim, headers, file): the field names first when `headers` holds and the
 * file is empty, then the values (fields in the record's canonical order). */
static val csv_write_record(native_call *call)
{
    const char *op = "CSVWriteRecord";
    val rec = native_arg(call, 0);
    if (rec.kind != VAL_FUNC) native_fail(call, "CSVWriteRecord needs a record, not %s", val_to_string(A, rec));
    const char *delim = str_arg(call, 1, op);
    val headers = native_arg(call, 2);
    if (!val_is_bool(headers)) native_fail(call, "the third argument of CSVWriteRecord must be a Boolean");
    const char *path = str_arg(call, 3, op);
    struct stat st;
    if (val_get_bool(headers) && (stat(path, &st) || st.st_size == 0)) append_line(call, path, csv_row(call, rec, delim, true), op);
    append_line(call, path, csv_row(call, rec, delim, false), op);
    return val_bool(true);
}

/* One line split at the delimiter into a record on the column names. */
static val csv_line(native_call *call, char *line, const char *delim, char **columns, uint32_t ncols, int64_t lineno)
{
    val *vals = arena_alloc(A, sizeof(val) * (ncols + 1));
    atom *names = arena_alloc(A, sizeof(atom) * (ncols + 1));
    size_t dl = strlen(delim);
    char *p = line;
    for (uint32_t i = 0; i < ncols; i++) {
        if (!p) native_fail(call, "CSVRead: line %lld has fewer than %u fields", (long long)lineno, ncols);
        char *end = dl ? strstr(p, delim) : NULL;
        names[i] = util_intern(columns[i]);
        vals[i] = val_str(util_intern_n(p, end ? (size_t)(end - p) : strlen(p)));
        p = end ? end + dl : NULL;
    }
    return val_record_make(A, names, vals, ncols);
}

/* CSVRead(columns, delimiter, file): the file's lines as records of strings. */
static val csv_read(native_call *call)
{
    char **columns = strings_of(call, seq_arg(call, 0, "CSVRead"), "CSVRead");
    uint32_t ncols = 0;
    while (columns[ncols]) ncols++;
    const char *delim = str_arg(call, 1, "CSVRead"), *path = str_arg(call, 2, "CSVRead");
    size_t len;
    char *file = util_read_file(path, &len);
    if (!file) native_fail(call, "CSVRead: cannot read %s: %s", path, strerror(errno));
    char *text = arena_strndup(A, file, len), *save = NULL;
    free(file);
    native_list rows = {A, NULL, 0, 0};
    int64_t lineno = 0;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r') line[n - 1] = 0;
        native_list_push(&rows, csv_line(call, line, delim, columns, ncols, ++lineno));
    }
    return val_seq_make(A, rows.items, rows.len);
}

const native_entry native_io[] = {
    {"IOUtils", "IOExec", io_exec},
    {"IOUtils", "IOEnvExec", io_env_exec},
    {"IOUtils", "IOExecTemplate", io_exec_template},
    {"IOUtils", "IOEnvExecTemplate", io_env_exec_template},
    {"IOUtils", "IOEnv", io_env},
    {"IOUtils", "atoi", io_atoi},
    {"IOUtils", "zeroPadN", io_zero_pad},
    {"IOUtils", "Serialize", io_serialize},
    {"IOUtils", "Deserialize", io_deserialize},
    {"IOUtils", "IOSerialize", io_binary},
    {"IOUtils", "IODeserialize", io_binary},
    {"CSV", "CSVWrite", csv_write},
    {"CSV", "CSVWriteRecord", csv_write_record},
    {"CSV", "CSVRead", csv_read},
    {"CSV", "CSVRecords", csv_records},
    {NULL, NULL, NULL},
};
