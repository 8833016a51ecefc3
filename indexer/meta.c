/*
 * meta.c - writes a generation's metadata shard and stub file (meta.h).
 * The metadata shard comes first in the stub because Xapian reads
 * metadata from the first database only; synonyms and spelling data are
 * merged across shards by Xapian, but keeping them here too means one
 * place holds everything that is about the whole index.
 */
#define _DEFAULT_SOURCE /* fsync */
#include "meta.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "fnv.h"
#include "schema.h"
#include "tok.h"
#include "writer.h"
#include "xdb.h"

typedef struct gather_ctx {
    evx_db *meta;
    const char *shard;
    const char *dead;   /* dead versions, "term\n" lines */
    evx_buf passed;     /* reports whose version here is dead, "KEY\n"... */
    evx_buf reports;    /* report keys, one per line */
    int have_root;
    evx_status st;
} gather_ctx;

static int starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* "A\tstems\n" lines: each acronym and its expansion, both ways. */
static evx_status add_acronyms(evx_db *meta, const char *lines)
{
    evx_status st = EVX_OK;
    char *copy = evx_strdup(lines);
    if (!copy)
        return EVX_NOMEM;
    for (char *line = copy, *next; !st && line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        st = evx_db_add_synonym(meta, line, tab + 1);
        if (!st)
            st = evx_db_add_synonym(meta, tab + 1, line);
    }
    free(copy);
    return st;
}

/* Is line, whole, one of the "\n"-ended lines of list? */
static int has_line(const char *list, const char *line)
{
    size_t n = strlen(line);
    while (list && *list) {
        if (strncmp(list, line, n) == 0 && list[n] == '\n')
            return 1;
        list = strchr(list, '\n');
        list = list ? list + 1 : NULL;
    }
    return 0;
}

/* Notes report KEY (the key's suffix) as passed over when the version of
 * it the shard holds (value) is dead. */
static int on_version(void *ctx, const char *key, const char *value)
{
    gather_ctx *c = ctx;
    const char *report = key + strlen(EVX_META_VERSION);
    evx_buf term = EVX_BUF_INIT;
    evx_writer_version_term(&term, report, value);
    if (!evx_buf_status(&term) && has_line(c->dead, term.data))
        evx_buf_printf(&c->passed, "%s\n", report);
    c->st = evx_buf_status(&term) || evx_buf_status(&c->passed) ? EVX_NOMEM
                                                                : EVX_OK;
    evx_buf_free(&term);
    return c->st != EVX_OK;
}

/* Is key about a report whose version in this shard is dead? */
static int passed_over(const gather_ctx *c, const char *key)
{
    static const char *const per_report[] = {EVX_META_REPORT, EVX_META_HASH,
                                             EVX_META_ACRONYMS,
                                             EVX_META_VERSION};
    for (size_t i = 0; i < sizeof per_report / sizeof *per_report; i++)
        if (starts(key, per_report[i]))
            return has_line(evx_buf_str(&c->passed),
                            key + strlen(per_report[i]));
    return 0;
}

static evx_status gather_key(gather_ctx *c, const char *key, const char *value)
{
    if (starts(key, EVX_META_ROOT)) {
        if (c->have_root)
            return EVX_OK;
        c->have_root = 1;
        return evx_db_set_metadata(c->meta, key, value);
    }
    if (passed_over(c, key))
        return EVX_OK;
    if (starts(key, EVX_META_ACRONYMS))
        return add_acronyms(c->meta, value);
    if (!starts(key, EVX_META_REPORT) && !starts(key, EVX_META_HASH) &&
        !starts(key, EVX_META_VERSION))
        return EVX_OK;
    evx_status st = evx_db_set_metadata(c->meta, key, value);
    if (st || !starts(key, EVX_META_HASH))
        return st;
    const char *report = key + strlen(EVX_META_HASH);
    evx_buf shard_key = EVX_BUF_INIT;
    evx_buf_printf(&shard_key, "%s%s", EVX_META_SHARD, report);
    evx_buf_printf(&c->reports, "%s\n", report);
    st = evx_buf_status(&shard_key) || evx_buf_status(&c->reports)
             ? EVX_NOMEM
             : evx_db_set_metadata(c->meta, shard_key.data, c->shard);
    evx_buf_free(&shard_key);
    return st;
}

static int on_meta_key(void *ctx, const char *key, const char *value)
{
    gather_ctx *c = ctx;
    c->st = gather_key(c, key, value);
    return c->st != EVX_OK;
}

static evx_status gather_shard(gather_ctx *c, const char *gen_dir,
                               const char *shard, char **errmsg)
{
    evx_buf path = EVX_BUF_INIT;
    evx_db *db = NULL;
    evx_buf_printf(&path, "%s/%s", gen_dir, shard);
    evx_status st = evx_buf_status(&path);
    if (!st)
        st = evx_db_open(&db, path.data, EVX_DB_READ, errmsg);
    c->shard = shard;
    evx_buf_clear(&c->passed);
    if (!st && c->dead && *c->dead)
        st = evx_db_metadata_keys(db, EVX_META_VERSION, on_version, c);
    if (!st)
        st = c->st;
    if (!st)
        st = evx_db_metadata_keys(db, "evidex:", on_meta_key, c);
    if (!st)
        st = c->st;
    evx_db_free(db);
    evx_buf_free(&path);
    return st;
}

/* Writes the stub, its shards, its index format and then its dead
 * versions (schema.h): a temporary file, synced, renamed into place. */
static evx_status write_stub(const evx_meta_opts *o)
{
    evx_buf body = EVX_BUF_INIT, tmp = EVX_BUF_INIT, dst = EVX_BUF_INIT;
    evx_buf_printf(&body, "auto %s\n", EVX_META_DB);
    for (size_t i = 0; i < o->n_shards; i++)
        evx_buf_printf(&body, "auto %s\n", o->shards[i]);
    evx_buf_printf(&body, "%s%s\n", EVX_STUB_FORMAT, EVX_INDEX_FORMAT);
    for (const char *p = o->dead; p && *p;) {
        size_t n = strcspn(p, "\n");
        evx_buf_printf(&body, "%s%.*s\n", EVX_STUB_DEAD, (int)n, p);
        p += n + (p[n] == '\n');
    }
    evx_buf_printf(&tmp, "%s/%s.tmp", o->gen_dir, EVX_STUB);
    evx_buf_printf(&dst, "%s/%s", o->gen_dir, EVX_STUB);
    evx_status st = evx_buf_status(&body) || evx_buf_status(&tmp) ||
                            evx_buf_status(&dst)
                        ? EVX_NOMEM
                        : EVX_OK;
    int fd = st ? -1 : open(tmp.data, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (!st && (fd < 0 || write(fd, body.data, body.len) != (ssize_t)body.len ||
                fsync(fd) != 0))
        st = EVX_IO;
    if (fd >= 0 && close(fd) != 0)
        st = EVX_IO;
    if (!st && rename(tmp.data, dst.data) != 0)
        st = EVX_IO;
    evx_buf_free(&body);
    evx_buf_free(&tmp);
    evx_buf_free(&dst);
    return st;
}

static int collect_spelling(void *ctx, const char *term, unsigned long freq)
{
    evx_buf *b = ctx;
    if (evx_tok_is_spelling_word(term))
        evx_buf_printf(b, "%s\t%lu\n", term, freq);
    return evx_buf_status(b) != EVX_OK;
}

/* The spelling data of meta, built once from the plain terms of src with
 * their document frequencies: a scan of the term list instead of a
 * spelling update per token. */
static evx_status add_spelling(evx_db *meta, evx_db *src)
{
    evx_buf words = EVX_BUF_INIT;
    evx_status st = EVX_OK;
    /* Plain terms start with a lower-case letter (prefixes are upper
     * case, numbers are not suggested), so 26 prefix scans see every
     * candidate and skip the unit ids and filters. */
    for (char first = 'a'; !st && first <= 'z'; first++) {
        char prefix[2] = {first, '\0'};
        st = evx_db_terms(src, prefix, collect_spelling, &words);
        if (!st && evx_buf_status(&words))
            st = EVX_NOMEM;
    }
    for (char *line = words.data; !st && line && *line;) {
        char *tab = strchr(line, '\t'), *end = strchr(tab, '\n');
        *tab = *end = '\0';
        st = evx_db_add_spelling(meta, line,
                                 (unsigned)strtoul(tab + 1, NULL, 10));
        line = end + 1;
    }
    evx_buf_free(&words);
    return st;
}

static evx_status spell_from_generation(evx_db *meta, const char *gen_dir,
                                        char **errmsg)
{
    evx_db *all = NULL;
    evx_status st = evx_db_open(&all, gen_dir, EVX_DB_READ, errmsg);
    if (!st)
        st = add_spelling(meta, all);
    evx_db_free(all);
    return st;
}

void evx_meta_reader(char out[EVX_META_READER_LEN])
{
    int ok;
    uint64_t h = evx_fnv_file(EVX_FNV_START, "/proc/self/exe", &ok);
    if (ok)
        snprintf(out, EVX_META_READER_LEN, "%016llx", (unsigned long long)h);
    else
        snprintf(out, EVX_META_READER_LEN, "unknown");
}

evx_status evx_meta_write(const evx_meta_opts *o, char **errmsg)
{
    gather_ctx c = {NULL, NULL, o->dead, EVX_BUF_INIT, EVX_BUF_INIT, 0, EVX_OK};
    evx_buf path = EVX_BUF_INIT;
    char *msg = NULL;
    evx_buf_printf(&path, "%s/%s", o->gen_dir, EVX_META_DB);
    evx_status st = evx_buf_status(&path);
    if (!st)
        st = evx_db_open(&c.meta, path.data, EVX_DB_OVERWRITE, &msg);
    for (size_t i = 0; !st && i < o->n_shards; i++)
        st = gather_shard(&c, o->gen_dir, o->shards[i], &msg);
    if (!st)
        st = evx_db_set_metadata(c.meta, EVX_META_FORMAT, EVX_INDEX_FORMAT);
    char reader[EVX_META_READER_LEN];
    evx_meta_reader(reader);
    if (!st)
        st = evx_db_set_metadata(c.meta, EVX_META_READER, reader);
    if (!st)
        st = evx_db_set_metadata(c.meta, EVX_META_REPORTS, evx_buf_str(&c.reports));
    if (!st && o->stats_json)
        st = evx_db_set_metadata(c.meta, EVX_META_STATS, o->stats_json);
    if (!st && o->shards_wanted) {
        char n[24];
        snprintf(n, sizeof n, "%zu", o->shards_wanted);
        st = evx_db_set_metadata(c.meta, EVX_META_SHARDS, n);
    }
    if (!st)
        st = evx_db_commit(c.meta);
    if (!st)
        st = write_stub(o);
    if (!st)
        st = spell_from_generation(c.meta, o->gen_dir, &msg);
    if (!st)
        st = evx_db_commit(c.meta);
    if (st && !msg)
        msg = evx_strdup(c.meta && *evx_db_errmsg(c.meta)
                             ? evx_db_errmsg(c.meta)
                             : evx_status_str(st));
    evx_db_free(c.meta);
    evx_buf_free(&path);
    evx_buf_free(&c.reports);
    evx_buf_free(&c.passed);
    if (errmsg)
        *errmsg = msg;
    else
        free(msg);
    return st;
}
