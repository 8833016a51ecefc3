/*
 * wordfreq.c - word counts (see wordfreq.h).
 *
 * Words live one after another, NUL-terminated, in one growing arena; an
 * entry array keeps them in insertion order and an open-addressing table
 * (linear probing, at most half full) maps a word to its entry.
 */
#include "wordfreq.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

#define FIRST_SLOTS 1024

typedef struct entry {
    size_t off;     /* word's offset in the arena */
    size_t len;
    uint32_t hash;
    unsigned count;
} entry;

struct evx_wordfreq {
    evx_buf arena;   /* the words, each followed by a NUL */
    entry *entries;  /* in order of first insertion */
    size_t n, cap;
    size_t *slots;   /* entry index + 1; 0 = empty */
    size_t n_slots;  /* a power of two */
};

static uint32_t hash_word(const char *s, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

evx_status evx_wordfreq_new(evx_wordfreq **out)
{
    evx_wordfreq *wf = calloc(1, sizeof *wf);
    *out = NULL;
    if (!wf)
        return EVX_NOMEM;
    wf->slots = calloc(FIRST_SLOTS, sizeof *wf->slots);
    if (!wf->slots) {
        free(wf);
        return EVX_NOMEM;
    }
    wf->n_slots = FIRST_SLOTS;
    *out = wf;
    return EVX_OK;
}

void evx_wordfreq_free(evx_wordfreq *wf)
{
    if (!wf)
        return;
    evx_buf_free(&wf->arena);
    free(wf->entries);
    free(wf->slots);
    free(wf);
}

/* The slot holding word, or the empty slot where it would go. */
static size_t *find_slot(const evx_wordfreq *wf, const char *word,
                         size_t len, uint32_t h)
{
    size_t mask = wf->n_slots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        size_t *s = &wf->slots[i];
        if (!*s)
            return s;
        const entry *e = &wf->entries[*s - 1];
        if (e->hash == h && e->len == len &&
            memcmp(wf->arena.data + e->off, word, len) == 0)
            return s;
    }
}

/* Doubles the table; EVX_NOMEM leaves it as it was. */
static evx_status grow_slots(evx_wordfreq *wf)
{
    size_t n = wf->n_slots * 2;
    size_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        return EVX_NOMEM;
    free(wf->slots);
    wf->slots = slots;
    wf->n_slots = n;
    for (size_t i = 0; i < wf->n; i++) {
        const entry *e = &wf->entries[i];
        *find_slot(wf, wf->arena.data + e->off, e->len, e->hash) = i + 1;
    }
    return EVX_OK;
}

/* Appends a new entry for word; *slot is where the table points to it. */
static evx_status new_entry(evx_wordfreq *wf, const char *word, size_t len,
                            uint32_t h, unsigned n)
{
    if (wf->n == wf->cap) {
        size_t cap = wf->cap ? wf->cap * 2 : 256;
        entry *e = realloc(wf->entries, cap * sizeof *e);
        if (!e)
            return EVX_NOMEM;
        wf->entries = e;
        wf->cap = cap;
    }
    size_t off = wf->arena.len;
    evx_buf_append(&wf->arena, word ? word : "", len);
    evx_buf_putc(&wf->arena, '\0');
    if (evx_buf_status(&wf->arena))
        return EVX_NOMEM;
    wf->entries[wf->n] = (entry){off, len, h, n};
    wf->n++;
    return EVX_OK;
}

evx_status evx_wordfreq_add(evx_wordfreq *wf, const char *word, size_t len,
                            unsigned n)
{
    if (!word && len)
        return EVX_INVALID;
    if (!word)
        word = "";
    uint32_t h = hash_word(word, len);
    size_t *s = find_slot(wf, word, len, h);
    if (*s) {
        entry *e = &wf->entries[*s - 1];
        e->count = e->count > UINT_MAX - n ? UINT_MAX : e->count + n;
        return EVX_OK;
    }
    if (2 * (wf->n + 1) > wf->n_slots) {
        if (grow_slots(wf))
            return EVX_NOMEM;
        s = find_slot(wf, word, len, h);
    }
    if (new_entry(wf, word, len, h, n))
        return EVX_NOMEM;
    *s = wf->n;
    return EVX_OK;
}

size_t evx_wordfreq_len(const evx_wordfreq *wf)
{
    return wf->n;
}

int evx_wordfreq_each(const evx_wordfreq *wf,
                      int (*cb)(void *ctx, const char *word, size_t len,
                                unsigned count),
                      void *ctx)
{
    int rc = 0;
    for (size_t i = 0; i < wf->n && !rc; i++) {
        const entry *e = &wf->entries[i];
        rc = cb(ctx, wf->arena.data + e->off, e->len, e->count);
    }
    return rc;
}

void evx_wordfreq_clear(evx_wordfreq *wf)
{
    evx_buf_clear(&wf->arena);
    memset(wf->slots, 0, wf->n_slots * sizeof *wf->slots);
    wf->n = 0;
}
