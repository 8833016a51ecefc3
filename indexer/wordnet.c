/*
 * wordnet.c - WordNet's lemma index and synsets (see wordnet.h).
 *
 * index.POS has one line per lemma (wndb(5WN)):
 *   lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt
 *   synset_offset...
 * its synsets most frequent first, the first tagsense_cnt of them seen in
 * the tagged corpus.  data.POS holds each synset at that byte offset:
 *   offset lex_filenum ss_type w_cnt(2 hex digits) [word lex_id]... ...
 * an adjective's word perhaps marked "(a)", "(p)" or "(ip)".  Lines that
 * start with a space are the licence.  A data file is read whole (the
 * largest, data.noun, is 15 MB) and looked up by offset.
 */
#define _POSIX_C_SOURCE 200809L /* getline */
#include "wordnet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"

#define MAX_WORD 128

static const char *const parts[] = {"noun", "verb", "adj", "adv"};
#define N_PARTS (sizeof parts / sizeof parts[0])

struct evx_wordnet {
    char *dir;
};

/* One part of speech being walked. */
typedef struct walk {
    const evx_wordnet_opts *o;
    evx_wordnet_cb cb;
    void *ctx;
    char *data;  /* data.POS, whole, NUL-terminated */
    size_t data_len;
    int stop;
} walk;

static evx_status file_path(evx_buf *b, const char *dir, const char *kind,
                            const char *part)
{
    evx_buf_clear(b);
    evx_buf_printf(b, "%s/%s.%s", dir, kind, part);
    return evx_buf_status(b);
}

evx_status evx_wordnet_open(evx_wordnet **out, const char *dir)
{
    evx_buf path = EVX_BUF_INIT;
    evx_status st = EVX_OK;

    *out = NULL;
    for (size_t i = 0; !st && i < N_PARTS; i++) {
        st = file_path(&path, dir, "index", parts[i]);
        if (!st && access(path.data, R_OK) != 0)
            st = EVX_NOT_FOUND;
        if (!st)
            st = file_path(&path, dir, "data", parts[i]);
        if (!st && access(path.data, R_OK) != 0)
            st = EVX_NOT_FOUND;
    }
    evx_buf_free(&path);
    if (st)
        return st;
    evx_wordnet *wn = calloc(1, sizeof *wn);
    if (!wn || !(wn->dir = evx_strdup(dir))) {
        free(wn);
        return EVX_NOMEM;
    }
    *out = wn;
    return EVX_OK;
}

void evx_wordnet_free(evx_wordnet *wn)
{
    if (!wn)
        return;
    free(wn->dir);
    free(wn);
}

static evx_status read_whole(const char *path, char **out, size_t *len)
{
    FILE *f = fopen(path, "rb");
    long size;
    char *buf = NULL;
    evx_status st = EVX_OK;

    *out = NULL;
    if (!f)
        return EVX_IO;
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
        fseek(f, 0, SEEK_SET) != 0)
        st = EVX_IO;
    if (!st && !(buf = malloc((size_t)size + 1)))
        st = EVX_NOMEM;
    if (!st && fread(buf, 1, (size_t)size, f) != (size_t)size)
        st = EVX_IO;
    fclose(f);
    if (st) {
        free(buf);
        return st;
    }
    buf[size] = '\0';
    *out = buf;
    *len = (size_t)size;
    return EVX_OK;
}

/* The next space-separated field of *s into its own bounds; 0 at the end
 * of the line. */
static int next_field(const char **s, const char **start, size_t *len)
{
    const char *p = *s;

    while (*p == ' ')
        p++;
    if (!*p || *p == '\n')
        return 0;
    *start = p;
    while (*p && *p != ' ' && *p != '\n')
        p++;
    *len = (size_t)(p - *start);
    *s = p;
    return 1;
}

/* The word w (len bytes, an adjective marker dropped) folded into out if
 * it is one word of ASCII letters; else 0. */
static int single_word(const char *w, size_t len, char out[MAX_WORD])
{
    const char *paren = memchr(w, '(', len);

    if (paren)
        len = (size_t)(paren - w);
    if (len == 0 || len >= MAX_WORD)
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c < 'a' || c > 'z')
            return 0;
        out[i] = c;
    }
    out[len] = '\0';
    return 1;
}

/* Calls the walk's callback for each single word of the synset at offset
 * other than lemma. */
static void synset_words(walk *w, const char *lemma, unsigned long offset)
{
    const char *s, *f;
    size_t len;
    char word[MAX_WORD];
    unsigned long n;
    char *end;

    if (offset >= w->data_len || (offset > 0 && w->data[offset - 1] != '\n'))
        return;
    s = w->data + offset;
    if (!next_field(&s, &f, &len) || strtoul(f, &end, 10) != offset ||
        end != f + len)
        return;
    /* lex_filenum, ss_type, then the word count in hex */
    if (!next_field(&s, &f, &len) || !next_field(&s, &f, &len) ||
        !next_field(&s, &f, &len))
        return;
    n = strtoul(f, &end, 16);
    if (end != f + len)
        return;
    for (unsigned long i = 0; i < n && !w->stop; i++) {
        const char *lex_id;
        size_t lex_len;
        if (!next_field(&s, &f, &len) || !next_field(&s, &lex_id, &lex_len))
            return;
        if (single_word(f, len, word) && strcmp(word, lemma) != 0)
            w->stop = w->cb(w->ctx, lemma, word) != 0;
    }
}

/* One line of index.POS. */
static void index_line(walk *w, const char *line)
{
    const char *s = line, *f;
    size_t len;
    char lemma[MAX_WORD];
    unsigned long synsets, pointers, tagged;
    char *end;

    if (*line == ' ' || !next_field(&s, &f, &len) || !single_word(f, len, lemma))
        return;
    if (!next_field(&s, &f, &len) || !next_field(&s, &f, &len))
        return; /* pos, synset_cnt */
    synsets = strtoul(f, &end, 10);
    if (end != f + len || !next_field(&s, &f, &len))
        return;
    pointers = strtoul(f, &end, 10);
    if (end != f + len)
        return;
    for (unsigned long i = 0; i < pointers; i++)
        if (!next_field(&s, &f, &len))
            return;
    if (!next_field(&s, &f, &len) || !next_field(&s, &f, &len))
        return; /* sense_cnt, tagsense_cnt */
    tagged = strtoul(f, &end, 10);
    if (end != f + len)
        return;
    for (unsigned long i = 0; i < synsets && i < w->o->senses && !w->stop; i++) {
        if (w->o->tagged_only && i >= tagged)
            return;
        if (!next_field(&s, &f, &len))
            return;
        unsigned long offset = strtoul(f, &end, 10);
        if (end == f + len)
            synset_words(w, lemma, offset);
    }
}

static evx_status walk_part(walk *w, const char *dir, const char *part)
{
    evx_buf path = EVX_BUF_INIT;
    FILE *f = NULL;
    char *line = NULL;
    size_t cap = 0;
    evx_status st = file_path(&path, dir, "data", part);

    if (!st)
        st = read_whole(path.data, &w->data, &w->data_len);
    if (!st)
        st = file_path(&path, dir, "index", part);
    if (!st && !(f = fopen(path.data, "r")))
        st = EVX_IO;
    while (!st && !w->stop && getline(&line, &cap, f) > 0)
        index_line(w, line);
    if (!st && f && ferror(f))
        st = EVX_IO;
    if (f)
        fclose(f);
    free(line);
    free(w->data);
    w->data = NULL;
    evx_buf_free(&path);
    return st;
}

evx_status evx_wordnet_each(evx_wordnet *wn, const evx_wordnet_opts *opts,
                            evx_wordnet_cb cb, void *ctx)
{
    walk w;
    evx_status st = EVX_OK;

    if (!wn || !opts || !cb || opts->senses == 0)
        return EVX_INVALID;
    memset(&w, 0, sizeof w);
    w.o = opts;
    w.cb = cb;
    w.ctx = ctx;
    for (size_t i = 0; !st && !w.stop && i < N_PARTS; i++)
        st = walk_part(&w, wn->dir, parts[i]);
    return st;
}
