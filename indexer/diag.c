/*
 * diag.c - diagnostics collector: keeps up to DIAG_CAP messages of each
 * level, counts all of them.  The caps are per level so that the notes of
 * a large corpus (a missing footnote body each) never crowd out a warning
 * that names a damaged file and line, nor an error.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "utf8.h"

#define DIAG_CAP 10000
#define N_LEVELS 3

typedef struct message {
    evx_diag_level level;
    size_t seq; /* its report's place in the manifest */
    char *file;
    long line;
    char *text;
} message;

struct evx_diag {
    message *msgs;
    size_t n, cap;
    size_t counts[N_LEVELS];
    size_t kept[N_LEVELS];
    size_t dropped[N_LEVELS]; /* counted but not kept: over the cap, OOM */
    size_t seq;     /* the current report's place */
};

static const char *const level_words[N_LEVELS] = {"note", "warning",
                                                  "error"};

evx_status evx_diag_new(evx_diag **out)
{
    evx_diag *d = calloc(1, sizeof *d);

    *out = d;
    return d ? EVX_OK : EVX_NOMEM;
}

void evx_diag_free(evx_diag *d)
{
    size_t i;

    if (!d)
        return;
    for (i = 0; i < d->n; i++) {
        free(d->msgs[i].file);
        free(d->msgs[i].text);
    }
    free(d->msgs);
    free(d);
}

static int valid_level(evx_diag_level level)
{
    return (int)level >= 0 && (int)level < N_LEVELS;
}

/* Makes room for one more message of level; 0 if that level's cap is
 * reached or on OOM. */
static int room(evx_diag *d, evx_diag_level level)
{
    size_t cap;
    message *m;

    if (d->kept[level] >= DIAG_CAP)
        return 0;
    if (d->n < d->cap)
        return 1;
    cap = d->cap ? d->cap * 2 : 32;
    if (cap > DIAG_CAP * N_LEVELS)
        cap = DIAG_CAP * N_LEVELS;
    m = realloc(d->msgs, cap * sizeof *m);
    if (!m)
        return 0;
    d->msgs = m;
    d->cap = cap;
    return 1;
}

/* Every message prints as one line, whatever text it quotes. */
static void one_line(char *s)
{
    if (s)
        evx_ascii_one_line(s, strlen(s));
}

/* text's bytes as valid UTF-8, each byte that starts no character (a
 * precision such as "%.60s" cut one short, or a file's own encoding)
 * as U+FFFD; NULL if out of memory.  Frees text. */
static char *valid_utf8(char *text)
{
    size_t n = text ? strlen(text) : 0, i = 0, k;
    while (i < n && (k = evx_utf8_seqlen(text + i, n - i)) > 0)
        i += k;
    if (i == n)
        return text;
    evx_buf b = EVX_BUF_INIT;
    for (i = 0; i < n; i += k ? k : 1) {
        k = evx_utf8_seqlen(text + i, n - i);
        if (k)
            evx_buf_append(&b, text + i, k);
        else
            evx_buf_puts(&b, EVX_UTF8_REPLACEMENT);
    }
    free(text);
    return evx_buf_detach(&b);
}

void evx_diag_add(evx_diag *d, evx_diag_level level, const char *file,
                  long line, const char *fmt, ...)
{
    evx_buf text = EVX_BUF_INIT;
    message m;
    va_list ap;

    if (!d)
        return;
    if (!valid_level(level))
        level = EVX_DIAG_ERROR;
    d->counts[level]++;
    if (!room(d, level)) {
        d->dropped[level]++;
        return;
    }
    va_start(ap, fmt);
    evx_buf_vprintf(&text, fmt, ap);
    va_end(ap);
    m.level = level;
    m.seq = d->seq;
    m.line = line;
    m.file = evx_strdup(file);
    m.text = valid_utf8(evx_buf_detach(&text));
    if (!m.text || (file && !m.file)) {
        free(m.file);
        free(m.text);
        d->dropped[level]++;
        return;
    }
    one_line(m.text);
    one_line(m.file);
    d->msgs[d->n++] = m;
    d->kept[level]++;
}

void evx_diag_count_more(evx_diag *d, evx_diag_level level, size_t n)
{
    if (d && level >= 0 && level < N_LEVELS)
        d->counts[level] += n;
}

size_t evx_diag_count(const evx_diag *d, evx_diag_level level)
{
    if (!d || !valid_level(level))
        return 0;
    return d->counts[level];
}

size_t evx_diag_len(const evx_diag *d)
{
    return d ? d->n : 0;
}

evx_status evx_diag_get(const evx_diag *d, size_t i, evx_diag_level *level,
                        const char **file, long *line, const char **text)
{
    const message *m;

    if (!d || i >= d->n)
        return EVX_INVALID;
    m = &d->msgs[i];
    if (level)
        *level = m->level;
    if (file)
        *file = m->file;
    if (line)
        *line = m->line;
    if (text)
        *text = m->text;
    return EVX_OK;
}

void evx_diag_begin_report(evx_diag *d, size_t seq)
{
    if (d)
        d->seq = seq;
}

static void print_message(const message *m, FILE *f, const char *prog)
{
    fprintf(f, "%s: %s: ", prog, level_words[m->level]);
    if (m->file && m->line > 0)
        fprintf(f, "%s:%ld: ", m->file, m->line);
    else if (m->file)
        fprintf(f, "%s: ", m->file);
    fprintf(f, "%s\n", m->text);
}

/* By report, then as recorded (messages are in the array as recorded). */
static int by_report(const void *a, const void *b)
{
    const message *x = *(const message *const *)a;
    const message *y = *(const message *const *)b;
    if (x->seq != y->seq)
        return x->seq < y->seq ? -1 : 1;
    return (x > y) - (x < y);
}

void evx_diag_print(const evx_diag *d, FILE *f, const char *prog,
                    evx_diag_level min_level)
{
    if (!d)
        return;
    const message **v = d->n ? malloc(d->n * sizeof *v) : NULL;
    for (size_t i = 0; v && i < d->n; i++)
        v[i] = &d->msgs[i];
    if (v)
        qsort(v, d->n, sizeof *v, by_report);
    for (size_t i = 0; i < d->n; i++) {
        /* out of memory to sort: as recorded */
        const message *m = v ? v[i] : &d->msgs[i];
        if (m->level >= min_level)
            print_message(m, f, prog);
    }
    free(v);
    for (int l = min_level; l < N_LEVELS; l++)
        if (d->dropped[l])
            fprintf(f, "%s: %s: %zu more %ss not kept (%d are)\n",
                    prog, level_words[l], d->dropped[l], level_words[l],
                    DIAG_CAP);
}

void evx_diag_map_lines(evx_diag *d, size_t from, const char *file,
                        long (*map)(void *ctx, long line), void *ctx)
{
    if (!d || !file)
        return;
    for (size_t i = from; i < d->n; i++)
        if (d->msgs[i].file && strcmp(d->msgs[i].file, file) == 0 &&
            d->msgs[i].line > 0)
            d->msgs[i].line = map(ctx, d->msgs[i].line);
}

/* ---- handing messages between processes ------------------------------ */

evx_status evx_diag_save(const evx_diag *d, FILE *f)
{
    fprintf(f, "evx-diag %zu %zu %zu %zu %zu %zu\n", d->counts[0],
            d->counts[1], d->counts[2], d->dropped[0], d->dropped[1],
            d->dropped[2]);
    for (size_t i = 0; i < d->n; i++) {
        const message *m = &d->msgs[i];
        /* file and text are one line each (one_line) */
        fprintf(f, "%d %zu %ld %d\n%s\n%s\n", (int)m->level, m->seq, m->line,
                m->file != NULL, m->file ? m->file : "", m->text);
    }
    fputs("end\n", f);
    return ferror(f) ? EVX_IO : EVX_OK;
}

/* Reads one line of f without its newline into *out (malloc'd).  EVX_OK,
 * EVX_PARSE (no complete line), EVX_NOMEM. */
static evx_status read_line(FILE *f, char **out)
{
    evx_buf b = EVX_BUF_INIT;
    int c;
    while ((c = fgetc(f)) != EOF && c != '\n')
        evx_buf_putc(&b, (char)c);
    if (c == EOF || evx_buf_status(&b)) {
        evx_buf_free(&b);
        return c == EOF ? EVX_PARSE : EVX_NOMEM;
    }
    *out = b.data ? evx_buf_detach(&b) : evx_strdup("");
    return *out ? EVX_OK : EVX_NOMEM;
}

/* Reads one saved message, its header already read, and keeps it. */
static evx_status load_message(evx_diag *d, FILE *f, message m, int has_file)
{
    char *file = NULL, *text = NULL;
    evx_status st = read_line(f, &file);
    if (!st)
        st = read_line(f, &text);
    if (!st && room(d, m.level)) {
        m.file = has_file ? file : NULL;
        m.text = text;
        d->msgs[d->n++] = m;
        d->kept[m.level]++;
        if (has_file)
            file = NULL;
        text = NULL;
    } else if (!st)
        d->dropped[m.level]++;
    free(file);
    free(text);
    return st;
}

evx_status evx_diag_load(evx_diag *d, FILE *f)
{
    size_t c[N_LEVELS], dropped[N_LEVELS];
    if (fscanf(f, " evx-diag %zu %zu %zu %zu %zu %zu", &c[0], &c[1], &c[2],
               &dropped[0], &dropped[1], &dropped[2]) != 6)
        return EVX_PARSE;
    for (int i = 0; i < N_LEVELS; i++) {
        d->counts[i] += c[i];
        d->dropped[i] += dropped[i];
    }
    for (;;) {
        int level, has_file;
        message m = {0};
        char nl;
        if (fscanf(f, " %d %zu %ld %d%c", &level, &m.seq, &m.line, &has_file,
                   &nl) != 5)
            break;
        if (!valid_level((evx_diag_level)level) || nl != '\n')
            return EVX_PARSE;
        m.level = (evx_diag_level)level;
        evx_status st = load_message(d, f, m, has_file);
        if (st)
            return st;
    }
    char end[4] = "";
    return fscanf(f, "%3s", end) == 1 && strcmp(end, "end") == 0 ? EVX_OK
                                                               : EVX_PARSE;
}
