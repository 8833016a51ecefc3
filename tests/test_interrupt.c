/*
 * test_interrupt.c - evidex-index stopped by Ctrl-C (SIGINT) or SIGTERM
 * mid-build, through the built binaries: the builder and its workers die,
 * the unfinished generation is removed, the index that was current still
 * answers as before, and the exit status is 128 + the signal.  Also the
 * corpus default: with no --corpus and no ./corpus/manifest.tsv the
 * indexer says so in one line and exits 2 (nothing compiled in from the
 * source tree).
 *
 * The build to interrupt reads a manifest that lists the bundled report's
 * PDF text under many report ids, so it runs for seconds.
 */
#define _DEFAULT_SOURCE /* mkdtemp, symlink, usleep, nftw */
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "testutil.h"

#define COPIES 60
#define BUNDLED "000_d8babf2c1c9efa17.txt"

static const char *dir_of(const char *var, const char *fallback)
{
    const char *d = getenv(var);
    return d && *d ? d : fallback;
}

typedef struct env {
    char dir[64];      /* temporary folder */
    char db[96];       /* index root */
    char big[96];      /* the large corpus folder */
} env;

/* The large corpus: the bundled PDF text linked in COPIES times, each
 * link a report of its own (a file named on two lines is read once). */
static void big_corpus(env *e)
{
    char path[256], target[1024];
    snprintf(e->big, sizeof e->big, "%s/big", e->dir);
    cr_assert_eq(mkdir(e->big, 0777), 0);
    snprintf(target, sizeof target, "%s/corpus/" BUNDLED,
             dir_of("EVX_SOURCE_DIR", EVX_SOURCE_DIR));
    for (int i = 0; i < COPIES; i++) {
        snprintf(path, sizeof path, "%s/%d_" BUNDLED, e->big, i);
        cr_assert_eq(symlink(target, path), 0);
    }
    snprintf(path, sizeof path, "%s/manifest.tsv", e->big);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("file\treport\ttitle\tcommittee\tsession\tpublished\trendering\t"
          "covers\n", f);
    for (int i = 0; i < COPIES; i++)
        fprintf(f, "%d_" BUNDLED "\tHC %d\tT\tC\tS\t1 May 2019\tpdf-text\twhole\n",
                i, 5000 + i);
    fclose(f);
}

static void env_new(env *e)
{
    snprintf(e->dir, sizeof e->dir, "/tmp/evx-intr-XXXXXX");
    cr_assert_not_null(mkdtemp(e->dir));
    snprintf(e->db, sizeof e->db, "%s/db", e->dir);
    setenv("EVIDEX_DB", e->db, 1);
    big_corpus(e);
}

/* Runs a shell command in folder cwd; stdout and stderr through out/err
 * (malloc'd); the exit status. */
static int sh(const char *cwd, const char *cmdline, char **out, char **err)
{
    char of[] = "/tmp/evx-intr-out-XXXXXX", ef[] = "/tmp/evx-intr-err-XXXXXX";
    int fo = mkstemp(of), fe = mkstemp(ef);
    evx_buf cmd = EVX_BUF_INIT;
    cr_assert(fo >= 0 && fe >= 0);
    close(fo);
    close(fe);
    evx_buf_printf(&cmd, "cd '%s' && { %s ; } >'%s' 2>'%s'", cwd, cmdline, of,
                   ef);
    int st = system(evx_buf_str(&cmd));
    *out = tu_slurp(of, NULL, 1);
    *err = tu_slurp(ef, NULL, 1);
    unlink(of);
    unlink(ef);
    evx_buf_free(&cmd);
    cr_assert(WIFEXITED(st));
    return WEXITSTATUS(st);
}

/* `evidex -c QUERY` on the index: its output (malloc'd). */
static char *count_of(const char *query)
{
    char cmd[512], *out, *err;
    snprintf(cmd, sizeof cmd, "'%s/evidex' -c '%s'",
             dir_of("EVX_BINARY_DIR", EVX_BINARY_DIR), query);
    cr_assert_eq(sh("/", cmd, &out, &err), 0, "%s: %s", cmd, err);
    free(err);
    return out;
}

/* Builds the bundled corpus into the index (EVIDEX_DB). */
static void build_small(void)
{
    char cmd[1024], *out, *err;
    snprintf(cmd, sizeof cmd, "'%s/evidex-index' --corpus '%s/corpus'",
             dir_of("EVX_BINARY_DIR", EVX_BINARY_DIR),
             dir_of("EVX_SOURCE_DIR", EVX_SOURCE_DIR));
    cr_assert_eq(sh("/", cmd, &out, &err), 0, "%s", err);
    free(out);
    free(err);
}

/* Names in the index root other than ".", "..", ".lock", "current" and
 * keep, one per line (malloc'd; "" when none). */
static char *strays(const env *e, const char *keep)
{
    evx_buf b = EVX_BUF_INIT;
    DIR *d = opendir(e->db);
    struct dirent *x;
    cr_assert_not_null(d);
    while ((x = readdir(d)) != NULL)
        if (strcmp(x->d_name, ".") && strcmp(x->d_name, "..") &&
            strcmp(x->d_name, ".lock") && strcmp(x->d_name, "current") &&
            strcmp(x->d_name, keep))
            evx_buf_printf(&b, "%s\n", x->d_name);
    closedir(d);
    evx_buf_putc(&b, '\0');
    return evx_buf_detach(&b);
}

/* Starts evidex-index on the large corpus, stderr to errfile. */
static pid_t start_big(const env *e, const char *errfile)
{
    char bin[512];
    snprintf(bin, sizeof bin, "%s/evidex-index",
             dir_of("EVX_BINARY_DIR", EVX_BINARY_DIR));
    fflush(NULL);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        if (!freopen(errfile, "w", stderr) || !freopen("/dev/null", "w", stdout))
            _exit(127);
        alarm(300);
        execl(bin, bin, "--corpus", e->big, "--jobs", "2", (char *)NULL);
        _exit(127);
    }
    return pid;
}

/* Waits until the new generation folder exists (the build is under way). */
static void wait_for(const char *path, pid_t builder)
{
    for (int i = 0; i < 3000 && access(path, F_OK) != 0; i++) {
        int status;
        cr_assert_eq(waitpid(builder, &status, WNOHANG), 0,
                     "the build ended before %s appeared", path);
        usleep(10000);
    }
    cr_assert_eq(access(path, F_OK), 0, "%s never appeared", path);
}

/* True if a process other than this one runs with word in its command
 * line. */
static int process_with(const char *word)
{
    DIR *d = opendir("/proc");
    struct dirent *x;
    int found = 0;
    cr_assert_not_null(d);
    while (!found && (x = readdir(d)) != NULL) {
        char path[300], buf[4096];
        if (x->d_name[0] < '0' || x->d_name[0] > '9')
            continue;
        snprintf(path, sizeof path, "/proc/%s/cmdline", x->d_name);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        size_t n = fread(buf, 1, sizeof buf - 1, f);
        fclose(f);
        for (size_t i = 0; i < n; i++)
            if (buf[i] == '\0')
                buf[i] = ' ';
        buf[n] = '\0';
        found = strstr(buf, word) != NULL && atol(x->d_name) != (long)getpid();
    }
    closedir(d);
    return found;
}

static void interrupt_build(int sig)
{
    env e;
    char errfile[128], gen2[128], *before, *after, *err, *left;
    int status;

    env_new(&e);
    build_small();
    before = count_of("integrated care");
    snprintf(errfile, sizeof errfile, "%s/err", e.dir);
    snprintf(gen2, sizeof gen2, "%s/gen-2", e.db);
    pid_t pid = start_big(&e, errfile);
    wait_for(gen2, pid);
    usleep(300000); /* well into reading and writing */
    cr_assert_eq(kill(pid, sig), 0);
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    err = tu_slurp(errfile, NULL, 1);
    cr_assert(WIFEXITED(status), "killed by signal %d: %s",
              WIFSIGNALED(status) ? WTERMSIG(status) : 0, err);
    cr_assert_eq(WEXITSTATUS(status), 128 + sig, "exit %d: %s",
                 WEXITSTATUS(status), err);
    cr_assert_not_null(strstr(err, "the unfinished build was removed"), "%s",
                       err);
    left = strays(&e, "gen-1");
    cr_assert_str_eq(left, "", "left in the index folder: %s", left);
    cr_assert_not(process_with(e.big), "a builder or worker outlived it");
    after = count_of("integrated care");
    cr_assert_str_eq(after, before);
    free(left);
    free(after);
    free(err);
    /* the lock is free: the next build runs and publishes */
    build_small();
    free(before);
    tu_rm_tree(e.dir);
}

Test(interrupt, sigint_removes_unfinished_build, .timeout = 300)
{
    interrupt_build(SIGINT);
}

Test(interrupt, sigterm_removes_unfinished_build, .timeout = 300)
{
    interrupt_build(SIGTERM);
}

Test(interrupt, no_corpus_is_one_line_and_exit_2)
{
    char dir[] = "/tmp/evx-intr-nocorpus-XXXXXX", cmd[512], *out, *err;
    cr_assert_not_null(mkdtemp(dir));
    setenv("EVIDEX_DB", dir, 1);
    snprintf(cmd, sizeof cmd, "'%s/evidex-index'",
             dir_of("EVX_BINARY_DIR", EVX_BINARY_DIR));
    cr_assert_eq(sh(dir, cmd, &out, &err), 2, "%s", err);
    cr_assert_str_eq(err, "evidex-index: no corpus: give --corpus DIR\n");
    cr_assert_str_eq(out, "");
    free(out);
    free(err);
    tu_rm_tree(dir);
}
