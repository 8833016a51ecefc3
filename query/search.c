/*
 * search.c - runs a parsed query (see search.h).
 *
 * One hit per unit id, counted exactly up to a bound and estimated past
 * it, each hit's unit parsed back from the document data.  Units are
 * weighed by the BM25 weights the index stores (lib/impact.h, whose
 * parameters were chosen on labelled topic queries: README "Ranking").
 */
#include "search.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fnv.h"
#include "impact.h"
#include "rerank.h"
#include "restate.h"
#include "schema.h"

static void set_errmsg(char **errmsg, const char *msg)
{
    if (errmsg && !*errmsg)
        *errmsg = evx_strdup(msg);
}

void evx_hits_free(evx_hits *h)
{
    size_t i;

    if (!h)
        return;
    for (i = 0; i < h->len; i++) {
        evx_unit_free(h->items[i].unit);
        free(h->items[i].also);
    }
    free(h->items);
    memset(h, 0, sizeof *h);
}

/* An index holds one document per identity (EVX_SLOT_IDENTITY, the unit
 * id): the writer replaces a unit whose id it meets again, and a manifest
 * cannot give two reports one key (manifest.c).  Xapian's collapse on the
 * slot would make sure of it, but reads the slot of every candidate,
 * nearly every block of its list: at 1,000 reports two thirds of a word
 * search's reads, and 0.8x the whole process without it (README, "At 1,000
 * reports").  So the guard is here, over the hits read: is hit i's
 * identity that of a hit kept above it?  Each kept hit's identity is
 * known by its hash (kept_hash), so only a hash that meets one is
 * compared byte for byte: a page and its spare read no value twice. */
static uint64_t identity_hash(const char *s, size_t len)
{
    return evx_fnv(EVX_FNV_START, s, len);
}

static int is_repeat(const evx_results *r, size_t i, const size_t *kept,
                     const uint64_t *kept_hash, size_t n_kept, uint64_t *hash)
{
    size_t len = 0, other_len = 0;
    const char *id = evx_results_value(r, i, EVX_SLOT_IDENTITY, &len);
    *hash = identity_hash(id, len);
    if (!len)
        return 0;
    for (size_t k = 0; k < n_kept; k++) {
        if (kept_hash[k] != *hash)
            continue;
        const char *other =
            evx_results_value(r, kept[k], EVX_SLOT_IDENTITY, &other_len);
        id = evx_results_value(r, i, EVX_SLOT_IDENTITY, &len);
        if (other_len == len && memcmp(other, id, len) == 0)
            return 1;
    }
    return 0;
}

/* The unit of hit i of r, searched in db, read from its stored record
 * into *out. */
static evx_status read_unit(evx_unit **out, evx_db *db, const evx_results *r,
                            size_t i, char **errmsg)
{
    size_t len = 0;
    const char *data = NULL;
    evx_status st = evx_results_read_data(r, db, i, &data, &len);

    if (st) {
        set_errmsg(errmsg, evx_db_errmsg(db));
        return st;
    }
    st = evx_unit_from_json(out, data, len);
    if (st && st != EVX_NOMEM) {
        char msg[96];
        snprintf(msg, sizeof msg,
                 "stored unit of document %u is unreadable (index damaged?)",
                 evx_results_docid(r, i));
        set_errmsg(errmsg, msg);
        st = EVX_CORRUPT;
    }
    return st;
}

/* The unit of hit i as the steps before the page is cut need it (the
 * type weight, the rerank's id terms, the restate merge): its id, type
 * and paragraph, from the document's values, so that only the page's
 * records are read (a record costs its inflating and parsing, a value
 * neither).  Its record is read instead when a value is missing or
 * malformed. */
static evx_status key_unit(evx_unit **out, evx_db *db, const evx_results *r,
                           size_t i, char **errmsg)
{
    size_t id_len = 0, len = 0;
    const char *id = evx_results_value(r, i, EVX_SLOT_IDENTITY, &id_len);
    const char *v = evx_results_value(r, i, EVX_SLOT_TYPE_PARA, &len);
    evx_unit_type type;
    int para;

    if (!id_len || evx_unit_type_para_read(v, len, &type, &para))
        return read_unit(out, db, r, i, errmsg);
    if (evx_unit_new(out, type))
        return EVX_NOMEM;
    (*out)->para = para;
    (*out)->id = evx_strndup(id, id_len);
    if (!(*out)->id) {
        evx_unit_free(*out);
        *out = NULL;
        return EVX_NOMEM;
    }
    return EVX_OK;
}

/* Reads the hits of r into h, one per identity, each with its key unit
 * (key_unit) when keys, else its unit; a repeat is taken off the total
 * too. */
static evx_status fill(evx_hits *h, evx_db *db, const evx_results *r,
                       unsigned offset, int keys, char **errmsg)
{
    size_t i, n = evx_results_size(r);
    size_t *kept = calloc(n ? n : 1, sizeof *kept);
    uint64_t *kept_hash = calloc(n ? n : 1, sizeof *kept_hash);

    h->items = calloc(n ? n : 1, sizeof *h->items);
    if (!h->items || !kept || !kept_hash) {
        free(kept);
        free(kept_hash);
        return EVX_NOMEM;
    }
    for (i = 0; i < n; i++) {
        evx_hit *hit = &h->items[h->len];
        evx_status st;
        uint64_t hash;

        if (is_repeat(r, i, kept, kept_hash, h->len, &hash)) {
            if (h->total)
                h->total--;
            continue;
        }
        hit->rank = offset + (unsigned)h->len + 1;
        hit->score = evx_results_score(r, i);
        hit->docid = evx_results_docid(r, i);
        st = keys ? key_unit(&hit->unit, db, r, i, errmsg)
                  : read_unit(&hit->unit, db, r, i, errmsg);
        if (st) {
            free(kept);
            free(kept_hash);
            return st;
        }
        kept_hash[h->len] = hash;
        kept[h->len++] = i;
    }
    free(kept);
    free(kept_hash);
    return EVX_OK;
}

/* Replaces the key unit of each hit of h, the page, by the unit its
 * record holds, which must be the unit the search ranked: a database
 * changed in place since (evx_results_read_data) may hold another. */
static evx_status read_page(evx_hits *h, evx_db *db, const evx_results *r,
                            char **errmsg)
{
    size_t n = evx_results_size(r);

    for (size_t k = 0; k < h->len; k++) {
        size_t i = 0;
        evx_unit *u = NULL;
        while (i < n && evx_results_docid(r, i) != h->items[k].docid)
            i++;
        if (i == n)
            continue; /* cannot happen: every hit came from r */
        evx_status st = read_unit(&u, db, r, i, errmsg);
        if (st)
            return st;
        if (strcmp(u->id, h->items[k].unit->id) != 0) {
            evx_unit_free(u);
            set_errmsg(errmsg, "the index changed during the search; "
                               "search again");
            return EVX_BACKEND;
        }
        evx_unit_free(h->items[k].unit);
        h->items[k].unit = u;
    }
    return EVX_OK;
}

/* How many matches the count pass visits before it estimates (0: all). */
static unsigned long count_bound(const evx_search_params *p)
{
    const char *env = getenv("EVIDEX_COUNT_BOUND");
    char *end = NULL;
    unsigned long v;

    if (p->exact_count)
        return 0;
    if (env && *env) {
        v = strtoul(env, &end, 10);
        if (!*end && v > 0)
            return v;
    }
    return EVX_SEARCH_COUNT_BOUND;
}

/* The total of q into h: the ranked pass's own count when it saw every
 * match (a phrase's pass checks up to the bound: count_bound in
 * evx_search_opts) or knows from the terms' statistics that more than the
 * bound match; else a count pass without weights (a fraction of the cost
 * of counting in the ranked pass) that stops past the bound and
 * estimates, the total then the larger of the two.  With one document per
 * unit id (drop_repeats) it counts units. */
static evx_status count(evx_hits *h, int *exact, evx_db *db,
                        const evx_query *q, const evx_results *r,
                        const evx_search_params *p)
{
    unsigned long bound = count_bound(p), n = 0;
    evx_status st;

    h->total = evx_results_count(r);
    *exact = evx_results_count_is_exact(r);
    if (p->no_count || *exact ||
        (bound && evx_results_count_min(r) >= bound &&
         !evx_results_count_is_rough(r)))
        return EVX_OK;
    st = evx_db_count_upto(db, q, bound, &n, exact);
    if (!st && (*exact || n > h->total || evx_results_count_is_rough(r)))
        h->total = n;
    return st;
}

/* Keeps the hits [offset, offset + limit) of h (read from the first). */
static void cut_page(evx_hits *h, unsigned offset, unsigned limit)
{
    size_t i, from = offset < h->len ? offset : h->len;
    size_t n = h->len - from < limit ? h->len - from : limit;

    for (i = 0; i < h->len; i++)
        if (i < from || i >= from + n) {
            evx_unit_free(h->items[i].unit);
            free(h->items[i].also);
        }
    memmove(h->items, h->items + from, n * sizeof *h->items);
    h->len = n;
}

/* The first hit of the rerank block that holds hit i (0-based). */
static size_t block_start(size_t i)
{
    return i / EVX_RERANK_BLOCK * EVX_RERANK_BLOCK;
}

/* Reorders, by p->rerank, each block of EVX_RERANK_BLOCK hits that holds
 * a hit of the page asked for (the hits from p->offset; h holds them from
 * the first), and numbers h's hits again.  The blocks are fixed, whatever
 * the page: every page and page size cuts one order.  Past the time limit
 * the hits keep the order they have: the boost is a refinement. */
static evx_status rerank(evx_hits *h, evx_db *db, const evx_search_params *p,
                         const evx_search_opts *o)
{
    size_t end = (size_t)p->offset + p->limit;
    evx_status st = EVX_OK;

    for (size_t from = block_start(p->offset); !st && from < end &&
                                               from < h->len;
         from += EVX_RERANK_BLOCK) {
        size_t n = h->len - from < EVX_RERANK_BLOCK ? h->len - from
                                                    : EVX_RERANK_BLOCK;
        st = evx_rerank_page(h->items + from, n, db, p->rerank, o);
    }
    if (st == EVX_TIMEOUT)
        st = EVX_OK;
    for (size_t i = 0; i < h->len; i++)
        h->items[i].rank = o->offset + (unsigned)i + 1;
    return st;
}

/* Merges restated pairs over the hits read (from the first).  When those
 * were every match, the total counts each pair once, as the hits list it
 * ("21–23 of 23", not "of 26" with no more to come). */
static evx_status merge_restated(evx_hits *h)
{
    size_t read = h->len;
    evx_status st = evx_restate_merge(h, 1);

    if (!st && read >= h->total && h->total >= read - h->len)
        h->total -= read - h->len;
    return st;
}

/* Cuts the page asked for from h (holding the hits from the first) and
 * numbers it. */
static void cut_numbered(evx_hits *h, const evx_search_params *p)
{
    cut_page(h, p->offset, p->limit);
    for (size_t i = 0; i < h->len; i++)
        h->items[i].rank = p->offset + (unsigned)i + 1;
}

/* The ranked pass of a topic search (offset and limit the page): reads
 * the hits from the first, in Xapian's order, which is the ranking's own
 * (a quotation's share is in its stored weights: impact.h), as many as
 * merging restated pairs (restate.h) may need to leave the page's last
 * rerank block whole: each merge takes one hit away, so twice the
 * block's end, and the reach of a merge past it; the hits in h, the
 * results they came from in *r. */
static evx_status topic_pass(evx_hits *h, int *exact, evx_db *db,
                             const evx_query *q, const evx_search_params *p,
                             evx_search_opts *o, evx_results **r, char **errmsg)
{
    size_t end = (size_t)p->offset + p->limit;
    size_t blocks = block_start(end + EVX_RERANK_BLOCK - 1);
    o->offset = 0;
    o->limit = (unsigned)(2 * blocks + EVX_RESTATE_SPARE);
    evx_status st = evx_db_search(db, q, o, r);
    if (!st)
        st = count(h, exact, db, q, *r, p);
    if (st) {
        set_errmsg(errmsg, evx_db_errmsg(db));
        return st;
    }
    return fill(h, db, *r, 0, 1, errmsg);
}

evx_status evx_search_run(evx_hits *out, evx_db *db, const evx_query *q,
                          const evx_search_params *p, char **errmsg)
{
    evx_search_opts o;
    evx_results *r = NULL;
    evx_hits h = {NULL, 0, 0};
    /* A topic search reads a spare past its page (restate.h), which it
     * may not show: its hits are read as keys, and only the page's
     * records once the page is cut. */
    const int topic = p && p->merge_restated && p->limit;
    int exact = 0;
    evx_status st;

    memset(out, 0, sizeof *out);
    if (errmsg)
        *errmsg = NULL;
    if (p && p->total_exact)
        *p->total_exact = 0;
    if (!db || !q || !p) {
        set_errmsg(errmsg, "search: missing database, query or parameters");
        return EVX_INVALID;
    }
    evx_search_opts_init(&o);
    o.offset = p->offset;
    o.limit = p->limit;
    o.impact_scale = EVX_IMPACT_SCALE; /* the index's weights: impact.h */
    o.collapse_slot = -1; /* one hit per identity: see is_repeat */
    o.exact_count = 0; /* the count pass counts: see count() */
    o.count_bound = p->no_count || p->exact_count ? 0 : count_bound(p);
    o.sort_slot = p->order_by_document ? EVX_SLOT_ORDER : -1;
    if (topic) {
        st = topic_pass(&h, &exact, db, q, p, &o, &r, errmsg);
    } else {
        st = evx_db_search(db, q, &o, &r);
        if (!st)
            st = count(&h, &exact, db, q, r, p);
        if (st)
            set_errmsg(errmsg, evx_db_errmsg(db));
        else
            st = fill(&h, db, r, o.offset, 0, errmsg);
    }
    /* a topic search's order: restated pairs merged, then each block
     * reordered by the boost, over the hits from the first, so that every
     * page is cut from one order */
    if (!st && topic)
        st = merge_restated(&h);
    if (!st && topic && p->rerank) {
        st = rerank(&h, db, p, &o);
        if (st && st != EVX_NOMEM)
            set_errmsg(errmsg, evx_db_errmsg(db));
    }
    if (!st && topic) {
        cut_numbered(&h, p);
        st = read_page(&h, db, r, errmsg);
    }
    evx_results_free(r);
    if (st) {
        if (st == EVX_NOMEM)
            set_errmsg(errmsg, "out of memory");
        evx_hits_free(&h);
        return st;
    }
    if (p->total_exact)
        *p->total_exact = exact;
    *out = h;
    return EVX_OK;
}
