/*
 * writer.c - units into one new Xapian index generation (see writer.h and
 * lib/schema.h for the layout).  The postings of a unit's free text come
 * from lib/freetext.h, the rule `similar` reads its candidate terms with.
 */
#define _DEFAULT_SOURCE /* realpath */
#include "writer.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acronym.h"
#include "attrib_forms.h"
#include "buf.h"
#include "dates.h"
#include "dbpath.h"
#include "fnv.h"
#include "freetext.h"
#include "impact.h"
#include "json.h"
#include "meta.h"
#include "names.h"
#include "qref.h"
#include "record.h"
#include "schema.h"
#include "xdb.h"

#define MAX_TERM_BYTES 240    /* Xapian's limit is 245 */
/* Documents between commits.  Xapian holds a commit's postings in a
 * std::map per term keyed by docid, and adding one walks that map: at
 * 2,000 documents the walks stay in cache, and the build takes 13% less
 * CPU than at Xapian's default of 10,000 (bench: README).  The scratch
 * database is never synced, so a commit costs no disk flush. */
#define COMMIT_EVERY 2000
#define FLUSH_BYTES (24u << 20) /* or unit text bytes: bounds peak memory */

struct evx_writer {
    evx_dbgen *gen;           /* NULL for a shard writer */
    char *scratch;            /* the database being written */
    evx_db *db;
    evx_tok *tok;
    evx_record_codec *codec;  /* compresses the records; made when first
                                 needed */
    evx_buf err;
    unsigned long count;      /* documents written */
    unsigned long since_commit;
    size_t bytes_since_commit;
    evx_forms *forms;         /* the report being added: other forms of
                                 its names (attrib_forms.h) */
    const char *number;       /* the report being added: its number, when
                                 its id adds its session (manifest.h) */
    long published;           /* the report being added: its date,
                                 20180611, or 0 if the manifest gives none */
    char version[32];         /* the shard's name: the XV version of the
                                 reports added (schema.h) */
};

/* What adding postings to one document needs. */
typedef struct posting_ctx {
    evx_writer *w;
    evx_doc *doc;
    evx_buf term;
    unsigned wdf;
    evx_status st;
} posting_ctx;

static void set_err(evx_writer *w, const char *what, const char *detail)
{
    evx_buf_clear(&w->err);
    evx_buf_printf(&w->err, "%s: %s", what, detail ? detail : "");
}

static char *dup_msg(const evx_buf *b)
{
    return evx_strdup(evx_buf_str(b));
}

/* Opens w->scratch, a new database, for writing. */
static evx_status open_scratch(evx_writer *w, int served, char **msg)
{
    return evx_db_open(&w->db, w->scratch,
                       served ? EVX_DB_SCRATCH_SERVED : EVX_DB_SCRATCH_NEW, msg);
}

/* Hands back w, or frees it and passes the message on. */
static evx_status opened(evx_writer **out, evx_writer *w, evx_status st,
                         char *msg, char **errmsg)
{
    if (st) {
        if (errmsg)
            *errmsg = msg ? msg : evx_strdup(evx_status_str(st));
        else
            free(msg);
        evx_writer_abort(w);
        return st;
    }
    *out = w;
    return EVX_OK;
}

evx_status evx_writer_open_shard(evx_writer **out, const evx_shard_opts *o,
                                 char **errmsg)
{
    evx_writer *w = calloc(1, sizeof *w);
    char *msg = NULL;
    evx_status st = EVX_NOMEM;
    *out = NULL;
    if (w) {
        w->tok = o->tok;
        snprintf(w->version, sizeof w->version, "%s",
                 o->version ? o->version : "");
        w->scratch = evx_strdup(o->scratch);
        st = w->scratch ? open_scratch(w, o->served, &msg) : EVX_NOMEM;
    }
    return opened(out, w, st, msg, errmsg);
}

/* The name of the one shard of a generation writer's generation. */
static void shard_name(char *out, size_t n, const evx_dbgen *gen)
{
    snprintf(out, n, "s%lu-0", evx_dbgen_number(gen));
}

evx_status evx_writer_open(evx_writer **out, const char *root, evx_tok *tok,
                           char **errmsg)
{
    evx_writer *w = calloc(1, sizeof *w);
    char *msg = NULL;
    evx_status st = EVX_NOMEM;
    *out = NULL;
    if (!w)
        goto done;
    w->tok = tok;
    st = evx_dbgen_begin(&w->gen, root, &msg);
    if (st)
        goto done;
    shard_name(w->version, sizeof w->version, w->gen);
    w->scratch = evx_strdup(evx_dbgen_build_path(w->gen));
    st = w->scratch ? open_scratch(w, 0, &msg) : EVX_NOMEM;
done:
    return opened(out, w, st, msg, errmsg);
}

/* Adds the term prefix+text (text len bytes) to doc at pos (or as a
 * boolean when pos is 0 and wdf is 0). */
static evx_status add_prefixed(posting_ctx *c, const char *prefix,
                               const char *text, size_t len, unsigned pos,
                               int positional)
{
    evx_buf_clear(&c->term);
    evx_buf_puts(&c->term, prefix);
    evx_buf_append(&c->term, text, len);
    if (evx_buf_status(&c->term))
        return EVX_NOMEM;
    if (c->term.len > MAX_TERM_BYTES || len == 0)
        return EVX_OK; /* the tokenizer caps words; this guards the rest */
    if (!positional)
        return c->wdf ? evx_doc_add_term(c->doc, c->term.data, c->wdf)
                      : evx_doc_add_boolean(c->doc, c->term.data);
    return evx_doc_add_posting(c->doc, c->term.data, pos, c->wdf);
}

/* Adds one posting of the unit's free text (freetext.h) to the document. */
static evx_status add_posting(void *ctx, const evx_posting *p)
{
    posting_ctx *c = ctx;
    c->wdf = p->wdf;
    return add_prefixed(c, p->prefix, p->text, p->len, p->pos, p->positional);
}

static evx_status add_boolean(posting_ctx *c, const char *prefix,
                              const char *value)
{
    unsigned wdf = c->wdf;
    c->wdf = 0;
    evx_status st = add_prefixed(c, prefix, value, strlen(value), 0, 0);
    c->wdf = wdf;
    return st;
}

static evx_status add_number_term(posting_ctx *c, const char *prefix, int n)
{
    char num[24];
    snprintf(num, sizeof num, "%d", n);
    return add_boolean(c, prefix, num);
}

/* Folded identifiers in text that look like evidence references (Q361,
 * STP0064) become XF terms. */
static int on_ref_token(void *ctx, const evx_token *t)
{
    posting_ctx *c = ctx;
    if (evx_unit_is_ref(t->term, t->term_len))
        c->st = add_boolean(c, EVX_PREFIX_REF, t->term);
    return c->st != EVX_OK;
}

static evx_status add_refs_in(posting_ctx *c, const char *text)
{
    if (!text)
        return EVX_OK;
    /* "Q 361" as some reports print it is found by Q361 (qref.h) */
    evx_buf tidy = EVX_BUF_INIT;
    evx_qref_tidy(&tidy, text, strlen(text));
    if (evx_buf_status(&tidy)) {
        evx_buf_free(&tidy);
        return EVX_NOMEM;
    }
    evx_status st = evx_tokenize(c->w->tok, evx_buf_str(&tidy), tidy.len,
                                 on_ref_token, c);
    evx_buf_free(&tidy);
    return st ? st : c->st;
}

typedef struct name_ctx {
    posting_ctx *c;
    const char *prefix;
    unsigned pos;
} name_ctx;

static int on_name_word(void *ctx, const char *word, size_t len)
{
    name_ctx *n = ctx;
    n->c->st = add_prefixed(n->c, n->prefix, word, len, n->pos++, 1);
    return n->c->st != EVX_OK;
}

static int on_org_token(void *ctx, const evx_token *t)
{
    name_ctx *n = ctx;
    if (t->kind == EVX_TOKEN_JOINED)
        return 0;
    n->c->st = add_prefixed(n->c, n->prefix, t->term, t->term_len, n->pos++,
                            1);
    return n->c->st != EVX_OK;
}

/* One run of a name's words (XS: titles dropped) or an organisation's
 * (XO), then a gap, so a phrase never spans two runs. */
static int post_run(void *ctx, const char *s, size_t len)
{
    name_ctx *n = ctx;
    evx_status st;
    if (n->c->st)
        return 1;
    if (!strcmp(n->prefix, EVX_PREFIX_SPEAKER))
        st = evx_name_words(n->c->w->tok, s, len, on_name_word, n);
    else
        st = evx_tokenize(n->c->w->tok, s, len, on_org_token, n);
    if (!n->c->st)
        n->c->st = st;
    n->pos += EVX_FIELD_GAP;
    return n->c->st != EVX_OK;
}

/* The name as printed, then each other form of it (attrib_forms.h: the
 * report's other spellings, its acronym, the spellings people type), as
 * runs of prefix terms.  The other forms weigh nothing (wdf 0): they
 * make the name findable, not heavier. */
static evx_status post_name(posting_ctx *c, const char *prefix,
                            const char *name)
{
    name_ctx n = {c, prefix, 0};
    unsigned wdf = c->wdf;
    post_run(&n, name, strlen(name));
    c->wdf = 0;
    evx_status st = c->st ? c->st
                          : evx_forms_each(c->w->forms, name, post_run, &n);
    c->wdf = wdf;
    return st ? st : c->st;
}

/* Speaker fields: XS name words, XK key, XO organisation words, XN kind,
 * XF reference; the key also goes to EVX_SLOT_SPEAKER. */
static evx_status add_speaker(posting_ctx *c, const evx_speaker *sp)
{
    evx_status st = EVX_OK;
    char *key = NULL;
    /* A free word finds a speaker by these terms (query/qparse.c): they
     * weigh as the name does in the free text. */
    c->wdf = EVX_WDF_SPEAKER;
    if (sp->name) {
        st = post_name(c, EVX_PREFIX_SPEAKER, sp->name);
        if (!st)
            st = evx_name_key_cited(c->w->tok, sp->name, sp->ref, &key);
        if (!st && *key) {
            st = add_boolean(c, EVX_PREFIX_SPEAKER_KEY, key);
            if (!st)
                st = evx_doc_set_value(c->doc, EVX_SLOT_SPEAKER, key,
                                       strlen(key));
        }
    }
    if (!st && sp->org)
        st = post_name(c, EVX_PREFIX_ORG, sp->org);
    if (!st && sp->kind)
        st = add_boolean(c, EVX_PREFIX_KIND, sp->kind);
    if (!st)
        st = add_refs_in(c, sp->ref);
    free(key);
    return st;
}

/* The report filter term of report ("XRhc650"). */
static void report_term(evx_buf *term, const char *report)
{
    evx_buf_puts(term, EVX_PREFIX_REPORT);
    size_t from = term->len;
    evx_unit_report_key(term, report);
    for (size_t i = from; i < term->len; i++)
        if (term->data[i] >= 'A' && term->data[i] <= 'Z')
            term->data[i] = (char)(term->data[i] - 'A' + 'a');
}

void evx_writer_version_term(evx_buf *term, const char *report,
                             const char *version)
{
    evx_buf_puts(term, EVX_PREFIX_VERSION);
    evx_unit_report_key(term, report);
    evx_buf_printf(term, "@%s", version);
}

static evx_status add_filters(posting_ctx *c, const evx_unit *u)
{
    evx_buf term = EVX_BUF_INIT;
    evx_status st = add_boolean(c, EVX_PREFIX_TYPE, evx_unit_type_name(u->type));
    report_term(&term, u->report ? u->report : "");
    if (!st && evx_buf_status(&term))
        st = EVX_NOMEM;
    if (!st && term.len > strlen(EVX_PREFIX_REPORT))
        st = add_boolean(c, "", term.data);
    if (!st && c->w->number) { /* report:"HC 650" finds each session's */
        evx_buf_clear(&term);
        report_term(&term, c->w->number);
        if (evx_buf_status(&term))
            st = EVX_NOMEM;
        else if (term.len > strlen(EVX_PREFIX_REPORT))
            st = add_boolean(c, "", term.data);
    }
    evx_buf_clear(&term);
    evx_writer_version_term(&term, u->report ? u->report : "", c->w->version);
    if (!st)
        st = evx_buf_status(&term) ? EVX_NOMEM : add_boolean(c, "", term.data);
    evx_buf_free(&term);
    if (!st && u->para > 0)
        st = add_number_term(c, EVX_PREFIX_PARA, u->para);
    if (!st && u->chapter > 0)
        st = add_number_term(c, EVX_PREFIX_CHAPTER, u->chapter);
    if (!st && u->type == EVX_UNIT_FOOTNOTE)
        st = add_refs_in(c, u->text);
    if (!st && u->code)
        st = add_refs_in(c, u->code);
    return st;
}

/* Appends key with each run of digits led by its length, so that keys
 * sort as their numbers do ("HC179" before "HC1650"). */
static void put_natural(evx_buf *out, const char *key, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t run = 0;
        while (i + run < len && key[i + run] >= '0' && key[i + run] <= '9')
            run++;
        if (!run) {
            evx_buf_putc(out, key[i++]);
            continue;
        }
        evx_buf_putc(out, (char)(run < 255 ? run : 255));
        evx_buf_append(out, key + i, run);
        i += run;
    }
}

/* The unit's document order (schema.h, EVX_SLOT_ORDER): its report's
 * publication date (reports the manifest gives no date after the rest),
 * its key, numbers in it compared as numbers, and its place among the
 * report's units. */
static evx_status add_order(posting_ctx *c, const evx_unit *u,
                            unsigned long place)
{
    evx_buf key = EVX_BUF_INIT, v = EVX_BUF_INIT;
    if (c->w->published > 0)
        evx_buf_printf(&v, "%08ld", c->w->published);
    else
        evx_buf_puts(&v, "99999999");
    evx_unit_report_key(&key, u->report ? u->report : "");
    put_natural(&v, key.data ? key.data : "", key.len);
    evx_buf_free(&key);
    evx_buf_putc(&v, '\0');
    for (int shift = 24; shift >= 0; shift -= 8)
        evx_buf_putc(&v, (char)(unsigned char)(place >> shift));
    evx_status st = evx_buf_status(&v)
                        ? EVX_NOMEM
                        : evx_doc_set_value(c->doc, EVX_SLOT_ORDER, v.data,
                                            v.len);
    evx_buf_free(&v);
    return st;
}

static evx_status add_values(posting_ctx *c, const evx_unit *u,
                             unsigned long place)
{
    char type_para[48];
    size_t n = evx_unit_type_para_print(u->type, u->para, type_para,
                                        sizeof type_para);
    evx_status st = evx_doc_set_value(c->doc, EVX_SLOT_IDENTITY, u->id,
                                      strlen(u->id));
    if (!st && n < sizeof type_para)
        st = evx_doc_set_value(c->doc, EVX_SLOT_TYPE_PARA, type_para, n);
    if (!st && u->para > 0)
        st = evx_doc_set_number(c->doc, EVX_SLOT_PARA, u->para);
    if (!st && u->chapter > 0)
        st = evx_doc_set_number(c->doc, EVX_SLOT_CHAPTER, u->chapter);
    if (!st)
        st = add_order(c, u, place);
    return st;
}

/* The unique id term: "Q" + id, or, for an absurdly long id, its head and
 * a hash of the whole, so the term stays within Xapian's limit. */
static void id_term(evx_buf *b, const char *id)
{
    size_t len = strlen(id);
    evx_buf_puts(b, EVX_PREFIX_ID);
    if (len + 1 <= MAX_TERM_BYTES) {
        evx_buf_append(b, id, len);
        return;
    }
    uint64_t h = evx_fnv(EVX_FNV_START, id, len);
    evx_buf_append(b, id, 180);
    evx_buf_printf(b, "#%016llx", (unsigned long long)h);
}

/* Writes u, the place-th unit written of its report. */
static evx_status write_unit(evx_writer *w, const evx_unit *u,
                             unsigned long place)
{
    posting_ctx c = {w, NULL, EVX_BUF_INIT, 1, EVX_OK};
    evx_buf json = EVX_BUF_INIT, qterm = EVX_BUF_INIT, packed = EVX_BUF_INIT;
    evx_status st = evx_doc_new(&c.doc);
    if (st)
        goto done;
    st = evx_freetext_post(w->tok, u, add_posting, &c);
    if (!st)
        st = add_filters(&c, u);
    if (!st && u->speaker)
        st = add_speaker(&c, u->speaker);
    if (!st)
        st = add_values(&c, u, place);
    /* Each term's weight in the unit, stored as its wdf (impact.h) */
    if (!st)
        st = evx_doc_reweigh(c.doc,
                             evx_impact_weigher(u->type == EVX_UNIT_QUOTATION));
    evx_unit_to_stored_json(u, &json);
    id_term(&qterm, u->id);
    if (!st)
        st = evx_buf_status(&json) ? EVX_NOMEM : evx_buf_status(&qterm);
    if (!st && !w->codec)
        st = evx_record_codec_new(&w->codec);
    if (!st)
        st = evx_record_pack(w->codec, &packed, json.data, json.len);
    if (!st)
        st = evx_doc_set_data(c.doc, packed.data, packed.len);
    if (!st)
        st = evx_db_add(w->db, qterm.data, c.doc, NULL);
done:
    if (st == EVX_BACKEND)
        set_err(w, u->id, evx_db_errmsg(w->db));
    evx_doc_free(c.doc);
    evx_buf_free(&c.term);
    evx_buf_free(&json);
    evx_buf_free(&packed);
    evx_buf_free(&qterm);
    return st;
}

/* The metadata key prefix+KEY of a report ("evidex:hash:HC650"). */
static evx_status report_meta_key(evx_buf *key, const char *prefix,
                                  const char *report)
{
    evx_buf_puts(key, prefix);
    evx_unit_report_key(key, report);
    return evx_buf_status(key);
}

/* Sets the metadata prefix+KEY of report to value ("" removes it). */
static evx_status set_report_meta(evx_writer *w, const char *prefix,
                                  const char *report, const char *value)
{
    evx_buf key = EVX_BUF_INIT;
    evx_status st = report_meta_key(&key, prefix, report);
    if (!st)
        st = evx_db_set_metadata(w->db, key.data, value);
    evx_buf_free(&key);
    return st;
}

/* The report's acronyms ("ACRONYM\tstems" lines) go to its metadata; the
 * metadata shard turns the live reports' into synonyms (meta.h), so a
 * report changed or removed takes its synonyms with it. */
static evx_status add_synonyms(evx_writer *w, const evx_units *units,
                               const char *report)
{
    evx_acronyms *acr = NULL;
    evx_buf lines = EVX_BUF_INIT, key = EVX_BUF_INIT;
    evx_status st = evx_acronyms_new(&acr);
    for (size_t i = 0; !st && i < units->len; i++) {
        const char *text = units->items[i]->text;
        if (text)
            st = evx_acronyms_scan(acr, w->tok, text, strlen(text));
    }
    for (size_t i = 0; !st && i < evx_acronyms_len(acr); i++) {
        const char *a, *e;
        evx_acronyms_get(acr, i, &a, &e);
        evx_buf_printf(&lines, "%s\t%s\n", a, e);
    }
    if (!st)
        st = evx_buf_status(&lines) ? EVX_NOMEM
                                     : report_meta_key(&key, EVX_META_ACRONYMS, report);
    if (!st && lines.len)
        st = evx_db_set_metadata(w->db, key.data, lines.data);
    evx_acronyms_free(acr);
    evx_buf_free(&lines);
    evx_buf_free(&key);
    return st;
}

/* Records the manifest's description of the report as metadata. */
static evx_status add_report_meta(evx_writer *w,
                                  const evx_manifest_entry *e)
{
    evx_buf key = EVX_BUF_INIT, name = EVX_BUF_INIT, json = EVX_BUF_INIT;
    evx_unit_report_key(&name, e->report);
    evx_buf_puts(&key, EVX_META_REPORT);
    evx_buf_append(&key, name.data ? name.data : "", name.len);
    evx_buf_puts(&json, "{");
    evx_json_put_key(&json, "id");
    evx_json_put_cstr(&json, e->report);
    evx_buf_putc(&json, ',');
    if (e->number && strcmp(e->number, e->report)) {
        evx_json_put_key(&json, "number");
        evx_json_put_cstr(&json, e->number);
        evx_buf_putc(&json, ',');
    }
    evx_json_put_key(&json, "title");
    evx_json_put_cstr(&json, e->title);
    evx_buf_putc(&json, ',');
    evx_json_put_key(&json, "committee");
    evx_json_put_cstr(&json, e->committee);
    evx_buf_putc(&json, ',');
    evx_json_put_key(&json, "session");
    evx_json_put_cstr(&json, e->session);
    evx_buf_putc(&json, ',');
    evx_json_put_key(&json, "published");
    evx_json_put_cstr(&json, e->published);
    evx_buf_puts(&json, "}");
    evx_status st = evx_buf_status(&key) || evx_buf_status(&json)
                        ? EVX_NOMEM
                        : evx_db_set_metadata(w->db, key.data, json.data);
    evx_buf_free(&key);
    evx_buf_free(&name);
    evx_buf_free(&json);
    return st;
}

/* Records the folder that source file names are relative to: the real
 * path of entry->path with entry->file taken off its end. */
static evx_status add_root_meta(evx_writer *w, const evx_manifest_entry *e)
{
    char *real = realpath(e->path, NULL);
    size_t rn = real ? strlen(real) : 0, fn = strlen(e->file);
    evx_status st = EVX_OK;
    if (real && rn > fn + 1 && strcmp(real + rn - fn, e->file) == 0 &&
        real[rn - fn - 1] == '/') {
        real[rn - fn - 1] = '\0';
        st = evx_db_set_metadata(w->db, EVX_META_ROOT, real);
    }
    free(real);
    return st;
}

/* Which unit to write at each place of a report: *take (malloc'd, len
 * entries) holds each place's unit, or SIZE_MAX to write none.  Units
 * that share an id are written once, the last one at the first one's
 * place, as replacing it would (a shard without termlists cannot replace
 * a document).  EVX_OK or EVX_NOMEM. */
static evx_status plan_units(const evx_units *units, size_t **take)
{
    size_t n = units->len, *sorted = NULL;
    *take = malloc((n + 1) * sizeof **take);
    if (!*take || evx_units_order_by_id(units, &sorted)) {
        free(*take);
        *take = NULL;
        return EVX_NOMEM;
    }
    for (size_t i = 0; i < n; i++)
        (*take)[i] = i;
    for (size_t i = 0, j; i < n; i = j) {
        const char *id = units->items[sorted[i]]->id;
        for (j = i + 1; j < n && !strcmp(id, units->items[sorted[j]]->id); j++)
            (*take)[sorted[j]] = SIZE_MAX;
        (*take)[sorted[i]] = sorted[j - 1];
    }
    free(sorted);
    return EVX_OK;
}

/* About what a unit costs Xapian to hold until the next commit. */
static size_t u_bytes(const evx_unit *u)
{
    return (u->text ? strlen(u->text) : 0) + 256;
}

evx_status evx_writer_add_report(evx_writer *w, const evx_units *units,
                                 const evx_manifest_entry *entry)
{
    size_t *take = NULL;
    unsigned long place = 0;
    evx_status st = evx_forms_build(&w->forms, units, w->tok);
    w->number = entry && entry->number && strcmp(entry->number, entry->report)
                    ? entry->number
                    : NULL;
    w->published = 0;
    if (entry && entry->published &&
        !evx_date_read(entry->published, strlen(entry->published),
                       &w->published))
        w->published = 0;
    if (!st)
        st = plan_units(units, &take);
    for (size_t i = 0; !st && i < units->len; i++) {
        if (take[i] == SIZE_MAX)
            continue;
        const evx_unit *u = units->items[take[i]];
        st = write_unit(w, u, place++);
        w->count++;
        w->bytes_since_commit += u_bytes(u);
        if (!st && (++w->since_commit >= COMMIT_EVERY ||
                    w->bytes_since_commit >= FLUSH_BYTES)) {
            st = evx_db_commit(w->db);
            w->since_commit = 0;
            w->bytes_since_commit = 0;
        }
    }
    free(take);
    evx_forms_free(w->forms);
    w->forms = NULL;
    w->number = NULL;
    w->published = 0;
    if (!st && entry)
        st = add_synonyms(w, units, entry->report);
    if (!st && entry)
        st = set_report_meta(w, EVX_META_VERSION, entry->report, w->version);
    if (!st && entry)
        st = add_report_meta(w, entry);
    if (!st && entry)
        st = add_root_meta(w, entry);
    if (st == EVX_BACKEND && !w->err.len)
        set_err(w, "index", evx_db_errmsg(w->db));
    else if (st == EVX_NOMEM)
        set_err(w, "index", "out of memory");
    return st;
}

evx_status evx_writer_set_hash(evx_writer *w, const char *report,
                               const char *hash)
{
    return set_report_meta(w, EVX_META_HASH, report, hash);
}

evx_status evx_writer_close_shard(evx_writer *w, const char *dst,
                                  char **errmsg)
{
    evx_status st = evx_db_commit(w->db);
    if (st) {
        set_err(w, "commit", evx_db_errmsg(w->db));
        if (errmsg)
            *errmsg = dup_msg(&w->err);
        evx_writer_abort(w);
        return st;
    }
    /* Close the database so every file is complete, then compact it into
     * its place in the generation: a fifth to a third smaller, and faster
     * to read (bench: README).  Shards are never written again: a later
     * build links them or writes their reports again. */
    evx_db_free(w->db);
    w->db = NULL;
    if (dst)
        st = evx_db_compact(w->scratch, dst, errmsg);
    w->gen = NULL; /* a generation writer's caller still holds it */
    evx_writer_abort(w);
    return st;
}

evx_status evx_writer_finish(evx_writer *w, const char *stats_json,
                             char **errmsg)
{
    evx_dbgen *gen = w->gen;
    char shard[32];
    shard_name(shard, sizeof shard, gen);
    evx_buf dst = EVX_BUF_INIT;
    evx_buf_printf(&dst, "%s/%s", evx_dbgen_path(gen), shard);
    evx_status st = evx_buf_status(&dst);
    if (st) {
        evx_writer_abort(w);
        return st;
    }
    st = evx_writer_close_shard(w, dst.data, errmsg);
    evx_buf_free(&dst);
    char *shards[] = {shard};
    evx_meta_opts mo = {evx_dbgen_path(gen), shards, 1, stats_json, NULL, 0};
    if (!st)
        st = evx_meta_write(&mo, errmsg);
    if (st) {
        evx_dbgen_abort(gen);
        return st;
    }
    return evx_dbgen_publish(gen, errmsg);
}

void evx_writer_abort(evx_writer *w)
{
    if (!w)
        return;
    evx_db_free(w->db);
    evx_dbgen_abort(w->gen);
    evx_record_codec_free(w->codec);
    evx_buf_free(&w->err);
    free(w->scratch);
    free(w);
}

const char *evx_writer_errmsg(const evx_writer *w)
{
    return evx_buf_str(&w->err);
}

unsigned long evx_writer_count(const evx_writer *w)
{
    return w->count;
}
