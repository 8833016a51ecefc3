/*
 * jump.c - the first matched word's line and column in the file (see
 * jump.h).  Reads the file once, only up to the unit's last line.
 */
#define _GNU_SOURCE

#include "jump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Occurrences of the n bytes at w in text that start before byte pos. */
static size_t count_before(const char *text, size_t pos, const char *w,
                           size_t n)
{
    size_t k = 0, i = 0;
    const char *hit;

    while (i < pos && (hit = memmem(text + i, pos - i + n - 1, w, n)) &&
           (size_t)(hit - text) < pos) {
        k++;
        i = (size_t)(hit - text) + 1;
    }
    return k;
}

/* The highlight to jump to: the first of the longest run of highlights
 * separated only by white space (a phrase's words, not a lone "of"). */
static size_t best_highlight(const evx_snippet *sn, const char *text)
{
    size_t i, best = 0, best_len = 0, run_start = 0, run_len = 0;

    for (i = 0; i < sn->n_hl; i++) {
        size_t k, gap = 1;
        if (i > 0) {
            for (k = sn->hl[i - 1].end; k < sn->hl[i].start; k++)
                gap &= text[k] == ' ';
        }
        if (i == 0 || !gap) {
            run_start = i;
            run_len = 0;
        }
        if (++run_len > best_len) {
            best_len = run_len;
            best = run_start;
        }
    }
    return best;
}

typedef struct scan {
    const char *w;  /* the word */
    size_t n;
    size_t skip;    /* occurrences still to pass */
} scan;

/* Looks for the word on one line from byte col0; 1 and *col when this is
 * the occurrence wanted. */
static int scan_line(scan *s, const char *line, size_t len, size_t col0,
                     long *col)
{
    const char *p = line + (col0 < len ? col0 : len), *end = line + len;

    while (p < end) {
        const char *hit = memmem(p, (size_t)(end - p), s->w, s->n);
        if (!hit)
            return 0;
        if (!s->skip) {
            *col = (long)(hit - line) + 1;
            return 1;
        }
        s->skip--;
        p = hit + 1;
    }
    return 0;
}

static int find_in_file(evx_jump *out, FILE *f, const evx_source *src,
                        scan *s)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    long ln = 0;
    int found = 0;

    while (!found && (got = getline(&line, &cap, f)) >= 0) {
        /* a UTF-8 byte-order mark is no column: editors hide it */
        size_t bom = ++ln == 1 && got >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0
                         ? 3 : 0;
        if (ln < src->line)
            continue;
        if (src->end_line > 0 && ln > src->end_line)
            break;
        found = scan_line(s, line + bom, (size_t)got - bom,
                          ln == src->line && src->col > 0 ? (size_t)src->col - 1 : 0,
                          &out->col);
        if (found)
            out->line = ln;
    }
    free(line);
    return found;
}

/* Curly quotation marks and dashes as a file may print them: the third
 * byte of U+2018, U+2019, U+201C, U+201D, U+2013 and U+2014 (E2 80 xx),
 * the straight mark the indexer curled (0: none), the Windows-1252 byte. */
static const unsigned char marks[][3] = {
    {0x98, '\'', 0x91}, {0x99, '\'', 0x92}, {0x9C, '"', 0x93},
    {0x9D, '"', 0x94},   {0x93, 0, 0x96},     {0x94, 0, 0x97}};

/* Which of marks w[i..n) opens with, or -1. */
static int mark_at(const char *w, size_t n, size_t i)
{
    if (i + 2 >= n || (unsigned char)w[i] != 0xE2 || (unsigned char)w[i + 1] != 0x80)
        return -1;
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
        if ((unsigned char)w[i + 2] == marks[m][0])
            return (int)m;
    return -1;
}

/* The word as a file may print it: with straight quotes where the text
 * has curly ones (the indexer curled them), or in Windows-1252 (the
 * indexer decoded it), into out (at most n bytes); its length, 0 if no
 * byte would differ. */
static size_t spelt_in_file(const char *w, size_t n, int cp1252, char *out)
{
    size_t k = 0, changed = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)w[i];
        int m = mark_at(w, n, i);
        if (m >= 0 && (cp1252 || marks[m][1])) {
            out[k++] = (char)marks[m][cp1252 ? 2 : 1];
            i += 3;
            changed = 1;
        } else if (cp1252 && (c == 0xC2 || c == 0xC3) && i + 1 < n) {
            /* U+00A0 to U+00FF: one byte of the same value */
            out[k++] = (char)((((unsigned)c & 0x03) << 6) |
                              ((unsigned char)w[i + 1] & 0x3F));
            i += 2;
            changed = 1;
        } else {
            out[k++] = w[i++];
        }
    }
    return changed ? k : 0;
}

evx_status evx_jump_find(evx_jump *out, const evx_unit *u, size_t k,
                         const evx_snippet *sn)
{
    const evx_source *src;
    const char *text = u->text ? u->text : "";
    evx_range hl;
    scan s;
    FILE *f;
    int found;

    out->line = k < u->n_sources ? u->sources[k].line : 0;
    out->col = k < u->n_sources ? u->sources[k].col : 0;
    if (k >= u->n_sources || !u->sources[k].file || !sn || !sn->n_hl ||
        sn->hl[sn->n_hl - 1].end > strlen(text))
        return EVX_NOT_FOUND;
    src = &u->sources[k];
    hl = sn->hl[best_highlight(sn, text)];
    s.w = text + hl.start;
    s.n = hl.end - hl.start;
    /* a compound is looked for by its first part, which a line break
     * after its hyphen ("front-" / "line") leaves whole in the file */
    const char *hyphen = memchr(s.w, '-', s.n);
    if (hyphen && hyphen > s.w)
        s.n = (size_t)(hyphen - s.w);
    s.skip = count_before(text, hl.start, s.w, s.n);
    if (!(f = fopen(src->file, "r")))
        return EVX_IO;
    found = find_in_file(out, f, src, &s);
    /* else as the file may spell it: straight quotes, Windows-1252 */
    char *alt = found ? NULL : malloc(s.n + 1);
    for (int cp1252 = 0; alt && !found && cp1252 <= 1; cp1252++) {
        scan t = s;
        if (!(t.n = spelt_in_file(s.w, s.n, cp1252, alt)))
            continue;
        t.w = alt;
        rewind(f);
        found = find_in_file(out, f, src, &t);
    }
    free(alt);
    fclose(f);
    if (!found) {
        out->line = src->line;
        out->col = src->col;
    }
    return found ? EVX_OK : EVX_NOT_FOUND;
}
