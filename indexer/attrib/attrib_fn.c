/*
 * attrib_fn.c - footnote bodies read as cited sources; see attrib_fn.h.
 */
#include "attrib_fn.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "grow.h"

/* A footnote longer than this is an explanation, not a citation. */
#define NOTE_MIN_LEN 300
/* A citation without a year has at most this many words. */
#define SHORT_CITATION_WORDS 8

typedef struct span {
    const char *s;
    size_t len;
} span;

static span trim(span x)
{
    while (x.len && evx_ascii_space(x.s[0])) {
        x.s++;
        x.len--;
    }
    while (x.len && evx_ascii_space(x.s[x.len - 1]))
        x.len--;
    return x;
}

/* Trims spaces and the punctuation that wraps names: [ ] ( ) , ; . */
static span trim_wrap(span x)
{
    static const char wrap[] = " \t\n\r[](),;.";
    while (x.len && strchr(wrap, x.s[0]))
        x.s++, x.len--;
    while (x.len && strchr(wrap, x.s[x.len - 1]))
        x.len--;
    return x;
}

static int starts_with(span x, const char *prefix)
{
    size_t n = strlen(prefix);
    return x.len >= n && memcmp(x.s, prefix, n) == 0;
}

static int contains_ci(span x, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= x.len; i++) {
        size_t k = 0;
        while (k < n) {
            char a = x.s[i + k], b = needle[k];
            if (a >= 'A' && a <= 'Z')
                a = (char)(a - 'A' + 'a');
            if (a != b)
                break;
            k++;
        }
        if (k == n)
            return 1;
    }
    return 0;
}

static size_t count_words(span x)
{
    size_t n = 0;
    int in = 0;
    for (size_t i = 0; i < x.len; i++) {
        if (evx_ascii_space(x.s[i]))
            in = 0;
        else if (!in) {
            in = 1;
            n++;
        }
    }
    return n;
}

static int has_year(span x)
{
    for (size_t i = 0; i + 4 <= x.len; i++) {
        if ((x.s[i] == '1' && x.s[i + 1] == '9') ||
            (x.s[i] == '2' && x.s[i + 1] == '0')) {
            if (evx_ascii_digit(x.s[i + 2]) && evx_ascii_digit(x.s[i + 3]) &&
                (i == 0 || !evx_ascii_digit(x.s[i - 1])) &&
                (i + 4 == x.len || !evx_ascii_digit(x.s[i + 4])))
                return 1;
        }
    }
    return 0;
}

/* Where the number of a question reference that starts at x.s[i] ('Q')
 * begins: "Q361", "Q 361", and the plural of older reports "Qq 23-25",
 * "Qq23-25".  0 if x.s[i] starts none. */
static size_t q_digits_at(span x, size_t i)
{
    size_t j = i + 1;
    if (x.s[i] != 'Q')
        return 0;
    if (j < x.len && x.s[j] == 'q')
        j++;
    if (j < x.len && x.s[j] == ' ')
        j++;
    return j < x.len && evx_ascii_digit(x.s[j]) ? j : 0;
}

/* Offset of the Q of a question reference ("Q361", "Q 361", "Qq 23-25")
 * starting a word at or after from, or x.len. */
static size_t find_q(span x, size_t from)
{
    for (size_t i = from; i + 1 < x.len; i++) {
        if (x.s[i] == 'Q' && (i == 0 || !(evx_ascii_upper(x.s[i - 1]) ||
                                           (x.s[i - 1] >= 'a' &&
                                            x.s[i - 1] <= 'z'))) &&
            q_digits_at(x, i))
            return i;
    }
    return x.len;
}

/* Whether x is a page reference to the printed evidence of older reports:
 * "Ev 45", "Ev w12", "Ev 45-46" (oral and written evidence alike). */
static int is_printed_ev(span x)
{
    size_t i = 3;
    if (x.len < 4 || memcmp(x.s, "Ev ", 3) != 0)
        return 0;
    if (i < x.len && x.s[i] == 'w')
        i++;
    return i < x.len && evx_ascii_digit(x.s[i]);
}

/* Finds a written evidence code in x: letters (2-5 capitals) glued to 3 or
 * more digits, or 3 or more digits in parentheses.  Sets *at and *len of
 * the code; returns 0 if there is none. */
static int find_code(span x, size_t *at, size_t *len)
{
    for (size_t i = 0; i < x.len; i++) {
        size_t j = i, letters = 0, digits = 0;
        if (i > 0 && evx_ascii_upper(x.s[i - 1]))
            continue; /* only the start of a run of capitals */
        while (j < x.len && evx_ascii_upper(x.s[j]))
            j++, letters++;
        while (j < x.len && evx_ascii_digit(x.s[j]))
            j++, digits++;
        if (digits < 3 || (j < x.len && (evx_ascii_upper(x.s[j]) ||
                                          (x.s[j] >= 'a' && x.s[j] <= 'z'))))
            continue;
        if (letters >= 2 && letters <= 5) {
            *at = i;
            *len = j - i;
            return 1;
        }
        if (letters == 0 && i > 0 && x.s[i - 1] == '(' && j < x.len &&
            x.s[j] == ')' && !has_year((span){x.s + i, digits})) {
            *at = i;
            *len = j - i;
            return 1;
        }
    }
    return 0;
}

static int is_page_part(span x)
{
    static const char *const pages[] = {"page", "pages", "p", "pp", "para",
                                        "paragraph", "paras"};
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++) {
        size_t n = strlen(pages[k]);
        if (x.len > n && memcmp(x.s, pages[k], n) == 0 &&
            (evx_ascii_space(x.s[n]) || evx_ascii_digit(x.s[n]) || x.s[n] == '.'))
            return 1;
    }
    return 0;
}

/* A person's name as printed after a Q number: short, without digits. */
static int is_name_like(span x)
{
    if (x.len == 0 || count_words(x) > 8)
        return 0;
    for (size_t i = 0; i < x.len; i++)
        if (evx_ascii_digit(x.s[i]))
            return 0;
    return 1;
}

typedef struct refs {
    evx_fnref *items;
    size_t len, cap;
    int oom;
} refs;

static evx_fnref *push(refs *r, evx_fnref_kind kind)
{
    if (evx_grow((void **)&r->items, &r->cap, r->len + 1,
                 sizeof *r->items)) {
        r->oom = 1;
        return NULL;
    }
    evx_fnref *f = &r->items[r->len++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    return f;
}

static char *dup_span(refs *r, span x)
{
    char *s = evx_strndup(x.s, x.len);
    if (!s)
        r->oom = 1;
    return s;
}

/* Splits x at commas outside brackets and parentheses. */
static size_t split_parts(span x, span *parts, size_t max)
{
    size_t n = 0, start = 0;
    int depth = 0;
    for (size_t i = 0; i <= x.len && n < max; i++) {
        if (i < x.len && (x.s[i] == '[' || x.s[i] == '('))
            depth++;
        else if (i < x.len && (x.s[i] == ']' || x.s[i] == ')') && depth > 0)
            depth--;
        if (i == x.len || (depth == 0 && (x.s[i] == ',' || x.s[i] == ';'))) {
            parts[n++] = trim((span){x.s + start, i - start});
            start = i + 1;
        }
    }
    return n;
}

static int parse_q_number(span x, size_t at, size_t *end)
{
    int q = 0;
    size_t i = q_digits_at(x, at);
    if (!i)
        i = at + 1;
    while (i < x.len && evx_ascii_digit(x.s[i]) && q < 100000)
        q = q * 10 + (x.s[i++] - '0');
    *end = i;
    return q;
}

/* Oral evidence cited with its session ("Oral evidence taken on 12 March
 * 2019, HC 1234, Q45 [Sir Simon Stevens]"), to this committee (ORAL) or
 * another (COMMITTEE): the last Q number and the name after. */
static void parse_session(refs *r, span x, evx_fnref_kind kind)
{
    size_t q_at = x.len, from = 0, at;
    while ((at = find_q(x, from)) < x.len) {
        q_at = at;
        from = at + 1;
    }
    evx_fnref *f = push(r, kind);
    if (!f)
        return;
    if (q_at == x.len) {
        f->ref = dup_span(r, x);
        return;
    }
    size_t end;
    f->q = parse_q_number(x, q_at, &end);
    f->ref = dup_span(r, trim((span){x.s, end}));
    span rest = trim_wrap((span){x.s + end, x.len - end});
    if (is_name_like(rest))
        f->name = dup_span(r, rest);
}

/* Tries to read x as a list of oral and written references only.
 * Returns 0 (adding nothing) if some part is neither. */
/* A submitter's name may hold a comma ("Brunel University, London
 * (EIM0028)"): a short part citing nothing is joined to the written
 * reference after it.  Returns the new number of parts. */
static size_t join_name_parts(span *parts, size_t n)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        size_t at, len;
        if (i + 1 < n && parts[i].len && !is_page_part(parts[i]) &&
            find_q(parts[i], 0) != 0 && !find_code(parts[i], &at, &len) &&
            count_words(parts[i]) <= SHORT_CITATION_WORDS &&
            find_code(parts[i + 1], &at, &len) && at > 0) {
            parts[i + 1].len += (size_t)(parts[i + 1].s - parts[i].s);
            parts[i + 1].s = parts[i].s;
            continue;
        }
        parts[out++] = parts[i];
    }
    return out;
}

static int parse_ref_list(refs *r, span x)
{
    span parts[32];
    size_t n = join_name_parts(parts, split_parts(x, parts, 32)), found = 0;
    for (size_t i = 0; i < n; i++) {
        size_t at, len;
        if (parts[i].len == 0 || is_page_part(parts[i]))
            continue;
        if (find_q(parts[i], 0) == 0 || is_printed_ev(parts[i]) ||
            find_code(parts[i], &at, &len))
            found++;
        else
            return 0;
    }
    if (!found)
        return 0;
    for (size_t i = 0; i < n; i++) {
        span p = parts[i];
        size_t at, len, end;
        if (p.len == 0 || is_page_part(p))
            continue;
        if (is_printed_ev(p)) {
            evx_fnref *f = push(r, EVX_FNREF_PRINTED);
            if (!f)
                return 1;
            f->ref = dup_span(r, trim(p));
        } else if (find_q(p, 0) == 0) {
            evx_fnref *f = push(r, EVX_FNREF_ORAL);
            if (!f)
                return 1;
            f->q = parse_q_number(p, 0, &end);
            f->ref = dup_span(r, trim((span){p.s, end}));
            span rest = trim_wrap((span){p.s + end, p.len - end});
            if (is_name_like(rest))
                f->name = dup_span(r, rest);
        } else if (find_code(p, &at, &len)) {
            evx_fnref *f = push(r, EVX_FNREF_WRITTEN);
            if (!f)
                return 1;
            f->code = dup_span(r, (span){p.s + at, len});
            f->ref = dup_span(r, (span){p.s + at, len});
            span who = trim_wrap((span){p.s, at});
            if (who.len)
                f->name = dup_span(r, who);
        }
    }
    return 1;
}

/* Where a title in quotation marks at the start of s ends (just after its
 * closing mark and a comma), or 0 if s does not open with one: "‘What
 * are Microbeads?’, Procter & Gamble" names its author after the title. */
static size_t after_quoted_title(span x)
{
    const unsigned char *s = (const unsigned char *)x.s;
    if (x.len < 6 || s[0] != 0xE2 || s[1] != 0x80 ||
        (s[2] != 0x98 && s[2] != 0x9C && s[2] != 0x99))
        return 0;
    for (size_t i = 3; i + 3 < x.len; i++)
        if (s[i] == 0xE2 && s[i + 1] == 0x80 &&
            (s[i + 2] == 0x99 || s[i + 2] == 0x9D) &&
            (i + 3 == x.len || s[i + 3] == ',' || s[i + 3] == ' '))
            return i + 3 < x.len && s[i + 3] == ',' ? i + 4 : i + 3;
    /* the closing mark was lost: the title runs to the first comma that
     * is not inside brackets */
    int depth = 0;
    for (size_t i = 3; i < x.len; i++) {
        depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
        if (s[i] == ',' && depth <= 0)
            return i + 1;
    }
    return 0;
}

/* Drops a trailing kind of document from an author ("Cosmetics Europe
 * Press Release" is Cosmetics Europe's).  Kinds of publication, in
 * English. */
static span drop_document_kind(span a)
{
    static const char *const kinds[] = {" press release", " press notice",
                                        " news release", " news story",
                                        " briefing", " statement", " blog",
                                        " website", " report"};
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        size_t n = strlen(kinds[k]);
        if (a.len > n && strncasecmp(a.s + a.len - n, kinds[k], n) == 0)
            return trim((span){a.s, a.len - n});
    }
    return a;
}

/* A document: the author is the text before the first comma (or before a
 * parenthesised year), after the title when the footnote opens with a
 * quoted one. */
static void parse_document(refs *r, span x)
{
    evx_fnref *f = push(r, EVX_FNREF_DOCUMENT);
    if (!f)
        return;
    f->ref = dup_span(r, x);
    size_t skip = after_quoted_title(x);
    span author = trim((span){x.s + skip, x.len - skip});
    x = author;
    for (size_t i = 0; i < x.len; i++) {
        if (x.s[i] == ',' ||
            (x.s[i] == '(' && i + 1 < x.len && evx_ascii_digit(x.s[i + 1]))) {
            author.len = i;
            break;
        }
    }
    author = trim_wrap(author);
    if (skip)
        author = drop_document_kind(author);
    if (author.len)
        f->name = dup_span(r, author);
}

evx_status evx_fnrefs_parse(evx_fnref **out, size_t *n, const char *text,
                            size_t len)
{
    refs r = {NULL, 0, 0, 0};
    span x = trim((span){text ? text : "", text ? len : 0});
    *out = NULL;
    *n = 0;
    if (x.len == 0)
        return EVX_OK;
    if (starts_with(x, "See ") || starts_with(x, "see ")) {
        evx_fnref *f = push(&r, EVX_FNREF_NOTE);
        if (f)
            f->ref = dup_span(&r, x);
    } else if ((contains_ci(x, "oral evidence") ||
                contains_ci(x, "evidence taken before")) &&
               contains_ci(x, "committee")) {
        parse_session(&r, x, EVX_FNREF_COMMITTEE);
    } else if (contains_ci(x, "oral evidence taken") ||
               starts_with(x, "Oral evidence")) {
        parse_session(&r, x, EVX_FNREF_ORAL);
    } else if (parse_ref_list(&r, x)) {
        /* done */
    } else if (x.len > NOTE_MIN_LEN ||
               (!has_year(x) && count_words(x) > SHORT_CITATION_WORDS)) {
        evx_fnref *f = push(&r, EVX_FNREF_NOTE);
        if (f)
            f->ref = dup_span(&r, x);
    } else {
        parse_document(&r, x);
    }
    if (r.oom) {
        evx_fnrefs_free(r.items, r.len);
        return EVX_NOMEM;
    }
    *out = r.items;
    *n = r.len;
    return EVX_OK;
}

void evx_fnrefs_free(evx_fnref *refs_, size_t n)
{
    if (!refs_)
        return;
    for (size_t i = 0; i < n; i++) {
        free(refs_[i].name);
        free(refs_[i].code);
        free(refs_[i].ref);
    }
    free(refs_);
}

int evx_fnref_is_ibid(const char *text, size_t len)
{
    static const char *const repeat[] = {"as above", "ibid", "idem",
                                         "ibidem"};
    span x = trim_wrap((span){text ? text : "", text ? len : 0});
    for (size_t k = 0; k < sizeof repeat / sizeof repeat[0]; k++)
        if (x.len == strlen(repeat[k]) && contains_ci(x, repeat[k]))
            return 1;
    return 0;
}

const char *evx_fnref_code_digits(const char *code)
{
    if (!code)
        return "";
    while (*code && !evx_ascii_digit(*code))
        code++;
    return code;
}
