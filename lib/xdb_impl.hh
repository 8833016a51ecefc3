/*
 * xdb_impl.hh - what the parts of the Xapian wrapper share (xdb.cc:
 * databases and documents; xdb_shards.cc: opening a stub; xdb_query.cc:
 * queries and searching; xdb_count.cc: counting): the handle structs,
 * the match guard, and guard(), which maps every exception to an
 * evx_status and a message.  Included by those files only; C never
 * sees it.  The wrapper is split by concern only to keep each file short:
 * it is still one small C++ layer, and all of it lives in lib/.
 */
#ifndef EVX_XDB_IMPL_HH
#define EVX_XDB_IMPL_HH

#include "xdb.h"
extern "C" {
#include "buf.h"
#include "record.h"
#include "schema.h"
}

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <new>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct evx_db {
    Xapian::Database *db;          /* the database, whatever the mode */
    Xapian::WritableDatabase *wdb; /* same object when writable, else NULL */
    bool in_txn;
    double time_limit; /* seconds a search may take; 0: no limit */
    std::string err;
    std::vector<std::string> skipped; /* shards evx_db_open_partial skipped */
    /* evx_db_open_lazy: the side shard's path ("" when there is none),
     * and the side shard once a call needed it */
    std::string side_path;
    Xapian::Database *side;
    /* the stub's dead report versions (schema.h, EVX_META_DEAD): their
     * units are left out of every search, count and lookup */
    std::vector<std::string> dead;
    Xapian::Query dead_q; /* OR of dead; empty when there is none */
    std::vector<Xapian::docid> dead_ids; /* their docids, sorted, once read */
    bool dead_ids_read = false;
    /* the index format the stub names (EVX_STUB_FORMAT), "" if none */
    std::string stub_format;
    /* the shards one by one, in the order Xapian searches them (shard_list):
     * kept as open_stub opened them; for a stub Xapian opened itself, its
     * lines (type, argument; relative to shard_base) */
    std::vector<Xapian::Database> shards;
    std::vector<std::pair<std::string, std::string>> shard_lines;
    std::string shard_base;
    /* unpacks the records evx_db_get_data reads; made when first needed */
    evx_record_codec *codec = nullptr;
};

/* db's shards one by one, in the order Xapian searches them: those
 * open_stub kept, else the stub's lines opened again; a database that is
 * not a stub is its own one shard.  Empty when they cannot be told apart
 * (a shard that no longer opens). */
std::vector<Xapian::Database> shard_list(evx_db *db);

/* Reads the dead versions listed in the stub of path, if it is one, into
 * db, and the lines of its shards for shard_list (xdb_shards.cc).
 * Xapian's errors are thrown, for guard(). */
void load_dead(evx_db *db, const char *path);

/* q less the units of dead report versions. */
inline Xapian::Query live_query(const evx_db *db, const Xapian::Query &q)
{
    return db->dead.empty()
               ? q
               : Xapian::Query(Xapian::Query::OP_AND_NOT, q, db->dead_q);
}

/* The docids of dead units, sorted, read on the first call; NULL when
 * there are none.  Xapian's errors are thrown, for guard(). */
inline const std::vector<Xapian::docid> *dead_docids(evx_db *db)
{
    if (db->dead.empty())
        return NULL;
    if (!db->dead_ids_read) {
        std::vector<Xapian::docid> ids;
        for (const std::string &t : db->dead)
            for (Xapian::PostingIterator p = db->db->postlist_begin(t);
                 p != db->db->postlist_end(t); ++p)
                ids.push_back(*p);
        std::sort(ids.begin(), ids.end());
        db->dead_ids.swap(ids);
        db->dead_ids_read = true;
    }
    return &db->dead_ids;
}

/* Is docid a unit of a dead report version? */
inline bool is_dead(evx_db *db, Xapian::docid docid)
{
    const std::vector<Xapian::docid> *ids = dead_docids(db);
    return ids && std::binary_search(ids->begin(), ids->end(), docid);
}

/* Where synonyms, spelling data and metadata are read: the side shard of
 * evx_db_open_lazy, opened on the first call (Xapian's errors thrown, for
 * guard()), else the database itself. */
inline Xapian::Database &side_db(evx_db *db)
{
    if (db->side_path.empty())
        return *db->db;
    if (!db->side)
        db->side = new Xapian::Database(db->side_path);
    return *db->side;
}

/* The database guard() reopens for a call reading the side shard. */
inline Xapian::Database *side_reopen(evx_db *db)
{
    return db->side_path.empty() ? db->db : db->side;
}

/* A term of a document being built: its wdf and its positions so far. */
struct doc_term {
    Xapian::termcount wdf = 0;
    std::vector<Xapian::termpos> pos;
};

/* A document being built.  Its postings gather in terms, one entry per
 * term however often it occurs, and go into doc in one pass when it is
 * stored (put_terms in xdb.cc): Xapian's Document finds the term in a
 * std::map of strings on every posting added, and a unit's weights
 * (evx_doc_reweigh) would read and rewrite every term of it again.
 * Values and data go into doc directly. */
struct evx_doc {
    Xapian::Document doc;
    mutable std::unordered_map<std::string, doc_term> terms;
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

/* Thrown by the deadline decider (xdb_query.cc) to stop a match that ran
 * past the database's time limit; caught there, never seen by C. */
struct time_up {};

struct hit {
    Xapian::docid docid;
    double weight;
    unsigned long collapsed;
    /* The record, unpacked: read when first asked for (its_data in
     * xdb_query.cc), so that a search reads the records of its page
     * alone. */
    mutable std::string data;
    mutable bool have_data = false;
    /* Read slot by slot when asked for (evx_results_value): iterating a
     * document's values needs its termlist, which a database opened or
     * built without one (Xapian::DB_NO_TERMLIST) does not have. */
    Xapian::Document doc;
    mutable std::deque<std::pair<unsigned, std::string>> values;
};

struct evx_results {
    Xapian::Enquire enquire; /* kept for its query (matching terms) */
    /* The database searched (matching terms); reopened when a record read
     * after the search finds its revision gone (evx_results_read_data). */
    mutable Xapian::Database db;
    unsigned long count;
    bool count_exact; /* the matcher saw every match */
    unsigned long count_min; /* at least this many match */
    bool count_rough; /* see evx_results_count_is_rough */
    std::vector<hit> hits;
    /* The slots whose values have been read for every hit at once, or
     * tried (evx_results_value): one value stream per slot walks the
     * slot's chunks once, where each document's own read would walk the
     * table from its root. */
    mutable std::vector<unsigned> slots_streamed;
    /* unpacks the hits' records; made when the first is read */
    mutable evx_record_codec *codec = nullptr;

    explicit evx_results(const Xapian::Database &d)
        : enquire(d), db(d), count(0), count_exact(false), count_min(0),
          count_rough(false) {}
    ~evx_results() { evx_record_codec_free(codec); }
    evx_results(const evx_results &) = delete;
    evx_results &operator=(const evx_results &) = delete;
};

/* ---- the time limit and the count's bound (xdb_query.cc, xdb_count.cc) -- */

struct capped {}; /* a count stopped at its bound */

const unsigned long NO_CAP = ~0UL; /* a match_guard that never caps */

/* Where a capped match stopped: the documents accepted, and the docid it
 * stopped at (0 when it did not stop). */
struct stop_point {
    unsigned long accepted;
    Xapian::docid docid;
};

/* Stops a match at its deadline or its cap.  Xapian 1.4's own time limit
 * only ends the counting past check_at_least, so a match that is slow for
 * another reason (a phrase over millions of candidates, a sort) would run
 * on; and check_at_least is a floor, not a ceiling: a count without
 * weights visits every match whatever it is.  This decider accepts every
 * document; it throws time_up once the deadline has passed (checked every
 * 64 documents from the first; seconds 0: none) and capped at the
 * document after the cap'th (NO_CAP: none), noting where in *at. */
class match_guard : public Xapian::MatchDecider {
    std::chrono::steady_clock::time_point end;
    bool timed;
    unsigned long cap;
    stop_point *at;
    mutable unsigned long calls = 0;

  public:
    typedef std::chrono::steady_clock::time_point time_point;

    /* The deadline of a match started now under db's time limit. */
    static time_point deadline(const evx_db *db)
    {
        return std::chrono::steady_clock::now() +
               std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                   std::chrono::duration<double>(db->time_limit));
    }

    match_guard(const evx_db *db, time_point end_, unsigned long cap_,
                stop_point *at_)
        : end(end_), timed(db->time_limit > 0), cap(cap_), at(at_) {}

    bool operator()(const Xapian::Document &doc) const override
    {
        ++calls;
        if (timed && (calls & 63) == 1 && std::chrono::steady_clock::now() >= end)
            throw time_up();
        if (calls > cap) {
            at->accepted = calls;
            at->docid = doc.get_docid();
            throw capped();
        }
        return true;
    }
};

/* enquire.get_mset under db's time limit and a cap on the matches accepted
 * (NO_CAP: none), the deadline end (NULL: the time limit from now):
 * EVX_TIMEOUT (with the message on db) when the deadline stopped it; *at
 * filled, and *mset left as it was, when more than cap documents match.
 * A remote shard cannot run a match decider (Xapian says so with
 * UnimplementedError); then only Xapian's own limit on counting applies,
 * and the cap does not. */
evx_status limited_mset(Xapian::MSet *mset, evx_db *db, Xapian::Enquire &enquire,
                        Xapian::doccount first, Xapian::doccount max,
                        Xapian::doccount check, unsigned long cap,
                        stop_point *at, const match_guard::time_point *end);

/* The wildcard of q that expands past its limit in db, as a message. */
std::string wildcard_message(const Xapian::Database &db, const evx_query *q);

/* ---- error mapping ---------------------------------------------------- */

/* Stores "what: detail" in *err without ever throwing (a failed allocation
 * leaves the message empty rather than escaping into C). */
inline void set_msg(std::string *err, const char *what, const std::string &detail)
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

inline std::string xmsg(const Xapian::Error &e)
{
    std::string m = e.get_msg();
    if (!e.get_context().empty())
        m += " (" + e.get_context() + ")";
    if (e.get_error_string())
        m += std::string(" [") + e.get_error_string() + "]";
    return m;
}

/* Builds the message for e, itself guarded against bad_alloc. */
inline evx_status fail(std::string *err, evx_status st, const char *what,
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
evx_status guard(std::string *err, Xapian::Database *reopen_db, F body)
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
        } catch (const Xapian::FeatureUnavailableError &e) {
            /* Sending a document needs its termlist, which only a shard
             * built to be spread over machines has. */
            if (e.get_context().compare(0, 7, "remote:") == 0)
                return fail(err, EVX_BACKEND,
                            "remote shard cannot send its units: it was built "
                            "without termlists (evidex-index --full --shards 2 "
                            "or more builds shards to serve)", e);
            return fail(err, EVX_BACKEND, "Xapian error", e);
        } catch (const Xapian::NetworkError &e) {
            /* A remote shard (xapian-tcpsrv) that is down or unreachable:
             * Xapian's message names its host and port. */
            return fail(err, EVX_IO, "remote shard unreachable", e);
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

/* Document d's record: the bytes of its record slot (schema.h,
 * EVX_SLOT_RECORD) unpacked (lib/record.h) with *codec, which is made
 * when first needed.  A damaged record throws
 * Xapian::DatabaseCorruptError. */
inline std::string read_record(const Xapian::Document &d,
                               evx_record_codec **codec)
{
    std::string s = d.get_value(EVX_SLOT_RECORD);
    if (s.empty() || (s[0] != EVX_RECORD_TAG1 && s[0] != EVX_RECORD_TAG2))
        return s; /* stored plain: nothing to copy */
    if (!*codec && evx_record_codec_new(codec) != EVX_OK)
        throw std::bad_alloc();
    evx_buf out = EVX_BUF_INIT;
    evx_status st = evx_record_unpack(*codec, &out, s.data(), s.size());
    if (st == EVX_OK) {
        try {
            s.assign(evx_buf_str(&out), out.len);
        } catch (...) {
            evx_buf_free(&out);
            throw;
        }
    }
    evx_buf_free(&out);
    if (st == EVX_NOMEM)
        throw std::bad_alloc();
    if (st != EVX_OK)
        throw Xapian::DatabaseCorruptError("a stored record does not unpack");
    return s;
}

inline char *dup_bytes(const std::string &s)
{
    char *p = static_cast<char *>(std::malloc(s.size() + 1));
    if (!p)
        throw std::bad_alloc();
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
}

#endif /* EVX_XDB_IMPL_HH */
