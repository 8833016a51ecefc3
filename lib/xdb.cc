/*
 * xdb.cc - the C face of Xapian 1.4 (see xdb.h for the contract).
 *
 * Every extern "C" entry point runs its body through guard(), which catches
 * every exception (Xapian's, std::bad_alloc, anything else), maps it to an
 * evx_status and stores a one-line message where the caller can read it.
 * A read-only database that changed under us (DatabaseModifiedError) is
 * reopened and the body retried once, because a rebuild published while a
 * search runs is an expected event, not a failure.
 *
 * Handles are plain structs holding Xapian objects by value; Xapian's own
 * objects are reference counted, so a results handle that keeps its Enquire
 * keeps the database internals alive even after evx_db_free.
 */
#include "xdb.h"

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <utility>
#include <vector>

struct evx_db {
    Xapian::Database *db;          /* the database, whatever the mode */
    Xapian::WritableDatabase *wdb; /* same object when writable, else NULL */
    bool in_txn;
    std::string err;
};

struct evx_doc {
    Xapian::Document doc;
};

/* A wildcard inside a query: kept so a WildcardError at search time can
 * name the pattern and its limit. */
struct wildcard {
    std::string prefix;
    unsigned max_expansion;
};

struct evx_query {
    Xapian::Query q;
    std::vector<wildcard> wildcards;
};

struct hit {
    Xapian::docid docid;
    double weight;
    unsigned long collapsed;
    std::string data;
    std::vector<std::pair<unsigned, std::string>> values;
};

struct evx_results {
    Xapian::Enquire enquire; /* kept for get_matching_terms */
    unsigned long count;
    bool count_exact; /* the matcher saw every match */
    std::vector<hit> hits;

    explicit evx_results(const Xapian::Database &d)
        : enquire(d), count(0), count_exact(false) {}
};

/* ---- error mapping ---------------------------------------------------- */

/* Stores "what: detail" in *err without ever throwing (a failed allocation
 * leaves the message empty rather than escaping into C). */
static void set_msg(std::string *err, const char *what, const std::string &detail)
{
    if (!err)
        return;
    try {
        *err = what;
        if (!detail.empty()) {
            *err += ": ";
            *err += detail;
        }
    } catch (...) {
        err->clear();
    }
}

static std::string xmsg(const Xapian::Error &e)
{
    std::string m = e.get_msg();
    if (!e.get_context().empty())
        m += " (" + e.get_context() + ")";
    if (e.get_error_string())
        m += std::string(" [") + e.get_error_string() + "]";
    return m;
}

/* Builds the message for e, itself guarded against bad_alloc. */
static evx_status fail(std::string *err, evx_status st, const char *what,
                       const Xapian::Error &e)
{
    try {
        set_msg(err, what, xmsg(e));
    } catch (...) {
        if (err)
            err->clear();
    }
    return st;
}

/* Runs body, mapping every exception.  reopen_db, when given, is reopened
 * and body retried once on DatabaseModifiedError. */
template <typename F>
static evx_status guard(std::string *err, Xapian::Database *reopen_db, F body)
{
    for (int attempt = 0;; ++attempt) {
        try {
            if (err)
                err->clear();
            return body();
        } catch (const Xapian::DatabaseModifiedError &e) {
            if (!reopen_db)
                return fail(err, EVX_BACKEND, "database changed while reading", e);
            if (attempt > 0)
                return fail(err, EVX_BACKEND,
                            "database changed while reading, even after reopening", e);
            try {
                reopen_db->reopen();
            } catch (const Xapian::Error &e2) {
                return fail(err, EVX_BACKEND, "cannot reopen database", e2);
            } catch (...) {
                set_msg(err, "cannot reopen database", "");
                return EVX_BACKEND;
            }
        } catch (const Xapian::DatabaseLockError &e) {
            return fail(err, EVX_LOCKED, "database is locked by another writer", e);
        } catch (const Xapian::DatabaseNotFoundError &e) {
            return fail(err, EVX_NOT_FOUND, "no database there", e);
        } catch (const Xapian::DatabaseCorruptError &e) {
            return fail(err, EVX_CORRUPT, "database is corrupt", e);
        } catch (const Xapian::DatabaseVersionError &e) {
            return fail(err, EVX_CORRUPT, "database format not supported", e);
        } catch (const Xapian::DatabaseOpeningError &e) {
            return fail(err, EVX_CORRUPT,
                        "cannot open database (not a Xapian database?)", e);
        } catch (const Xapian::DatabaseCreateError &e) {
            return fail(err, EVX_IO, "cannot create database", e);
        } catch (const Xapian::DatabaseError &e) {
            return fail(err, EVX_IO, "database I/O error", e);
        } catch (const Xapian::DocNotFoundError &e) {
            return fail(err, EVX_NOT_FOUND, "no such document", e);
        } catch (const Xapian::WildcardError &e) {
            return fail(err, EVX_INVALID, "wildcard matches too many terms", e);
        } catch (const Xapian::InvalidArgumentError &e) {
            return fail(err, EVX_INVALID, "invalid argument", e);
        } catch (const Xapian::InvalidOperationError &e) {
            return fail(err, EVX_INVALID, "invalid operation", e);
        } catch (const Xapian::Error &e) {
            return fail(err, EVX_BACKEND, "Xapian error", e);
        } catch (const std::bad_alloc &) {
            set_msg(err, "out of memory", "");
            return EVX_NOMEM;
        } catch (...) {
            set_msg(err, "unexpected C++ exception", "");
            return EVX_BACKEND;
        }
    }
}

static char *dup_bytes(const std::string &s)
{
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (!p)
        throw std::bad_alloc();
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
}

static evx_status need_writable(evx_db *db)
{
    if (db->wdb)
        return EVX_OK;
    set_msg(&db->err, "database is open read-only", "");
    return EVX_INVALID;
}

/* guard() for an operation that needs a writable database. */
template <typename F>
static evx_status on_writable(evx_db *db, F body)
{
    return guard(&db->err, NULL, [&]() -> evx_status {
        evx_status st = need_writable(db);
        return st ? st : body();
    });
}

/* ---- database --------------------------------------------------------- */

static Xapian::Database *open_xapian(const char *path, evx_db_mode mode,
                                     Xapian::WritableDatabase **wdb)
{
    *wdb = NULL;
    if (mode == EVX_DB_READ)
        return new Xapian::Database(path);
    int flags = Xapian::DB_BACKEND_GLASS;
    flags |= mode == EVX_DB_OVERWRITE ? Xapian::DB_CREATE_OR_OVERWRITE
                                      : Xapian::DB_CREATE_OR_OPEN;
    *wdb = new Xapian::WritableDatabase(path, flags);
    return *wdb;
}

extern "C" evx_status evx_db_open(evx_db **out, const char *path,
                                  evx_db_mode mode, char **errmsg)
{
    std::string err;
    evx_db *h = NULL;
    if (out)
        *out = NULL;
    if (errmsg)
        *errmsg = NULL;
    evx_status st = guard(&err, NULL, [&]() -> evx_status {
        if (!out || !path || !*path) {
            err = "no database path given";
            return EVX_INVALID;
        }
        h = new evx_db();
        h->db = NULL;
        h->wdb = NULL;
        h->in_txn = false;
        h->db = open_xapian(path, mode, &h->wdb);
        return EVX_OK;
    });
    if (st == EVX_OK) {
        *out = h;
        return st;
    }
    evx_db_free(h);
    if (errmsg) {
        try {
            std::string m = path ? std::string(path) + ": " + err : err;
            *errmsg = dup_bytes(m);
        } catch (...) {
            *errmsg = NULL;
        }
    }
    return st;
}

extern "C" evx_status evx_db_compact(const char *src, const char *dst,
                                     char **errmsg)
{
    std::string err;
    if (errmsg)
        *errmsg = NULL;
    evx_status st = guard(&err, NULL, [&]() -> evx_status {
        if (!src || !*src || !dst || !*dst) {
            err = "no database path given";
            return EVX_INVALID;
        }
        Xapian::Database db(src);
        db.compact(dst);
        return EVX_OK;
    });
    if (st && errmsg) {
        try {
            *errmsg = dup_bytes(std::string(src ? src : "") + ": " + err);
        } catch (...) {
            *errmsg = NULL;
        }
    }
    return st;
}

extern "C" void evx_db_free(evx_db *db)
{
    if (!db)
        return;
    try {
        /* Xapian's destructor would commit pending changes; the contract
         * is that only evx_db_commit commits.  An unflushed transaction
         * that is cancelled discards the changes made before it began. */
        if (db->wdb) {
            if (!db->in_txn)
                db->wdb->begin_transaction(false);
            db->in_txn = false;
            db->wdb->cancel_transaction();
        }
    } catch (...) {
    }
    try {
        delete db->db;
    } catch (...) {
    }
    delete db;
}

extern "C" const char *evx_db_errmsg(const evx_db *db)
{
    return db ? db->err.c_str() : "";
}

extern "C" evx_status evx_db_begin(evx_db *db)
{
    if (!db)
        return EVX_INVALID;
    return on_writable(db, [&]() -> evx_status {
        if (db->in_txn) {
            db->err = "a transaction is already open";
            return EVX_INVALID;
        }
        db->wdb->begin_transaction(true);
        db->in_txn = true;
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_commit(evx_db *db)
{
    if (!db)
        return EVX_INVALID;
    return on_writable(db, [&]() -> evx_status {
        if (db->in_txn) {
            db->in_txn = false; /* Xapian ends it even if the commit throws */
            db->wdb->commit_transaction();
        }
        db->wdb->commit();
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_cancel(evx_db *db)
{
    if (!db)
        return EVX_INVALID;
    return guard(&db->err, NULL, [&]() -> evx_status {
        if (!db->wdb || !db->in_txn)
            return EVX_OK;
        db->in_txn = false;
        db->wdb->cancel_transaction();
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_replace(evx_db *db, const char *id_term,
                                     const evx_doc *doc, evx_docid *docid)
{
    if (!db || !doc)
        return EVX_INVALID;
    return on_writable(db, [&]() -> evx_status {
        Xapian::docid did;
        if (id_term && *id_term) {
            /* The id term must be in the document, or the next replace
             * would not find it; adding a boolean term twice is harmless. */
            Xapian::Document d = doc->doc;
            d.add_boolean_term(id_term);
            did = db->wdb->replace_document(id_term, d);
        } else {
            did = db->wdb->add_document(doc->doc);
        }
        if (docid)
            *docid = did;
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_doc_count(evx_db *db, unsigned long *out)
{
    if (!db || !out)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        *out = db->db->get_doccount();
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_term_freq(evx_db *db, const char *term,
                                       unsigned long *out)
{
    if (!db || !term || !out)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        *out = *term ? db->db->get_termfreq(term) : 0;
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_terms(evx_db *db, const char *prefix,
                                   int (*cb)(void *ctx, const char *term,
                                             unsigned long doc_freq),
                                   void *ctx)
{
    if (!db || !cb)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        std::string p = prefix ? prefix : "";
        for (Xapian::TermIterator t = db->db->allterms_begin(p);
             t != db->db->allterms_end(p); ++t) {
            std::string term = *t;
            if (cb(ctx, term.c_str(), t.get_termfreq()))
                break;
        }
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_get_data(evx_db *db, evx_docid docid, char **data,
                                      size_t *len)
{
    if (data)
        *data = NULL;
    if (!db || !data)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        if (docid == 0) {
            db->err = "no such document: docid 0";
            return EVX_NOT_FOUND;
        }
        std::string s = db->db->get_document(docid).get_data();
        *data = dup_bytes(s);
        if (len)
            *len = s.size();
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_find_id(evx_db *db, const char *id_term,
                                     evx_docid *out)
{
    if (!db || !id_term || !out)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        if (*id_term) {
            Xapian::PostingIterator p = db->db->postlist_begin(id_term);
            if (p != db->db->postlist_end(id_term)) {
                *out = *p;
                return EVX_OK;
            }
        }
        set_msg(&db->err, "no document has id term", id_term);
        return EVX_NOT_FOUND;
    });
}

extern "C" evx_status evx_db_set_metadata(evx_db *db, const char *key,
                                          const char *value)
{
    if (!db || !key || !value)
        return EVX_INVALID;
    return on_writable(db, [&]() -> evx_status {
        db->wdb->set_metadata(key, value);
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_get_metadata(evx_db *db, const char *key,
                                          char **value)
{
    if (value)
        *value = NULL;
    if (!db || !key || !value)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        *value = dup_bytes(db->db->get_metadata(key));
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_add_synonym(evx_db *db, const char *term,
                                         const char *synonym)
{
    if (!db || !term || !synonym)
        return EVX_INVALID;
    return on_writable(db, [&]() -> evx_status {
        db->wdb->add_synonym(term, synonym);
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_synonyms(evx_db *db, const char *term,
                                      int (*cb)(void *ctx, const char *synonym),
                                      void *ctx)
{
    if (!db || !term || !cb)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        for (Xapian::TermIterator t = db->db->synonyms_begin(term);
             t != db->db->synonyms_end(term); ++t) {
            std::string s = *t;
            if (cb(ctx, s.c_str()))
                break;
        }
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_add_spelling(evx_db *db, const char *word,
                                          unsigned freq)
{
    if (!db || !word)
        return EVX_INVALID;
    return on_writable(db, [&]() -> evx_status {
        if (*word && freq > 0)
            db->wdb->add_spelling(word, freq);
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_suggest(evx_db *db, const char *word,
                                     unsigned max_edits, char **out)
{
    if (out)
        *out = NULL;
    if (!db || !word || !out)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        std::string s;
        if (*word)
            s = db->db->get_spelling_suggestion(word, max_edits);
        *out = dup_bytes(s);
        return EVX_OK;
    });
}

/* ---- documents -------------------------------------------------------- */

/* guard() for a change to a document. */
template <typename F>
static evx_status on_doc(evx_doc *doc, F body)
{
    return guard(NULL, NULL, [&]() -> evx_status {
        body(doc->doc);
        return EVX_OK;
    });
}

extern "C" evx_status evx_doc_new(evx_doc **out)
{
    if (!out)
        return EVX_INVALID;
    *out = NULL;
    return guard(NULL, NULL, [&]() -> evx_status {
        *out = new evx_doc();
        return EVX_OK;
    });
}

extern "C" void evx_doc_free(evx_doc *doc)
{
    try {
        delete doc;
    } catch (...) {
    }
}

extern "C" evx_status evx_doc_add_posting(evx_doc *doc, const char *term,
                                          unsigned pos, unsigned wdf_inc)
{
    if (!doc || !term || !*term)
        return EVX_INVALID;
    return on_doc(doc, [&](Xapian::Document &d) {
        d.add_posting(term, pos, wdf_inc);
    });
}

extern "C" evx_status evx_doc_add_term(evx_doc *doc, const char *term,
                                       unsigned wdf_inc)
{
    if (!doc || !term || !*term)
        return EVX_INVALID;
    return on_doc(doc, [&](Xapian::Document &d) {
        d.add_term(term, wdf_inc);
    });
}

extern "C" evx_status evx_doc_add_boolean(evx_doc *doc, const char *term)
{
    if (!doc || !term || !*term)
        return EVX_INVALID;
    return on_doc(doc, [&](Xapian::Document &d) {
        d.add_boolean_term(term);
    });
}

extern "C" evx_status evx_doc_set_value(evx_doc *doc, unsigned slot,
                                        const char *bytes, size_t len)
{
    if (!doc || (!bytes && len))
        return EVX_INVALID;
    return on_doc(doc, [&](Xapian::Document &d) {
        d.add_value(slot, std::string(bytes ? bytes : "", len));
    });
}

extern "C" evx_status evx_doc_set_number(evx_doc *doc, unsigned slot,
                                         double number)
{
    if (!doc)
        return EVX_INVALID;
    return on_doc(doc, [&](Xapian::Document &d) {
        d.add_value(slot, Xapian::sortable_serialise(number));
    });
}

extern "C" evx_status evx_doc_set_data(evx_doc *doc, const char *data,
                                       size_t len)
{
    if (!doc || (!data && len))
        return EVX_INVALID;
    return on_doc(doc, [&](Xapian::Document &d) {
        d.set_data(std::string(data ? data : "", len));
    });
}

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
    o->collapse_slot = -1;
    o->exact_count = 1;
    o->sort_slot = -1;
}

/* The wildcard of q that expands past its limit in db, as a message. */
static std::string wildcard_message(const Xapian::Database &db,
                                    const evx_query *q)
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

static void fill_hits(evx_results *r, const Xapian::MSet &mset)
{
    r->hits.reserve(mset.size());
    for (Xapian::MSetIterator m = mset.begin(); m != mset.end(); ++m) {
        hit h;
        h.docid = *m;
        h.weight = m.get_weight();
        h.collapsed = m.get_collapse_count();
        Xapian::Document d = m.get_document();
        h.data = d.get_data();
        for (Xapian::ValueIterator v = d.values_begin(); v != d.values_end(); ++v)
            h.values.emplace_back(v.get_valueno(), *v);
        r->hits.push_back(std::move(h));
    }
}

/* One attempt at the search; guard() retries it after a reopen. */
static evx_status run_search(evx_db *db, const evx_query *q,
                             const evx_search_opts *o, evx_results **out)
{
    evx_results *r = new evx_results(*db->db);
    try {
        r->enquire.set_query(q->q);
        r->enquire.set_weighting_scheme(Xapian::BM25Weight(
            o->bm25_k1, o->bm25_k2, o->bm25_k3, o->bm25_b, o->bm25_min_normlen));
        if (o->collapse_slot >= 0)
            r->enquire.set_collapse_key(unsigned(o->collapse_slot));
        if (o->sort_slot >= 0)
            r->enquire.set_sort_by_value_then_relevance(unsigned(o->sort_slot), false);
        Xapian::doccount check = 0;
        if (o->exact_count)
            check = db->db->get_doccount();
        Xapian::MSet mset;
        try {
            mset = r->enquire.get_mset(o->offset, o->limit, check);
        } catch (const Xapian::WildcardError &) {
            db->err = wildcard_message(*db->db, q);
            delete r;
            return EVX_INVALID;
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
        fill_hits(r, mset);
    } catch (...) {
        delete r;
        throw;
    }
    *out = r;
    return EVX_OK;
}

/* One attempt at the count; guard() retries it after a reopen. */
static evx_status run_count(evx_db *db, const evx_query *q, unsigned long *out)
{
    Xapian::Enquire enquire(*db->db);
    enquire.set_query(q->q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset;
    try {
        mset = enquire.get_mset(0, 0, db->db->get_doccount());
    } catch (const Xapian::WildcardError &) {
        db->err = wildcard_message(*db->db, q);
        return EVX_INVALID;
    }
    *out = mset.get_matches_lower_bound();
    return EVX_OK;
}

extern "C" evx_status evx_db_count(evx_db *db, const evx_query *q,
                                   unsigned long *out)
{
    if (!out)
        return EVX_INVALID;
    *out = 0;
    if (!db || !q)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        return run_count(db, q, out);
    });
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

extern "C" const char *evx_results_data(const evx_results *r, size_t i,
                                        size_t *len)
{
    const hit *h = hit_at(r, i);
    if (len)
        *len = h ? h->data.size() : 0;
    return h ? h->data.c_str() : "";
}

extern "C" const char *evx_results_value(const evx_results *r, size_t i,
                                         unsigned slot, size_t *len)
{
    const hit *h = hit_at(r, i);
    if (h) {
        for (const auto &v : h->values) {
            if (v.first == slot) {
                if (len)
                    *len = v.second.size();
                return v.second.c_str();
            }
        }
    }
    if (len)
        *len = 0;
    return "";
}

extern "C" unsigned long evx_results_collapsed(const evx_results *r, size_t i)
{
    const hit *h = hit_at(r, i);
    return h ? h->collapsed : 0;
}

extern "C" evx_status evx_results_matching_terms(const evx_results *r, size_t i,
                                                 int (*cb)(void *ctx,
                                                           const char *term),
                                                 void *ctx)
{
    const hit *h = hit_at(r, i);
    if (!h || !cb)
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        for (Xapian::TermIterator t = r->enquire.get_matching_terms_begin(h->docid);
             t != r->enquire.get_matching_terms_end(h->docid); ++t) {
            std::string term = *t;
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

/* Rejects terms that start with one of the given prefix letters. */
class skip_prefix_decider : public Xapian::ExpandDecider {
    std::string letters;

  public:
    explicit skip_prefix_decider(const char *skip) : letters(skip ? skip : "") {}

    bool operator()(const std::string &term) const override
    {
        return term.empty() || letters.find(term[0]) == std::string::npos;
    }
};

extern "C" evx_status evx_db_expand(evx_db *db, const evx_docid *docids,
                                    size_t n, unsigned n_terms,
                                    const char *skip_prefixes,
                                    int (*cb)(void *ctx, const char *term,
                                              double weight),
                                    void *ctx)
{
    if (!db || (n && !docids) || !cb)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        if (n == 0 || n_terms == 0)
            return EVX_OK;
        Xapian::RSet rset;
        for (size_t i = 0; i < n; i++)
            rset.add_document(docids[i]);
        Xapian::Enquire enquire(*db->db);
        skip_prefix_decider decider(skip_prefixes);
        Xapian::ESet eset = enquire.get_eset(n_terms, rset, &decider);
        for (Xapian::ESetIterator e = eset.begin(); e != eset.end(); ++e) {
            std::string term = *e;
            if (cb(ctx, term.c_str(), e.get_weight()))
                break;
        }
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
