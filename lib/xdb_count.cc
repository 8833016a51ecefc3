/*
 * xdb_count.cc - counting a query's matches (xdb.h: evx_db_count,
 * evx_db_count_upto, evx_db_matches_any): shard by shard, without weights,
 * stopped by a match decider past a bound (Xapian 1.4's check_at_least is
 * a floor, not a ceiling), the rest then estimated.  Part of the Xapian
 * wrapper; shares xdb_impl.hh with xdb.cc and xdb_query.cc.
 */
#include "xdb_impl.hh"

#include <cmath>

/* The live matches of q in one shard, with BoolWeight, stopped past cap
 * (NO_CAP: none) as limited_mset does: the count, and in *stop the docid
 * the cap stopped at (0 when it did not, or could not: a remote shard). */
static evx_status shard_count(evx_db *db, const Xapian::Database &shard,
                              const Xapian::Query &q, unsigned long cap,
                              const match_guard::time_point &end,
                              unsigned long *n, Xapian::docid *stop)
{
    Xapian::Enquire enquire(shard);
    enquire.set_query(q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::MSet mset;
    stop_point at = {0, 0};
    evx_status st = limited_mset(&mset, db, enquire, 0, 0,
                                 shard.get_doccount(), cap, &at, &end);
    if (st)
        return st;
    *stop = at.docid;
    *n = at.docid ? at.accepted - 1 : mset.get_matches_lower_bound();
    return EVX_OK;
}

/* Xapian's estimate of q's matches in one shard, from the terms'
 * statistics alone (no match checked). */
static double shard_guess(const Xapian::Database &shard, const Xapian::Query &q)
{
    Xapian::Enquire enquire(shard);
    enquire.set_query(q);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, Xapian::doccount(0)).get_matches_estimated();
}

/* x rounded to two significant figures (95,092 to 95,000), as an estimate
 * should be shown. */
static unsigned long two_figures(double x)
{
    double unit = 1;
    while (x >= 100 * unit)
        unit *= 10;
    return (unsigned long)(std::floor(x / unit + 0.5) * unit);
}

/* The estimate of a count that went through the shards of list before k
 * (done matches) and, when stop is not 0, shard k up to docid stop (n
 * matches before it, and one there), and counted none after: shard k's
 * matches scaled to all its documents, and the statistical guess for the
 * shards not counted corrected by how far the guesses for those counted
 * were from what was counted. */
static unsigned long extrapolate(const std::vector<Xapian::Database> &list,
                                 size_t k, Xapian::docid stop,
                                 unsigned long done, unsigned long n,
                                 const Xapian::Query &q)
{
    double counted = done, guessed = 0, rest = 0;
    size_t i = 0;
    for (; i < k; i++)
        guessed += shard_guess(list[i], q);
    if (stop) {
        counted += (n + 1) * (double(list[k].get_lastdocid()) / stop);
        guessed += shard_guess(list[k], q);
        i++;
    }
    for (; i < list.size(); i++)
        rest += shard_guess(list[i], q);
    double total = counted + rest * (guessed > 0 ? counted / guessed : 1);
    return std::max(done + (stop ? n + 1 : 0), two_figures(total));
}

/* One attempt at the count; guard() retries it after a reopen.  Shard by
 * shard in Xapian's order, every match checked without weights, up to the
 * bound.  Past it the count stops and, if asked to, estimates
 * (extrapolate); *out is never less than bound + 1.  A remote shard, which cannot be stopped, is counted
 * whole; where the shards cannot be told apart, the estimate is what was
 * counted. */
static evx_status run_count(evx_db *db, const evx_query *q,
                            unsigned long bound, bool estimate,
                            unsigned long *out, int *exact)
{
    Xapian::Query live = live_query(db, q->q);
    const match_guard::time_point end = match_guard::deadline(db);
    const std::vector<Xapian::Database> shards = shard_list(db);
    std::vector<Xapian::Database> whole(1, *db->db);
    const std::vector<Xapian::Database> &list = shards.empty() ? whole : shards;
    unsigned long seen = 0, n = 0;
    Xapian::docid stop = 0;
    size_t k;
    for (k = 0; k < list.size() && !(bound && seen > bound); k++) {
        unsigned long cap = !bound ? NO_CAP : seen < bound ? bound - seen : 0;
        evx_status st;
        try {
            st = shard_count(db, list[k], live, cap, end, &n, &stop);
        } catch (const Xapian::WildcardError &) {
            db->err = wildcard_message(*db->db, q);
            st = EVX_INVALID;
        }
        if (st)
            return st;
        if (stop)
            break;
        seen += n;
    }
    *exact = !stop && k == list.size();
    *out = stop ? seen + n + 1 : seen;
    if (estimate && !*exact && shards.size() == db->db->size())
        *out = extrapolate(list, k, stop, seen, n, live);
    return EVX_OK;
}

extern "C" evx_status evx_db_count_upto(evx_db *db, const evx_query *q,
                                        unsigned long bound,
                                        unsigned long *out, int *exact)
{
    int ignored;
    if (!exact)
        exact = &ignored;
    *exact = 0;
    if (!out)
        return EVX_INVALID;
    *out = 0;
    if (!db || !q)
        return EVX_INVALID;
    return guard(&db->err, db->db, [&]() -> evx_status {
        return run_count(db, q, bound, true, out, exact);
    });
}

extern "C" evx_status evx_db_count(evx_db *db, const evx_query *q,
                                   unsigned long *out)
{
    return evx_db_count_upto(db, q, 0, out, NULL);
}

extern "C" evx_status evx_db_matches_any(evx_db *db, const evx_query *q,
                                         int *any)
{
    unsigned long n = 0;
    int exact;
    if (!any)
        return EVX_INVALID;
    *any = 0;
    if (!db || !q)
        return EVX_INVALID;
    evx_status st = guard(&db->err, db->db, [&]() -> evx_status {
        return run_count(db, q, 1, false, &n, &exact);
    });
    *any = !st && n > 0;
    return st;
}
