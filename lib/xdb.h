/*
 * xdb.h - the C face of Xapian (implemented in xdb.cc, the only C++ file).
 *
 * Opaque handles for a database (read-only or writable), a document being
 * built, a query tree and a result set.  Every function returns an
 * evx_status; no C++ exception ever crosses this API (each entry point
 * catches Xapian::Error, std::bad_alloc and everything else).  The message
 * of the last failure on a database is evx_db_errmsg(db); functions that
 * fail before a database exists (evx_db_open) return their message through
 * an optional `char **errmsg` the caller frees.
 *
 * Ownership in brief: evx_db_free, evx_doc_free, evx_query_free and
 * evx_results_free free their handles (NULL is a no-op).  Query builders
 * copy what they need from their sub-queries: the caller still frees the
 * sub-queries.  Strings returned as `const char *` are borrowed until the
 * next call on the same handle; strings returned through `char **` are
 * malloc'd and the caller frees them.
 */
#ifndef EVX_XDB_H
#define EVX_XDB_H

#include <stddef.h>

#include "evx.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct evx_db evx_db;
typedef struct evx_doc evx_doc;
typedef struct evx_query evx_query;
typedef struct evx_results evx_results;

typedef unsigned evx_docid;

/* ---- database --------------------------------------------------------- */

typedef enum evx_db_mode {
    EVX_DB_READ,      /* open an existing database read-only */
    /* The next two create a database in 2 KiB blocks, as evx_db_compact
     * writes a small one (xdb.cc says why). */
    EVX_DB_CREATE,    /* open for writing, creating it if missing */
    EVX_DB_OVERWRITE, /* open for writing, emptying any existing one */
    /* A scratch database, compacted into place before anyone reads it:
     * created empty as EVX_DB_OVERWRITE does, but never synced to disk (a
     * crash loses a scratch database, and the build with it), and without
     * termlists: documents can be added to it, never replaced or deleted. */
    EVX_DB_SCRATCH_NEW,
    /* The same with termlists, for a shard that xapian-tcpsrv may serve:
     * Xapian's remote protocol sends a document with all its values,
     * which glass finds through the document's termlist. */
    EVX_DB_SCRATCH_SERVED
} evx_db_mode;

/* Opens the database at path.  EVX_OK; EVX_NOT_FOUND (read mode and no
 * database there); EVX_LOCKED (another writer holds it); EVX_CORRUPT;
 * EVX_IO; EVX_BACKEND; EVX_NOMEM.  On failure *out is NULL and, if errmsg is
 * not NULL, *errmsg is a malloc'd one-line message (the caller frees it). */
evx_status evx_db_open(evx_db **out, const char *path, evx_db_mode mode,
                       char **errmsg);

/* Opens the database at path read-only, as evx_db_open does, except that
 * when path is a stub (a folder holding a XAPIANDB file, or a stub file)
 * its shards are opened one by one and a shard that cannot be opened (its
 * xapian-tcpsrv down, its folder gone) is skipped: see evx_db_n_skipped.
 * EVX_OK when at least one shard opened; otherwise the status of the first
 * failure, as evx_db_open, with *errmsg (if not NULL) a malloc'd one-line
 * message naming the shard.  *out is NULL on failure. */
evx_status evx_db_open_partial(evx_db **out, const char *path, char **errmsg);

/* Opens the database at path read-only, as evx_db_open does, except that
 * when path is a stub whose first line is "auto SIDE" (SIDE the side
 * shard's name, a folder beside the stub) that shard is kept apart: it is
 * opened on the first call that reads synonyms, spelling data or metadata
 * (evx_db_synonyms, evx_db_suggest, evx_db_get_metadata,
 * evx_db_metadata_keys), which read it alone, and searches, counts,
 * terms and documents never visit it.  For a side shard without
 * documents, terms, synonyms or spelling data in the other shards (evidex's
 * metadata shard), every answer is the one evx_db_open gives, but a
 * command that needs none of those never opens the side shard.  When path
 * is not such a stub, or one of its shards does not open, this is
 * evx_db_open (with its statuses and message).  A side shard that cannot
 * be opened fails the call that needs it. */
evx_status evx_db_open_lazy(evx_db **out, const char *path, const char *side,
                            char **errmsg);

/* How many shards evx_db_open_partial skipped (0 for any other handle). */
size_t evx_db_n_skipped(const evx_db *db);

/* Skipped shard i as its stub line and why: "remote 10.0.0.2:7000:
 * remote shard unreachable: Couldn't connect ..."; borrowed for the life
 * of db; "" when i is out of range. */
const char *evx_db_skipped(const evx_db *db, size_t i);

/* Writes a compacted copy of the database at src into the folder dst
 * (created if missing; other files in it are left alone), keeping its
 * synonyms, spelling data and metadata, in 2 KiB blocks if it is small
 * and 8 KiB if not (xdb.cc says why).  A freshly built database shrinks
 * by a fifth to a third and reads faster.  EVX_OK; EVX_NOT_FOUND (no
 * database at src); EVX_IO; EVX_BACKEND; EVX_NOMEM.  On failure *errmsg
 * (if not NULL) is a malloc'd one-line message. */
evx_status evx_db_compact(const char *src, const char *dst, char **errmsg);

/* As evx_db_compact, for the n databases src[0..n) merged into one at dst:
 * their documents in that order (renumbered), their postings, synonyms
 * and spelling data merged; of a metadata key several hold, the first's
 * value.  *errmsg names the database that failed. */
evx_status evx_db_compact_many(const char *const *src, size_t n,
                               const char *dst, char **errmsg);

/* Closes and frees.  A writable database with uncommitted changes is NOT
 * committed: call evx_db_commit first.  NULL is a no-op. */
void evx_db_free(evx_db *db);

/* Message of the last failure on db ("" if none); borrowed. */
const char *evx_db_errmsg(const evx_db *db);

/* Starts a transaction on a writable database (flushed=true).  EVX_OK,
 * EVX_INVALID (read-only or already in one), EVX_BACKEND. */
evx_status evx_db_begin(evx_db *db);

/* Commits the transaction if one is open, then commits the database. */
evx_status evx_db_commit(evx_db *db);

/* Abandons the open transaction (no-op if none). */
evx_status evx_db_cancel(evx_db *db);

/* Adds doc, or replaces the document that holds the unique term id_term
 * (by convention "Q" + unit id).  *docid, if given, receives its docid.
 * id_term is added to doc as a boolean term if it is not there already (so
 * the next replace finds it); a NULL or empty id_term just adds doc. */
evx_status evx_db_replace(evx_db *db, const char *id_term, const evx_doc *doc,
                          evx_docid *docid);

/* Adds doc as a new document holding the unique term id_term, as
 * evx_db_replace does, without looking for a document that already holds
 * it: for a caller that knows none does (the lookup is a twentieth of the
 * cost of adding a unit). */
evx_status evx_db_add(evx_db *db, const char *id_term, const evx_doc *doc,
                      evx_docid *docid);

/* Number of documents. */
evx_status evx_db_doc_count(evx_db *db, unsigned long *out);

/* EVX_OK when db is an index of the format this program reads
 * (EVX_INDEX_FORMAT: the format its stub names, else its metadata's);
 * EVX_CORRUPT when it is another, with a message saying how to build it
 * again (evx_db_errmsg); EVX_BACKEND, EVX_NOMEM. */
evx_status evx_db_check_format(evx_db *db);

/* Number of documents indexed by term (0 if absent), the units of dead
 * report versions (schema.h, EVX_STUB_DEAD) included. */
evx_status evx_db_term_freq(evx_db *db, const char *term, unsigned long *out);

/* Is term in some unit that is not dead (schema.h, EVX_STUB_DEAD)? */
evx_status evx_db_has_term(evx_db *db, const char *term, int *has);

/* Calls cb for each term starting with prefix, in sorted order, with its
 * document frequency (dead units included); cb returns non-zero to stop. */
evx_status evx_db_terms(evx_db *db, const char *prefix,
                        int (*cb)(void *ctx, const char *term,
                                  unsigned long doc_freq),
                        void *ctx);

/* As evx_db_terms, counting only live units (not those of dead report
 * versions: schema.h, EVX_STUB_DEAD) and skipping terms with none: while
 * the index has dead versions it reads each term's whole posting list, so
 * it is for terms of short lists (speakers), not for the vocabulary. */
evx_status evx_db_live_terms(evx_db *db, const char *prefix,
                             int (*cb)(void *ctx, const char *term,
                                       unsigned long doc_freq),
                             void *ctx);

/* Document data of docid, unpacked (lib/record.h).  *data is malloc'd
 * (NUL-terminated, *len bytes before the NUL); the caller frees it.
 * EVX_NOT_FOUND if no such doc; EVX_CORRUPT if it does not unpack. */
evx_status evx_db_get_data(evx_db *db, evx_docid docid, char **data,
                           size_t *len);

/* The docid holding the unique term id_term, a dead unit (schema.h,
 * EVX_STUB_DEAD) never; EVX_NOT_FOUND if none. */
evx_status evx_db_find_id(evx_db *db, const char *id_term, evx_docid *out);

/* User metadata: set (writable db) and get (*value malloc'd, "" if unset). */
evx_status evx_db_set_metadata(evx_db *db, const char *key, const char *value);
evx_status evx_db_get_metadata(evx_db *db, const char *key, char **value);

/* Calls cb for each metadata key starting with prefix, in sorted order,
 * with its value (both borrowed for the call); cb returns non-zero to
 * stop.  On a database of several shards only the first shard's metadata
 * is seen (Xapian's rule). */
evx_status evx_db_metadata_keys(evx_db *db, const char *prefix,
                                int (*cb)(void *ctx, const char *key,
                                          const char *value),
                                void *ctx);

/* Synonyms: term <-> synonym (add both ways yourself if wanted).  Terms are
 * stored exactly as given; a multi-word synonym is its words joined by
 * single spaces. */
evx_status evx_db_add_synonym(evx_db *db, const char *term,
                              const char *synonym);

/* Calls cb for each synonym of term. */
evx_status evx_db_synonyms(evx_db *db, const char *term,
                           int (*cb)(void *ctx, const char *synonym),
                           void *ctx);

/* Spelling data: adds word with frequency increment freq. */
evx_status evx_db_add_spelling(evx_db *db, const char *word, unsigned freq);

/* Calls cb with each word of the spelling data that begins with prefix,
 * in byte order, until it returns non-zero: the index's word list, one
 * small table, where evx_db_terms walks every shard's posting lists. */
evx_status evx_db_spelling_words(evx_db *db, const char *prefix,
                                 int (*cb)(void *ctx, const char *word),
                                 void *ctx);

/* Best spelling suggestion for word within edit distance max_edits (2 is
 * usual).  *out is malloc'd; "" when there is none. */
evx_status evx_db_suggest(evx_db *db, const char *word, unsigned max_edits,
                          char **out);

/* ---- documents -------------------------------------------------------- */

evx_status evx_doc_new(evx_doc **out);
void evx_doc_free(evx_doc *doc);

/* Adds term at word position pos with wdf increment wdf_inc. */
evx_status evx_doc_add_posting(evx_doc *doc, const char *term, unsigned pos,
                               unsigned wdf_inc);

/* Adds term without position, wdf increment wdf_inc. */
evx_status evx_doc_add_term(evx_doc *doc, const char *term, unsigned wdf_inc);

/* Adds a boolean (filter) term: wdf 0, no position. */
evx_status evx_doc_add_boolean(evx_doc *doc, const char *term);

/* Gives each term of doc with a wdf the wdf weigh(wdf, len), len the sum
 * of doc's wdfs (Xapian's document length) before; positions stay, and a
 * term of wdf 0 stays one (lib/impact.h says why).  weigh must not
 * return 0 for a wdf above 0.  EVX_OK; EVX_INVALID; EVX_NOMEM. */
evx_status evx_doc_reweigh(evx_doc *doc,
                           unsigned (*weigh)(unsigned wdf, unsigned long len));

/* Sets value slot to len raw bytes. */
evx_status evx_doc_set_value(evx_doc *doc, unsigned slot, const char *bytes,
                             size_t len);

/* Sets value slot to a number, serialised so that values sort numerically
 * (Xapian::sortable_serialise). */
evx_status evx_doc_set_number(evx_doc *doc, unsigned slot, double number);

/* Sets the document's record (len bytes, copied, stored as they are: a
 * unit's record is packed and compressed first, lib/record.h).  It is kept
 * in the value slot EVX_SLOT_RECORD, not as Xapian's document data, which
 * Xapian would compress again (schema.h). */
evx_status evx_doc_set_data(evx_doc *doc, const char *data, size_t len);

/* ---- queries ---------------------------------------------------------- */

typedef enum evx_query_op {
    EVX_Q_AND,
    EVX_Q_OR,
    EVX_Q_AND_NOT,  /* first AND NOT (OR of the rest) */
    EVX_Q_FILTER,   /* first, filtered by AND of the rest (no weight) */
    EVX_Q_AND_MAYBE,
    EVX_Q_PHRASE,   /* window: 0 = exact phrase length */
    EVX_Q_NEAR,     /* window: words within window positions, any order */
    EVX_Q_SYNONYM,  /* weight the subqueries as one term */
    EVX_Q_ELITE_SET
} evx_query_op;

/* A term query; wqf is its within-query frequency (1 usually); pos is its
 * query position (0 if none). */
evx_status evx_query_term(evx_query **out, const char *term, unsigned wqf,
                          unsigned pos);

/* The term prefix + term[0..len) (a field or stem term: "XSian dalton",
 * "Zfund"), wqf 1, at query position pos (0 if none). */
evx_status evx_query_prefixed(evx_query **out, const char *prefix,
                              const char *term, size_t len, unsigned pos);

/* Combines n subqueries with op.  window is used by PHRASE/NEAR (0 means
 * the number of subqueries) and is the set size for ELITE_SET.  n == 0
 * gives the query that matches nothing. */
evx_status evx_query_combine(evx_query **out, evx_query_op op,
                             evx_query *const *subs, size_t n,
                             unsigned window);

/* Matches every document (for pure filters). */
evx_status evx_query_all(evx_query **out);

/* Matches nothing. */
evx_status evx_query_none(evx_query **out);

/* Documents whose value in slot, read as a sortable number, lies in
 * [lo, hi]. */
evx_status evx_query_number_range(evx_query **out, unsigned slot, double lo,
                                  double hi);

/* Documents with any term beginning with prefix (prefix must not be
 * empty).  If it would expand to more than max_expansion terms (0: no
 * limit), evx_db_search fails with EVX_INVALID and says so in errmsg. */
evx_status evx_query_wildcard(evx_query **out, const char *prefix,
                              unsigned max_expansion);

/* sub with its weight multiplied by factor (>= 0). */
evx_status evx_query_scale(evx_query **out, const evx_query *sub,
                           double factor);

/* Human-readable description (Xapian's get_description); malloc'd. */
evx_status evx_query_describe(const evx_query *q, char **out);

/* True if q matches nothing by construction. */
int evx_query_is_empty(const evx_query *q);

void evx_query_free(evx_query *q);

/* ---- searching -------------------------------------------------------- */

typedef struct evx_search_opts {
    unsigned offset;       /* first hit to return */
    unsigned limit;        /* hits to return */
    double bm25_k1, bm25_k2, bm25_k3, bm25_b, bm25_min_normlen;
    double impact_scale;   /* > 0: the index stores each term's weight as
                              its wdf, times this (lib/impact.h), and the
                              search weighs a term by its stored weight
                              times BM25's idf (k3 above), scaled by
                              1 / impact_scale, reading no document
                              length; 0: BM25 with the parameters above */
    int collapse_slot;     /* value slot to collapse on, -1 for none */
    int exact_count;       /* non-zero: count every match exactly */
    unsigned long count_bound; /* without exact_count: a query with a phrase
                              or NEAR, or an intersection (AND, FILTER)
                              that Xapian expects to match at most half of
                              it, checks this many matches, so that below
                              it the count is exact and its matches are
                              walked once, not again by evx_db_count_upto;
                              0: none */
    int sort_slot;         /* -1: by relevance; else by this value slot,
                              ascending, relevance breaking ties */
} evx_search_opts;

/* Fills o with defaults: offset 0, limit 10, BM25 (1.2, 0, 1, 0.5, 0.5),
 * no stored weights, no collapse, exact count on (count bound 0),
 * relevance order. */
void evx_search_opts_init(evx_search_opts *o);

/* Counts the documents q matches, exactly: every match is visited, but no
 * weight is computed, nothing is sorted and nothing collapsed, so this is
 * much cheaper than an exact count in evx_db_search.  EVX_OK; EVX_INVALID
 * (a wildcard too wide: see evx_db_errmsg); EVX_TIMEOUT (past the time
 * limit: see evx_db_set_time_limit); EVX_BACKEND; EVX_NOMEM. */
evx_status evx_db_count(evx_db *db, const evx_query *q, unsigned long *out);

/* Counts as evx_db_count, shard by shard, but stops past bound matches (0:
 * no bound): up to the bound the count is exact (*exact = 1); past it *out
 * is an estimate, never below bound + 1, and *exact = 0.  The estimate
 * scales the matches of the shard it stopped in by the share of that
 * shard's documents it went through, and Xapian's statistical guess for
 * the shards not counted by how far the guesses for the counted ones
 * were off, rounded to two figures.  A remote shard, which a match
 * decider cannot stop, is counted whole.  Statuses as evx_db_count. */
evx_status evx_db_count_upto(evx_db *db, const evx_query *q,
                             unsigned long bound, unsigned long *out,
                             int *exact);

/* *any = non-zero when q matches a live document: a count stopped at its
 * first matches, with no estimate.  Statuses as evx_db_count. */
evx_status evx_db_matches_any(evx_db *db, const evx_query *q, int *any);

/* Limits every later search and count on db to about seconds of wall time
 * (0, the default, means no limit).  A match still running at the limit is
 * stopped and the call fails with EVX_TIMEOUT and a message saying so; the
 * count of a search that only its counting made long (check_at_least) is
 * cut short to an estimate instead (Xapian's Enquire::set_time_limit).
 * EVX_OK; EVX_INVALID (db NULL, seconds negative or not a number). */
evx_status evx_db_set_time_limit(evx_db *db, double seconds);

/* Runs q.  On success *out holds the hits; the caller frees it.  EVX_OK;
 * EVX_INVALID (a wildcard too wide); EVX_TIMEOUT (past the time limit of
 * evx_db_set_time_limit); EVX_IO (a remote shard unreachable);
 * EVX_BACKEND; EVX_NOMEM.  The message is evx_db_errmsg(db). */
evx_status evx_db_search(evx_db *db, const evx_query *q,
                         const evx_search_opts *opts, evx_results **out);

/* Number of matching documents (exact if opts.exact_count; after collapsing
 * when a collapse slot was given). */
unsigned long evx_results_count(const evx_results *r);

/* Non-zero if evx_results_count is exact: exact_count was asked for, or
 * the matcher happened to see every match (a small result set). */
int evx_results_count_is_exact(const evx_results *r);

/* The least number of documents that match (Xapian's lower bound; the
 * count when it is exact). */
unsigned long evx_results_count_min(const evx_results *r);

/* Non-zero when the count is a rough estimate, which evx_db_count_upto
 * estimates better: Xapian's extrapolation from the count_bound matches
 * the search checked (a phrase that passed the bound), or its bounds a
 * quarter or more apart (an OR of common words). */
int evx_results_count_is_rough(const evx_results *r);

/* Number of hits held (<= limit). */
size_t evx_results_size(const evx_results *r);

evx_docid evx_results_docid(const evx_results *r, size_t i);
double evx_results_score(const evx_results *r, size_t i);

/* Document data of hit i (its record, unpacked: lib/record.h), read from
 * the index the first time it is asked for, so that a caller reads only
 * the records it uses; borrowed until evx_results_free.  *data is "" on
 * failure.  EVX_OK; EVX_INVALID (no hit i); else the read's error, which
 * evx_db_errmsg(db) explains (a remote shard that is down, a damaged
 * record).  db is the database searched.  A database changed in place
 * since the search is reopened and the record read again: it may then be
 * another document's (the caller can check its identity). */
evx_status evx_results_read_data(const evx_results *r, evx_db *db, size_t i,
                                 const char **data, size_t *len);

/* As evx_results_read_data, "" for no hit i or a record that cannot be
 * read. */
const char *evx_results_data(const evx_results *r, size_t i, size_t *len);

/* Value slot of hit i (raw bytes, borrowed until evx_results_free), read
 * when first asked for, for every hit of r at once (one value stream in
 * document order); "" if unset or unreadable (out of memory, or the
 * database changed since the search). */
const char *evx_results_value(const evx_results *r, size_t i, unsigned slot,
                              size_t *len);

/* How many further documents were collapsed into hit i. */
unsigned long evx_results_collapsed(const evx_results *r, size_t i);

/* Calls cb for each term of the query that hit i's document holds, in
 * the order of the query's terms (as Enquire::get_matching_terms), each
 * once; cb returns non-zero to stop.  Reads the terms' posting lists, so
 * a database without termlists answers too.  EVX_OK; EVX_INVALID (no hit
 * i); EVX_BACKEND (the database changed since the search). */
evx_status evx_results_matching_terms(const evx_results *r, size_t i,
                                      int (*cb)(void *ctx, const char *term),
                                      void *ctx);

void evx_results_free(evx_results *r);

/* What evx_db_expand weighs.  Every pointer is borrowed for the call. */
typedef struct evx_expand_opts {
    const evx_docid *docids;   /* the relevant documents */
    size_t n_docids;
    const char *terms;         /* the candidate terms, each NUL-terminated,
                                  end to end (duplicates allowed): the
                                  documents' terms that may be wanted, such
                                  as lib/freetext.h gives for a unit */
    size_t terms_len;          /* bytes of terms, the NULs included */
    unsigned n_terms;          /* how many terms to return at most */
    const char *skip_prefixes; /* terms starting with one of these letters
                                  are left out: "QX" skips every Q... and
                                  X... term; NULL or "" skips none */
    int stored_weights;        /* non-zero: the index stores each term's
                                  weight as its wdf (lib/impact.h), and a
                                  term's multiplier is that weight, scaled
                                  to Xapian's range (below 2), not worked
                                  out from its wdf and the length */
} evx_expand_opts;

/* "More like this": the o->n_terms best candidate terms (relevance
 * feedback's expand set) of the documents o->docids.  A candidate that
 * indexes none of them is passed over; the others are weighed and kept
 * exactly as Xapian 1.4's Enquire::get_eset does with its default scheme
 * (TradEWeight, k = 1, each term's statistics from the shards holding the
 * documents; over three or more documents up to rounding, which Xapian
 * sums in its own order), but each term's wdf is read from its posting
 * list, so a database built without termlists (Xapian::DB_NO_TERMLIST)
 * answers too.
 * cb gets each term and its weight, best first (equal weights: the term
 * that sorts later first, as Xapian orders them); it returns non-zero to
 * stop.  EVX_OK; EVX_INVALID (a NULL argument, docid 0); EVX_NOT_FOUND
 * (no such document); EVX_BACKEND; EVX_NOMEM; the message is
 * evx_db_errmsg(db). */
evx_status evx_db_expand(evx_db *db, const evx_expand_opts *o,
                         int (*cb)(void *ctx, const char *term,
                                   double weight),
                         void *ctx);

/* Reads a sortable number serialised by evx_doc_set_number. */
double evx_unserialise_number(const char *bytes, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* EVX_XDB_H */
