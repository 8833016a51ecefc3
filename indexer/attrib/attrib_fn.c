/*
 * attrib_fn.c - footnote bodies read as cited sources; see attrib_fn.h.
 */
#include "attrib_fn.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "attrib_fnrepeat.h"
#include "attrib_fnspan.h"
#include "attrib_parts.h"
#include "dash.h"
#include "dates.h"
#include "buf.h"
#include "grow.h"
#include "names.h"
#include "qref.h"

/* A footnote longer than this is an explanation, not a citation. */
#define NOTE_MIN_LEN 300
/* A citation without a year has at most this many words. */
#define SHORT_CITATION_WORDS 8

typedef evx_fnspan span;

static int starts_with(span x, const char *prefix)
{
    size_t n = strlen(prefix);
    return x.len >= n && memcmp(x.s, prefix, n) == 0;
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

/* A House paper's number, cited with the oral evidence it printed: "HC
 * 650", "HC 1234-I", "HL Paper 12". */
static int is_paper_part(span x)
{
    size_t i = 2;
    if (x.len < 3 || (memcmp(x.s, "HC", 2) != 0 && memcmp(x.s, "HL", 2) != 0))
        return 0;
    if (x.len > 9 && memcmp(x.s + 2, " Paper ", 7) == 0)
        i = 9;
    else if (x.s[i] == ' ')
        i++;
    if (i >= x.len || !evx_ascii_digit(x.s[i]))
        return 0;
    while (i < x.len && evx_ascii_digit(x.s[i]))
        i++;
    if (i < x.len && x.s[i] == '-')
        for (i++; i < x.len && strchr("IVX", x.s[i]); i++)
            ;
    return i == x.len;
}

/* The printed evidence an older report cites by volume or by name before
 * a page or a question ("Vol II, p 245", "Volume 2, Q 56", "Evidence, p
 * 101"): no author, and no name. */
static int is_volume_part(span x)
{
    static const char *const heads[] = {"Vol ", "Vol. ", "Volume "};
    if ((x.len == 8 && strncasecmp(x.s, "Evidence", 8) == 0) ||
        (x.len == 19 && strncasecmp(x.s, "Minutes of Evidence", 19) == 0))
        return 1;
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        size_t n = strlen(heads[k]), i = n;
        if (x.len <= n || memcmp(x.s, heads[k], n) != 0)
            continue;
        while (i < x.len && (strchr("IVX", x.s[i]) || evx_ascii_digit(x.s[i])))
            i++;
        return i == x.len;
    }
    return 0;
}

/* A person's name printed on its own beside a Q number ("Ian Dalton, Q45",
 * "Q45, Ian Dalton"): two to six words, each opening with a capital. */
static int is_printed_name(span x)
{
    size_t words = 0;
    int start = 1;
    if (is_volume_part(x))
        return 0; /* "Vol II, Q 56" */
    for (size_t i = 0; i < x.len; i++) {
        char c = x.s[i];
        if (evx_ascii_space(c)) {
            start = 1;
            continue;
        }
        if (evx_ascii_digit(c) || strchr("()[]:;\"", c))
            return 0;
        if (start && !evx_ascii_upper((unsigned char)c))
            return 0;
        words += start;
        start = 0;
    }
    return words >= 2 && words <= 6;
}

/* A person's name as printed after a Q number: short, without digits. */
static int is_name_like(span x)
{
    size_t commas = 0;
    for (size_t i = 0; i < x.len; i++)
        commas += x.s[i] == ',';
    /* a name, or a name with its post and body ("Jane Doe, Professor of
     * Marine Engineering, University of Tayside") */
    if (x.len == 0 || count_words(x) > 8 * (commas + 1) || commas > 7)
        return 0;
    for (size_t i = 0; i < x.len; i++)
        if (evx_ascii_digit(x.s[i]))
            return 0;
    return 1;
}

/* What a part of a speaker's brackets names (attrib_parts.h's rules): a
 * person, a post, or else a body.  after_post: a post stands before it,
 * so a part read as a name is the body ("Jane Doe, Chief Executive,
 * Seabright Renewables"). */
typedef enum part_kind { PART_PERSON, PART_POST, PART_BODY } part_kind;

static part_kind part_names(span x, int after_post)
{
    if (evx_part_has_honorific(x.s, x.len))
        return PART_PERSON;
    if (evx_part_names_post(x.s, x.len))
        return PART_POST;
    return evx_part_looks_like_name(x.s, x.len) && !after_post ? PART_PERSON
                                                              : PART_BODY;
}

/* The name x gives wholly in brackets ("[Lincolnshire County Council]",
 * "(British Medical Association)"): its span, or an empty one. */
static span bracketed_name(span x)
{
    span none = {x.s, 0}, in;
    x = evx_fnspan_trim(x);
    if (x.len < 3 || !((x.s[0] == '[' && x.s[x.len - 1] == ']') ||
                       (x.s[0] == '(' && x.s[x.len - 1] == ')')))
        return none;
    in = evx_fnspan_trim((span){x.s + 1, x.len - 2});
    return in.len && evx_ascii_upper(in.s[0]) && is_name_like(in) ? in : none;
}

/* What a question reference prints after its number, x: the name it
 * gives, bracketed ("(Professor Priya Okafor)", "[Jane Doe, Chief
 * Executive, Water UK]") or not, its brackets taken off.  A bracket ends
 * the name: what follows it is no part of it (a page's running footer
 * glued to the note: "(Professor Priya Okafor) Select Committee on Urban
 * Air" had been her name). */
static span after_question(span x)
{
    x = evx_fnspan_trim(x);
    char close = x.len && x.s[0] == '(' ? ')' : x.len && x.s[0] == '[' ? ']' : 0;
    const char *end = close ? memchr(x.s, close, x.len) : NULL;
    if (end)
        x.len = (size_t)(end - x.s);
    return evx_fnspan_trim_wrap(x);
}

/* The name an "Ev" reference gives in brackets after its pages ("Ev 63
 * [Lincolnshire County Council]", "Ev w12 (Dr Jane Doe)"): its span, or
 * an empty one. */
static span printed_ev_name(span x)
{
    size_t i = 3;
    while (i < x.len && (evx_ascii_digit(x.s[i]) || x.s[i] == 'w' ||
                         x.s[i] == '-' || (unsigned char)x.s[i] >= 0x80))
        i++; /* pages: "45", "w12", "45-46", "45–46" */
    return bracketed_name((span){x.s + i, x.len - i});
}

/* If x opens with one of words (case aside) and a space, takes them off
 * and returns 1. */
static int eat_word(span *x, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t w = strlen(words[k]);
        if (x->len > w && strncasecmp(x->s, words[k], w) == 0 &&
            x->s[w] == ' ') {
            x->s += w + 1;
            x->len -= w + 1;
            return 1;
        }
    }
    return 0;
}

#define N_OF(a) (sizeof a / sizeof *a)

/* If x ends with what a list of evidence calls an entry ("… written
 * evidence", "… supplementary written evidence", "… (supplementary)"),
 * takes it off. */
static span without_kind_tail(span x)
{
    static const char *const tails[] = {" (supplementary)",
                                        " (further)",
                                        " (supplementary",
                                        " (further",
                                        "\xE2\x80\x94supplementary evidence",
                                        " \xE2\x80\x93 supplementary evidence",
                                        " - supplementary evidence",
                                        " supplementary written evidence",
                                        " further written evidence",
                                        " supplementary evidence",
                                        " written evidence",
                                        " written submission"};
    for (size_t k = 0; k < N_OF(tails); k++) {
        size_t n = strlen(tails[k]);
        if (x.len > n && strncasecmp(x.s + x.len - n, tails[k], n) == 0)
            return evx_fnspan_trim((span){x.s, x.len - n});
    }
    return x;
}

int evx_fnref_is_code(const char *s, size_t len)
{
    size_t at, n;
    return evx_fnspan_find_code((span){s, len}, &at, &n) && at == 0 && n == len;
}


/* The sender of a letter, the giver of evidence or a speech: what follows
 * the words that say what it is and who sent it ("Letter from", "Written
 * evidence from", "Supplementary written evidence submitted by", "Speech
 * by" ...) up to " to " ("Letter from the Secretary of State to the
 * Chair" is the Secretary of State's), without a leading "the" before a
 * capital, nor an entry's kind after the name ("NHS Providers written
 * evidence").  x itself (its kind taken off) if it opens with none. */
static span sender(span x)
{
    static const char *const qualifiers[] = {
        "supplementary", "further", "additional", "second", "third",
        "follow-up", "joint"};
    static const char *const kinds[] = {"written", "oral"};
    static const char *const nouns[] = {
        "evidence", "submission", "memorandum", "briefing", "letter",
        "email", "e-mail", "correspondence", "speech", "statement",
        "remarks", "note", "paper"};
    static const char *const verbs[] = {"submitted", "sent", "received",
                                        "given", "taken"};
    static const char *const by[] = {"from", "by"};
    span y = x;

    while (eat_word(&y, qualifiers, N_OF(qualifiers)))
        ;
    eat_word(&y, kinds, N_OF(kinds));
    int noun = eat_word(&y, nouns, N_OF(nouns));
    eat_word(&y, verbs, N_OF(verbs));
    if (!noun && y.s == x.s)
        return without_kind_tail(x);
    if (!eat_word(&y, by, N_OF(by)))
        return without_kind_tail(x);
    for (size_t i = 0; i + 4 <= y.len; i++)
        if (memcmp(y.s + i, " to ", 4) == 0) {
            y.len = i;
            break;
        }
    if (y.len > 4 && strncasecmp(y.s, "the ", 4) == 0 &&
        evx_ascii_upper(y.s[4])) {
        y.s += 4;
        y.len -= 4;
    }
    return without_kind_tail(evx_fnspan_trim(y));
}

size_t evx_fn_submitter(const char *s, size_t len, size_t *off)
{
    span x = sender(evx_fnspan_trim((span){s, len}));
    *off = (size_t)(x.s - s);
    return x.len;
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

/* The length of a pointer opening x ("See", "See also", "See, for
 * example,", "For example", "e.g.", "cf."), with the punctuation and
 * spaces after it; 0 if x opens with none.  Words English uses to point a
 * reader at a source. */
static size_t pointer_len(span x)
{
    static const char *const words[] = {"see also", "see", "for example",
                                        "for instance", "e.g.", "eg", "cf.",
                                        "cf"};
    size_t i = 0, any = 0;
    for (int more = 1; more;) {
        more = 0;
        for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
            size_t n = strlen(words[k]);
            if (x.len - i >= n && strncasecmp(x.s + i, words[k], n) == 0 &&
                (i + n == x.len || !evx_ascii_alnum((unsigned char)x.s[i + n]))) {
                i += n;
                while (i < x.len && strchr(" ,.:;", x.s[i]))
                    i++;
                any = more = 1;
                break;
            }
        }
    }
    return any ? i : 0;
}

/* The length of a range dash (dash.h) at x.s[i], else 0. */
static size_t dash_at(span x, size_t i)
{
    return i < x.len ? evx_dash_at(x.s + i, x.len - i) : 0;
}

/* The first question of the reference at x.s[at]; *end is set after the
 * reference, a range included ("Q23-25", "Qq 23–25", "Q23–Q25"). */
static int parse_q_number(span x, size_t at, size_t *end)
{
    int q = 0;
    size_t i = evx_qref_digits(x.s, x.len, at);
    if (!i)
        i = at + 1;
    while (i < x.len && evx_ascii_digit(x.s[i]) && q < 100000)
        q = q * 10 + (x.s[i++] - '0');
    if (at + 1 < x.len && (x.s[at + 1] == 'q' || x.s[at + 1] == 'u')) {
        /* a plural, "Qq 45 and 47", "Questions 45 and 47", "Qq88, 91" */
        for (;;) {
            size_t j = i, d = dash_at(x, i);
            if (d && i + d < x.len && evx_ascii_digit(x.s[i + d]))
                j = i + d;
            else if (i + 5 < x.len && memcmp(x.s + i, " and ", 5) == 0)
                j = i + 5;
            else if (i + 1 < x.len && x.s[i] == ',')
                for (j = i + 1; j < x.len && x.s[j] == ' ';)
                    j++;
            if (j == i || j >= x.len || !evx_ascii_digit(x.s[j]))
                break;
            for (i = j; i < x.len && evx_ascii_digit(x.s[i]);)
                i++;
        }
    }
    size_t d = dash_at(x, i), j = i + d;
    if (d && j < x.len && x.s[j] == 'Q')
        j++;
    if (d && j < x.len && evx_ascii_digit(x.s[j]))
        for (i = j; i < x.len && evx_ascii_digit(x.s[i]);)
            i++;
    *end = i;
    return q;
}

/* The day x prints in full ("taken on 3 May 2021", "(3 May 2021)") as
 * yyyymmdd, 0 if none. */
static long session_date(span x)
{
    for (size_t i = 0; i < x.len; i++) {
        if ((i > 0 && evx_ascii_alnum((unsigned char)x.s[i - 1])) ||
            !evx_day_month_at(x.s + i, x.len - i))
            continue;
        size_t j = i;
        while (j < x.len && evx_ascii_digit((unsigned char)x.s[j]))
            j++;
        j += 1 + evx_month_at(x.s + j + 1, x.len - j - 1);
        size_t y = j + 1, e = y;
        while (e < x.len && e < y + 4 && evx_ascii_digit((unsigned char)x.s[e]))
            e++;
        long ymd;
        if (j < x.len && x.s[j] == ' ' && e == y + 4 &&
            evx_date_read(x.s + i, e - i, &ymd))
            return ymd;
    }
    return 0;
}

/* Is part x a day and nothing else ("22 February 2023", the session of
 * the question before it: "Q 5 (Lord Kerslake), 22 February 2023")?
 * Its yyyymmdd, else 0. */
static long day_part(span x)
{
    long ymd;
    x = evx_fnspan_trim(x);
    if (x.len && x.s[x.len - 1] == '.')
        x.len--;
    return x.len && evx_ascii_digit((unsigned char)x.s[0]) &&
                   evx_date_read(x.s, x.len, &ymd)
               ? ymd
               : 0;
}

/* Oral evidence cited with its session ("Oral evidence taken on 12 March
 * 2019, HC 1234, Q45 [Sir Simon Stevens]"), to this committee (ORAL) or
 * another (COMMITTEE): the last Q number and the name after. */
static void parse_session(refs *r, span x, evx_fnref_kind kind)
{
    size_t q_at = evx_fnspan_last_q(x);
    evx_fnref *f = push(r, kind);
    if (!f)
        return;
    f->ymd = session_date(x);
    if (q_at == x.len) {
        f->ref = dup_span(r, x);
        return;
    }
    size_t end;
    f->q = parse_q_number(x, q_at, &end);
    f->ref = dup_span(r, evx_fnspan_trim((span){x.s, end}));
    span rest = after_question((span){x.s + end, x.len - end});
    if (is_name_like(rest)) {
        f->name = dup_span(r, rest);
        return;
    }
    /* "Oral evidence: Ian Dalton, Q45": the name printed just before */
    span before = evx_fnspan_trim((span){x.s, q_at});
    if (before.len && (before.s[before.len - 1] == ',' ||
                       before.s[before.len - 1] == '('))
        before = evx_fnspan_trim((span){before.s, before.len - 1});
    size_t b = before.len;
    while (b > 0 && before.s[b - 1] != ',' && before.s[b - 1] != ':')
        b--;
    span name = evx_fnspan_trim((span){before.s + b, before.len - b});
    /* "Oral evidence from Ian Dalton, Q45": the giver the words name */
    span giver = b == 0 ? sender(before) : before;
    if (b == 0 && giver.s != before.s) {
        name = giver;
        b = 1;
    }
    if (rest.len == 0 && b > 0 && is_printed_name(name))
        f->name = dup_span(r, name);
}

/* A submitter's name may hold a comma ("Brunel University, London
 * (EIM0028)"): a short part citing nothing is joined to the written
 * reference after it.  Returns the new number of parts. */
static size_t join_name_parts(span *parts, size_t n)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++) {
        size_t at, len;
        if (i + 1 < n && parts[i].len && !evx_fnspan_page_part(parts[i]) &&
            evx_fnspan_find_q(parts[i], 0) != 0 &&
            !evx_fnspan_find_code(parts[i], &at, &len) &&
            count_words(parts[i]) <= SHORT_CITATION_WORDS &&
            evx_fnspan_find_code(parts[i + 1], &at, &len) && at > 0) {
            parts[i + 1].len += (size_t)(parts[i + 1].s - parts[i].s);
            parts[i + 1].s = parts[i].s;
            continue;
        }
        parts[out++] = parts[i];
    }
    return out;
}

/* Does part x (opening with a question) print no name after it? */
static int q_without_name(span x)
{
    size_t end;
    parse_q_number(x, 0, &end);
    return evx_fnspan_trim_wrap((span){x.s + end, x.len - end}).len == 0;
}

/* Is x a name and its question, the name first: "Ian Dalton (Q45)"?  The
 * name into *who (if who). */
static int named_before_q(span x, span *who)
{
    size_t q_at = evx_fnspan_find_q(x, 0), end;
    if (q_at == 0 || q_at >= x.len)
        return 0;
    span name = evx_fnspan_trim((span){x.s, q_at});
    if (name.len && name.s[name.len - 1] == '(')
        name = evx_fnspan_trim((span){name.s, name.len - 1});
    /* "Jane Doe (Water UK) Q52": the organisation in brackets after the
     * name is not part of it */
    if (name.len > 2 && name.s[name.len - 1] == ')') {
        size_t o = name.len - 1;
        while (o > 0 && name.s[o] != '(')
            o--;
        if (o > 0 && name.s[o] == '(')
            name = evx_fnspan_trim((span){name.s, o});
    }
    parse_q_number(x, q_at, &end);
    span rest = evx_fnspan_trim((span){x.s + end, x.len - end});
    if (!is_printed_name(name) ||
        !(rest.len == 0 || (rest.len == 1 && rest.s[0] == ')')))
        return 0;
    if (who)
        *who = name;
    return 1;
}

/* Sets f's name, role and organisation from a speaker's brackets x:
 * "Jane Doe, Chief Executive, Water UK" is Jane Doe, with her post and
 * body; a list of people ("Jane Doe, Professor John Roe") is named
 * whole.  The post and body are the first of each after the name. */
static void name_with_post(refs *r, evx_fnref *f, span x)
{
    span parts[8], role = {NULL, 0}, org = {NULL, 0};
    size_t n = evx_fnspan_split(x, parts, 8);

    for (size_t i = 1; i < n && n <= 8; i++) {
        part_kind k = part_names(parts[i], role.s != NULL);
        if (k == PART_PERSON || (k == PART_POST && role.s) ||
            (k == PART_BODY && org.s)) {
            f->name = dup_span(r, x);
            return;
        }
        if (k == PART_POST)
            role = parts[i];
        else
            org = parts[i];
    }
    if (n > 8 || part_names(parts[0], 0) != PART_PERSON) {
        f->name = dup_span(r, x);
        return;
    }
    f->name = dup_span(r, parts[0]);
    if (role.s)
        f->role = dup_span(r, role);
    if (org.s)
        f->org = dup_span(r, org);
}

/* Tries to read x as a list of oral and written references only.
 * Returns 0 (adding nothing) if some part is neither. */
static int parse_ref_list(refs *r, span x)
{
    span parts[32];
    size_t n = join_name_parts(parts, evx_fnspan_split(x, parts, 32)), found = 0;
    for (size_t i = 0; i < n; i++) {
        /* "Q45 [Ian Dalton]; see also Q50", "Q12 and Q14" */
        size_t skip = pointer_len(parts[i]);
        if (!skip && parts[i].len > 4 && strncasecmp(parts[i].s, "and ", 4) == 0)
            skip = 4;
        parts[i].s += skip;
        parts[i].len -= skip;
    }
    /* a name printed beside a question that names no one ("Ian Dalton,
     * Q45", "Q45, Ian Dalton") is that question's */
    span named[32];
    for (size_t i = 0; i < n; i++) {
        named[i] = (span){NULL, 0};
        if (parts[i].len == 0 ||
            (evx_fnspan_printed_ev(parts[i])
                 ? printed_ev_name(evx_fnspan_trim(parts[i])).len != 0
                 : evx_fnspan_find_q(parts[i], 0) != 0 ||
                       !q_without_name(parts[i])))
            continue; /* nor a page of evidence that names no one ("Ev 5,
                         Dr Lee") */
        if (i + 1 < n && is_printed_name(parts[i + 1]))
            named[i] = parts[i + 1], parts[i + 1].len = 0;
        else if (i > 0 && parts[i - 1].len && is_printed_name(parts[i - 1]))
            named[i] = parts[i - 1], parts[i - 1].len = 0;
    }
    for (size_t i = 0; i < n; i++) {
        size_t at, len;
        if (is_volume_part(parts[i]) && i + 1 < n &&
            evx_fnspan_page_part(parts[i + 1]))
            found++; /* a page of the printed evidence, below */
        if (parts[i].len == 0 || evx_fnspan_page_part(parts[i]) ||
            is_paper_part(parts[i]) || is_volume_part(parts[i]) ||
            day_part(parts[i]))
            continue;
        if (evx_fnspan_find_q(parts[i], 0) == 0 || evx_fnspan_printed_ev(parts[i]) ||
            evx_fnspan_find_code(parts[i], &at, &len) || named_before_q(parts[i], NULL))
            found++;
        else
            return 0;
    }
    if (!found)
        return 0;
    for (size_t i = 0; i < n; i++) {
        span p = parts[i], speaker;
        size_t at, len, end;
        if (is_volume_part(p) && i + 1 < n &&
            evx_fnspan_page_part(parts[i + 1])) {
            evx_fnref *f = push(r, EVX_FNREF_PRINTED);
            if (!f)
                return 1;
            f->ref = dup_span(r, (span){p.s, (size_t)(parts[i + 1].s +
                                                       parts[i + 1].len - p.s)});
            i++;
            continue;
        }
        if (p.len == 0 || evx_fnspan_page_part(p) || is_paper_part(p) ||
            is_volume_part(p))
            continue;
        long day = day_part(p);
        if (day) { /* the day of the question before it */
            if (r->len && r->items[r->len - 1].kind == EVX_FNREF_ORAL &&
                !r->items[r->len - 1].ymd)
                r->items[r->len - 1].ymd = day;
            continue;
        }
        if (named_before_q(p, &speaker)) {
            /* "Ian Dalton (Q45)" */
            evx_fnref *f = push(r, EVX_FNREF_ORAL);
            size_t q_at = evx_fnspan_find_q(p, 0);
            if (!f)
                return 1;
            f->q = parse_q_number(p, q_at, &end);
            f->ref = dup_span(r, evx_fnspan_trim((span){p.s + q_at, end - q_at}));
            f->name = dup_span(r, speaker);
            continue;
        }
        if (evx_fnspan_printed_ev(p)) {
            evx_fnref *f = push(r, EVX_FNREF_PRINTED);
            span who = printed_ev_name(evx_fnspan_trim(p));
            if (!f)
                return 1;
            f->ref = dup_span(
                r, evx_fnspan_trim(
                       who.len ? (span){p.s, (size_t)(who.s - 1 - p.s)} : p));
            if (who.len)
                f->name = dup_span(r, who);
            else if (named[i].len)
                f->name = dup_span(r, named[i]);
        } else if (evx_fnspan_find_q(p, 0) == 0) {
            evx_fnref *f = push(r, EVX_FNREF_ORAL);
            if (!f)
                return 1;
            f->q = parse_q_number(p, 0, &end);
            f->ymd = session_date(p);
            f->ref = dup_span(r, evx_fnspan_trim((span){p.s, end}));
            span rest = after_question((span){p.s + end, p.len - end});
            if (is_name_like(rest))
                name_with_post(r, f, rest);
            else if (named[i].len)
                f->name = dup_span(r, named[i]);
        } else if (evx_fnspan_find_code(p, &at, &len)) {
            evx_fnref *f = push(r, EVX_FNREF_WRITTEN);
            if (!f)
                return 1;
            f->code = dup_span(r, (span){p.s + at, len});
            f->ref = dup_span(r, (span){p.s + at, len});
            span who = sender(evx_fnspan_trim_wrap((span){p.s, at}));
            if (!who.len) /* "ABC0012 (British Medical Association)" */
                who = bracketed_name((span){p.s + at + len, p.len - at - len});
            if (who.len)
                f->name = dup_span(r, who);
        }
    }
    return 1;
}

/* Reads x as references separated by semicolons, each group a list of
 * oral and written references on its own, so that no name is paired with
 * a question across a semicolon ("Qq 56–57; C&AG’s Report, para 2.5":
 * the report is a document cited beside the questions, not their
 * speaker) and a group that cites a document is passed over when another
 * cites evidence, as is a group that points at more evidence after a
 * source was read ("; see also Q28 [Anita Patel]").  Returns 0 (adding
 * nothing) if no group is such a list. */
static int parse_ref_groups(refs *r, span x)
{
    size_t start = 0, groups = 0;
    int depth = 0, found = 0;
    for (size_t i = 0; i <= x.len; i++) {
        if (i < x.len) {
            if (x.s[i] == '[' || x.s[i] == '(')
                depth++;
            else if ((x.s[i] == ']' || x.s[i] == ')') && depth > 0)
                depth--;
            if (depth > 0 || x.s[i] != ';')
                continue;
        }
        if (i == x.len && groups == 0)
            return parse_ref_list(r, x); /* one group: the list as it is */
        span g = evx_fnspan_trim((span){x.s + start, i - start});
        /* "Orkney Traders’ Association (FER0003); see also Q28 [Anita
         * Patel]": the source is the first; the other one pointed at
         * beside it spoke none of the words */
        if (g.len && !(found && pointer_len(g)))
            found |= parse_ref_list(r, g);
        groups++;
        start = i + 1;
    }
    return found;
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
    /* the closing mark of the opening's kind: a single quotation's ’, a
     * double's ” (a title opened with ’ had been closed by a quotation's
     * ” far on in a footnote that ran into text, leaving "to 90%" the
     * author) */
    unsigned char close = s[2] == 0x9C ? 0x9D : 0x99;
    for (size_t i = 3; i + 3 < x.len; i++)
        if (s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == close &&
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

/* Whether a is a case's name: two parties either side of " v " or " v. "
 * ("Ziliberberg v Moldova", "R (Miller) v Secretary of State"), the
 * judgment a court gave, whose author the text names. */
static int is_case_name(span a)
{
    for (size_t i = 1; i + 3 < a.len; i++)
        if (a.s[i] == ' ' && a.s[i + 1] == 'v' &&
            (a.s[i + 2] == ' ' || (a.s[i + 2] == '.' && a.s[i + 3] == ' ')) &&
            evx_ascii_upper((unsigned char)a.s[0]))
            return 1;
    return 0;
}

/* A paper's number, which names no author: a written statement
 * ("HCWS123", "HLWS45"), a Command paper ("Cm 9876", "Cmnd 1234", "CP
 * 123"), a House paper ("HC 650", "HL Paper 12"), a statutory instrument
 * ("SI 2020/123"). */
static int is_paper_number(span a)
{
    static const char *const series[] = {"HCWS", "HLWS", "Cm ", "Cm. ",
                                         "Cmnd ", "Cmnd. ", "Cd ", "CP ",
                                         "SI ", "S.I. "};
    if (is_paper_part(a))
        return 1;
    for (size_t k = 0; k < sizeof series / sizeof *series; k++) {
        size_t n = strlen(series[k]), i = n;
        if (a.len <= n || memcmp(a.s, series[k], n) != 0)
            continue;
        while (i < a.len && (evx_ascii_digit(a.s[i]) || a.s[i] == '/'))
            i++;
        return i == a.len && evx_ascii_digit(a.s[n]);
    }
    return 0;
}

/* Does a committee's document in x only print others' words: its Special
 * Report of a Government response ("Transport Committee, Seventeenth
 * Special Report of Session 2017–19, … Government Response …")?  The
 * committee is then no author of what is quoted from it. */
static int prints_a_response(span x)
{
    return evx_fnspan_has_ci(x, "special report") ||
           evx_fnspan_has_ci(x, "government response");
}

/* Whether an author read off a citation is no author: a date ("HC Deb
 * 12 March 2018"), a repeat ("Ibid"), a page ("p 12"), the citation's own
 * kind ("Oral evidence to ...", "Evidence given to ..."), an event or a
 * record of one ("Committee visit to Leeds", "Note of a roundtable"), or
 * Parliament's record of what its members said ("HC Deb, 12 March 2019,
 * col 345", "Official Report", a written question's answer), whose
 * speaker the sentence names if anyone does. */
static int not_an_author(span a)
{
    static const char *const kinds[] = {
        "evidence ", "oral evidence", "written evidence", "committee visit",
        "visit to ", "visit by ", "note of ", "notes of ", "minutes of ",
        "transcript of ", "record of ", "summary of ", "informal meeting",
        "meeting with ", "roundtable", "seminar", "private briefing",
        "questions ", "hc deb", "hl deb", "official report",
        "house of commons debates", "house of lords debates",
        "written question", "written answer", "written statement",
        "parliamentary question", "pq "};
    if (evx_fnspan_has_year(a) || evx_fnref_is_ibid(a.s, a.len) || evx_fnspan_page_part(a) ||
        is_paper_number(a) || evx_fnspan_has_ci(a, "government response") ||
        evx_fnspan_find_q(a, 0) < a.len || memchr(a.s, '[', a.len) ||
        (a.len == 7 && strncasecmp(a.s, "hansard", 7) == 0) || is_case_name(a))
        return 1;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        if (a.len >= strlen(kinds[k]) &&
            strncasecmp(a.s, kinds[k], strlen(kinds[k])) == 0)
            return 1;
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
            return evx_fnspan_trim((span){a.s, a.len - n});
    }
    return a;
}

/* Does x end by citing a place in a document ("…, para 3.2", "…, p 12"),
 * as a citation does and an explanatory note does not? */
static int ends_at_a_place(span x)
{
    span parts[32];
    size_t n = evx_fnspan_split(evx_fnspan_trim_wrap(x), parts, 32);
    return n > 1 && n < 32 && evx_fnspan_page_part(parts[n - 1]);
}

/* A document: the author is the text before the first comma or bracket
 * (a year, "(2014)", a reference, "(ref 11)", or an aside, "(WHO)": never
 * part of a name, which would leave it open), after the title when the
 * footnote opens with a quoted one. */
static void parse_document(refs *r, span x)
{
    evx_fnref *f = push(r, EVX_FNREF_DOCUMENT);
    if (!f)
        return;
    f->ref = dup_span(r, x);
    size_t skip = after_quoted_title(x);
    span author = evx_fnspan_trim((span){x.s + skip, x.len - skip});
    x = author;
    for (size_t i = 0; i < x.len; i++) {
        if (x.s[i] == ',' || (x.s[i] == '(' && i > 0)) {
            author.len = i;
            break;
        }
    }
    span after = {author.s + author.len, x.len - author.len};
    author = sender(evx_fnspan_trim_wrap(author));
    if (skip)
        author = drop_document_kind(author);
    if (author.len && !not_an_author(author) &&
        !(evx_fnspan_has_ci(author, "committee") && prints_a_response(x)))
        f->name = dup_span(r, author);
    /* "Letter from Sarah Pellow MP, Economic Secretary to the Treasury,
     * to the Chair": a person's post, after the name */
    if (f->name && !evx_source_org(f->name) && after.len && after.s[0] == ',') {
        span post = evx_fnspan_trim((span){after.s + 1, after.len - 1});
        const char *comma = memchr(post.s, ',', post.len);
        if (comma)
            post.len = (size_t)(comma - post.s);
        if (evx_part_names_post(post.s, post.len))
            f->role = dup_span(r, post);
    }
}

evx_status evx_fnrefs_parse(evx_fnref **out, size_t *n, const char *text,
                            size_t len)
{
    refs r = {NULL, 0, 0, 0};
    span x = evx_fnspan_trim_note((span){text ? text : "", text ? len : 0});
    *out = NULL;
    *n = 0;
    if (x.len == 0)
        return EVX_OK;
    size_t pointer = pointer_len(x);
    if (pointer && pointer < x.len &&
        parse_ref_groups(&r, (span){x.s + pointer, x.len - pointer})) {
        /* "See Q45 [Ian Dalton]": the evidence pointed at */
    } else if (pointer) {
        evx_fnref *f = push(&r, EVX_FNREF_NOTE);
        if (f)
            f->ref = dup_span(&r, x);
    } else if ((evx_fnspan_has_ci(x, "oral evidence") ||
                evx_fnspan_has_ci(x, "evidence taken before") ||
                ((evx_fnspan_has_ci(x, "evidence given to") ||
                  evx_fnspan_has_ci(x, "evidence to the")) &&
                 evx_fnspan_find_q(x, 0) < x.len) ||
                /* "Health Committee, Third Report …, HC 123, Q45 [Mr
                 * Smith]": a question put by the committee it names */
                (evx_fnspan_find_q(x, 0) > 0 &&
                 evx_fnspan_find_q(x, 0) < x.len)) &&
               evx_fnspan_has_ci(x, "committee")) {
        parse_session(&r, x, EVX_FNREF_COMMITTEE);
    } else if (evx_fnspan_has_ci(x, "oral evidence taken") ||
               starts_with(x, "Oral evidence")) {
        parse_session(&r, x, EVX_FNREF_ORAL);
    } else if (parse_ref_groups(&r, x)) {
        /* done */
    } else if (x.len > NOTE_MIN_LEN ||
               (!evx_fnspan_has_year(x) && count_words(x) > SHORT_CITATION_WORDS &&
                !ends_at_a_place(x))) {
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
        free(refs_[i].role);
        free(refs_[i].org);
        free(refs_[i].code);
        free(refs_[i].ref);
    }
    free(refs_);
}

const char *evx_fnref_question(const evx_fnref *r)
{
    if (!r->ref || r->kind != EVX_FNREF_ORAL)
        return r->ref;
    size_t at = evx_fnspan_last_q((span){r->ref, strlen(r->ref)});
    return r->ref[at] ? r->ref + at : r->ref;
}

const char *evx_fnref_code_digits(const char *code)
{
    if (!code)
        return "";
    while (*code && !evx_ascii_digit(*code))
        code++;
    return code;
}
