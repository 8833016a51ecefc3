/*
 * pdfextract.c - run pdftotext on one PDF and judge what comes back.
 *
 * Four steps: check the file starts like a PDF; spawn pdftotext with its
 * stdout and stderr on pipes; read both until they close, within a time
 * limit and a size cap; then judge the exit status, stderr and text (an
 * encrypted, damaged or image-only PDF is one error naming the file) and
 * hand the text to the loader.  Limits are constants below; nothing here
 * knows any particular report.
 */
#define _POSIX_C_SOURCE 200809L

#include "pdfextract.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ascii.h"
#include "buf.h"

extern char **environ;

#define TOOL "pdftotext"
#define TOOL_PACKAGE "poppler-utils"
#define MAX_TEXT_BYTES (256u << 20) /* larger than any committee report */
#define TIME_LIMIT_MS (120 * 1000)
#define KEEP_STDERR 4096            /* enough for its last complaint */
#define HEADER_WINDOW 1024          /* where "%PDF-" may start, as poppler */
#define MIN_CHARS_PER_PAGE 16       /* below this, pages carry no text */
#define SHOWN_COMPLAINT 200         /* bytes of a stderr line in a message */
#define CHILD_MISSING 127           /* exit code of a failed exec */

/* The running child and its two pipes. */
typedef struct child {
    pid_t pid;
    int out_fd, err_fd;
    long long deadline_ms;
} child;

/* How reading the child ended. */
typedef enum outcome { RAN, TOO_BIG, TIMED_OUT, READ_FAILED } outcome;

/* What one run gave: its text, the start of its stderr, how reading ended,
 * and its wait status. */
typedef struct run {
    evx_buf text, err;
    outcome how;
    int wstatus;
} run;

int evx_pdf_path(const char *path)
{
    static const char ext[] = ".pdf";
    size_t n = strlen(path), k = sizeof ext - 1;
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++) {
        unsigned char c = (unsigned char)path[n - k + i];
        if ((evx_ascii_upper(c) ? c + ('a' - 'A') : c) != ext[i])
            return 0;
    }
    return 1;
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* EVX_OK if the file opens and "%PDF-" is in its first 1 KiB (where
 * poppler looks), EVX_PARSE (with an error) if not; EVX_NOT_FOUND/EVX_IO
 * if it cannot be read. */
static evx_status check_header(const char *path, const char *name,
                               evx_diag *diag)
{
    char head[HEADER_WINDOW];
    FILE *f = fopen(path, "rb");
    if (!f)
        return errno == ENOENT || errno == ENOTDIR ? EVX_NOT_FOUND : EVX_IO;
    size_t n = fread(head, 1, sizeof head, f);
    int failed = ferror(f);
    fclose(f);
    if (failed)
        return EVX_IO;
    for (size_t i = 0; i + 5 <= n; i++)
        if (memcmp(head + i, "%PDF-", 5) == 0)
            return EVX_OK;
    evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                 "not a PDF file (no %%PDF- header in its first %d bytes)",
                 HEADER_WINDOW);
    return EVX_PARSE;
}

/* A pipe whose ends are closed in the child at exec (the child gets its
 * own copies through dup2). */
static int cloexec_pipe(int fds[2])
{
    if (pipe(fds) != 0)
        return errno;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
}

static void close_fd(int *fd)
{
    if (*fd >= 0)
        close(*fd);
    *fd = -1;
}

/* Starts pdftotext on path with stdin from /dev/null and stdout, stderr on
 * pipes.  0, or an errno (ENOENT: not installed). */
static int spawn_tool(child *c, const char *path)
{
    char *argv[] = {TOOL, "-enc", "UTF-8", "-eol", "unix", "--",
                    (char *)path, "-", NULL};
    int out[2] = {-1, -1}, err[2] = {-1, -1};
    posix_spawn_file_actions_t fa;
    int e = cloexec_pipe(out);
    if (!e)
        e = cloexec_pipe(err);
    if (!e)
        e = posix_spawn_file_actions_init(&fa);
    if (!e) {
        posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&fa, out[1], 1);
        posix_spawn_file_actions_adddup2(&fa, err[1], 2);
        e = posix_spawnp(&c->pid, TOOL, &fa, NULL, argv, environ);
        posix_spawn_file_actions_destroy(&fa);
    }
    close_fd(&out[1]);
    close_fd(&err[1]);
    if (e) {
        close_fd(&out[0]);
        close_fd(&err[0]);
        return e;
    }
    c->out_fd = out[0];
    c->err_fd = err[0];
    c->deadline_ms = now_ms() + TIME_LIMIT_MS;
    return 0;
}

/* Appends a chunk read from the child: all of stdout up to the cap, the
 * first KEEP_STDERR bytes of stderr.  0, or -1 past the cap. */
static int keep_chunk(run *r, int from_stdout, const char *s, size_t n)
{
    if (!from_stdout) {
        size_t room = r->err.len < KEEP_STDERR ? KEEP_STDERR - r->err.len : 0;
        evx_buf_append(&r->err, s, n < room ? n : room);
        return 0;
    }
    if (r->text.len + n > MAX_TEXT_BYTES)
        return -1;
    evx_buf_append(&r->text, s, n);
    return 0;
}

/* Reads both pipes until the child closes them, the deadline passes or the
 * text passes its cap. */
static outcome collect(const child *c, run *r)
{
    struct pollfd fds[2] = {{c->out_fd, POLLIN, 0}, {c->err_fd, POLLIN, 0}};
    char chunk[65536];
    int open_fds = 2;

    while (open_fds > 0) {
        long long left = c->deadline_ms - now_ms();
        if (left <= 0)
            return TIMED_OUT;
        int ready = poll(fds, 2, (int)left);
        if (ready < 0 && errno != EINTR)
            return READ_FAILED;
        for (int i = 0; ready > 0 && i < 2; i++) {
            if (fds[i].fd < 0 || !fds[i].revents)
                continue;
            ssize_t got = read(fds[i].fd, chunk, sizeof chunk);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                return READ_FAILED;
            if (got == 0) {
                fds[i].fd = -1; /* poll skips negative descriptors */
                open_fds--;
            } else if (keep_chunk(r, i == 0, chunk, (size_t)got) < 0) {
                return TOO_BIG;
            }
        }
    }
    return RAN;
}

/* Waits for the child until its deadline, then kills it; its wait status
 * goes to *wstatus.  A child stopped early is killed at once. */
static void reap(const child *c, int stop_now, int *wstatus)
{
    while (!stop_now && now_ms() < c->deadline_ms) {
        pid_t got = waitpid(c->pid, wstatus, WNOHANG);
        if (got == c->pid || (got < 0 && errno != EINTR))
            return;
        struct timespec pause = {0, 10 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
    kill(c->pid, SIGKILL);
    while (waitpid(c->pid, wstatus, 0) < 0 && errno == EINTR)
        ;
}

/* The last non-empty line of pdftotext's stderr (borrowed, length in
 * *len), for a message; "" if it said nothing. */
static const char *last_complaint(const evx_buf *err, int *len)
{
    const char *s = evx_buf_str(err);
    size_t end = err->len;
    while (end > 0 && (s[end - 1] == '\n' || s[end - 1] == '\r'))
        end--;
    size_t start = end;
    while (start > 0 && s[start - 1] != '\n')
        start--;
    *len = (int)(end - start > SHOWN_COMPLAINT ? SHOWN_COMPLAINT : end - start);
    return s + start;
}

/* 1 if the text has fewer than MIN_CHARS_PER_PAGE visible characters per
 * page: what pdftotext gives for scanned or image-only pages. */
static int lacks_text_layer(const char *s, size_t len)
{
    size_t pages = 1, visible = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\f' && i + 1 < len)
            pages++;
        else if (!evx_ascii_space((unsigned char)s[i]))
            visible++;
    }
    return visible < pages * MIN_CHARS_PER_PAGE;
}

/* Turns a run that did not end normally into its error. */
static evx_status judge_failure(const run *r, const char *name,
                                evx_diag *diag)
{
    int n;
    const char *why = last_complaint(&r->err, &n);

    if (r->how == READ_FAILED) {
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     "cannot read the output of " TOOL);
        return EVX_IO;
    }
    if (r->how == TIMED_OUT)
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     TOOL " took over %d s on this PDF (damaged or hostile?); "
                     "stopped", TIME_LIMIT_MS / 1000);
    else if (r->how == TOO_BIG)
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     "text extracted from this PDF is over %u MiB; stopped",
                     MAX_TEXT_BYTES >> 20);
    else if (WIFSIGNALED(r->wstatus))
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     TOOL " crashed on this PDF (signal %d): damaged PDF",
                     WTERMSIG(r->wstatus));
    else if (strstr(evx_buf_str(&r->err), "Incorrect password"))
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     "PDF is encrypted (a password is needed)");
    else
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     "damaged PDF: %s failed (exit %d)%s%.*s", TOOL,
                     WEXITSTATUS(r->wstatus), n ? ": " : "", n, why);
    return EVX_PARSE;
}

/* EVX_OK if the run gave usable text, else its error. */
static evx_status judge(const run *r, const char *name, evx_diag *diag)
{
    int n;
    const char *why = last_complaint(&r->err, &n);

    if (evx_buf_status(&r->text) || evx_buf_status(&r->err))
        return EVX_NOMEM;
    if (r->how == RAN && WIFEXITED(r->wstatus) &&
        WEXITSTATUS(r->wstatus) == CHILD_MISSING && r->text.len == 0) {
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     TOOL " could not be run: install the Debian package "
                     TOOL_PACKAGE);
        return EVX_BACKEND;
    }
    if (r->how != RAN || !WIFEXITED(r->wstatus) || WEXITSTATUS(r->wstatus))
        return judge_failure(r, name, diag);
    if (lacks_text_layer(evx_buf_str(&r->text), r->text.len)) {
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     "no text layer (scanned or image-only PDF; run OCR "
                     "first)");
        return EVX_PARSE;
    }
    if (n)
        evx_diag_add(diag, EVX_DIAG_WARNING, name, 0,
                     TOOL " reported problems; text may be incomplete: %.*s",
                     n, why);
    return EVX_OK;
}

/* Runs pdftotext on path into r; EVX_OK once it has run (r says how),
 * EVX_BACKEND (with an error) if it could not be started. */
static evx_status run_tool(run *r, const char *path, const char *name,
                           evx_diag *diag)
{
    child c = {0, -1, -1, 0};
    int e = spawn_tool(&c, path);
    if (e == ENOENT) {
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     TOOL " not found: install the Debian package "
                     TOOL_PACKAGE);
        return EVX_BACKEND;
    }
    if (e) {
        evx_diag_add(diag, EVX_DIAG_ERROR, name, 0,
                     "cannot start " TOOL ": %s", strerror(e));
        return EVX_BACKEND;
    }
    r->how = collect(&c, r);
    close_fd(&c.out_fd);
    close_fd(&c.err_fd);
    reap(&c, r->how != RAN, &r->wstatus);
    return EVX_OK;
}

evx_status evx_pdf_extract(evx_text **out, const char *path, const char *name,
                           evx_diag *diag)
{
    run r = {EVX_BUF_INIT, EVX_BUF_INIT, RAN, 0};
    evx_status st;

    *out = NULL;
    st = check_header(path, name, diag);
    if (!st)
        st = run_tool(&r, path, name, diag);
    if (!st)
        st = judge(&r, name, diag);
    /* pdftotext ends every page with a form feed; the last one separates
     * nothing (a text file of the corpus does not end with one) and would
     * end up in the last unit's text. */
    if (!st && r.text.len && r.text.data[r.text.len - 1] == '\f')
        evx_buf_truncate(&r.text, r.text.len - 1);
    if (!st)
        st = evx_text_from_memory(out, name, evx_buf_str(&r.text), r.text.len,
                                  diag);
    evx_buf_free(&r.text);
    evx_buf_free(&r.err);
    return st;
}
