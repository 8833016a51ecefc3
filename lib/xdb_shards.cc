/*
 * xdb_shards.cc - opening a stub database shard by shard (see xdb.h,
 * evx_db_open_partial), so that a shard that is down is skipped rather
 * than failing the whole database.  Xapian 1.4 opens a stub's shards all
 * or nothing: one unreachable xapian-tcpsrv throws NetworkError out of the
 * constructor.  Here the stub is read line by line (Xapian's stub format:
 * "auto PATH", "glass PATH", "chert PATH", "remote HOST:PORT",
 * "remote :PROGRAM ARGS", '#' comments; a relative PATH is taken from the
 * stub's folder), each shard opened on its own and added to one
 * Xapian::Database; a shard that throws is recorded with its message.
 */
#include "xdb_impl.hh"

#include "schema.h"

#include <fstream>
#include <sys/stat.h>

/* The stub file for path and the folder its relative paths start from;
 * false when path is not a stub (a plain database folder). */
static bool find_stub(const std::string &path, std::string *stub,
                      std::string *base)
{
    struct stat st;
    if (stat(path.c_str(), &st) != 0)
        return false;
    if (S_ISDIR(st.st_mode)) {
        *stub = path + "/XAPIANDB";
        *base = path;
        return stat(stub->c_str(), &st) == 0 && S_ISREG(st.st_mode);
    }
    *stub = path;
    size_t slash = path.rfind('/');
    *base = slash == std::string::npos ? "." : path.substr(0, slash ? slash : 1);
    return S_ISREG(st.st_mode);
}

/* Takes a stub line naming a dead report version (EVX_STUB_DEAD term)
 * into db's list; false for any other line. */
static bool take_dead(evx_db *db, const std::string &line)
{
    const size_t n = sizeof EVX_STUB_DEAD - 1;
    if (line.compare(0, n, EVX_STUB_DEAD) != 0 || line.size() <= n)
        return false;
    db->dead.push_back(line.substr(n));
    db->dead_q = Xapian::Query(Xapian::Query::OP_OR, db->dead.begin(),
                               db->dead.end());
    return true;
}

/* Takes a stub line naming the index format (EVX_STUB_FORMAT) into db;
 * false for any other line. */
static bool take_format(evx_db *db, const std::string &line)
{
    const size_t n = sizeof EVX_STUB_FORMAT - 1;
    if (line.compare(0, n, EVX_STUB_FORMAT) != 0)
        return false;
    db->stub_format = line.substr(n);
    return true;
}

/* Takes a line that tags the stub (a dead version, the format) into db. */
static bool take_tag(evx_db *db, const std::string &line)
{
    return take_dead(db, line) || take_format(db, line);
}

static std::string trim(const std::string &s)
{
    size_t b = s.find_first_not_of(" \t\r"), e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

/* A stub line that names a shard, as its type and argument; false for a
 * blank line or a comment. */
static bool shard_line(const std::string &raw, std::string *type,
                       std::string *arg)
{
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#')
        return false;
    size_t sp = line.find_first_of(" \t");
    *type = line.substr(0, sp);
    *arg = sp == std::string::npos ? "" : trim(line.substr(sp));
    return true;
}

void load_dead(evx_db *db, const char *path)
{
    std::string stub, base, line, type, arg;
    if (!path || !find_stub(path, &stub, &base))
        return;
    std::ifstream in(stub);
    db->shard_base = base;
    while (std::getline(in, line))
        if (!take_tag(db, trim(line)) && shard_line(line, &type, &arg))
            db->shard_lines.emplace_back(type, arg);
}

/* Opens the shard of one stub line (type, then its argument). */
static Xapian::Database open_shard(const std::string &type,
                                   const std::string &arg,
                                   const std::string &base)
{
    if (type == "auto" || type == "glass" || type == "chert" ||
        type == "honey") {
        std::string p = !arg.empty() && arg[0] == '/' ? arg : base + "/" + arg;
        return Xapian::Database(p);
    }
    if (type == "remote" && !arg.empty() && arg[0] == ':') {
        size_t sp = arg.find(' ');
        std::string prog = arg.substr(1, sp == std::string::npos ? sp : sp - 1);
        return Xapian::Remote::open(prog, sp == std::string::npos
                                              ? "" : arg.substr(sp + 1));
    }
    size_t colon = arg.rfind(':');
    if (type == "remote" && colon != std::string::npos && colon > 0) {
        unsigned port = unsigned(std::strtoul(arg.c_str() + colon + 1, NULL, 10));
        return Xapian::Remote::open(arg.substr(0, colon), port);
    }
    throw Xapian::DatabaseOpeningError("stub line not understood");
}

std::vector<Xapian::Database> shard_list(evx_db *db)
{
    std::vector<Xapian::Database> list;
    if (!db->shards.empty())
        return db->shards;
    if (db->shard_lines.empty()) {
        list.push_back(*db->db);
        return list;
    }
    /* Opened afresh each time, so never older than db itself. */
    try {
        for (const auto &l : db->shard_lines)
            list.push_back(open_shard(l.first, l.second, db->shard_base));
    } catch (const Xapian::Error &) {
        list.clear();
    }
    if (list.size() != db->db->size())
        list.clear();
    return list;
}

/* A stub and what to do with its side shard (evx_db_open_lazy). */
struct stub_open {
    const char *side;      /* NULL: open every shard */
    std::string side_path; /* out: the side shard, when it is the first */
    size_t n_lines;
};

/* Is this stub line the side shard, listed first?  Then its path goes to
 * o->side_path instead of being opened. */
static bool take_side(stub_open *o, const std::string &type,
                      const std::string &arg, const std::string &base)
{
    if (!o->side || o->n_lines != 1 || arg != o->side || type != "auto")
        return false;
    o->side_path = base + "/" + arg;
    return true;
}

/* Adds each shard of the stub that opens to h's database, the others to
 * h->skipped as "LINE: message", and its dead report versions to h's.
 * Returns the first failure's status (for when none opens). */
static evx_status open_stub(evx_db *h, const std::string &stub,
                            const std::string &base, stub_open *o)
{
    std::ifstream in(stub);
    std::string line;
    evx_status first = EVX_OK;
    Xapian::Database *db = h->db;
    std::vector<std::string> *skipped = &h->skipped;
    if (!in)
        throw Xapian::DatabaseOpeningError("cannot read the stub " + stub);
    std::string type, arg;
    while (std::getline(in, line)) {
        line = trim(line);
        if (take_tag(h, line) || !shard_line(line, &type, &arg))
            continue;
        std::string err;
        o->n_lines++;
        if (take_side(o, type, arg, base))
            continue;
        evx_status st = guard(&err, NULL, [&]() -> evx_status {
            Xapian::Database shard = open_shard(type, arg, base);
            db->add_database(shard);
            h->shards.push_back(shard);
            return EVX_OK;
        });
        if (st == EVX_NOMEM)
            throw std::bad_alloc();
        if (st) {
            skipped->push_back(line + ": " + err);
            if (!first)
                first = st;
        }
    }
    return first;
}

/* A read handle over no shard yet, for open_stub to fill; throws
 * std::bad_alloc (and then leaves nothing behind). */
static evx_db *new_reader()
{
    evx_db *h = new evx_db();
    h->wdb = NULL;
    h->in_txn = false;
    h->time_limit = 0;
    h->side = NULL;
    try {
        h->db = new Xapian::Database();
    } catch (...) {
        delete h;
        throw;
    }
    return h;
}

extern "C" evx_status evx_db_open_partial(evx_db **out, const char *path,
                                          char **errmsg)
{
    std::string stub, base;
    if (out)
        *out = NULL;
    if (errmsg)
        *errmsg = NULL;
    if (!out || !path || !*path || !find_stub(path, &stub, &base))
        return evx_db_open(out, path, EVX_DB_READ, errmsg);
    evx_db *h = NULL;
    std::string err;
    evx_status st = guard(&err, NULL, [&]() -> evx_status {
        h = new_reader();
        stub_open o = {NULL, "", 0};
        evx_status first = open_stub(h, stub, base, &o);
        if (h->db->size() > 0)
            return EVX_OK;
        err = h->skipped.empty() ? "the stub lists no shard" : h->skipped[0];
        return first ? first : EVX_NOT_FOUND;
    });
    if (st == EVX_OK) {
        *out = h;
        return st;
    }
    evx_db_free(h);
    if (errmsg) {
        try {
            *errmsg = dup_bytes(std::string(path) + ": " + err);
        } catch (...) {
            *errmsg = NULL;
        }
    }
    return st;
}

extern "C" size_t evx_db_n_skipped(const evx_db *db)
{
    return db ? db->skipped.size() : 0;
}

extern "C" const char *evx_db_skipped(const evx_db *db, size_t i)
{
    return db && i < db->skipped.size() ? db->skipped[i].c_str() : "";
}

extern "C" evx_status evx_db_open_lazy(evx_db **out, const char *path,
                                       const char *side, char **errmsg)
{
    std::string stub, base;
    if (out)
        *out = NULL;
    if (errmsg)
        *errmsg = NULL;
    if (!out || !path || !*path || !side || !*side ||
        !find_stub(path, &stub, &base))
        return evx_db_open(out, path, EVX_DB_READ, errmsg);
    evx_db *h = NULL;
    evx_status st = guard(NULL, NULL, [&]() -> evx_status {
        h = new_reader();
        stub_open o = {side, "", 0};
        evx_status first = open_stub(h, stub, base, &o);
        if (first || o.side_path.empty() || h->db->size() == 0)
            return first ? first : EVX_NOT_FOUND;
        h->side_path = o.side_path;
        return EVX_OK;
    });
    if (st == EVX_OK) {
        *out = h;
        return st;
    }
    /* Anything unusual (a shard that does not open, no side shard first):
     * Xapian opens the stub itself, and says what is wrong as it always
     * did. */
    evx_db_free(h);
    return evx_db_open(out, path, EVX_DB_READ, errmsg);
}

extern "C" evx_status evx_db_check_format(evx_db *db)
{
    if (!db)
        return EVX_INVALID;
    return guard(&db->err, side_reopen(db), [&]() -> evx_status {
        std::string f = db->stub_format;
        if (f.empty())
            f = side_db(db).get_metadata(EVX_META_FORMAT);
        if (f == EVX_INDEX_FORMAT)
            return EVX_OK;
        db->err = "it was built by another version of evidex (index format " +
                  (f.empty() ? std::string("unknown") : f) +
                  "; this one reads " EVX_INDEX_FORMAT "): build it again "
                  "with evidex-index, which then indexes every report anew";
        return EVX_CORRUPT;
    });
}
