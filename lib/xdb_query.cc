/*
 * xdb_query.cc - queries and searching in the Xapian wrapper (see xdb.h
 * for the contract, xdb_impl.hh for what it shares with the other parts):
 * query trees, the ranked search and its time limit, results, expansion.
 * The count pass is in xdb_count.cc.
 */
#include "xdb_impl.hh"

#include "impact.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <set>

/* ---- queries ---------------------------------------------------------- */

/* Allocates a query handle for q; wildcards of subs are merged in by the
 * caller. */
static evx_query *new_query(const Xapian::Query &q)
{
    evx_query *h = new evx_query();
    h->q = q;
    return h;
}

extern "C" evx_status evx_query_term(evx_query **out, const char *term,
                                     unsigned wqf, unsigned pos)
{
    if (out)
        *out = NULL;
    if (!out || !term)
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        *out = new_query(Xapian::Query(term, wqf ? wqf : 1, pos));
        return EVX_OK;
    });
}

extern "C" evx_status evx_query_prefixed(evx_query **out, const char *prefix,
                                         const char *term, size_t len,
                                         unsigned pos)
{
    if (out)
        *out = NULL;
    if (!out || !prefix || !term)
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        *out = new_query(Xapian::Query(std::string(prefix) +
                                           std::string(term, len),
                                       1, pos));
        return EVX_OK;
    });
}

static Xapian::Query::op map_op(evx_query_op op)
{
    switch (op) {
    case EVX_Q_AND: return Xapian::Query::OP_AND;
    case EVX_Q_OR: return Xapian::Query::OP_OR;
    case EVX_Q_AND_NOT: return Xapian::Query::OP_AND_NOT;
    case EVX_Q_FILTER: return Xapian::Query::OP_FILTER;
    case EVX_Q_AND_MAYBE: return Xapian::Query::OP_AND_MAYBE;
    case EVX_Q_PHRASE: return Xapian::Query::OP_PHRASE;
    case EVX_Q_NEAR: return Xapian::Query::OP_NEAR;
    case EVX_Q_SYNONYM: return Xapian::Query::OP_SYNONYM;
    case EVX_Q_ELITE_SET: return Xapian::Query::OP_ELITE_SET;
    }
    return Xapian::Query::OP_INVALID;
}

extern "C" evx_status evx_query_combine(evx_query **out, evx_query_op op,
                                        evx_query *const *subs, size_t n,
                                        unsigned window)
{
    if (out)
        *out = NULL;
    if (!out || (n && !subs))
        return EVX_INVALID;
    Xapian::Query::op xop = map_op(op);
    if (xop == Xapian::Query::OP_INVALID)
        return EVX_INVALID;
    for (size_t i = 0; i < n; i++)
        if (!subs[i])
            return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        std::vector<Xapian::Query> qs;
        std::vector<wildcard> wcs;
        qs.reserve(n);
        for (size_t i = 0; i < n; i++) {
            qs.push_back(subs[i]->q);
            wcs.insert(wcs.end(), subs[i]->wildcards.begin(),
                       subs[i]->wildcards.end());
        }
        Xapian::Query q;
        if (n > 0)
            q = Xapian::Query(xop, qs.begin(), qs.end(), window);
        evx_query *h = new_query(q);
        h->wildcards.swap(wcs);
        *out = h;
        return EVX_OK;
    });
}

extern "C" evx_status evx_query_all(evx_query **out)
{
    if (!out)
        return EVX_INVALID;
    *out = NULL;
    return guard(NULL, NULL, [&]() -> evx_status {
        *out = new_query(Xapian::Query::MatchAll);
        return EVX_OK;
    });
}

extern "C" evx_status evx_query_none(evx_query **out)
{
    if (!out)
        return EVX_INVALID;
    *out = NULL;
    return guard(NULL, NULL, [&]() -> evx_status {
        *out = new_query(Xapian::Query::MatchNothing);
        return EVX_OK;
    });
}

extern "C" evx_status evx_query_number_range(evx_query **out, unsigned slot,
                                             double lo, double hi)
{
    if (!out)
        return EVX_INVALID;
    *out = NULL;
    return guard(NULL, NULL, [&]() -> evx_status {
        *out = new_query(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot,
                                       Xapian::sortable_serialise(lo),
                                       Xapian::sortable_serialise(hi)));
        return EVX_OK;
    });
}

extern "C" evx_status evx_query_wildcard(evx_query **out, const char *prefix,
                                         unsigned max_expansion)
{
    if (out)
        *out = NULL;
    if (!out || !prefix || !*prefix)
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        evx_query *h = new_query(Xapian::Query(
            Xapian::Query::OP_WILDCARD, prefix, max_expansion,
            Xapian::Query::WILDCARD_LIMIT_ERROR));
        try {
            h->wildcards.push_back(wildcard{prefix, max_expansion});
        } catch (...) {
            delete h;
            throw;
        }
        *out = h;
        return EVX_OK;
    });
}

extern "C" evx_status evx_query_scale(evx_query **out, const evx_query *sub,
                                      double factor)
{
    if (out)
        *out = NULL;
    if (!out || !sub || !(factor >= 0))
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        evx_query *h = new_query(
            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, sub->q, factor));
        try {
            h->wildcards = sub->wildcards;
        } catch (...) {
            delete h;
            throw;
        }
        *out = h;
        return EVX_OK;
    });
}

extern "C" evx_status evx_query_describe(const evx_query *q, char **out)
{
    if (out)
        *out = NULL;
    if (!q || !out)
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        *out = dup_bytes(q->q.get_description());
        return EVX_OK;
    });
}

extern "C" int evx_query_is_empty(const evx_query *q)
{
    return !q || q->q.empty();
}

extern "C" void evx_query_free(evx_query *q)
{
    try {
        delete q;
    } catch (...) {
    }
}

/* ---- searching -------------------------------------------------------- */

extern "C" void evx_search_opts_init(evx_search_opts *o)
{
    if (!o)
        return;
    o->offset = 0;
    o->limit = 10;
    o->bm25_k1 = 1.2;
    o->bm25_k2 = 0;
    o->bm25_k3 = 1;
    o->bm25_b = 0.5;
    o->bm25_min_normlen = 0.5;
    o->impact_scale = 0;
    o->collapse_slot = -1;
    o->exact_count = 1;
    o->count_bound = 0;
    o->sort_slot = -1;
}

std::string wildcard_message(const Xapian::Database &db, const evx_query *q)
{
    for (const wildcard &w : q->wildcards) {
        if (w.max_expansion == 0)
            continue;
        unsigned long n = 0;
        for (Xapian::TermIterator t = db.allterms_begin(w.prefix);
             t != db.allterms_end(w.prefix) && n <= w.max_expansion; ++t)
            n++;
        if (n > w.max_expansion)
            return "wildcard '" + w.prefix + "*' matches too many terms (more than " +
                   std::to_string(w.max_expansion) + ")";
    }
    return "a wildcard matches too many terms";
}

/* ---- the time limit and the count's bound ----------------------------- */

static std::string time_up_message(double seconds)
{
    char s[32];
    std::snprintf(s, sizeof s, "%g", seconds);
    return std::string("the query ran past its time limit (") + s +
           " s) and was stopped";
}

evx_status limited_mset(Xapian::MSet *mset, evx_db *db, Xapian::Enquire &enquire,
                        Xapian::doccount first, Xapian::doccount max,
                        Xapian::doccount check, unsigned long cap,
                        stop_point *at, const match_guard::time_point *end)
{
    if (!(db->time_limit > 0) && cap == NO_CAP) {
        *mset = enquire.get_mset(first, max, check);
        return EVX_OK;
    }
    /* Xapian's own limit is set only where the decider cannot run: set
     * beside it, its timer could end the count before the decider's first
     * check, and a stopped match would then pass for a finished one. */
    match_guard guard(db, end ? *end : match_guard::deadline(db), cap, at);
    try {
        *mset = enquire.get_mset(first, max, check, NULL, &guard);
    } catch (const time_up &) {
        db->err = time_up_message(db->time_limit);
        return EVX_TIMEOUT;
    } catch (const capped &) {
        /* *at is filled */
    } catch (const Xapian::UnimplementedError &) {
        if (db->time_limit > 0)
            enquire.set_time_limit(db->time_limit);
        *mset = enquire.get_mset(first, max, check);
    }
    return EVX_OK;
}

extern "C" evx_status evx_db_set_time_limit(evx_db *db, double seconds)
{
    if (!db || !(seconds >= 0))
        return EVX_INVALID;
    db->time_limit = seconds;
    return EVX_OK;
}

/* ---- results ------------------------------------------------------------ */

static void fill_hits(evx_results *r, const Xapian::MSet &mset)
{
    r->hits.reserve(mset.size());
    for (Xapian::MSetIterator m = mset.begin(); m != mset.end(); ++m) {
        hit h;
        h.docid = *m;
        h.weight = m.get_weight();
        h.collapsed = m.get_collapse_count();
        h.doc = m.get_document();
        r->hits.push_back(std::move(h));
    }
}

/* Does q hold a phrase or NEAR, whose matches cost a read of positions? */
static bool positional(const Xapian::Query &q)
{
    Xapian::Query::op op = q.get_type();
    if (op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR)
        return true;
    for (size_t i = 0; i < q.get_num_subqueries(); i++)
        if (positional(q.get_subquery(i)))
            return true;
    return false;
}

/* Does q hold an intersection (AND, FILTER, a phrase or NEAR), whose
 * matches the terms' statistics cannot count? */
static bool intersects(const Xapian::Query &q)
{
    Xapian::Query::op op = q.get_type();
    if (op == Xapian::Query::OP_AND || op == Xapian::Query::OP_FILTER ||
        op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR)
        return true;
    for (size_t i = 0; i < q.get_num_subqueries(); i++)
        if (intersects(q.get_subquery(i)))
            return true;
    return false;
}

/* How many matches the ranked pass of q on e checks (Xapian's
 * check_at_least): all for an exact count; up to the count bound for a
 * phrase or NEAR (their positions are then read once), and for an
 * intersection Xapian expects to match at most half the bound: it sees
 * them all, weighs them (a weight reads no document length, impact.h)
 * and counts them exactly, where a count pass would walk them again
 * (type:recommendation workforce at 1,000 reports: 11.7 M instructions
 * against 13.5 M).  Else none past the page: the count pass counts. */
static Xapian::doccount to_check(Xapian::Enquire &e, const Xapian::Database &db,
                                 const Xapian::Query &q,
                                 const evx_search_opts *o)
{
    Xapian::doccount all = db.get_doccount();
    if (o->exact_count)
        return all;
    if (!o->count_bound)
        return 0;
    Xapian::doccount bound =
        o->count_bound < all ? Xapian::doccount(o->count_bound) : all;
    if (positional(q))
        return bound;
    try {
        if (intersects(q) &&
            e.get_mset(0, 0).get_matches_estimated() <= bound / 2)
            return bound;
    } catch (const Xapian::WildcardError &) {
        /* the ranked pass meets it too, and names the pattern */
    }
    return 0;
}

/* BM25's k1 that makes its term-frequency part linear: wdf (k1 + 1) /
 * (k1 + wdf) is wdf to within two millionths for every stored weight
 * (below 2^14).  With b = 0 Xapian's BM25Weight then weighs a term by
 * its stored weight times BM25's own idf, and reads no document length. */
static const double LINEAR_K1 = 1e10;

/* q and its weighting scheme on e: BM25, or the weights the index stores
 * (lib/impact.h), which need no document length. */
static void set_weighing(Xapian::Enquire &e, const Xapian::Query &q,
                         const evx_search_opts *o)
{
    if (o->impact_scale > 0) {
        e.set_query(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q,
                                  1 / o->impact_scale));
        e.set_weighting_scheme(
            Xapian::BM25Weight(LINEAR_K1, 0, o->bm25_k3, 0, 0));
        return;
    }
    e.set_query(q);
    e.set_weighting_scheme(Xapian::BM25Weight(
        o->bm25_k1, o->bm25_k2, o->bm25_k3, o->bm25_b, o->bm25_min_normlen));
}

/* One attempt at the search; guard() retries it after a reopen. */
static evx_status run_search(evx_db *db, const evx_query *q,
                             const evx_search_opts *o, evx_results **out)
{
    evx_results *r = new evx_results(*db->db);
    try {
        set_weighing(r->enquire, live_query(db, q->q), o);
        if (o->collapse_slot >= 0)
            r->enquire.set_collapse_key(unsigned(o->collapse_slot));
        if (o->sort_slot >= 0)
            r->enquire.set_sort_by_value_then_relevance(unsigned(o->sort_slot), false);
        Xapian::doccount check = to_check(r->enquire, *db->db, q->q, o);
        Xapian::MSet mset;
        evx_status st;
        try {
            st = limited_mset(&mset, db, r->enquire, o->offset, o->limit, check,
                              NO_CAP, NULL, NULL);
        } catch (const Xapian::WildcardError &) {
            db->err = wildcard_message(*db->db, q);
            st = EVX_INVALID;
        }
        if (st) {
            delete r;
            return st;
        }
        /* With check_at_least at the document count every match is seen,
         * so the lower bound (which counts after collapsing) is the exact
         * count.  The estimate is not: Xapian rounds it (to 600, 90, ...)
         * whenever its bounds differ, and collapsing leaves the upper bound
         * loose even when every match was checked. */
        r->count = o->exact_count ? mset.get_matches_lower_bound()
                                  : mset.get_matches_estimated();
        r->count_exact = o->exact_count || mset.get_matches_lower_bound() ==
                                               mset.get_matches_upper_bound();
        r->count_min = mset.get_matches_lower_bound();
        /* Rough: extrapolated from the matches checked (Xapian's guess
         * for a phrase is poor), or its bounds a quarter apart or more. */
        r->count_rough = !r->count_exact &&
                         ((check > 0 && !o->exact_count) ||
                          mset.get_matches_upper_bound() >=
                              1.25 * mset.get_matches_lower_bound());
        fill_hits(r, mset);
    } catch (...) {
        delete r;
        throw;
    }
    *out = r;
    return EVX_OK;
}

extern "C" evx_status evx_db_search(evx_db *db, const evx_query *q,
                                    const evx_search_opts *opts,
                                    evx_results **out)
{
    if (!out)
        return EVX_INVALID;
    *out = NULL;
    if (!db || !q)
        return EVX_INVALID;
    evx_search_opts defaults;
    evx_search_opts_init(&defaults);
    const evx_search_opts *o = opts ? opts : &defaults;
    return guard(&db->err, db->db, [&]() -> evx_status {
        return run_search(db, q, o, out);
    });
}

extern "C" unsigned long evx_results_count(const evx_results *r)
{
    return r ? r->count : 0;
}

extern "C" int evx_results_count_is_exact(const evx_results *r)
{
    return r && r->count_exact;
}

extern "C" unsigned long evx_results_count_min(const evx_results *r)
{
    return r ? r->count_min : 0;
}

extern "C" int evx_results_count_is_rough(const evx_results *r)
{
    return r && r->count_rough;
}

extern "C" size_t evx_results_size(const evx_results *r)
{
    return r ? r->hits.size() : 0;
}

static const hit *hit_at(const evx_results *r, size_t i)
{
    return r && i < r->hits.size() ? &r->hits[i] : NULL;
}

extern "C" evx_docid evx_results_docid(const evx_results *r, size_t i)
{
    const hit *h = hit_at(r, i);
    return h ? h->docid : 0;
}

extern "C" double evx_results_score(const evx_results *r, size_t i)
{
    const hit *h = hit_at(r, i);
    return h ? h->weight : 0.0;
}

/* Hit h's record, read and unpacked the first time; throws as Xapian
 * does (a remote shard down, a damaged record). */
static const std::string &its_data(const evx_results *r, const hit &h)
{
    if (!h.have_data) {
        std::string s = read_record(h.doc, &r->codec);
        h.data.swap(s);
        h.have_data = true;
    }
    return h.data;
}

/* Hit i's record into *data and *len ("" and 0 on failure); err, when
 * given, says why it failed.  A revision gone since the search is
 * reopened and the record read again. */
static evx_status read_hit_data(const evx_results *r, size_t i,
                                std::string *err, const char **data,
                                size_t *len)
{
    const hit *h = hit_at(r, i);
    *data = "";
    if (len)
        *len = 0;
    if (!h)
        return EVX_INVALID;
    return guard(err, &r->db, [&]() -> evx_status {
        const std::string &s = its_data(r, *h);
        *data = s.c_str();
        if (len)
            *len = s.size();
        return EVX_OK;
    });
}

extern "C" evx_status evx_results_read_data(const evx_results *r, evx_db *db,
                                            size_t i, const char **data,
                                            size_t *len)
{
    if (!db) {
        *data = "";
        if (len)
            *len = 0;
        return EVX_INVALID;
    }
    return read_hit_data(r, i, &db->err, data, len);
}

extern "C" const char *evx_results_data(const evx_results *r, size_t i,
                                        size_t *len)
{
    const char *data = "";
    read_hit_data(r, i, NULL, &data, len);
    return data;
}

/* Reads slot's value of every hit of r through one value stream, in
 * document order, into each hit's values.  false, the hits unchanged,
 * when the stream cannot be read (a remote shard has none; the database
 * changed under it): each hit then reads its own. */
static bool stream_slot(const evx_results *r, unsigned slot)
{
    std::vector<std::pair<Xapian::docid, size_t>> order;
    std::vector<std::string> got(r->hits.size());
    order.reserve(r->hits.size());
    for (size_t i = 0; i < r->hits.size(); i++)
        order.emplace_back(r->hits[i].docid, i);
    std::sort(order.begin(), order.end());
    try {
        Xapian::ValueIterator v = r->db.valuestream_begin(slot);
        const Xapian::ValueIterator end = r->db.valuestream_end(slot);
        for (const auto &o : order) {
            if (v != end && v.get_docid() < o.first)
                v.skip_to(o.first);
            if (v != end && v.get_docid() == o.first)
                got[o.second] = *v;
        }
    } catch (const Xapian::Error &) {
        return false;
    }
    for (size_t i = 0; i < r->hits.size(); i++)
        r->hits[i].values.emplace_back(slot, std::move(got[i]));
    return true;
}

/* Hit h's value in slot, if read. */
static const std::string *value_read(const hit *h, unsigned slot)
{
    for (const auto &v : h->values)
        if (v.first == slot)
            return &v.second;
    return NULL;
}

extern "C" const char *evx_results_value(const evx_results *r, size_t i,
                                         unsigned slot, size_t *len)
{
    const hit *h = hit_at(r, i);
    const std::string *found = NULL;
    if (len)
        *len = 0;
    if (!h)
        return "";
    try {
        found = value_read(h, slot);
        if (!found && r->hits.size() > 1 &&
            std::find(r->slots_streamed.begin(), r->slots_streamed.end(),
                      slot) == r->slots_streamed.end()) {
            r->slots_streamed.push_back(slot);
            if (stream_slot(r, slot))
                found = value_read(h, slot);
        }
        if (!found) {
            h->values.emplace_back(slot, h->doc.get_value(slot));
            found = &h->values.back().second;
        }
    } catch (...) {
        return ""; /* out of memory, or the database changed under it */
    }
    if (len)
        *len = found->size();
    return found->c_str();
}

extern "C" unsigned long evx_results_collapsed(const evx_results *r, size_t i)
{
    const hit *h = hit_at(r, i);
    return h ? h->collapsed : 0;
}

/* Does term index document did of db?  Read from the term's posting
 * list, so a database without termlists answers too; *wdf, if given,
 * receives its wdf there. */
static bool indexes(const Xapian::Database &db, const std::string &term,
                    Xapian::docid did, Xapian::termcount *wdf)
{
    if (term.empty())
        return false; /* "" is every document's posting list */
    Xapian::PostingIterator p = db.postlist_begin(term);
    p.skip_to(did);
    if (p == db.postlist_end(term) || *p != did)
        return false;
    if (wdf)
        *wdf = p.get_wdf();
    return true;
}

/* Enquire::get_matching_terms reads the document's termlist; this asks
 * each term of the query (at its first appearance, the order that gives)
 * whether it indexes the document. */
extern "C" evx_status evx_results_matching_terms(const evx_results *r, size_t i,
                                                 int (*cb)(void *ctx,
                                                           const char *term),
                                                 void *ctx)
{
    const hit *h = hit_at(r, i);
    if (!h || !cb)
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        const Xapian::Query &q = r->enquire.get_query();
        std::set<std::string> seen;
        for (Xapian::TermIterator t = q.get_terms_begin();
             t != q.get_terms_end(); ++t) {
            std::string term = *t;
            if (!seen.insert(term).second || !indexes(r->db, term, h->docid, NULL))
                continue;
            if (cb(ctx, term.c_str()))
                break;
        }
        return EVX_OK;
    });
}

extern "C" void evx_results_free(evx_results *r)
{
    try {
        delete r;
    } catch (...) {
    }
}

/* ---- expansion ---------------------------------------------------------- */

/* evx_db_expand weighs its candidates exactly as Xapian 1.4's
 * Enquire::get_eset does with its default scheme ("trad", k = 1; read in
 * xapian-core 1.4's expand/tradeweight.cc, expandweight.h/.cc and
 * esetinternal.cc), but reads each term's wdf from its posting list, not
 * from the documents' termlists, which a database built with
 * Xapian::DB_NO_TERMLIST does not have. */
static const double EXPAND_K = 1.0;

/* A relevant document, seen from the shard that holds it: Xapian 1.4
 * weighs a term with that shard's statistics.  Its API reaches one shard
 * of a database only through Database::internal (public in 1.4, though
 * marked internal) and the constructor that wraps one. */
struct rel_doc {
    Xapian::Database shard;
    size_t shard_index;
    Xapian::docid did;        /* in the shard */
    Xapian::termcount length;
};

/* docid of db as a rel_doc; Xapian's DocNotFoundError when it has none. */
static rel_doc relevant_doc(const Xapian::Database &db, Xapian::docid docid)
{
    size_t n = db.size();
    if (docid == 0)
        throw Xapian::InvalidArgumentError("docid 0 is not valid");
    if (n == 0)
        throw Xapian::DocNotFoundError("no document " + std::to_string(docid));
    rel_doc d;
    d.shard_index = (docid - 1) % n;
    d.did = (docid - 1) / n + 1;
    d.shard = Xapian::Database(db.internal[d.shard_index].get());
    d.length = d.shard.get_doclength(d.did);
    return d;
}

/* What Xapian gathers of a term over the relevant documents. */
struct term_stats {
    Xapian::doccount rtermfreq = 0; /* relevant documents holding it */
    double multiplier = 0;
    Xapian::doccount dbsize = 0;    /* documents in the shards that hold them */
    Xapian::doccount termfreq = 0;  /* its frequency in those shards */
};

/* The multiplier of a term of wdf in d: Xapian's, or the weight the index
 * stores (lib/impact.h) scaled to the same range. */
static double multiplier(const rel_doc &d, Xapian::termcount wdf,
                         double avlen, bool stored)
{
    if (stored)
        return (EXPAND_K + 1) * evx_impact_weight(wdf) / (EVX_RANK_K1 + 1);
    return (EXPAND_K + 1) * wdf / (EXPAND_K * d.length / avlen + wdf);
}

static term_stats gather(const std::vector<rel_doc> &docs,
                         const std::string &term, double avlen, bool stored)
{
    term_stats s;
    std::vector<bool> shard_seen;
    for (const rel_doc &d : docs) {
        Xapian::termcount wdf = 0;
        if (!indexes(d.shard, term, d.did, &wdf))
            continue;
        if (wdf == 0)
            wdf = 1; /* a boolean term still weighs something */
        s.rtermfreq++;
        s.multiplier += multiplier(d, wdf, avlen, stored);
        if (shard_seen.size() <= d.shard_index)
            shard_seen.resize(d.shard_index + 1);
        if (!shard_seen[d.shard_index]) {
            shard_seen[d.shard_index] = true;
            s.dbsize += d.shard.get_doccount();
            s.termfreq += d.shard.get_termfreq(term);
        }
    }
    return s;
}

/* When the relevant documents' shards are not the whole database, the
 * term's frequency is theirs scaled up to the whole, rounded, and at most
 * what the documents without the term leave room for. */
static void scale_termfreq(term_stats *s, Xapian::doccount dbsize,
                           Xapian::doccount rsize)
{
    if (s->dbsize == dbsize)
        return;
    double scaled = double(s->termfreq) * dbsize / s->dbsize;
    s->termfreq = static_cast<Xapian::doccount>(scaled + 0.5);
    Xapian::doccount most = dbsize - (rsize - s->rtermfreq);
    if (s->termfreq > most)
        s->termfreq = most;
}

/* The term's weight: its multiplier times the log of the odds ratio of
 * the relevant documents holding it, each count shifted by a half. */
static double trad_weight(const term_stats &s, Xapian::doccount dbsize,
                          Xapian::doccount rsize)
{
    double without = rsize - s.rtermfreq; /* relevant docs without it */
    double num = (s.rtermfreq + 0.5) * (dbsize - s.termfreq - without + 0.5);
    double den = (s.termfreq - s.rtermfreq + 0.5) * (without + 0.5);
    return s.multiplier * std::log(num / den);
}

struct expand_term {
    double weight;
    std::string term;
};

/* The expand set's order: heavier first; between equal weights the term
 * that sorts later first (Xapian's ExpandTerm order). */
static bool expand_before(const expand_term &a, const expand_term &b)
{
    if (a.weight > b.weight)
        return true;
    if (a.weight < b.weight)
        return false;
    return a.term > b.term;
}

/* Keeps the max best of the weighed terms, offered in term order: a term
 * no heavier than the worst kept, once max are kept, is passed over, and
 * one that overflows the set drops the worst. */
struct expand_set {
    size_t max;
    double floor = 0; /* a term must weigh more than this */
    bool is_heap = false; /* items a heap, the worst on top */
    std::vector<expand_term> items;

    explicit expand_set(size_t m) : max(m) {}

    void offer(double weight, const std::string &term)
    {
        if (weight <= floor)
            return;
        items.push_back(expand_term{weight, term});
        if (items.size() <= max)
            return;
        if (is_heap)
            std::push_heap(items.begin(), items.end(), expand_before);
        else
            std::make_heap(items.begin(), items.end(), expand_before);
        is_heap = true;
        std::pop_heap(items.begin(), items.end(), expand_before);
        items.pop_back();
        floor = items.front().weight;
    }
};

/* The candidates (NUL-terminated, end to end), each once, in term order,
 * less those skip_prefixes leaves out. */
static std::set<std::string> candidates(const evx_expand_opts *o)
{
    std::set<std::string> terms;
    const char *p = o->terms, *end = o->terms + o->terms_len;
    const char *skip = o->skip_prefixes ? o->skip_prefixes : "";
    while (p < end) {
        size_t len = strnlen(p, size_t(end - p));
        if (len && !std::strchr(skip, p[0]))
            terms.emplace(p, len);
        p += len + 1;
    }
    return terms;
}

static void expand(const Xapian::Database &db, const evx_expand_opts *o,
                   std::vector<expand_term> *out)
{
    std::set<Xapian::docid> ids(o->docids, o->docids + o->n_docids);
    std::vector<rel_doc> docs;
    for (Xapian::docid id : ids)
        docs.push_back(relevant_doc(db, id));
    Xapian::doccount dbsize = db.get_doccount();
    Xapian::doccount rsize = Xapian::doccount(ids.size());
    double avlen = db.get_avlength();
    expand_set set(o->n_terms);
    for (const std::string &term : candidates(o)) {
        term_stats s = gather(docs, term, avlen, o->stored_weights != 0);
        if (s.rtermfreq == 0)
            continue;
        scale_termfreq(&s, dbsize, rsize);
        set.offer(trad_weight(s, dbsize, rsize), term);
    }
    std::sort(set.items.begin(), set.items.end(), expand_before);
    out->swap(set.items);
}

extern "C" evx_status evx_db_expand(evx_db *db, const evx_expand_opts *o,
                                    int (*cb)(void *ctx, const char *term,
                                              double weight),
                                    void *ctx)
{
    if (!db || !o || (o->n_docids && !o->docids) ||
        (o->terms_len && !o->terms) || !cb)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        if (o->n_docids == 0 || o->n_terms == 0)
            return EVX_OK;
        std::vector<expand_term> terms;
        expand(*db->db, o, &terms);
        for (const expand_term &t : terms)
            if (cb(ctx, t.term.c_str(), t.weight))
                break;
        return EVX_OK;
    });
}

extern "C" double evx_unserialise_number(const char *bytes, size_t len)
{
    if (!bytes)
        return 0.0;
    try {
        return Xapian::sortable_unserialise(std::string(bytes, len));
    } catch (...) {
        return 0.0;
    }
}
