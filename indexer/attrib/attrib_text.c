/*
 * attrib_text.c - words for attribution; see attrib_text.h.
 */
#include "attrib_text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "grow.h"
#include "names.h"

typedef struct read_ctx {
    evx_awords *out;
    const char *text;
    int oom;
} read_ctx;

static int push_word(void *ctx_, const evx_token *t)
{
    read_ctx *ctx = ctx_;
    evx_awords *w = ctx->out;
    if (t->kind == EVX_TOKEN_JOINED)
        return 0;
    if (evx_grow((void **)&w->items, &w->cap, w->len + 1,
                 sizeof *w->items)) {
        ctx->oom = 1;
        return 1;
    }
    evx_aword *a = &w->items[w->len];
    a->term = evx_strndup(t->term, t->term_len);
    if (!a->term) {
        ctx->oom = 1;
        return 1;
    }
    a->start = t->start;
    a->end = t->end;
    unsigned char c = (unsigned char)ctx->text[t->start];
    a->cap = (c >= 'A' && c <= 'Z') || c >= 0xC0;
    /* "AM" (an Assembly Member) in capitals only: never "am" */
    a->title = evx_name_is_title(t->term, t->term_len) &&
               !(t->term_len == 2 && memcmp(t->term, "am", 2) == 0 &&
                 memcmp(ctx->text + t->start, "AM", 2) != 0);
    a->rank = a->cap && evx_name_is_rank(t->term, t->term_len);
    a->quoted = 0;
    w->len++;
    return 0;
}

/* "The" is a title only before another ("The Earl of Courtown", "The Rt
 * Hon …"); before any other word it is the article, and "The Bank of
 * England" or "The Mayor of London" no person's name. */
static void article_is_no_title(evx_awords *w)
{
    for (size_t k = 0; k < w->len; k++)
        if (w->items[k].title && strcmp(w->items[k].term, "the") == 0 &&
            !(k + 1 < w->len && w->items[k + 1].title))
            w->items[k].title = 0;
}

/* "Judge" and "Honour" are titles only before a name's capitalised word
 * ("Judge Lucraft", "His Honour Judge Lucraft"), not after "the"; else
 * "Judge" is the name ("Lord Judge warned") or a post's word ("the Judge
 * said", "The Judge Advocate General told us").  "His" and "Her"
 * are titles only before another ("His Honour", "Her Excellency"). */
static void titles_before_names_only(evx_awords *w)
{
    static const char *const judge[] = {"judge", "honour"};
    static const char *const his[] = {"his", "her"};
    for (size_t k = w->len; k-- > 0;) {
        evx_aword *a = &w->items[k];
        const evx_aword *next = k + 1 < w->len ? &w->items[k + 1] : NULL;
        if (a->title && evx_word_in(a->term, judge, 2) &&
            (!(next && next->cap) || (k > 0 && strcmp(w->items[k - 1].term, "the") == 0)))
            a->title = 0;
        if (a->title && evx_word_in(a->term, his, 2) && !(next && next->title && next->cap))
            a->title = 0;
    }
}

evx_status evx_awords_read(evx_awords *out, evx_tok *tok, const char *text,
                           size_t len)
{
    read_ctx ctx = {out, text, 0};
    if (!text || len == 0)
        return EVX_OK;
    evx_status st = evx_tokenize(tok, text, len, push_word, &ctx);
    if (st)
        return st;
    if (ctx.oom)
        return EVX_NOMEM;
    titles_before_names_only(out);
    article_is_no_title(out);
    return EVX_OK;
}

/* The three bytes E2 80 x at text[i]: “ 9C, ” 9D, ‘ 98, ’ 99. */
static int mark3(const char *s, size_t n, size_t i, unsigned char x)
{
    return i + 2 < n && (unsigned char)s[i] == 0xE2 &&
           (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == x;
}

static int letter_or_digit(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c >= 0xC0;
}

/* The end of the quotation opening at i (its closing mark), or n. */
static size_t quote_end(const char *s, size_t n, size_t i, int single)
{
    for (size_t k = i + 3; k < n; k++) {
        if (!single && mark3(s, n, k, 0x9D))
            return k;
        if (single && mark3(s, n, k, 0x99) &&
            (k + 3 >= n || !letter_or_digit((unsigned char)s[k + 3])))
            return k;
    }
    return n;
}

/* The first of w's words that starts at or after byte `from` (the words
 * are in text order), or w->len. */
static size_t first_from(const evx_awords *w, size_t from)
{
    size_t lo = 0, hi = w->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->items[mid].start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Marks the words inside bytes [from, to) as quoted: only those, so a
 * long text with many quotations costs its words once, not once a
 * quotation. */
static void mark_span(evx_awords *w, size_t from, size_t to)
{
    for (size_t k = first_from(w, from);
         k < w->len && w->items[k].start < to; k++)
        if (w->items[k].end <= to) {
            w->items[k].quoted = 1;
            w->items[k].cap = 0;
            w->items[k].title = 0;
        }
}

void evx_awords_mark_quoted(evx_awords *w, const char *text, size_t len)
{
    /* Whether a search for a closing double or single mark has run to the
     * end: one from a later opening would too (a closing mark does not
     * depend on where its quotation opened), so it is not run again, and
     * a text of many unclosed marks is read once, not once a mark. */
    int unclosed[2] = {0, 0};
    for (size_t i = 0; text && i < len; i++) {
        if (mark3(text, len, i, 0x9D)) {
            mark_span(w, 0, i); /* opened before the text */
            continue;
        }
        int dbl = mark3(text, len, i, 0x9C);
        int single = mark3(text, len, i, 0x98) &&
                     (i == 0 || !letter_or_digit((unsigned char)text[i - 1]));
        if ((!dbl && !single) || unclosed[single])
            continue;
        size_t e = quote_end(text, len, i, single);
        if (e == len) {
            unclosed[single] = 1;
            continue; /* never closed here: the quotation itself follows */
        }
        mark_span(w, i, e);
        i = e + 2;
    }
}

void evx_awords_free(evx_awords *w)
{
    for (size_t i = 0; i < w->len; i++)
        free(w->items[i].term);
    free(w->items);
    w->items = NULL;
    w->len = w->cap = 0;
}

int evx_aword_is_speech_verb(const char *term)
{
    static const char *const verbs[] = {
        "told", "tell", "tells", "telling", "said", "say", "says", "saying",
        "explained", "explain", "explains", "explaining", "argued", "argue",
        "argues", "arguing", "stated", "state", "states", "stating",
        "stressed", "stress", "stresses", "emphasised", "emphasized",
        "emphasise", "emphasises", "described", "describe", "describes",
        "describing", "echoed", "echoes", "noted", "notes", "warned",
        "warns", "confirmed", "confirms", "acknowledged", "acknowledge",
        "acknowledges", "concluded", "concludes", "cautioned", "added",
        "adds", "commented", "suggested", "suggests", "assured", "defined",
        "defines", "wrote", "writes", "expressed", "highlighted",
        "highlights", "informed", "reported", "reports", "identified",
        "pointed", "observed", "mentioned", "characterised", "asserted",
        "claimed", "claims", "insisted", "admitted", "recognised",
        "recognises", "put", "puts", "went", "made", "making", "signalled",
        "believes", "believe", "believed", "considers", "considered",
        "thought", "thinks", "felt", "feels",
        "presented",
        "referred", "agreed", "accepted", "provided", "stating", "replied",
        "responded", "answered", "found", "finds", "showed", "shows",
        "called", "calls", "written", "disagreed", "countered", "contended",
        "maintained", "remarked", "urged", "held", "ruled",
    };
    return evx_word_in(term, verbs, sizeof verbs / sizeof verbs[0]);
}

int evx_aword_before_verb(const char *term)
{
    static const char *const between[] = {
        "also", "further", "then", "later", "subsequently", "again", "too",
        "has", "have", "had", "would", "will", "did", "does", "do", "went",
        "go", "goes", "on", "to", "both", "all", "however", "additionally",
        "similarly", "previously", "recently", "rightly"};
    return evx_word_in(term, between, sizeof between / sizeof *between);
}

int evx_aword_is_post(const char *term)
{
    static const char *const roles[] = {
        "minister", "secretary", "chair", "chairman", "chairwoman",
        "chairperson", "director", "president", "chief", "executive",
        "officer", "spokesperson", "spokesman", "spokeswoman", "clerk",
        "commissioner", "governor", "registrar", "ombudsman", "inspector",
        "head", "leader", "deputy", "permanent", "general", "controller",
        "chancellor"};
    return evx_word_in(term, roles, sizeof roles / sizeof roles[0]);
}

int evx_aword_is_org_type(const char *term)
{
    /* Nouns that head English organisation names (Companies House's list
     * of sensitive words and the usual bodies of UK public life), words
     * of documents and their parts, and job titles that stand before an
     * organisation.  No place and no report's own bodies: those come
     * from the report's Witnesses and written evidence lists. */
    static const char *const words[] = {
        "agency", "alliance", "assembly", "association", "authority",
        "board", "bureau", "campaign", "centre", "center", "chamber", "charity",
        "charities", "club", "coalition", "college", "commission",
        "committee", "company", "confederation", "consortium", "cooperative",
        "corporation", "council", "department", "executive", "federation",
        "forum", "foundation", "fund", "government", "group", "hospital",
        "hospitals", "house", "inc", "institute", "institution", "laboratory",
        "league", "library", "limited", "lords", "commons", "ltd", "ministry",
        "network", "office", "organisation", "organization", "parliament",
        "partnership", "partnerships", "plc", "programme", "school",
        "service", "services", "society", "team", "trust", "trusts", "union",
        "university", "national", "royal", "public", "parish", "borough",
        "district", "academy", "museum", "police", "constabulary", "clinic",
        "practice", "observatory", "international", "llp",
        "act", "annex", "bill", "chapter", "contract", "plan", "plans",
        "report", "review", "section", "strategy", "system", "systems",
        "chair", "chief", "director", "minister", "officer", "secretary",
        "state", "lead",
    };
    return evx_word_in(term, words, sizeof words / sizeof words[0]);
}

char evx_title_gender(const char *word)
{
    static const char *const male[] = {"mr", "sir", "lord"};
    static const char *const female[] = {"mrs", "ms", "miss", "dame", "lady",
                                         "baroness"};
    for (size_t i = 0; i < sizeof male / sizeof *male; i++)
        if (strcasecmp(word, male[i]) == 0)
            return 'm';
    for (size_t i = 0; i < sizeof female / sizeof *female; i++)
        if (strcasecmp(word, female[i]) == 0)
            return 'f';
    return 0;
}

int evx_word_in(const char *term, const char *const *list, size_t n)
{
    /* First letters first: asked of every word, most in no list. */
    for (size_t i = 0; i < n; i++)
        if (list[i][0] == term[0] && strcmp(term, list[i]) == 0)
            return 1;
    return 0;
}

size_t evx_edit_distance(const char *a, const char *b, size_t cap)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return strcmp(a, b) == 0 ? 0 : cap + 1;
    if ((la > lb ? la - lb : lb - la) > cap)
        return cap + 1;
    size_t prev[65], cur[65];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t row_min = cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            size_t m = sub < del ? sub : del;
            cur[j] = m < ins ? m : ins;
            row_min = cur[j] < row_min ? cur[j] : row_min;
        }
        if (row_min > cap) /* no later row can come back under it */
            return cap + 1;
        memcpy(prev, cur, (lb + 1) * sizeof prev[0]);
    }
    return prev[lb] > cap ? cap + 1 : prev[lb];
}

size_t evx_transcript_label(const char *s, size_t len)
{
    size_t i = 0, words = 0;
    if (len > 1 && s[0] == 'Q' && evx_ascii_digit((unsigned char)s[1])) {
        for (i = 1; i < len && evx_ascii_digit((unsigned char)s[i]); i++)
            ;
        if (i >= len || s[i] != ' ')
            return 0;
        i++;
    }
    size_t start = i;
    if (!(len - i > 6 && (strncmp(s + i, "Chair:", 6) == 0 ||
                          strncmp(s + i, "Chairman:", 9) == 0 ||
                          strncmp(s + i, "The Chair:", 10) == 0)) &&
        !evx_name_opens_with_title(s + i))
        return 0;
    while (i < len && i - start < 60) {
        if (!evx_ascii_upper((unsigned char)s[i]) || ++words > 5)
            return 0;
        while (i < len && s[i] != ' ' && s[i] != ':')
            i++;
        if (i < len && s[i] == ':')
            return i + 1 < len && s[i + 1] == ' ' ? i + 2 : 0;
        if (i < len)
            i++;
    }
    return 0;
}
