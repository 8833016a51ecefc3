/*
 * freetext.c - the free text of a unit as postings (see freetext.h): the
 * fields and their weights, then each field through the tokenizer, word
 * by word, with the pending hyphenated compound tracked so that its
 * joined form is posted at its last part's position too.
 */
#include "freetext.h"

#include <string.h>

#include "ascii.h"
#include "buf.h"
#include "schema.h"

/* How a field is posted. */
enum { FIELD_TEXT = 0,
       FIELD_NAME = 1,     /* a name: unstemmed terms only, so a stemmed
                              topic word ("funding" -> fund) never meets
                              a name ("The King's Fund") */
       FIELD_HEADING = 2 }; /* a heading: stems as XH terms, which a free
                              word matches below its Z stem (query/rank.h) */

/* The walk over one unit's fields. */
typedef struct post_ctx {
    evx_tok *tok;
    evx_posting_cb cb;
    void *cb_ctx;
    unsigned wdf;             /* the field's weight */
    unsigned last_pos;
    int stems;                /* post stems (not for names) */
    int heading;              /* stems are a heading's: XH, not Z */
    evx_status st;
    /* The joined form of the hyphenated compound being read ("frontline"
     * for "front-line"): the tokenizer gives it at the first part's
     * position; it is also posted at the last part's, so that both "the
     * frontline" and "frontline services" match as phrases. */
    evx_buf joined;
    size_t joined_end;        /* byte end of the compound in the text */
    unsigned joined_first, joined_last;
} post_ctx;

static evx_status emit(post_ctx *c, const char *prefix, const char *text,
                       size_t len, unsigned pos, int positional)
{
    evx_posting p = {prefix, text, len, pos, c->wdf, positional};
    return c->cb(c->cb_ctx, &p);
}

/* Posts the pending joined compound at its last part's position too. */
static evx_status flush_joined(post_ctx *c)
{
    evx_status st = EVX_OK;
    if (c->joined.len && c->joined_last != c->joined_first) {
        /* Only the plain term is posted again: the Z stem has no
         * positions, so a second posting would only double its wdf. */
        st = emit(c, "", c->joined.data, c->joined.len, c->joined_last, 1);
    }
    evx_buf_clear(&c->joined);
    return st;
}

static evx_status track_joined(post_ctx *c, const evx_token *t)
{
    evx_status st = EVX_OK;
    if (c->joined.len && t->start >= c->joined_end)
        st = flush_joined(c);
    if (!st && t->kind == EVX_TOKEN_JOINED) {
        evx_buf_append(&c->joined, t->term, t->term_len);
        c->joined_end = t->end;
        c->joined_first = c->joined_last = t->pos;
        st = evx_buf_status(&c->joined);
    } else if (!st && c->joined.len && t->kind == EVX_TOKEN_PART) {
        c->joined_last = t->pos;
    }
    return st;
}

static int on_token(void *ctx, const evx_token *t)
{
    post_ctx *c = ctx;
    c->st = track_joined(c, t);
    if (!c->st)
        c->st = emit(c, "", t->term, t->term_len, t->pos, 1);
    /* Stems carry no positions: phrases and NEAR match plain terms (the
     * query side turns a stemmed phrase into one over each stem's plain
     * words), so Z positions would be half the position table for
     * nothing. */
    if (!c->st && c->stems)
        c->st = emit(c, c->heading ? EVX_PREFIX_HEADING : EVX_PREFIX_STEM,
                     t->stem, t->stem_len, t->pos, 0);
    if (t->pos > c->last_pos)
        c->last_pos = t->pos;
    return c->st != EVX_OK;
}

/* Posts a free-text field at the next position range, with weight wdf. */
static evx_status post_field(post_ctx *c, const char *text, unsigned wdf,
                             int flags)
{
    if (!text || !*text)
        return EVX_OK;
    unsigned first = c->last_pos ? c->last_pos + EVX_FIELD_GAP : 0;
    c->wdf = wdf;
    c->stems = (flags & FIELD_NAME) == 0;
    c->heading = (flags & FIELD_HEADING) != 0;
    evx_status st = evx_tokenize_at(c->tok, text, strlen(text), first,
                                    on_token, c);
    if (!st && !c->st)
        c->st = flush_joined(c);
    return st ? st : c->st;
}

/* Bytes of the closing quote or bracket at s[i] (’ ” " ' ) ]), or 0. */
static size_t closer_len(const unsigned char *s, size_t n, size_t i)
{
    if (i < n && s[i] && strchr("\"')]", s[i]))
        return 1;
    if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 &&
        (s[i + 2] == 0x99 || s[i + 2] == 0x9D))
        return 3;
    return 0;
}

/* Is the word before the mark s[i] one whose full stop is not a
 * sentence's end: an initial or a short form ("J.", "al.", "pp.", "Dr.",
 * "Rt.", "Hon.") or one with a stop inside ("e.g.", "www.nhs.uk.")? */
static int abbrev_before(const unsigned char *s, size_t i)
{
    size_t w = i;
    while (w > 0 && !evx_ascii_space(s[w - 1]) && s[w - 1] != '(')
        w--;
    if (i - w <= 2 || memchr(s + w, '.', i - w))
        return 1;
    return i - w == 3 && evx_ascii_upper(s[w]) && evx_ascii_lower(s[w + 1]);
}

/* Does a sentence of prose end at the mark s[i] ('.', '?', '!')?  Not
 * after a short form (abbrev_before); past closing quotes, then either
 * a blank and a capital, digit or quote (another sentence follows:
 * "... Forward View. These plans ...") or the end of the text after a
 * word of lower-case letters ("... is met."; a reference ends "2018.",
 * "para 90." or "Fund."). */
static int prose_end_at(const unsigned char *s, size_t n, size_t i)
{
    if (abbrev_before(s, i))
        return 0;
    size_t k = i + 1, c;
    while ((c = closer_len(s, n, k)) != 0)
        k += c;
    if (k >= n)
        return evx_ascii_lower(s[i - 1]) && evx_ascii_lower(s[i - 2]) &&
               evx_ascii_lower(s[i - 3]);
    if (!evx_ascii_space(s[k]))
        return 0;
    while (k < n && evx_ascii_space(s[k]))
        k++;
    return k < n && (evx_ascii_upper(s[k]) || evx_ascii_digit(s[k]) ||
                     s[k] == '"' || s[k] == 0xE2);
}

/* Has text a sentence of prose (prose_end_at)?  A reference, however
 * long, has none: "Correspondence from ... to ..., 22 January 2018,
 * POC_1115906", "Department of Health, <title>, April 2018". */
static int has_prose(const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i++)
        if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && prose_end_at(s, n, i))
            return 1;
    return 0;
}

/* Is u furniture: a witness panel, an evidence-list entry or a footnote
 * that is only a reference: short ("Q325", "NAO, ..., page 7") or with
 * no sentence of prose however long (has_prose)?  Its text answers
 * names, refs and type: queries, never a topic, so it gets no stems
 * (schema.h). */
static int is_furniture(const evx_unit *u)
{
    if (u->type == EVX_UNIT_WITNESS || u->type == EVX_UNIT_EVIDENCE)
        return 1;
    if (u->type != EVX_UNIT_FOOTNOTE || !u->text)
        return u->type == EVX_UNIT_FOOTNOTE;
    return evx_ascii_words(u->text, strlen(u->text)) <= EVX_REFERENCE_WORDS ||
           !has_prose(u->text);
}

/* The people of a witness panel, then the speaker: names, no stems. */
static evx_status post_names(post_ctx *c, const evx_unit *u)
{
    evx_status st = EVX_OK;
    for (size_t i = 0; !st && i < u->n_people; i++) {
        st = post_field(c, u->people[i].name, EVX_WDF_SPEAKER, FIELD_NAME);
        if (!st)
            st = post_field(c, u->people[i].org, 1, FIELD_NAME);
    }
    if (!st && u->speaker) {
        st = post_field(c, u->speaker->name, EVX_WDF_SPEAKER, FIELD_NAME);
        if (!st)
            st = post_field(c, u->speaker->org, EVX_WDF_SPEAKER, FIELD_NAME);
    }
    return st;
}

/* The free text of a unit, field by field, in schema.h's order. */
static evx_status post_unit(post_ctx *c, const evx_unit *u)
{
    unsigned text_wdf = u->type == EVX_UNIT_RECOMMENDATION
                            ? EVX_WDF_RECOMMENDATION
                            : 1;
    int flags = is_furniture(u) ? FIELD_NAME : FIELD_TEXT;
    evx_status st = post_field(c, u->text, text_wdf, flags);
    /* A quotation's lead-in ("The King's Fund argue that they are") is
     * not indexed: it is context, mostly naming the speaker, and its
     * paragraph holds it as text.  Indexed, it made a quotation match
     * "funding" or "integrat*" with no word of its own to show. */
    int head = flags | FIELD_HEADING;
    if (!st)
        st = post_field(c, u->title, EVX_WDF_HEADING, head);
    /* The section and chapter of a footnote or quotation are its
     * paragraph's: context, not content.  Indexed, a five-word quotation
     * or a "Q325" footnote would outrank the paragraphs for every query
     * that names the section. */
    int own_place = u->type != EVX_UNIT_FOOTNOTE &&
                    u->type != EVX_UNIT_QUOTATION;
    if (!st && own_place)
        st = post_field(c, u->section, EVX_WDF_HEADING, head);
    if (!st && own_place)
        st = post_field(c, u->chapter_title, EVX_WDF_HEADING, head);
    return st ? st : post_names(c, u);
}

evx_status evx_freetext_post(evx_tok *tok, const evx_unit *u,
                             evx_posting_cb cb, void *ctx)
{
    post_ctx c;

    memset(&c, 0, sizeof c);
    c.tok = tok;
    c.cb = cb;
    c.cb_ctx = ctx;
    c.joined = (evx_buf)EVX_BUF_INIT;
    evx_status st = post_unit(&c, u);
    evx_buf_free(&c.joined);
    return st;
}
