/*
 * diag.c - diagnostics collector: keeps up to DIAG_CAP messages, counts
 * all of them.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

#define DIAG_CAP 10000
#define N_LEVELS 3

typedef struct message {
    evx_diag_level level;
    char *file;
    long line;
    char *text;
} message;

struct evx_diag {
    message *msgs;
    size_t n, cap;
    size_t counts[N_LEVELS];
    size_t dropped; /* counted but not kept: over the cap or OOM */
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

/* Makes room for one more message; 0 if the cap is reached or on OOM. */
static int room(evx_diag *d)
{
    size_t cap;
    message *m;

    if (d->n < d->cap)
        return 1;
    if (d->n >= DIAG_CAP)
        return 0;
    cap = d->cap ? d->cap * 2 : 32;
    if (cap > DIAG_CAP)
        cap = DIAG_CAP;
    m = realloc(d->msgs, cap * sizeof *m);
    if (!m)
        return 0;
    d->msgs = m;
    d->cap = cap;
    return 1;
}

/* Control bytes (a quoted line's LF, a tab, an escape) become spaces, so
 * that every message prints as one line whatever text it quotes. */
static void one_line(char *s)
{
    for (; s && *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            *s = ' ';
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
    if (!room(d)) {
        d->dropped++;
        return;
    }
    va_start(ap, fmt);
    evx_buf_vprintf(&text, fmt, ap);
    va_end(ap);
    m.level = level;
    m.line = line;
    m.file = evx_strdup(file);
    m.text = evx_buf_detach(&text);
    if (!m.text || (file && !m.file)) {
        free(m.file);
        free(m.text);
        d->dropped++;
        return;
    }
    one_line(m.text);
    one_line(m.file);
    d->msgs[d->n++] = m;
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

void evx_diag_print(const evx_diag *d, FILE *f, const char *prog,
                    evx_diag_level min_level)
{
    size_t i;

    if (!d)
        return;
    for (i = 0; i < d->n; i++) {
        const message *m = &d->msgs[i];
        if (m->level < min_level)
            continue;
        fprintf(f, "%s: %s: ", prog, level_words[m->level]);
        if (m->file && m->line > 0)
            fprintf(f, "%s:%ld: ", m->file, m->line);
        else if (m->file)
            fprintf(f, "%s: ", m->file);
        fprintf(f, "%s\n", m->text);
    }
    if (d->dropped)
        fprintf(f, "%s: note: %zu more messages not kept\n", prog,
                d->dropped);
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
