/*
 * evidex - search a select committee report index.
 *
 *   evidex [search] QUERY...     ranked hits with snippets
 *   evidex who FRAGMENT...       who said it
 *   evidex speakers [QUERY...]   who spoke, and who said most about QUERY
 *   evidex check "QUOTATION"     is the quotation exact? if not, what differs
 *   evidex show ID               one unit in full, with its footnotes
 *   evidex similar ID            units most like one unit
 *
 * Exit status as grep: 0 something found, 1 nothing found, 2 error.
 * The modules do the work (qparse, search, snippet, format, check); this
 * file parses the command line and wires them together.
 */
#define _POSIX_C_SOURCE 200809L

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "check.h"
#include "dbpath.h"
#include "format.h"
#include "grow.h"
#include "json.h"
#include "names.h"
#include "qparse.h"
#include "schema.h"
#include "search.h"
#include "snippet.h"
#include "tok.h"
#include "unit.h"
#include "xdb.h"

#define PROG "evidex"
#define EXIT_HITS 0
#define EXIT_NONE 1
#define EXIT_ERROR 2

#define CHECK_CANDIDATES 30
#define CHECK_NEAR_MAX 5
#define CHECK_NEAR_MIN 0.5
#define SIMILAR_TERMS 25
#define SPEAKERS_MAX_HITS 100000u

typedef enum out_kind { OUT_HUMAN, OUT_JSON, OUT_VIMGREP, OUT_CITE } out_kind;

typedef struct cli {
    const char *db_opt;
    out_kind out;
    int color;        /* -1 auto, 0 never, 1 always */
    unsigned limit;
    int limit_set;
    unsigned offset;
    const char *cmd;
    char **args;      /* the words after options (and after the command) */
    char **args_base; /* what to free */
    int nargs;
    /* runtime */
    evx_db *db;
    evx_tok *tok;
    evx_qparse *qp;
    char *cwd;
    char *root; /* EVX_META_ROOT: where source file names start */
    evx_buf out_buf;
} cli;

static const char usage_text[] =
    "Usage: evidex [OPTIONS] [search] QUERY...\n"
    "       evidex [OPTIONS] who FRAGMENT...\n"
    "       evidex [OPTIONS] speakers [QUERY...]\n"
    "       evidex [OPTIONS] check \"QUOTATION\"\n"
    "       evidex [OPTIONS] show ID\n"
    "       evidex [OPTIONS] similar ID\n"
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
    "                   glossary annex witness evidence\n"
    "  para:N  para:A..B  chapter:N  ref:Q361  report:HC650\n"
    "\n"
    "Options:\n"
    "  --db PATH        index folder (default: $EVIDEX_DB, else\n"
    "                   $XDG_DATA_HOME/evidex/db or ~/.local/share/evidex/db)\n"
    "  -n, --limit N    show N hits (default 10)\n"
    "      --offset N   skip the first N hits\n"
    "      --json       JSON Lines, one object per hit (see --format-version)\n"
    "      --vimgrep    file:line:col:text lines for Vim's quickfix and Emacs grep-mode\n"
    "      --cite       Markdown block quote with attribution and report reference\n"
    "      --color=WHEN auto (default), always or never; NO_COLOR disables auto\n"
    "      --format-version  print the JSON output schema version and exit\n"
    "  -h, --help       this help\n"
    "      --version    print the version and exit\n"
    "  --               end of options (then a query may start with -)\n"
    "\n"
    "Exit status: 0 if something was found, 1 if nothing, 2 on error.\n";

/* ---- small helpers ---------------------------------------------------- */

static void flush_out(cli *c)
{
    if (c->out_buf.len)
        fwrite(c->out_buf.data, 1, c->out_buf.len, stdout);
    evx_buf_clear(&c->out_buf);
}

static int fail(const char *fmt, const char *arg)
{
    fprintf(stderr, PROG ": ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return EXIT_ERROR;
}

static void join_args(evx_buf *b, char **args, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        if (i)
            evx_buf_putc(b, ' ');
        evx_buf_puts(b, args[i]);
    }
}

static int parse_count(const char *s, unsigned *out)
{
    char *end;
    unsigned long v;

    if (!s || !*s || *s == '-')
        return -1;
    v = strtoul(s, &end, 10);
    if (*end || v > 100000000ul)
        return -1;
    *out = (unsigned)v;
    return 0;
}

/* ---- command line ----------------------------------------------------- */

/* The value of option `name` given as "--name=V" or "--name V"; advances
 * *i over a separate value.  NULL if this argument is not that option. */
static const char *opt_value(int argc, char **argv, int *i, const char *name,
                             int *missing)
{
    const char *a = argv[*i];
    size_t n = strlen(name);

    if (strncmp(a, name, n) != 0)
        return NULL;
    if (a[n] == '=')
        return a + n + 1;
    if (a[n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

static int set_color(cli *c, const char *when)
{
    if (strcmp(when, "always") == 0)
        c->color = 1;
    else if (strcmp(when, "never") == 0)
        c->color = 0;
    else if (strcmp(when, "auto") == 0)
        c->color = -1;
    else
        return fail("--color must be auto, always or never, not '%s'", when);
    return 0;
}

/* Handles an option taking a value.  0 handled, 1 not such an option,
 * EXIT_ERROR on a bad value. */
static int value_option(cli *c, int argc, char **argv, int *i)
{
    const char *v;
    int missing = 0;

    if ((v = opt_value(argc, argv, i, "--db", &missing)))
        c->db_opt = v;
    else if ((v = opt_value(argc, argv, i, "--limit", &missing)) ||
             (v = opt_value(argc, argv, i, "-n", &missing))) {
        if (parse_count(v, &c->limit))
            return fail("--limit needs a number, not '%s'", v);
        c->limit_set = 1;
    } else if ((v = opt_value(argc, argv, i, "--offset", &missing))) {
        if (parse_count(v, &c->offset))
            return fail("--offset needs a number, not '%s'", v);
    } else if (strncmp(argv[*i], "--color", 7) == 0 ||
               strncmp(argv[*i], "--colour", 8) == 0) {
        const char *eq = strchr(argv[*i], '=');
        const char *name = argv[*i][7] == 'u' ? "--colour" : "--color";
        if (strlen(argv[*i]) != strlen(name) && !eq)
            return 1;
        return set_color(c, eq ? eq + 1 : "always") ? EXIT_ERROR : 0;
    } else if (missing) {
        return fail("option %s needs a value", argv[*i]);
    } else {
        return 1;
    }
    return 0;
}

/* Handles a flag.  0 handled, 1 not a flag, -1 exit 0 now (--help ...). */
static int flag_option(cli *c, const char *a)
{
    if (strcmp(a, "--json") == 0)
        c->out = OUT_JSON;
    else if (strcmp(a, "--vimgrep") == 0)
        c->out = OUT_VIMGREP;
    else if (strcmp(a, "--cite") == 0)
        c->out = OUT_CITE;
    else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
        return fputs(usage_text, stdout), -1;
    else if (strcmp(a, "--version") == 0)
        return puts(PROG " " EVX_VERSION), -1;
    else if (strcmp(a, "--format-version") == 0)
        return printf("%d\n", EVX_FORMAT_VERSION), -1;
    else
        return 1;
    return 0;
}

/* Options may come anywhere; "-word" that is no option is a query word
 * (NOT word), while an unknown "--option" is an error. */
static int parse_args(cli *c, int argc, char **argv)
{
    int i, n = 0, only_args = 0, r;

    c->args = c->args_base = calloc((size_t)argc + 1, sizeof *c->args);
    if (!c->args)
        return fail("%s", "out of memory");
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_args || a[0] != '-' || a[1] == '\0') {
            c->args[n++] = argv[i];
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_args = 1;
            continue;
        }
        r = value_option(c, argc, argv, &i);
        if (r != 1) {
            if (r)
                return EXIT_ERROR;
            continue;
        }
        r = flag_option(c, a);
        if (r < 0)
            return -1;
        if (r == 0)
            continue;
        if (a[1] == '-')
            return fail("unknown option '%s'; see evidex --help", a);
        c->args[n++] = argv[i];
    }
    c->nargs = n;
    return 0;
}

static const char *const commands[] = {"search", "who",  "speakers", "check",
                                       "show",   "similar"};

static void pick_command(cli *c)
{
    size_t i;

    c->cmd = "search";
    if (!c->nargs)
        return;
    for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(c->args[0], commands[i]) == 0) {
            c->cmd = commands[i];
            c->args++;
            c->nargs--;
            return;
        }
    }
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

static int open_index(cli *c)
{
    char *root = NULL, *gen = NULL, *msg = NULL;
    evx_status st;
    int rc = 0;

    st = evx_dbpath_root(&root, c->db_opt);
    if (st) {
        return fail("cannot find the index folder (%s); give --db PATH",
                    evx_status_str(st));
    }
    st = evx_dbpath_current(&gen, root);
    if (st == EVX_NOT_FOUND) {
        fprintf(stderr,
                PROG ": no index at %s; build it with: evidex-index --db %s "
                     "--corpus corpus\n",
                root, root);
        rc = EXIT_ERROR;
    } else if (st) {
        rc = fail("cannot read the index folder (%s)", evx_status_str(st));
    } else if ((st = evx_db_open(&c->db, gen, EVX_DB_READ, &msg))) {
        fprintf(stderr, PROG ": cannot open the index at %s: %s\n", root,
                msg ? msg : evx_status_str(st));
        rc = EXIT_ERROR;
    }
    free(msg);
    free(gen);
    free(root);
    return rc;
}

static int setup(cli *c)
{
    char buf[PATH_MAX];
    int rc = open_index(c);

    if (rc)
        return rc;
    if (evx_tok_new(&c->tok))
        return fail("%s", "cannot load the tokenizer (stemmer)");
    if (evx_qparse_new(&c->qp, c->db, c->tok))
        return fail("%s", "out of memory");
    if (getcwd(buf, sizeof buf))
        c->cwd = evx_strdup(buf);
    if (evx_db_get_metadata(c->db, EVX_META_ROOT, &c->root))
        c->root = NULL;
    return 0;
}

static void teardown(cli *c)
{
    evx_qparse_free(c->qp);
    evx_tok_free(c->tok);
    evx_db_free(c->db);
    free(c->cwd);
    free(c->root);
    free(c->args_base);
    evx_buf_free(&c->out_buf);
}

/* ---- units and queries ------------------------------------------------ */

/* The unit with this id, or NULL (not found or unreadable). */
static evx_unit *fetch_unit(cli *c, const char *id, evx_docid *docid)
{
    evx_buf term = EVX_BUF_INIT;
    evx_docid d;
    evx_unit *u = NULL;
    char *data = NULL;
    size_t len;

    evx_buf_printf(&term, EVX_PREFIX_ID "%s", id);
    if (!evx_db_find_id(c->db, evx_buf_str(&term), &d) &&
        !evx_db_get_data(c->db, d, &data, &len)) {
        if (evx_unit_from_json(&u, data, len))
            u = NULL;
        if (u && docid)
            *docid = d;
    }
    free(data);
    evx_buf_free(&term);
    return u;
}

/* Texts of the footnotes the unit cites (KEY/fnN), each malloc'd or NULL;
 * the array has u->n_footnotes entries.  NULL if there are none. */
static char **fetch_footnotes(cli *c, const evx_unit *u)
{
    evx_buf id = EVX_BUF_INIT;
    char **texts;
    size_t i;

    if (!u->n_footnotes)
        return NULL;
    texts = calloc(u->n_footnotes, sizeof *texts);
    for (i = 0; texts && i < u->n_footnotes; i++) {
        evx_unit *fn;
        evx_buf_clear(&id);
        evx_unit_report_key(&id, u->report);
        evx_buf_printf(&id, "/fn%d", u->footnotes[i]);
        fn = fetch_unit(c, evx_buf_str(&id), NULL);
        if (fn) {
            texts[i] = fn->text;
            fn->text = NULL;
        }
        evx_unit_free(fn);
    }
    evx_buf_free(&id);
    return texts;
}

static void free_texts(char **texts, size_t n)
{
    size_t i;

    for (i = 0; texts && i < n; i++)
        free(texts[i]);
    free(texts);
}

static evx_status term_query(evx_query **out, const char *prefix,
                             const char *term, size_t len)
{
    evx_buf b = EVX_BUF_INIT;
    evx_status st;

    evx_buf_puts(&b, prefix);
    evx_buf_append(&b, term, len);
    st = evx_buf_status(&b);
    if (!st)
        st = evx_query_term(out, evx_buf_str(&b), 1, 0);
    evx_buf_free(&b);
    return st;
}

typedef struct qlist {
    evx_query **q;
    size_t len, cap;
    int stems; /* collect Z stems instead of plain terms */
    int oom;
} qlist;

static int collect_term(void *ctx, const evx_token *t)
{
    qlist *l = ctx;
    evx_query *q;

    if (t->kind == EVX_TOKEN_JOINED)
        return 0;
    if (evx_grow((void **)&l->q, &l->cap, l->len + 1, sizeof *l->q)) {
        l->oom = 1;
        return 1;
    }
    if (l->stems ? term_query(&q, EVX_PREFIX_STEM, t->stem, t->stem_len)
                 : term_query(&q, "", t->term, t->term_len)) {
        l->oom = 1;
        return 1;
    }
    l->q[l->len++] = q;
    return 0;
}

static void free_qlist(qlist *l)
{
    size_t i;

    for (i = 0; i < l->len; i++)
        evx_query_free(l->q[i]);
    free(l->q);
}

/* The text's words combined with op: PHRASE of plain terms, or OR of
 * stems.  *out is NULL when the text has no word. */
static evx_status words_query(cli *c, evx_query **out, const char *text,
                              evx_query_op op)
{
    qlist l = {NULL, 0, 0, op != EVX_Q_PHRASE, 0};
    evx_status st = EVX_OK;

    *out = NULL;
    if (evx_tokenize(c->tok, text, strlen(text), collect_term, &l) || l.oom)
        st = EVX_NOMEM;
    else if (l.len)
        st = evx_query_combine(out, l.len == 1 ? EVX_Q_OR : op, l.q, l.len, 0);
    free_qlist(&l);
    return st;
}

/* q filtered by the boolean term prefix+value (q is consumed). */
static evx_status filter_by(evx_query **q, const char *prefix,
                            const char *value)
{
    evx_query *f = NULL, *subs[2], *res = NULL;
    evx_status st = term_query(&f, prefix, value, strlen(value));

    if (!st) {
        subs[0] = *q;
        subs[1] = f;
        st = evx_query_combine(&res, EVX_Q_FILTER, subs, 2, 0);
    }
    evx_query_free(f);
    if (!st) {
        evx_query_free(*q);
        *q = res;
    }
    return st;
}

static int search_error(evx_status st, char *msg)
{
    fprintf(stderr, PROG ": search failed: %s\n",
            msg && *msg ? msg : evx_status_str(st));
    free(msg);
    return EXIT_ERROR;
}

static int search_units(cli *c, const evx_query *q,
                        const evx_search_params *p, evx_hits *hits)
{
    char *msg = NULL;
    evx_status st;

    memset(hits, 0, sizeof *hits);
    st = evx_search_run(hits, c->db, q, p, &msg);
    if (st)
        return search_error(st, msg);
    return 0;
}

/* Ranked hits for a command that shows no total: no exact count is made
 * (counting visits every match, which a large index makes slow). */
static int run_query(cli *c, const evx_query *q, unsigned offset,
                     unsigned limit, evx_hits *hits)
{
    evx_search_params p = {offset, limit, 0, 1};
    return search_units(c, q, &p, hits);
}

/* ---- printing --------------------------------------------------------- */

typedef struct qwords {
    evx_qword *w;
    size_t n;
} qwords;

/* The manifest record of the unit's report, from the index metadata;
 * left empty when the index has none. */
static void load_meta(cli *c, const evx_unit *u, evx_report_meta *meta)
{
    evx_buf key = EVX_BUF_INIT;
    char *val = NULL;

    evx_buf_puts(&key, EVX_META_REPORT);
    evx_unit_report_key(&key, u->report);
    if (!evx_db_get_metadata(c->db, evx_buf_str(&key), &val) && *val)
        evx_report_meta_parse(meta, val, strlen(val));
    free(val);
    evx_buf_free(&key);
}

static void print_hit(cli *c, const evx_out_hit *h)
{
    evx_fmt_opts o = {0};
    evx_report_meta meta = EVX_REPORT_META_INIT;

    o.color = c->color;
    switch (c->out) {
    case OUT_JSON:
        evx_format_json(&c->out_buf, h);
        break;
    case OUT_VIMGREP:
        evx_format_vimgrep(&c->out_buf, h, c->cwd, c->root);
        break;
    case OUT_CITE:
        load_meta(c, h->unit, &meta);
        evx_format_cite(&c->out_buf, h, meta.title ? &meta : NULL);
        evx_buf_putc(&c->out_buf, '\n');
        break;
    default:
        o.full_text = h->snip == NULL;
        evx_format_human(&c->out_buf, h, &o);
        evx_buf_putc(&c->out_buf, '\n');
    }
    evx_report_meta_free(&meta);
    flush_out(c);
}

/* Prints one unit with its snippet for qw (and footnote texts in JSON). */
static void emit(cli *c, unsigned rank, double score, const evx_unit *u,
                 const qwords *qw, const char *extra)
{
    evx_out_hit h;
    evx_snippet sn = EVX_SNIPPET_INIT;
    evx_snippet_query sq = {NULL, 0, 0};
    char **fn = NULL;
    const char *text = u->text ? u->text : "";

    memset(&h, 0, sizeof h);
    h.rank = rank;
    h.score = score;
    h.unit = u;
    h.extra_json = extra;
    sq.words = qw ? qw->w : NULL;
    sq.n_words = qw ? qw->n : 0;
    if (!evx_snippet_make(&sn, c->tok, text, strlen(text), &sq))
        h.snip = &sn;
    if (c->out == OUT_JSON) {
        fn = fetch_footnotes(c, u);
        h.fn_text = (const char *const *)fn;
    }
    print_hit(c, &h);
    free_texts(fn, u->n_footnotes);
    evx_snippet_free(&sn);
}

static void parser_words(cli *c, qwords *qw)
{
    size_t i, n = evx_qparse_n_words(c->qp);

    qw->n = 0;
    qw->w = calloc(n ? n : 1, sizeof *qw->w);
    for (i = 0; qw->w && i < n; i++) {
        int phrase = 0;
        qw->w[qw->n].word = evx_qparse_word(c->qp, i, &phrase);
        qw->w[qw->n++].exact = phrase;
    }
}

/* ---- search ----------------------------------------------------------- */

static int parse_query(cli *c, const char *text, evx_query **q)
{
    evx_status st = evx_qparse_parse(c->qp, text, strlen(text), q);

    if (st == EVX_NOMEM)
        return fail("%s", "out of memory");
    if (st) {
        const char *m = evx_qparse_errmsg(c->qp);
        return fail("query error: %s", *m ? m : evx_status_str(st));
    }
    return 0;
}

static void print_summary(cli *c, const evx_hits *hits)
{
    if (c->out != OUT_HUMAN)
        return;
    if (c->offset == 0 || !hits->len)
        fprintf(stdout, "%zu of %lu matches\n\n", hits->len, hits->total);
    else
        fprintf(stdout, "%u\xE2\x80\x93%zu of %lu matches\n\n", c->offset + 1,
                c->offset + hits->len, hits->total);
}

static int cmd_search(cli *c)
{
    evx_buf text = EVX_BUF_INIT;
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    qwords qw = {NULL, 0};
    const char *sugg;
    size_t i;
    int rc;

    join_args(&text, c->args, c->nargs);
    if (!text.len) {
        evx_buf_free(&text);
        return fail("%s", "no query given; see evidex --help");
    }
    rc = parse_query(c, evx_buf_str(&text), &q);
    if (!rc)
        rc = search_units(c, q, &(evx_search_params){c->offset, c->limit, 0, 0},
                          &hits);
    if (rc)
        goto done;
    parser_words(c, &qw);
    if (hits.total)
        print_summary(c, &hits);
    for (i = 0; i < hits.len; i++)
        emit(c, hits.items[i].rank, hits.items[i].score, hits.items[i].unit,
             &qw, NULL);
    rc = hits.total ? EXIT_HITS : EXIT_NONE;
    sugg = evx_qparse_suggestion(c->qp);
    if (!hits.total && c->out == OUT_HUMAN)
        fprintf(stderr, PROG ": no matches\n");
    if (!hits.total && sugg && *sugg)
        fprintf(stderr, "Did you mean: %s\n", sugg);
done:
    free(qw.w);
    evx_hits_free(&hits);
    evx_query_free(q);
    evx_buf_free(&text);
    return rc;
}

/* ---- who -------------------------------------------------------------- */

static int seen_id(const evx_units *seen, const char *id)
{
    return evx_units_find(seen, id) != NULL;
}

/* What `who` has printed so far, and the words to highlight. */
typedef struct who_state {
    const char *text; /* the fragment */
    evx_units seen;   /* units printed, in order */
    qwords qw;
} who_state;

/* One pass of `who`: which units, matched how, and how the hits say so. */
typedef struct who_step {
    evx_query_op op;     /* EVX_Q_PHRASE or EVX_Q_OR over the words */
    const char *type;    /* unit type, or NULL for any */
    const char *extra;   /* JSON members marking the hits ("match":...) */
    const char *heading; /* human output: a line before the first new hit */
} who_step;

/* Prints the hits not printed yet, up to the limit; keeps them in seen. */
static void emit_new(cli *c, evx_hits *hits, who_state *ws,
                     const who_step *step)
{
    size_t i;
    int first = 1;

    for (i = 0; i < hits->len && ws->seen.len < c->limit; i++) {
        evx_unit *u = hits->items[i].unit;
        if (seen_id(&ws->seen, u->id))
            continue;
        if (first && step->heading && c->out == OUT_HUMAN)
            printf("%s\n\n", step->heading);
        first = 0;
        emit(c, (unsigned)ws->seen.len + 1, hits->items[i].score, u, &ws->qw,
             step->extra);
        hits->items[i].unit = NULL;
        if (evx_units_push(&ws->seen, u))
            return;
    }
}

static int who_pass(cli *c, who_state *ws, const who_step *step)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    int rc = 0;

    if (words_query(c, &q, ws->text, step->op) ||
        (q && step->type && filter_by(&q, EVX_PREFIX_TYPE, step->type)))
        rc = fail("%s", "out of memory");
    else if (q && !(rc = run_query(c, q, 0, c->limit, &hits)))
        emit_new(c, &hits, ws, step);
    evx_hits_free(&hits);
    evx_query_free(q);
    return rc;
}

/* `who`: quotations holding the words as a phrase first ("match":"exact").
 * If no quotation holds them but the report does elsewhere (a paragraph's
 * own words, a footnote), that unit comes first, with no speaker
 * ("match":"unquoted"): the report does not put these words in anyone's
 * mouth, and a best-ranked quotation of someone else would be a wrong
 * attribution.  Then, while the page has room, the best-ranked quotations
 * sharing words with the fragment ("match":"ranked"). */
static int cmd_who(cli *c)
{
    static const who_step exact = {EVX_Q_PHRASE, "quotation",
                                   "\"match\":\"exact\"", NULL};
    static const who_step unquoted = {EVX_Q_PHRASE, NULL,
                                      "\"match\":\"unquoted\"", NULL};
    static const who_step ranked = {
        EVX_Q_OR, "quotation", "\"match\":\"ranked\"",
        "Other quotations sharing some of these words:"};
    evx_buf text = EVX_BUF_INIT;
    evx_qword w = {NULL, 0};
    who_state ws = {NULL, EVX_UNITS_INIT, {&w, 1}};
    int rc;

    join_args(&text, c->args, c->nargs);
    if (!text.len) {
        evx_buf_free(&text);
        return fail("%s", "who needs a fragment of a quotation");
    }
    ws.text = w.word = evx_buf_str(&text);
    rc = who_pass(c, &ws, &exact);
    if (!rc && !ws.seen.len) {
        rc = who_pass(c, &ws, &unquoted);
        if (ws.seen.len && c->out == OUT_HUMAN)
            fprintf(stderr, PROG ": no quotation holds these words; the "
                            "report has them in %s, with no speaker\n",
                    ws.seen.items[0]->id);
    }
    if (!rc && ws.seen.len < c->limit)
        rc = who_pass(c, &ws, &ranked);
    if (!rc) {
        rc = ws.seen.len ? EXIT_HITS : EXIT_NONE;
        if (!ws.seen.len && c->out == OUT_HUMAN)
            fprintf(stderr, PROG ": no quotation matches\n");
    }
    evx_units_free(&ws.seen);
    evx_buf_free(&text);
    return rc;
}

/* ---- speakers --------------------------------------------------------- */

typedef struct spk {
    char *key;
    unsigned long count;   /* quotations in the index */
    unsigned long matches; /* quotations matching the query */
    double score;          /* sum of their scores */
    evx_unit *sample;      /* one of their quotations */
} spk;

typedef struct spks {
    spk *v;
    size_t len, cap;
    int oom;
} spks;

static spk *spks_add(spks *s, const char *key, unsigned long count)
{
    if (evx_grow((void **)&s->v, &s->cap, s->len + 1, sizeof *s->v)) {
        s->oom = 1;
        return NULL;
    }
    memset(&s->v[s->len], 0, sizeof *s->v);
    s->v[s->len].key = evx_strdup(key);
    s->v[s->len].count = count;
    if (!s->v[s->len].key) {
        s->oom = 1;
        return NULL;
    }
    return &s->v[s->len++];
}

static spk *spks_find(spks *s, const char *key)
{
    size_t i;

    for (i = 0; i < s->len; i++)
        if (strcmp(s->v[i].key, key) == 0)
            return &s->v[i];
    return NULL;
}

static void spks_free(spks *s)
{
    size_t i;

    for (i = 0; i < s->len; i++) {
        free(s->v[i].key);
        evx_unit_free(s->v[i].sample);
    }
    free(s->v);
}

static int on_speaker_term(void *ctx, const char *term, unsigned long freq)
{
    spks *s = ctx;

    return spks_add(s, term + strlen(EVX_PREFIX_SPEAKER_KEY), freq) == NULL;
}

/* One quotation of the speaker, for their name, role and organisation. */
static void sample_speaker(cli *c, spk *p)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};

    if (p->sample)
        return;
    if (term_query(&q, EVX_PREFIX_SPEAKER_KEY, p->key, strlen(p->key)))
        return;
    if (!run_query(c, q, 0, 1, &hits) && hits.len) {
        p->sample = hits.items[0].unit;
        hits.items[0].unit = NULL;
    }
    evx_hits_free(&hits);
    evx_query_free(q);
}

static int cmp_count(const void *a, const void *b)
{
    const spk *x = a, *y = b;

    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->key, y->key);
}

static int cmp_score(const void *a, const void *b)
{
    const spk *x = a, *y = b;

    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return cmp_count(a, b);
}

static void print_speaker(cli *c, const spk *p, unsigned rank, int ranked)
{
    const evx_speaker *s = p->sample ? p->sample->speaker : NULL;
    evx_buf *b = &c->out_buf;

    if (c->out == OUT_JSON) {
        evx_buf_printf(b, "{\"format_version\":%d,\"rank\":%u,\"key\":",
                       EVX_FORMAT_VERSION, rank);
        evx_json_put_cstr(b, p->key);
        evx_buf_puts(b, ",\"name\":");
        evx_json_put_cstr(b, s ? s->name : NULL);
        evx_buf_puts(b, ",\"role\":");
        evx_json_put_cstr(b, s ? s->role : NULL);
        evx_buf_puts(b, ",\"org\":");
        evx_json_put_cstr(b, s ? s->org : NULL);
        evx_buf_puts(b, ",\"kind\":");
        evx_json_put_cstr(b, s ? s->kind : NULL);
        evx_buf_printf(b, ",\"quotations\":%lu", p->count);
        if (ranked)
            evx_buf_printf(b, ",\"matching\":%lu,\"score\":%.6g", p->matches,
                           p->score);
        evx_buf_puts(b, "}\n");
    } else {
        if (ranked)
            evx_buf_printf(b, "%3u. %7.2f  %6lu of %-3lu  ", rank, p->score,
                           p->matches, p->count);
        else
            evx_buf_printf(b, "%10lu  ", p->count);
        if (c->color)
            evx_buf_puts(b, "\033[32m");
        evx_buf_puts(b, s && s->name ? s->name : p->key);
        if (c->color)
            evx_buf_puts(b, "\033[0m");
        if (s && s->role)
            evx_buf_printf(b, ", %s", s->role);
        if (s && s->org)
            evx_buf_printf(b, ", %s", s->org);
        evx_buf_putc(b, '\n');
    }
    flush_out(c);
}

static int print_speakers(cli *c, spks *s, int ranked)
{
    size_t i;
    unsigned shown = 0;
    unsigned limit = ranked || c->limit_set ? c->limit : UINT_MAX;

    qsort(s->v, s->len, sizeof *s->v, ranked ? cmp_score : cmp_count);
    if (c->out != OUT_JSON && c->offset < s->len)
        fputs(ranked ? "rank   score  matching of all  speaker\n"
                     : "quotations  speaker\n",
              stdout);
    for (i = c->offset; i < s->len && shown < limit; i++) {
        if (ranked && !s->v[i].matches)
            break;
        sample_speaker(c, &s->v[i]);
        print_speaker(c, &s->v[i], c->offset + ++shown, ranked);
    }
    return shown ? EXIT_HITS : EXIT_NONE;
}

/* Adds each matching quotation's score to its speaker. */
static int score_speakers(cli *c, spks *s, const evx_hits *hits)
{
    size_t i;

    for (i = 0; i < hits->len; i++) {
        const evx_unit *u = hits->items[i].unit;
        char *key = NULL;
        spk *p;
        if (!u->speaker || !u->speaker->name)
            continue;
        if (evx_name_key(c->tok, u->speaker->name, strlen(u->speaker->name),
                         &key))
            return fail("%s", "out of memory");
        p = *key ? spks_find(s, key) : NULL;
        if (p) {
            p->matches++;
            p->score += hits->items[i].score;
        }
        free(key);
    }
    return 0;
}

static int cmd_speakers(cli *c)
{
    spks s = {NULL, 0, 0, 0};
    evx_buf text = EVX_BUF_INIT;
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    int rc = 0;

    if (evx_db_terms(c->db, EVX_PREFIX_SPEAKER_KEY, on_speaker_term, &s) ||
        s.oom) {
        rc = fail("cannot list speakers: %s", evx_db_errmsg(c->db));
        goto done;
    }
    join_args(&text, c->args, c->nargs);
    if (text.len) {
        rc = parse_query(c, evx_buf_str(&text), &q);
        if (!rc && filter_by(&q, EVX_PREFIX_TYPE, "quotation"))
            rc = fail("%s", "out of memory");
        if (!rc)
            rc = run_query(c, q, 0, SPEAKERS_MAX_HITS, &hits);
        if (!rc)
            rc = score_speakers(c, &s, &hits);
    }
    if (!rc)
        rc = print_speakers(c, &s, text.len > 0);
done:
    evx_hits_free(&hits);
    evx_query_free(q);
    evx_buf_free(&text);
    spks_free(&s);
    return rc;
}

/* ---- check ------------------------------------------------------------ */

typedef struct cand {
    evx_unit *unit;
    double score;
    int exact;
    evx_diff diff;
} cand;

typedef struct cands {
    cand v[CHECK_CANDIDATES * 2];
    size_t len;
} cands;

static int has_cand(const cands *cs, const char *id)
{
    size_t i;

    for (i = 0; i < cs->len; i++)
        if (strcmp(cs->v[i].unit->id, id) == 0)
            return 1;
    return 0;
}

/* Takes the hits' units into cs, judging each against the quotation. */
static void add_cands(cli *c, cands *cs, evx_hits *hits, const char *quote)
{
    size_t i;

    for (i = 0; i < hits->len && cs->len < CHECK_CANDIDATES * 2; i++) {
        evx_unit *u = hits->items[i].unit;
        cand *k = &cs->v[cs->len];
        const char *t = u->text ? u->text : "";
        if (has_cand(cs, u->id))
            continue;
        memset(k, 0, sizeof *k);
        if (evx_check_contains(&k->exact, quote, strlen(quote), t, strlen(t)) ||
            evx_check_diff(&k->diff, c->tok, quote, strlen(quote), t,
                           strlen(t)))
            continue;
        k->unit = u;
        k->score = hits->items[i].score;
        hits->items[i].unit = NULL;
        cs->len++;
    }
}

static int gather(cli *c, cands *cs, const char *quote, evx_query_op op)
{
    evx_query *q = NULL;
    evx_hits hits = {NULL, 0, 0};
    int rc = 0;

    if (words_query(c, &q, quote, op))
        rc = fail("%s", "out of memory");
    else if (q && !(rc = run_query(c, q, 0, CHECK_CANDIDATES, &hits)))
        add_cands(c, cs, &hits, quote);
    evx_hits_free(&hits);
    evx_query_free(q);
    return rc;
}

/* A paragraph is shown through its quotation when both qualify alike. */
static int shadowed(const cands *cs, const cand *k)
{
    size_t i;

    for (i = 0; i < cs->len; i++) {
        const cand *o = &cs->v[i];
        if (o != k && o->exact == k->exact && o->unit->parent &&
            strcmp(o->unit->parent, k->unit->id) == 0 &&
            evx_diff_similarity(&o->diff) >= evx_diff_similarity(&k->diff))
            return 1;
    }
    return 0;
}

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    double sx = evx_diff_similarity(&x->diff), sy = evx_diff_similarity(&y->diff);

    if (x->exact != y->exact)
        return x->exact ? -1 : 1;
    if (sx != sy)
        return sx > sy ? -1 : 1;
    return (x->score < y->score) - (x->score > y->score);
}

/* A near match: its heading and speaker, then the marked passage. */
static void print_diff(cli *c, const cand *k, const char *quote,
                       const char *text)
{
    evx_out_hit h;
    evx_fmt_opts o = {0};

    memset(&h, 0, sizeof h);
    h.unit = k->unit;
    o.color = c->color;
    o.heading_only = 1;
    evx_format_human(&c->out_buf, &h, &o);
    evx_buf_puts(&c->out_buf, "   ");
    evx_diff_format(&c->out_buf, &k->diff, quote, text, c->color);
    evx_buf_puts(&c->out_buf, "\n\n");
    flush_out(c);
}

static void print_human_check(cli *c, const cand *k, const char *quote,
                              const qwords *qw)
{
    evx_buf *b = &c->out_buf;
    const char *t = k->unit->text ? k->unit->text : "";

    if (c->color)
        evx_buf_puts(b, "\033[1m");
    if (k->exact) {
        evx_report_meta meta = EVX_REPORT_META_INIT;
        load_meta(c, k->unit, &meta);
        evx_buf_puts(b, "Exact match, cite as: ");
        evx_format_reference(b, k->unit, meta.title ? &meta : NULL);
        evx_report_meta_free(&meta);
    } else if (!evx_diff_changes(&k->diff)) {
        evx_buf_puts(b, "Same words, but punctuation or characters differ");
    } else {
        evx_buf_printf(b, "Near match (%zu of %zu words, %zu difference%s)",
                       k->diff.n_equal, k->diff.n_quote,
                       evx_diff_changes(&k->diff),
                       evx_diff_changes(&k->diff) == 1 ? "" : "s");
    }
    if (c->color)
        evx_buf_puts(b, "\033[0m");
    evx_buf_puts(b, ":\n");
    flush_out(c);
    if (k->exact) {
        emit(c, 0, 0, k->unit, qw, NULL);
        return;
    }
    print_diff(c, k, quote, t);
}

/* "exact"; "words" (same words, other punctuation); "near". */
static const char *match_kind(const cand *k)
{
    if (k->exact)
        return "exact";
    return evx_diff_changes(&k->diff) ? "near" : "words";
}

static void print_check(cli *c, const cand *k, unsigned rank,
                        const char *quote, const qwords *qw)
{
    evx_buf extra = EVX_BUF_INIT;
    const char *t = k->unit->text ? k->unit->text : "";

    if (c->out == OUT_HUMAN) {
        print_human_check(c, k, quote, qw);
        return;
    }
    evx_buf_printf(&extra, "\"match\":\"%s\",\"similarity\":%.4g,\"diff\":",
                   match_kind(k), evx_diff_similarity(&k->diff));
    evx_diff_json(&extra, &k->diff, quote, t);
    emit(c, rank, k->score, k->unit, qw, evx_buf_str(&extra));
    evx_buf_free(&extra);
}

/* Which candidates to show: every exact match, then the near ones (at
 * least half the words, or the closest few when nothing is exact). */
static int show_cand(const cands *cs, size_t i, int any_exact, size_t *near)
{
    const cand *k = &cs->v[i];

    if (shadowed(cs, k))
        return 0;
    if (k->exact)
        return 1;
    if (*near >= CHECK_NEAR_MAX || !k->diff.n_equal)
        return 0;
    if (any_exact && evx_diff_similarity(&k->diff) < CHECK_NEAR_MIN)
        return 0;
    ++*near;
    return 1;
}

static int cmd_check(cli *c)
{
    evx_buf text = EVX_BUF_INIT;
    cands *cs = calloc(1, sizeof *cs);
    evx_qword w = {NULL, 1};
    qwords qw = {&w, 1};
    size_t i, near = 0;
    unsigned rank = 0;
    int rc = 0, any_exact = 0;

    join_args(&text, c->args, c->nargs);
    if (!cs || !text.len) {
        rc = cs ? fail("%s", "check needs a quotation") : EXIT_ERROR;
        goto done;
    }
    w.word = evx_buf_str(&text);
    rc = gather(c, cs, w.word, EVX_Q_PHRASE);
    if (!rc)
        rc = gather(c, cs, w.word, EVX_Q_OR);
    if (rc)
        goto done;
    qsort(cs->v, cs->len, sizeof cs->v[0], cmp_cand);
    any_exact = cs->len && cs->v[0].exact;
    for (i = 0; i < cs->len; i++)
        if (show_cand(cs, i, any_exact, &near))
            print_check(c, &cs->v[i], ++rank, w.word, &qw);
    if (!rank && c->out == OUT_HUMAN)
        fprintf(stderr, PROG ": no passage shares a word with the quotation\n");
    rc = any_exact ? EXIT_HITS : EXIT_NONE;
done:
    for (i = 0; cs && i < cs->len; i++) {
        evx_unit_free(cs->v[i].unit);
        evx_diff_free(&cs->v[i].diff);
    }
    free(cs);
    evx_buf_free(&text);
    return rc;
}

/* ---- show ------------------------------------------------------------- */

static void show_footnotes(cli *c, const evx_unit *u, char **fn)
{
    size_t i;

    if (!u->n_footnotes)
        return;
    evx_buf_puts(&c->out_buf, "\nFootnotes:\n");
    for (i = 0; i < u->n_footnotes; i++) {
        evx_buf_printf(&c->out_buf, "  [%d] ", u->footnotes[i]);
        if (fn && fn[i])
            evx_format_oneline(&c->out_buf, fn[i], strlen(fn[i]));
        else
            evx_buf_puts(&c->out_buf, "(not in the index)");
        evx_buf_putc(&c->out_buf, '\n');
    }
}

static void quotation_line(evx_buf *b, const evx_unit *q, int first)
{
    if (first)
        evx_buf_puts(b, "\nQuotations:\n");
    evx_buf_printf(b, "  %s  ", q->id);
    evx_format_speaker(b, q->speaker);
    if (!q->speaker || !q->speaker->name)
        evx_buf_puts(b, "speaker not identified");
    evx_buf_putc(b, '\n');
}

static void quotation_json(evx_buf *b, const evx_unit *q, int first)
{
    evx_buf_puts(b, first ? "{\"id\":" : ",{\"id\":");
    evx_json_put_cstr(b, q->id);
    evx_buf_puts(b, ",\"speaker\":");
    evx_json_put_cstr(b, q->speaker ? q->speaker->name : NULL);
    evx_buf_putc(b, '}');
}

/* The unit's quotations, ID/q1, ID/q2 ... until one is missing: as text
 * lines into human and as JSON objects into json (either may be NULL). */
static void show_quotations(cli *c, const evx_unit *u, evx_buf *human,
                            evx_buf *json)
{
    evx_buf id = EVX_BUF_INIT;
    int n;

    for (n = 1;; n++) {
        evx_unit *q;
        evx_buf_clear(&id);
        evx_buf_printf(&id, "%s/q%d", u->id, n);
        if (!(q = fetch_unit(c, evx_buf_str(&id), NULL)))
            break;
        if (human)
            quotation_line(human, q, n == 1);
        if (json)
            quotation_json(json, q, n == 1);
        evx_unit_free(q);
    }
    evx_buf_free(&id);
}

static void show_sources(cli *c, const evx_unit *u)
{
    size_t i;

    if (!u->n_sources)
        return;
    evx_buf_puts(&c->out_buf, "\nSources:\n");
    for (i = 0; i < u->n_sources; i++) {
        const evx_source *s = &u->sources[i];
        evx_buf_printf(&c->out_buf, "  %s:%ld:%ld  (%s, lines %ld-%ld)\n",
                       s->file ? s->file : "?", s->line, s->col,
                       s->rendering ? s->rendering : "?", s->line,
                       s->end_line);
    }
}

static void show_human(cli *c, const evx_unit *u, char **fn)
{
    evx_out_hit h;
    evx_fmt_opts o = {0};

    memset(&h, 0, sizeof h);
    h.unit = u;
    o.color = c->color;
    o.full_text = 1;
    evx_format_human(&c->out_buf, &h, &o);
    show_footnotes(c, u, fn);
    show_quotations(c, u, &c->out_buf, NULL);
    show_sources(c, u);
    flush_out(c);
}

static void show_json(cli *c, const evx_unit *u, char **fn)
{
    evx_buf extra = EVX_BUF_INIT, quot = EVX_BUF_INIT;
    evx_out_hit h;
    evx_snippet sn = EVX_SNIPPET_INIT;
    const char *text = u->text ? u->text : "";

    show_quotations(c, u, NULL, &quot);
    evx_buf_printf(&extra, "\"quotations\":[%s]", evx_buf_str(&quot));
    memset(&h, 0, sizeof h);
    h.unit = u;
    h.fn_text = (const char *const *)fn;
    h.extra_json = evx_buf_str(&extra);
    if (!evx_snippet_make(&sn, c->tok, text, strlen(text), NULL))
        h.snip = &sn;
    evx_format_json(&c->out_buf, &h);
    flush_out(c);
    evx_snippet_free(&sn);
    evx_buf_free(&extra);
    evx_buf_free(&quot);
}

static int cmd_show(cli *c)
{
    evx_unit *u;
    char **fn;

    if (c->nargs != 1)
        return fail("%s", "show needs one unit id, e.g. HC650/p239");
    u = fetch_unit(c, c->args[0], NULL);
    if (!u) {
        fail("no unit with id '%s'", c->args[0]);
        return EXIT_NONE;
    }
    fn = fetch_footnotes(c, u);
    if (c->out == OUT_HUMAN)
        show_human(c, u, fn);
    else if (c->out == OUT_JSON)
        show_json(c, u, fn);
    else
        emit(c, 0, 0, u, NULL, NULL);
    free_texts(fn, u->n_footnotes);
    evx_unit_free(u);
    return EXIT_HITS;
}

/* ---- similar ---------------------------------------------------------- */

typedef struct expand_ctx {
    qlist terms;
    qwords qw;
    evx_buf words; /* the stems, NUL-separated, for highlighting */
} expand_ctx;

static int on_expand(void *ctx, const char *term, double weight)
{
    expand_ctx *e = ctx;
    evx_query *q;

    (void)weight;
    if (term[0] != 'Z' || e->terms.len >= SIMILAR_TERMS)
        return e->terms.len >= SIMILAR_TERMS;
    if (evx_query_term(&q, term, 1, 0))
        return 1;
    if (evx_grow((void **)&e->terms.q, &e->terms.cap, e->terms.len + 1,
                 sizeof *e->terms.q)) {
        evx_query_free(q);
        return 1;
    }
    e->terms.q[e->terms.len++] = q;
    evx_buf_puts(&e->words, term + 1);
    evx_buf_putc(&e->words, '\0'); /* NUL-separated list */
    return 0;
}

/* Stems of the expand set as query words for the snippets. */
static void stems_as_words(expand_ctx *e)
{
    const char *p = evx_buf_str(&e->words), *end = p + e->words.len;

    e->qw.w = calloc(e->terms.len + 1, sizeof *e->qw.w);
    for (e->qw.n = 0; e->qw.w && p < end; p += strlen(p) + 1)
        e->qw.w[e->qw.n++].word = p;
}

/* Neither the unit itself nor its own quotations or parent. */
static int related(const evx_unit *a, const evx_unit *b)
{
    return strcmp(a->id, b->id) == 0 ||
           (a->parent && strcmp(a->parent, b->id) == 0) ||
           (b->parent && strcmp(b->parent, a->id) == 0);
}

static int similar_print(cli *c, const evx_unit *u, const evx_query *q,
                         const qwords *qw)
{
    evx_hits hits = {NULL, 0, 0};
    size_t i;
    unsigned shown = 0;
    int rc = run_query(c, q, 0, c->offset + c->limit + 16, &hits);

    for (i = 0; !rc && i < hits.len && shown < c->offset + c->limit; i++) {
        if (related(u, hits.items[i].unit))
            continue;
        if (++shown > c->offset)
            emit(c, shown, hits.items[i].score, hits.items[i].unit, qw, NULL);
    }
    evx_hits_free(&hits);
    if (rc)
        return rc;
    return shown > c->offset ? EXIT_HITS : EXIT_NONE;
}

static int cmd_similar(cli *c)
{
    expand_ctx e;
    evx_unit *u;
    evx_docid docid = 0;
    evx_query *q = NULL;
    int rc;

    memset(&e, 0, sizeof e);
    if (c->nargs != 1)
        return fail("%s", "similar needs one unit id, e.g. HC650/p239");
    if (!(u = fetch_unit(c, c->args[0], &docid))) {
        fail("no unit with id '%s'", c->args[0]);
        return EXIT_NONE;
    }
    if (evx_db_expand(c->db, &docid, 1, SIMILAR_TERMS * 4, "QX", on_expand,
                      &e))
        rc = fail("cannot find similar units: %s", evx_db_errmsg(c->db));
    else if (evx_query_combine(&q, EVX_Q_OR, e.terms.q, e.terms.len, 0))
        rc = fail("%s", "out of memory");
    else {
        stems_as_words(&e);
        rc = similar_print(c, u, q, &e.qw);
    }
    evx_query_free(q);
    free(e.qw.w);
    evx_buf_free(&e.words);
    free_qlist(&e.terms);
    evx_unit_free(u);
    return rc;
}

/* ---- main ------------------------------------------------------------- */

static int dispatch(cli *c)
{
    if (strcmp(c->cmd, "who") == 0)
        return cmd_who(c);
    if (strcmp(c->cmd, "speakers") == 0)
        return cmd_speakers(c);
    if (strcmp(c->cmd, "check") == 0)
        return cmd_check(c);
    if (strcmp(c->cmd, "show") == 0)
        return cmd_show(c);
    if (strcmp(c->cmd, "similar") == 0)
        return cmd_similar(c);
    return cmd_search(c);
}

int main(int argc, char **argv)
{
    cli c;
    int rc;

    memset(&c, 0, sizeof c);
    c.limit = 10;
    c.color = -1;
    rc = parse_args(&c, argc, argv);
    if (rc) {
        free(c.args_base);
        return rc < 0 ? EXIT_HITS : rc;
    }
    pick_command(&c);
    c.color = want_color(c.color);
    rc = setup(&c);
    if (!rc)
        rc = dispatch(&c);
    fflush(stdout);
    teardown(&c);
    return rc;
}
