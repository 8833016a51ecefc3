/*
 * evidex - search a select committee report index.
 *
 *   evidex [search] QUERY...     ranked hits with snippets
 *   evidex who FRAGMENT...       who said it
 *   evidex speakers [QUERY...]   who spoke, and who said most about QUERY
 *   evidex check "QUOTATION"     is the quotation exact? if not, what differs
 *   evidex show ID               one unit in full, with its footnotes
 *   evidex similar ID            units most like one unit
 *   evidex serve [--listen A]    the same as local web pages (serve.h)
 *
 * Exit status as grep: 0 something found, 1 nothing found, 2 error.
 * This file parses the command line (getopt_long, as grep and ripgrep),
 * opens the index and calls the command (cmd.h) with stdout and stderr as
 * its output sink.
 */
#define _GNU_SOURCE

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "buf.h"
#include "cmd.h"
#include "dbpath.h"
#include "format.h"
#include "schema.h"
#include "utf8.h"
#include "xdb.h"

#define PROG "evidex"
#define EXIT_HITS 0
#define EXIT_NONE 1
#define EXIT_ERROR 2

typedef struct cli {
    const char *db_opt;
    int partial_shards; /* --allow-partial-shards */
    evx_cmd_opts o;
    int color;       /* -1 auto, 0 never, 1 always */
    int n_formats;   /* output formats asked for (at most one) */
    const char *cmd;
    evx_buf text;    /* the words after the options and command, joined */
} cli;

static const char usage_text[] =
    "Usage: evidex [OPTIONS] [search] QUERY...\n"
    "       evidex [OPTIONS] who FRAGMENT...\n"
    "       evidex [OPTIONS] speakers [QUERY...]\n"
    "       evidex [OPTIONS] check \"QUOTATION\"\n"
    "       evidex [OPTIONS] show ID\n"
    "       evidex [OPTIONS] similar ID\n"
    "       evidex serve [--listen HOST:PORT] [--db PATH]\n"
    "\n"
    "Search a select committee report index built by evidex-index.\n"
    "\n"
    "Commands:\n"
    "  search QUERY     ranked hits (the default when the first word is not a command)\n"
    "  who FRAGMENT     the quotation containing these words, and who said it\n"
    "  speakers [QUERY] every speaker with counts; with a query, who said most about it\n"
    "  check QUOTATION  exact match and citation, or the closest passages with\n"
    "                   the differing words marked [-removed-]{+added+}\n"
    "  show ID          a unit in full (e.g. HC650/p239), its footnotes and quotations\n"
    "  similar ID       the units most like this one\n"
    "\n"
    "Query language:\n"
    "  words            any of the words, stemmed (integrated finds integration),\n"
    "                   ranked by BM25, so units with more of them come first;\n"
    "                   +word requires a word; function words (the, of) only\n"
    "                   weigh; acronyms meet their long forms (ACO, accountable\n"
    "                   care organisation)\n"
    "  \"exact phrase\"   these words in this order, unstemmed\n"
    "  a OR b, a AND b, NOT a, -a     boolean operators; ( ) groups\n"
    "  a NEAR b, a NEAR/5 b           words within 10 (or 5) words of each other\n"
    "  integrat*        words beginning with integrat\n"
    "  speaker:NAME     quotations by a person (speaker:ham, speaker:\"chris ham\")\n"
    "  org:WORDS        quotations by an organisation's people (org:\"king's fund\")\n"
    "  type:TYPE        paragraph quotation footnote recommendation summary box\n"
    "                   glossary annex witness evidence (with footnote, witness\n"
    "                   or evidence, words find those by their plain words)\n"
    "  para:N  para:A..B  chapter:N  ref:Q361  report:HC650\n"
    "\n"
    "Options:\n"
    "  --db PATH        index folder (default: $EVIDEX_DB, else\n"
    "                   $XDG_DATA_HOME/evidex/db or ~/.local/share/evidex/db)\n"
    "      --allow-partial-shards  a shard that cannot be opened (a remote\n"
    "                   server down) is skipped with a warning, not an error\n"
    "  -n, --limit N    show N hits (default 10)\n"
    "      --offset N   skip the first N hits\n"
    "      --json       JSON Lines, one object per hit (see --format-version)\n"
    "      --vimgrep    file:line:col:text lines for Vim's quickfix and Emacs grep-mode\n"
    "      --cite       Markdown block quote with attribution and report reference\n"
    "  -l, --ids        unit ids only (speakers: keys), one per line\n"
    "  -c, --count      the number of matches only\n"
    "      --sort=HOW   relevance (default) or document (report order)\n"
    "      --color=WHEN auto (default), always or never; NO_COLOR disables auto\n"
    "      --format-version[=N]  print the JSON schema version and exit; with N,\n"
    "                   insist on version N (error if not written)\n"
    "  -h, --help       this help\n"
    "      --version    print the version and exit\n"
    "  --               end of options (then a query may start with -)\n"
    "\n"
    "Environment: EVIDEX_DB (the index, as --db); EVIDEX_TIMEOUT=N stops a command\n"
    "that has used N seconds of CPU (default " EVX_CMD_STR(EVX_CMD_CPU_LIMIT)
    "; 0: never), as a damaged index\n"
    "can make Xapian loop.\n"
    "\n"
    "Exit status: 0 if something was found (who: a quotation or the report's own\n"
    "words hold them; check: an exact match), 1 if nothing, 2 on error.\n";

/* ---- command line ----------------------------------------------------- */

static int fail(const char *fmt, const char *arg)
{
    fprintf(stderr, PROG ": ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return EXIT_ERROR;
}

static int parse_count(const char *s, unsigned *out)
{
    char *end;
    unsigned long v;

    if (!s || !*s || *s == '-' || *s == '+')
        return -1;
    v = strtoul(s, &end, 10);
    if (*end || v > 100000000ul)
        return -1;
    *out = (unsigned)v;
    return 0;
}

static int set_color(cli *c, const char *when)
{
    if (!when || strcmp(when, "always") == 0)
        c->color = 1;
    else if (strcmp(when, "never") == 0)
        c->color = 0;
    else if (strcmp(when, "auto") == 0)
        c->color = -1;
    else
        return fail("--color must be auto, always or never, not '%s'", when);
    return 0;
}

static int set_sort(cli *c, const char *how)
{
    if (strcmp(how, "relevance") == 0)
        c->o.sort = EVX_SORT_RELEVANCE;
    else if (strcmp(how, "document") == 0)
        c->o.sort = EVX_SORT_DOCUMENT;
    else
        return fail("--sort must be relevance or document, not '%s'", how);
    return 0;
}

/* --format-version prints the version; --format-version=N pins it. */
static int format_version(const char *n)
{
    char *end;
    long v;

    if (!n)
        return printf("%d\n", EVX_FORMAT_VERSION), -1;
    v = strtol(n, &end, 10);
    if (!*n || *end || v != EVX_FORMAT_VERSION) {
        fprintf(stderr, PROG ": format version %s is not supported (this "
                        "evidex writes version %d)\n", n, EVX_FORMAT_VERSION);
        return EXIT_ERROR;
    }
    return 0;
}

static int set_format(cli *c, evx_out_format f)
{
    c->o.format = f;
    c->n_formats++;
    return 0;
}

enum { OPT_DB = 256, OPT_OFFSET, OPT_JSON, OPT_VIMGREP, OPT_CITE, OPT_COLOR,
       OPT_FORMAT_VERSION, OPT_SORT, OPT_VERSION, OPT_PARTIAL };

static const struct option long_options[] = {
    {"db", required_argument, NULL, OPT_DB},
    {"allow-partial-shards", no_argument, NULL, OPT_PARTIAL},
    {"limit", required_argument, NULL, 'n'},
    {"offset", required_argument, NULL, OPT_OFFSET},
    {"json", no_argument, NULL, OPT_JSON},
    {"vimgrep", no_argument, NULL, OPT_VIMGREP},
    {"cite", no_argument, NULL, OPT_CITE},
    {"ids", no_argument, NULL, 'l'},
    {"count", no_argument, NULL, 'c'},
    {"color", optional_argument, NULL, OPT_COLOR},
    {"colour", optional_argument, NULL, OPT_COLOR},
    {"format-version", optional_argument, NULL, OPT_FORMAT_VERSION},
    {"sort", required_argument, NULL, OPT_SORT},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    {NULL, 0, NULL, 0}};

/* One option.  0 handled, -1 exit 0 now (--help ...), else exit status. */
static int one_option(cli *c, int opt, const char *arg)
{
    switch (opt) {
    case OPT_DB: c->db_opt = arg; return 0;
    case OPT_PARTIAL: c->partial_shards = 1; return 0;
    case 'n':
        if (parse_count(arg, &c->o.limit))
            return fail("--limit needs a number, not '%s'", arg);
        c->o.limit_set = 1;
        return 0;
    case OPT_OFFSET:
        return parse_count(arg, &c->o.offset)
                   ? fail("--offset needs a number, not '%s'", arg) : 0;
    case OPT_JSON: return set_format(c, EVX_OUT_JSON);
    case OPT_VIMGREP: return set_format(c, EVX_OUT_VIMGREP);
    case OPT_CITE: return set_format(c, EVX_OUT_CITE);
    case 'l': return set_format(c, EVX_OUT_IDS);
    case 'c': c->o.count_only = 1; return 0;
    case OPT_COLOR: return set_color(c, arg);
    case OPT_FORMAT_VERSION: return format_version(arg);
    case OPT_SORT: return set_sort(c, arg);
    case 'h': return fputs(usage_text, stdout), -1;
    case OPT_VERSION: return puts(PROG " " EVX_VERSION), -1;
    default: return EXIT_ERROR;
    }
}

/* The argument of argv[1..argc) whose short options hold c ("-care
 * integration" for 'a'), or NULL: getopt's optind stands on it or past it,
 * as the cluster was or was not finished. */
static const char *cluster_of(char **argv, int argc, int c)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (argv[i][0] == '-' && argv[i][1] != '-' && strchr(argv[i] + 1, c))
            return argv[i];
    }
    return NULL;
}

/* An argument as a message quotes it: at most 40 bytes. */
#define ARG_QUOTE_MAX 40

/* getopt_long's own message would be a second line: one line instead. */
static int bad_option(char **argv, int argc, int at)
{
    const char *a = at > 0 && argv[at - 1] ? argv[at - 1] : "?";

    if (optopt && optopt < 256 && (optopt != 'n' || a[1] != 'n' || a[2])) {
        const char *in = cluster_of(argv, argc, optopt);
        if (in)
            a = in;
        size_t len = strlen(a), k = evx_utf8_prefix(a, len, ARG_QUOTE_MAX);
        const char *cut = k < len ? "\xE2\x80\xA6" : "";
        fprintf(stderr, PROG ": unknown option '-%c' in '%.*s%s'; a query that "
                        "starts with '-' goes after '--' (evidex -- %.*s%s)\n",
                optopt, (int)k, a, cut, (int)k, a, cut);
    }
    else if (optopt == 'n' || (optopt >= 256 && strchr(a, '=') == NULL &&
                               strncmp(a, "--", 2) == 0))
        fprintf(stderr, PROG ": option '%s' needs a value; see evidex "
                        "--help\n", a);
    else
        fprintf(stderr, PROG ": unknown option '%s'; a query that starts "
                        "with '-' goes after '--' (evidex -- %s)\n", a, a);
    return EXIT_ERROR;
}

static int check_formats(const cli *c)
{
    if (c->n_formats > 1)
        return fail("%s", "--json, --vimgrep, --cite and --ids exclude each "
                          "other: give one");
    if (c->o.count_only && c->o.format != EVX_OUT_TEXT &&
        c->o.format != EVX_OUT_JSON)
        return fail("%s", "--count prints a number: give it alone or with "
                          "--json");
    return 0;
}

static const char *const commands[] = {"search", "who",  "speakers", "check",
                                       "show",   "similar"};

/* The command word (if the first word is one) and the rest joined. */
static int take_words(cli *c, int argc, char **argv, int first)
{
    size_t k;
    int i = first;

    c->cmd = "search";
    for (k = 0; i < argc && k < sizeof commands / sizeof commands[0]; k++) {
        if (strcmp(argv[i], commands[k]) == 0) {
            c->cmd = commands[k];
            i++;
            break;
        }
    }
    for (; i < argc; i++) {
        if (c->text.len)
            evx_buf_putc(&c->text, ' ');
        evx_buf_puts(&c->text, argv[i]);
    }
    if (evx_buf_status(&c->text))
        return fail("%s", "out of memory");
    /* every command's words, as the query parser checks a search's: an
     * ID, a fragment or a quotation in another encoding is refused */
    for (size_t at = 0, n; at < c->text.len; at += n)
        if ((n = evx_utf8_seqlen(c->text.data + at, c->text.len - at)) == 0) {
            char where[32];
            snprintf(where, sizeof where, "%zu", at + 1);
            return fail("invalid UTF-8 in the arguments at byte %s", where);
        }
    return 0;
}

static int parse_args(cli *c, int argc, char **argv)
{
    int opt, rc;

    opterr = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "n:lch", long_options, NULL)) != -1) {
        if (opt == '?' || opt == ':')
            return bad_option(argv, argc, optind);
        if ((rc = one_option(c, opt, optarg)) != 0)
            return rc;
    }
    if ((rc = check_formats(c)) != 0)
        return rc;
    return take_words(c, argc, argv, optind);
}

static int want_color(int setting)
{
    const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

    if (setting >= 0)
        return setting;
    if (nc && *nc)
        return 0;
    if (term && strcmp(term, "dumb") == 0)
        return 0;
    return isatty(STDOUT_FILENO);
}

/* ---- index ------------------------------------------------------------ */

/* Opens generation gen; with partial, skipping the shards that do not
 * open, one warning line each. */
static evx_status open_gen(evx_db **db, const char *gen, int partial,
                           char **msg)
{
    evx_status st;
    size_t i;

    /* The metadata shard (synonyms, spelling data, metadata) is opened
     * only by a command that reads it: a phrase search never does. */
    if (!partial)
        return evx_db_open_lazy(db, gen, EVX_META_DB, msg);
    st = evx_db_open_partial(db, gen, msg);
    for (i = 0; !st && i < evx_db_n_skipped(*db); i++)
        fprintf(stderr, PROG ": warning: shard skipped, results are "
                        "partial: %s\n", evx_db_skipped(*db, i));
    return st;
}

static int open_index(evx_db **db, const char *db_opt, int partial)
{
    char *root = NULL, *gen = NULL, *msg = NULL;
    evx_status st;
    int rc = 0;

    st = evx_dbpath_root(&root, db_opt);
    if (st)
        return fail("cannot find the index folder (%s); give --db PATH",
                    evx_status_str(st));
    st = evx_dbpath_current(&gen, root);
    if (st == EVX_NOT_FOUND) {
        fprintf(stderr,
                PROG ": no index at %s; build it with: evidex-index --db %s "
                     "--corpus corpus\n",
                root, root);
        rc = EXIT_ERROR;
    } else if (st) {
        rc = fail("cannot read the index folder (%s)", evx_status_str(st));
    } else if ((st = open_gen(db, gen, partial, &msg))) {
        fprintf(stderr, PROG ": cannot open the index at %s: %s\n", root,
                msg ? msg : evx_status_str(st));
        rc = EXIT_ERROR;
    } else if (evx_db_check_format(*db)) {
        /* its weights and terms mean something else (lib/schema.h) */
        fprintf(stderr, PROG ": cannot use the index at %s: %s\n", root,
                evx_db_errmsg(*db));
        evx_db_free(*db);
        *db = NULL;
        rc = EXIT_ERROR;
    }
    free(msg);
    free(gen);
    free(root);
    return rc;
}

/* ---- output sink: stdout and stderr ------------------------------------ */

static void write_stdout(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    fwrite(data, 1, len, stdout);
}

static void note_stderr(void *ctx, const char *line)
{
    (void)ctx;
    fflush(stdout);
    fprintf(stderr, PROG ": %s\n", line);
}

/* ---- main ------------------------------------------------------------- */

typedef evx_status (*command_fn)(unsigned long *, evx_cmd *,
                                 const evx_cmd_opts *, const evx_out *);

static command_fn command_of(const char *name)
{
    if (strcmp(name, "who") == 0)
        return evx_cmd_who;
    if (strcmp(name, "speakers") == 0)
        return evx_cmd_speakers;
    if (strcmp(name, "check") == 0)
        return evx_cmd_check;
    if (strcmp(name, "show") == 0)
        return evx_cmd_show;
    if (strcmp(name, "similar") == 0)
        return evx_cmd_similar;
    return evx_cmd_search;
}

static int run(cli *c, evx_db *db)
{
    evx_out out = {write_stdout, note_stderr, NULL};
    evx_cmd *cmd = NULL;
    unsigned long found = 0;
    char cwd[PATH_MAX];
    evx_status st;
    int rc;

    st = evx_cmd_new(&cmd, db, getcwd(cwd, sizeof cwd) ? cwd : NULL);
    if (st)
        return fail("cannot start: %s", st == EVX_BACKEND
                                            ? "the stemmer cannot load"
                                            : evx_status_str(st));
    c->o.text = evx_buf_str(&c->text);
    st = command_of(c->cmd)(&found, cmd, &c->o, &out);
    fflush(stdout);
    if (st) {
        const char *m = evx_cmd_errmsg(cmd);
        rc = fail("%s", *m ? m : evx_status_str(st));
    } else
        rc = found ? EXIT_HITS : EXIT_NONE;
    evx_cmd_free(cmd);
    return rc;
}

/* `evidex serve ...` runs evidex-serve, built and installed beside this
 * program: the web server's libraries (libmicrohttpd and its TLS stack)
 * would otherwise be loaded by every query, and loading them was most of
 * a query's start-up.  Returns only on failure. */
static int run_serve(char **args)
{
    char self[PATH_MAX], path[PATH_MAX + 16];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    char *slash;

    if (n <= 0) {
        fprintf(stderr, PROG ": cannot find where evidex is installed\n");
        return EXIT_ERROR;
    }
    self[n] = '\0';
    slash = strrchr(self, '/');
    if (slash)
        *slash = '\0';
    snprintf(path, sizeof path, "%s/evidex-serve", slash ? self : ".");
    execv(path, args);
    fprintf(stderr, PROG ": cannot run %s: %s (the web server is built and "
            "installed beside evidex)\n", path, strerror(errno));
    return EXIT_ERROR;
}


static void on_watchdog(int sig)
{
    static const char msg[] = PROG ": " EVX_CMD_CPU_STOPPED "\n";
    (void)sig;
    ssize_t ignored = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)ignored;
    _exit(EXIT_ERROR);
}

/* Arms the watchdog (cmd.h, evx_cmd_cpu_limit): SIGPROF past the limit
 * ends the process with one line, not a hang.  CPU time, not time on the
 * clock: output waiting for a slow reader (| less) uses none.  (A damaged
 * index made a term look-up loop: tests/test_robust_faults.c.) */
static void arm_watchdog(void)
{
    struct itimerval limit = {{0, 0}, {(time_t)evx_cmd_cpu_limit(), 0}};

    if (limit.it_value.tv_sec && signal(SIGPROF, on_watchdog) != SIG_ERR)
        setitimer(ITIMER_PROF, &limit, NULL);
}

#if defined(__SANITIZE_ADDRESS__)
#define EVX_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EVX_UNDER_ASAN 1
#endif
#endif

#ifndef EVX_UNDER_ASAN
static void on_fault(int sig)
{
    static const char msg[] =
        PROG ": reading the index crashed the search library (Xapian): the "
             "index is damaged; rebuild it with evidex-index --full\n";
    (void)sig;
    ssize_t ignored = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)ignored;
    _exit(EXIT_ERROR);
}
#endif

/* A damaged index can make Xapian 1.4 read past its buffers (a garbled
 * posting list: tests/test_robust_faults.c); the process then ends with
 * one line and status 2, not a core dump.  Not under AddressSanitizer,
 * whose own report says more. */
static void catch_faults(void)
{
#ifndef EVX_UNDER_ASAN
    static char stack[16384];
    stack_t ss = {.ss_sp = stack, .ss_size = sizeof stack, .ss_flags = 0};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fault;
    sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    if (sigaltstack(&ss, NULL) == 0) {
        sigaction(SIGSEGV, &sa, NULL);
        sigaction(SIGBUS, &sa, NULL);
    }
#endif
}

/* The heap stays glibc's own: a query over one shard touches too little
 * of it for huge pages (lib/heap.h) to pay for zeroing them (README,
 * "Query start-up"). */
int main(int argc, char **argv)
{
    cli c;
    evx_db *db = NULL;
    int rc;

    if (argc > 1 && strcmp(argv[1], "serve") == 0)
        return run_serve(argv + 1);
    arm_watchdog();
    catch_faults();
    memset(&c, 0, sizeof c);
    evx_cmd_opts_init(&c.o);
    c.color = -1;
    rc = parse_args(&c, argc, argv);
    if (!rc) {
        c.o.color = c.o.format == EVX_OUT_TEXT && want_color(c.color);
        rc = open_index(&db, c.db_opt, c.partial_shards);
    }
    if (!rc)
        rc = run(&c, db);
    evx_db_free(db);
    evx_buf_free(&c.text);
    return rc < 0 ? EXIT_HITS : rc;
}
