/*
 * dbpath.c - index location and atomic generation switch (see dbpath.h).
 *
 * Layout of a root:  .lock  current -> gen-<N>  gen-<N>/  gen-<N-1>/
 * The lock is flock(2) on .lock, so the kernel releases it when a builder
 * dies; the file holds the builder's pid and its parent's, so a second
 * builder can say who is in the way, and wait a moment for a builder that
 * is gone or going (killed, or its parent killed, its workers still being
 * taken down) to let go.  "current" is switched by renaming a freshly made
 * symbolic link over it, which POSIX makes atomic.  The generation that was
 * current before a publish is kept, because a reader may have resolved the
 * old link just before the switch and still be opening its files.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include "dbpath.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#define GEN_PREFIX "gen-"
#define CURRENT_LINK "current"
#define LOCK_FILE ".lock"

struct evx_dbgen {
    char *root;
    char *path;     /* root/gen-<N> */
    char *name;     /* "gen-<N>" */
    char *build;    /* root/gen-<N>/.build: scratch for the builder */
    int lock_fd;
};

/* malloc'd printf; NULL when out of memory. */
static char *fmt(const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    int n = vsnprintf(NULL, 0, f, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (!s)
        return NULL;
    va_start(ap, f);
    vsnprintf(s, (size_t)n + 1, f, ap);
    va_end(ap);
    return s;
}

/* Sets *errmsg (if wanted) to a formatted message; returns st. */
static evx_status report(char **errmsg, evx_status st, const char *f, ...)
{
    if (!errmsg)
        return st;
    va_list ap;
    va_start(ap, f);
    char buf[1024];
    vsnprintf(buf, sizeof buf, f, ap);
    va_end(ap);
    free(*errmsg);
    *errmsg = strdup(buf);
    return st;
}

evx_status evx_dbpath_root(char **out, const char *cli_path)
{
    if (!out)
        return EVX_INVALID;
    *out = NULL;
    const char *env = getenv("EVIDEX_DB");
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    char *s;
    if (cli_path && *cli_path)
        s = strdup(cli_path);
    else if (env && *env)
        s = strdup(env);
    else if (xdg && xdg[0] == '/') /* XDG: relative values are ignored */
        s = fmt("%s/evidex/db", xdg);
    else if (home && *home)
        s = fmt("%s/.local/share/evidex/db", home);
    else
        return EVX_NOT_FOUND;
    if (!s)
        return EVX_NOMEM;
    *out = s;
    return EVX_OK;
}

/* 1 if path is a Xapian database folder, a folder with a stub, or a
 * regular file (a stub file). */
static int is_database(const char *path)
{
    static const char *const marks[] = {"iamglass", "XAPIANDB"};
    struct stat sb;
    if (stat(path, &sb) != 0)
        return 0;
    if (S_ISREG(sb.st_mode))
        return 1;
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        char *p = fmt("%s/%s", path, marks[i]);
        int found = p && stat(p, &sb) == 0;
        free(p);
        if (found)
            return 1;
    }
    return 0;
}

evx_status evx_dbpath_current(char **out, const char *root)
{
    if (!out || !root)
        return EVX_INVALID;
    *out = NULL;
    char *link = fmt("%s/%s", root, CURRENT_LINK);
    if (!link)
        return EVX_NOMEM;
    char *real = realpath(link, NULL);
    int err = errno;
    free(link);
    /* No "current": root may itself be a database, a folder holding a
     * stub (XAPIANDB) or a stub file, such as one listing remote shards. */
    if (!real && (err == ENOENT || err == ENOTDIR) && is_database(root)) {
        real = realpath(root, NULL);
        err = errno;
    }
    if (!real) {
        if (err == ENOENT || err == ENOTDIR)
            return EVX_NOT_FOUND;
        return err == ENOMEM ? EVX_NOMEM : EVX_IO;
    }
    *out = real;
    return EVX_OK;
}

/* mkdir -p; 0 or -1 with errno. */
static int make_dirs(const char *path)
{
    char *p = strdup(path);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(p, 0777);
    free(p);
    if (rc != 0 && errno != EEXIST)
        return -1;
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

/* N if name is "gen-<N>" (digits only), else 0. */
static unsigned long gen_number(const char *name)
{
    size_t plen = strlen(GEN_PREFIX);
    if (strncmp(name, GEN_PREFIX, plen) != 0)
        return 0;
    const char *d = name + plen;
    if (!*d || strspn(d, "0123456789") != strlen(d) || strlen(d) > 9)
        return 0;
    return strtoul(d, NULL, 10);
}

/* Highest generation number in root (0 if none); -1 if unreadable. */
static long highest_gen(const char *root)
{
    DIR *dir = opendir(root);
    if (!dir)
        return -1;
    unsigned long max = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        unsigned long n = gen_number(e->d_name);
        if (n > max)
            max = n;
    }
    closedir(dir);
    return (long)max;
}

/* Reads the pids a holder wrote into the lock file: its own, and
 * (*parent, when given) its parent's when it locked; 0 if unknown. */
static long lock_holder(int fd, long *parent)
{
    char buf[64], *end;
    ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
    if (parent)
        *parent = 0;
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    long pid = strtol(buf, &end, 10);
    if (parent)
        *parent = strtol(end, NULL, 10);
    return pid;
}

/* Is the builder that wrote pid into the lock file gone, or going: no
 * such process, or a zombie (its files closed)?  Its lock is then held
 * only until the kernel has finished with it and its workers. */
static int holder_gone(long pid)
{
    char path[64], stat[256];
    if (pid <= 0)
        return 0;
    if (kill((pid_t)pid, 0) != 0)
        return errno == ESRCH;
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    size_t n = fread(stat, 1, sizeof stat - 1, f);
    fclose(f);
    stat[n] = '\0';
    const char *close = strrchr(stat, ')'); /* "pid (comm) S ..." */
    return close && close[1] == ' ' && close[2] == 'Z';
}

/* flock(fd) without blocking; if a builder that is gone or going still
 * holds it (a build killed a moment ago, whose workers the kernel is
 * still taking down; or whose parent, evidex-index's front process, is
 * gone, which takes the builder with it: PR_SET_PDEATHSIG, and the kernel
 * may not have delivered that yet), tries again for up to LOCK_WAIT_MS.
 * 0 or -1 with errno set, as flock(2). */
#define LOCK_WAIT_MS 3000
static int lock_now_or_soon(int fd)
{
    for (int waited = 0;; waited += 20) {
        if (flock(fd, LOCK_EX | LOCK_NB) == 0)
            return 0;
        if (errno != EWOULDBLOCK || waited >= LOCK_WAIT_MS)
            return -1;
        long parent, pid = lock_holder(fd, &parent);
        if (!holder_gone(pid) && !holder_gone(parent)) {
            errno = EWOULDBLOCK;
            return -1;
        }
        struct timespec ts = {0, 20 * 1000 * 1000};
        nanosleep(&ts, NULL);
        errno = EWOULDBLOCK;
    }
}

/* Opens and locks root/.lock; returns the fd, or -1 with *st set. */
static int take_lock(const char *root, evx_status *st, char **errmsg)
{
    char *path = fmt("%s/%s", root, LOCK_FILE);
    if (!path) {
        *st = EVX_NOMEM;
        return -1;
    }
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        *st = report(errmsg, EVX_IO, "cannot open lock file %s: %s", path,
                     strerror(errno));
        free(path);
        return -1;
    }
    if (lock_now_or_soon(fd) != 0) {
        int err = errno;
        if (err == EWOULDBLOCK) {
            long pid = lock_holder(fd, NULL);
            if (pid > 0)
                *st = report(errmsg, EVX_LOCKED,
                             "index at %s is being built by another process "
                             "(pid %ld holds %s)", root, pid, path);
            else
                *st = report(errmsg, EVX_LOCKED,
                             "index at %s is being built by another process "
                             "(it holds %s)", root, path);
        } else {
            *st = report(errmsg, EVX_IO, "cannot lock %s: %s", path,
                         strerror(err));
        }
        close(fd);
        free(path);
        return -1;
    }
    free(path);
    char pid[64];
    int n = snprintf(pid, sizeof pid, "%ld %ld\n", (long)getpid(),
                     (long)getppid());
    if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, (size_t)n, 0) != n) {
        /* The pid is only for messages; the lock itself is held. */
    }
    return fd;
}

static void release_lock(int fd)
{
    if (fd < 0)
        return;
    if (ftruncate(fd, 0) != 0) {
        /* a stale pid in an unlocked file is harmless */
    }
    close(fd); /* drops the flock */
}

static int remove_entry(const char *path, const struct stat *sb, int flag,
                        struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path) != 0 && errno != ENOENT ? -1 : 0;
}

/* rm -rf path (never follows symbolic links); 0 or -1. */
static int remove_tree(const char *path)
{
    int rc = nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return rc != 0 && errno == ENOENT ? 0 : rc;
}

static void dbgen_free(evx_dbgen *g)
{
    if (!g)
        return;
    release_lock(g->lock_fd);
    free(g->root);
    free(g->path);
    free(g->name);
    free(g->build);
    free(g);
}

evx_status evx_dbgen_begin(evx_dbgen **out, const char *root, char **errmsg)
{
    if (errmsg)
        *errmsg = NULL;
    if (!out || !root || !*root)
        return EVX_INVALID;
    *out = NULL;
    if (make_dirs(root) != 0)
        return report(errmsg, EVX_IO, "cannot create index folder %s: %s",
                      root, strerror(errno));
    evx_dbgen *g = calloc(1, sizeof *g);
    if (!g)
        return EVX_NOMEM;
    evx_status st = EVX_OK;
    g->lock_fd = take_lock(root, &st, errmsg);
    if (g->lock_fd < 0)
        goto done;
    long max = highest_gen(root);
    if (max < 0) {
        st = report(errmsg, EVX_IO, "cannot read index folder %s: %s", root,
                    strerror(errno));
        goto done;
    }
    g->root = strdup(root);
    g->name = fmt("%s%ld", GEN_PREFIX, max + 1);
    g->path = g->name ? fmt("%s/%s", root, g->name) : NULL;
    g->build = g->path ? fmt("%s/.build", g->path) : NULL;
    if (!g->root || !g->path || !g->build) {
        st = EVX_NOMEM;
        goto done;
    }
    if (mkdir(g->path, 0777) != 0) {
        st = report(errmsg, EVX_IO, "cannot create %s: %s", g->path,
                    strerror(errno));
        goto done;
    }
done:
    if (st != EVX_OK) {
        dbgen_free(g);
        return st;
    }
    *out = g;
    return EVX_OK;
}

const char *evx_dbgen_path(const evx_dbgen *g)
{
    return g ? g->path : "";
}

/* Name of the generation "current" points at (malloc'd), or NULL. */
static char *current_target(const char *root)
{
    char *link = fmt("%s/%s", root, CURRENT_LINK);
    if (!link)
        return NULL;
    char buf[PATH_MAX];
    ssize_t n = readlink(link, buf, sizeof buf - 1);
    free(link);
    if (n <= 0)
        return NULL;
    buf[n] = '\0';
    const char *base = strrchr(buf, '/');
    return strdup(base ? base + 1 : buf);
}

/* Removes every generation numbered above `above` but keep1 and keep2
 * (either may be NULL).  Failures are ignored: a leftover folder is
 * pruned by the next build. */
static void remove_gens(const char *root, unsigned long above,
                        const char *keep1, const char *keep2)
{
    DIR *dir = opendir(root);
    if (!dir)
        return;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (gen_number(e->d_name) <= above)
            continue;
        if ((keep1 && strcmp(e->d_name, keep1) == 0) ||
            (keep2 && strcmp(e->d_name, keep2) == 0))
            continue;
        char *p = fmt("%s/%s", root, e->d_name);
        if (p)
            remove_tree(p);
        free(p);
    }
    closedir(dir);
}

/* Makes root/current name g's generation, atomically. */
static evx_status switch_current(evx_dbgen *g, char **errmsg)
{
    char *tmp = fmt("%s/%s.tmp-%ld", g->root, CURRENT_LINK, (long)getpid());
    char *link = fmt("%s/%s", g->root, CURRENT_LINK);
    evx_status st = EVX_OK;
    if (!tmp || !link) {
        st = EVX_NOMEM;
        goto done;
    }
    unlink(tmp); /* a leftover from a builder with our pid that died */
    /* A relative target keeps the root movable as a whole. */
    if (symlink(g->name, tmp) != 0) {
        st = report(errmsg, EVX_IO, "cannot create link %s: %s", tmp,
                    strerror(errno));
        goto done;
    }
    if (rename(tmp, link) != 0) {
        st = report(errmsg, EVX_IO, "cannot switch %s to %s: %s", link,
                    g->name, strerror(errno));
        unlink(tmp);
        goto done;
    }
    int dfd = open(g->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd); /* make the switch durable; best effort */
        close(dfd);
    }
done:
    free(tmp);
    free(link);
    return st;
}

evx_status evx_dbgen_publish(evx_dbgen *g, char **errmsg)
{
    if (errmsg)
        *errmsg = NULL;
    if (!g)
        return EVX_INVALID;
    remove_tree(g->build);
    char *previous = current_target(g->root);
    evx_status st = switch_current(g, errmsg);
    if (st == EVX_OK)
        remove_gens(g->root, 0, g->name, previous);
    else
        remove_tree(g->path);
    free(previous);
    dbgen_free(g);
    return st;
}

const char *evx_dbgen_build_path(const evx_dbgen *g)
{
    return g->build;
}

void evx_dbgen_abort(evx_dbgen *g)
{
    if (!g)
        return;
    remove_tree(g->path);
    dbgen_free(g);
}

evx_status evx_dbgen_sweep(const char *root, char **errmsg)
{
    evx_status st = EVX_OK;
    if (errmsg)
        *errmsg = NULL;
    int fd = take_lock(root, &st, errmsg);
    if (fd < 0)
        return st;
    char *cur = current_target(root);
    remove_gens(root, cur ? gen_number(cur) : 0, NULL, NULL);
    free(cur);
    release_lock(fd);
    return EVX_OK;
}

unsigned long evx_dbgen_number(const evx_dbgen *g)
{
    return g ? gen_number(g->name) : 0;
}

/* Copies the regular file src to dst (for when a link is refused). */
static int copy_file(const char *src, const char *dst)
{
    int in = open(src, O_RDONLY | O_CLOEXEC);
    int out = in < 0 ? -1 : open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    char buf[65536];
    ssize_t n = 0;
    int rc = in < 0 || out < 0 ? -1 : 0;
    while (!rc && (n = read(in, buf, sizeof buf)) > 0)
        rc = write(out, buf, (size_t)n) == n ? 0 : -1;
    if (n < 0 || (out >= 0 && fsync(out) != 0))
        rc = -1;
    if (in >= 0)
        close(in);
    if (out >= 0 && close(out) != 0)
        rc = -1;
    return rc;
}

evx_status evx_dbpath_link_tree(const char *src, const char *dst)
{
    if (make_dirs(dst) != 0)
        return EVX_IO;
    DIR *dir = opendir(src);
    if (!dir)
        return EVX_IO;
    evx_status st = EVX_OK;
    struct dirent *e;
    while (!st && (e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char *from = fmt("%s/%s", src, e->d_name);
        char *to = fmt("%s/%s", dst, e->d_name);
        if (!from || !to)
            st = EVX_NOMEM;
        else if (link(from, to) != 0 && copy_file(from, to) != 0)
            st = EVX_IO;
        free(from);
        free(to);
    }
    closedir(dir);
    return st;
}
