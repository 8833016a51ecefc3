/*
 * xdb.cc - the C face of Xapian 1.4 (see xdb.h for the contract):
 * databases, documents, metadata, synonyms and spelling.  Queries and
 * searching are in xdb_query.cc, counting in xdb_count.cc, stubs opened
 * shard by shard in xdb_shards.cc; all share xdb_impl.hh.
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
#include "xdb_impl.hh"

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

/* The block size of the databases readers open: those created here (not
 * scratch) and every compacted copy.  Opening a glass table allocates and
 * reads block-sized buffers, a cursor's buffer per tree level and a zeroed
 * one besides, and a search opens four tables per shard: for a small
 * shard, Xapian's smallest blocks save a fifth to a third of a whole
 * query's page faults (README "Query start-up").  A large shard's long
 * posting lists span four times as many small blocks, which costs more
 * than the faults save (at 1,000 reports a phrase search took twice as
 * long in 2 KiB blocks: README "Benchmarks"), so a shard holding more
 * than LARGE_SHARD_LENGTH words is written in Xapian's default 8 KiB.
 * Scratch databases keep the default: they are written, not searched. */
#define SMALL_BLOCK_SIZE 2048
#define LARGE_BLOCK_SIZE 8192
#define LARGE_SHARD_LENGTH 1000000

/* The block size for a compacted copy of db (see above). */
static unsigned read_block_size(const Xapian::Database &db)
{
    return db.get_total_length() > LARGE_SHARD_LENGTH ? LARGE_BLOCK_SIZE
                                                      : SMALL_BLOCK_SIZE;
}

static Xapian::Database *open_xapian(const char *path, evx_db_mode mode,
                                     Xapian::WritableDatabase **wdb)
{
    *wdb = NULL;
    if (mode == EVX_DB_READ)
        return new Xapian::Database(path);
    int flags = Xapian::DB_BACKEND_GLASS;
    int scratch = mode == EVX_DB_SCRATCH_NEW || mode == EVX_DB_SCRATCH_SERVED;
    int empty = mode == EVX_DB_OVERWRITE || scratch;
    flags |= empty ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN;
    if (scratch)
        flags |= Xapian::DB_NO_SYNC;
    /* A shard has no termlist table: a fifth of the index, and of the
     * build's work.  Its documents can then be added but not replaced or
     * deleted: a build tombstones them instead (schema.h, EVX_STUB_DEAD).
     * A shard to be served keeps it (EVX_DB_SCRATCH_SERVED). */
    if (mode == EVX_DB_SCRATCH_NEW)
        flags |= Xapian::DB_NO_TERMLIST;
    /* the block size applies to a database created here, not to one that
     * exists */
    *wdb = new Xapian::WritableDatabase(path, flags,
                                        scratch ? 0 : SMALL_BLOCK_SIZE);
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
        h->time_limit = 0;
        h->side = NULL;
        h->db = open_xapian(path, mode, &h->wdb);
        if (mode == EVX_DB_READ)
            load_dead(h, path);
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
    return evx_db_compact_many(&src, 1, dst, errmsg);
}

extern "C" evx_status evx_db_compact_many(const char *const *src, size_t n,
                                          const char *dst, char **errmsg)
{
    std::string err, at;
    if (errmsg)
        *errmsg = NULL;
    evx_status st = guard(&err, NULL, [&]() -> evx_status {
        if (!n || !dst || !*dst) {
            err = "no database path given";
            return EVX_INVALID;
        }
        Xapian::Database db;
        for (size_t i = 0; i < n; i++) {
            at = src[i] ? src[i] : "";
            if (at.empty()) {
                err = "no database path given";
                return EVX_INVALID;
            }
            db.add_database(Xapian::Database(at));
        }
        at = dst;
        db.compact(dst, 0, read_block_size(db));
        return EVX_OK;
    });
    if (st && errmsg) {
        try {
            *errmsg = dup_bytes((at.empty() ? std::string("compact") : at) +
                                ": " + err);
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
        delete db->side;
    } catch (...) {
    }
    evx_record_codec_free(db->codec);
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

/* Moves the postings gathered in doc's terms into its Xapian document:
 * each term found there once, and once more per further position. */
static void put_terms(const evx_doc *doc)
{
    Xapian::Document d = doc->doc; /* the same document, shared */
    for (auto &kv : doc->terms) {
        doc_term &t = kv.second;
        if (t.pos.empty()) {
            d.add_term(kv.first, t.wdf);
            continue;
        }
        if (!std::is_sorted(t.pos.begin(), t.pos.end()))
            std::sort(t.pos.begin(), t.pos.end());
        d.add_posting(kv.first, t.pos[0], t.wdf);
        for (size_t i = 1; i < t.pos.size(); i++)
            d.add_posting(kv.first, t.pos[i], 0);
    }
    doc->terms.clear();
}

/* Adds or replaces doc under id_term (see evx_db_replace, evx_db_add). */
static evx_status put_document(evx_db *db, const char *id_term,
                               const evx_doc *doc, evx_docid *docid,
                               bool replace)
{
    if (!db || !doc)
        return EVX_INVALID;
    return on_writable(db, [&]() -> evx_status {
        Xapian::docid did;
        put_terms(doc);
        if (id_term && *id_term) {
            /* The id term must be in the document, or the next replace
             * would not find it; adding a boolean term twice is harmless. */
            Xapian::Document d = doc->doc;
            d.add_boolean_term(id_term);
            did = replace ? db->wdb->replace_document(id_term, d)
                          : db->wdb->add_document(d);
        } else {
            did = db->wdb->add_document(doc->doc);
        }
        if (docid)
            *docid = did;
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_replace(evx_db *db, const char *id_term,
                                     const evx_doc *doc, evx_docid *docid)
{
    return put_document(db, id_term, doc, docid, true);
}

extern "C" evx_status evx_db_add(evx_db *db, const char *id_term,
                                 const evx_doc *doc, evx_docid *docid)
{
    return put_document(db, id_term, doc, docid, false);
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

/* How many of term's documents are dead units, by its posting list: for
 * terms of short lists (a speaker's quotations; a word no more frequent
 * than the dead units together). */
static Xapian::doccount dead_postings(evx_db *db, const std::string &term)
{
    Xapian::doccount n = 0;
    for (Xapian::PostingIterator p = db->db->postlist_begin(term);
         p != db->db->postlist_end(term); ++p)
        n += is_dead(db, *p);
    return n;
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

/* The units of dead report versions, from their terms' frequencies
 * (their lists are not read). */
static Xapian::doccount dead_units(const evx_db *db)
{
    Xapian::doccount n = 0;
    for (const std::string &t : db->dead)
        n += db->db->get_termfreq(t);
    return n;
}

extern "C" evx_status evx_db_has_term(evx_db *db, const char *term, int *has)
{
    if (has)
        *has = 0;
    if (!db || !term || !has)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        Xapian::doccount n = *term ? db->db->get_termfreq(term) : 0;
        /* Only a term no more frequent than all dead units together can
         * be in none but them: then they are counted, by a search that
         * walks their short lists. */
        if (n && !db->dead.empty() && n <= dead_units(db))
            n -= dead_postings(db, term);
        *has = n > 0;
        return EVX_OK;
    });
}

/* evx_db_terms, and evx_db_live_terms when live is set. */
static evx_status each_term(evx_db *db, const char *prefix, bool live,
                            int (*cb)(void *ctx, const char *term,
                                      unsigned long doc_freq),
                            void *ctx)
{
    if (!db || !cb)
        return EVX_INVALID;
    live = live && !db->dead.empty();
    return guard(&db->err, db->db, [&]() -> evx_status {
        std::string p = prefix ? prefix : "";
        for (Xapian::TermIterator t = db->db->allterms_begin(p);
             t != db->db->allterms_end(p); ++t) {
            std::string term = *t;
            unsigned long freq = t.get_termfreq();
            if (live && (freq -= dead_postings(db, term)) == 0)
                continue;
            if (cb(ctx, term.c_str(), freq))
                break;
        }
        return EVX_OK;
    });
}

extern "C" evx_status evx_db_terms(evx_db *db, const char *prefix,
                                   int (*cb)(void *ctx, const char *term,
                                             unsigned long doc_freq),
                                   void *ctx)
{
    return each_term(db, prefix, false, cb, ctx);
}

extern "C" evx_status evx_db_live_terms(evx_db *db, const char *prefix,
                                        int (*cb)(void *ctx, const char *term,
                                                  unsigned long doc_freq),
                                        void *ctx)
{
    return each_term(db, prefix, true, cb, ctx);
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
        std::string s = read_record(db->db->get_document(docid), &db->codec);
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
            for (Xapian::PostingIterator p = db->db->postlist_begin(id_term);
                 p != db->db->postlist_end(id_term); ++p)
                if (!is_dead(db, *p)) {
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
    return guard(&db->err, side_reopen(db), [&]() -> evx_status {
        *value = dup_bytes(side_db(db).get_metadata(key));
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
    return guard(&db->err, side_reopen(db), [&]() -> evx_status {
        Xapian::Database &d = side_db(db);
        for (Xapian::TermIterator t = d.synonyms_begin(term);
             t != d.synonyms_end(term); ++t) {
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

extern "C" evx_status evx_db_spelling_words(evx_db *db, const char *prefix,
                                            int (*cb)(void *ctx,
                                                      const char *word),
                                            void *ctx)
{
    if (!db || !prefix || !cb)
        return EVX_INVALID;
    return guard(&db->err, side_reopen(db), [&]() -> evx_status {
        Xapian::Database &d = side_db(db);
        std::string p = prefix;
        Xapian::TermIterator t = d.spellings_begin();
        t.skip_to(p);
        for (; t != d.spellings_end(); ++t) {
            std::string w = *t;
            if (w.compare(0, p.size(), p) != 0 || cb(ctx, w.c_str()))
                break;
        }
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
    return guard(&db->err, side_reopen(db), [&]() -> evx_status {
        std::string s;
        if (*word)
            s = side_db(db).get_spelling_suggestion(word, max_edits);
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

/* Gathers back the terms an earlier evx_db_add moved into doc's Xapian
 * document, so that they weigh with the rest (evx_doc_reweigh). */
static void take_terms(evx_doc *doc)
{
    Xapian::Document &d = doc->doc;
    if (!d.termlist_count())
        return;
    for (Xapian::TermIterator t = d.termlist_begin(); t != d.termlist_end();
         ++t) {
        doc_term &g = doc->terms[*t];
        g.wdf += t.get_wdf();
        for (Xapian::PositionIterator p = t.positionlist_begin();
             p != t.positionlist_end(); ++p)
            g.pos.push_back(*p);
    }
    d.clear_terms();
}

/* The entry of term in doc's gathered terms, made when new. */
static doc_term &term_of(evx_doc *doc, const char *term)
{
    return doc->terms[term];
}

extern "C" evx_status evx_doc_add_posting(evx_doc *doc, const char *term,
                                          unsigned pos, unsigned wdf_inc)
{
    if (!doc || !term || !*term)
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        doc_term &t = term_of(doc, term);
        t.wdf += wdf_inc;
        t.pos.push_back(pos);
        return EVX_OK;
    });
}

extern "C" evx_status evx_doc_add_term(evx_doc *doc, const char *term,
                                       unsigned wdf_inc)
{
    if (!doc || !term || !*term)
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        term_of(doc, term).wdf += wdf_inc;
        return EVX_OK;
    });
}

extern "C" evx_status evx_doc_add_boolean(evx_doc *doc, const char *term)
{
    return evx_doc_add_term(doc, term, 0);
}

extern "C" evx_status evx_doc_reweigh(evx_doc *doc,
                                      unsigned (*weigh)(unsigned wdf,
                                                        unsigned long len))
{
    if (!doc || !weigh)
        return EVX_INVALID;
    return guard(NULL, NULL, [&]() -> evx_status {
        take_terms(doc);
        unsigned long len = 0;
        for (const auto &kv : doc->terms)
            len += kv.second.wdf;
        for (auto &kv : doc->terms)
            if (kv.second.wdf)
                kv.second.wdf = weigh(kv.second.wdf, len);
        return EVX_OK;
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
    /* Xapian would compress document data itself (record.h): a record
     * is kept in a value, which it stores as it is. */
    return on_doc(doc, [&](Xapian::Document &d) {
        d.add_value(EVX_SLOT_RECORD, std::string(data ? data : "", len));
    });
}

extern "C" evx_status evx_db_metadata_keys(evx_db *db, const char *prefix,
                                           int (*cb)(void *ctx, const char *key,
                                                     const char *value),
                                           void *ctx)
{
    if (!db || !cb)
        return EVX_INVALID;
    return guard(&db->err, side_reopen(db), [&]() -> evx_status {
        std::string p = prefix ? prefix : "";
        Xapian::Database &d = side_db(db);
        for (Xapian::TermIterator k = d.metadata_keys_begin(p);
             k != d.metadata_keys_end(p); ++k) {
            std::string key = *k;
            std::string value = d.get_metadata(key);
            if (cb(ctx, key.c_str(), value.c_str()))
                break;
        }
        return EVX_OK;
    });
}
