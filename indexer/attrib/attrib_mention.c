/*
 * attrib_mention.c - the speakers a piece of text names; see
 * attrib_mention.h.
 */
#include "attrib_mention.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "grow.h"
#include "attrib_parts.h"
#include "attrib_posts.h"
#include "attrib_printed.h"
#include "names.h"

void evx_mentions_free(evx_mentions *m)
{
    for (size_t i = 0; i < m->len; i++) {
        free(m->items[i].printed);
        free(m->items[i].role);
        free(m->items[i].org);
    }
    free(m->items);
    m->items = NULL;
    m->len = m->cap = 0;
}

evx_mention *evx_mentions_push(evx_mentions *m)
{
    if (evx_grow((void **)&m->items, &m->cap, m->len + 1,
                 sizeof *m->items))
        return NULL;
    evx_mention *x = &m->items[m->len++];
    memset(x, 0, sizeof *x);
    return x;
}

/* A word that makes a capitalised run an organisation, a place or a
 * document rather than a person: a general organisation or document word
 * (attrib_text.h), or a word of the organisations the report's own
 * Witnesses and written evidence lists name. */
static int is_org_word(const evx_registry *reg, const char *report,
                       const char *t)
{
    return evx_aword_is_org_type(t) || evx_registry_org_word(reg, report, t);
}

/* Capitalised words that open sentences and clauses, never names: English
 * function words (articles, pronouns, prepositions, conjunctions,
 * sentence adverbs and quantifiers) and the participles that open a
 * clause. */
static int is_common_word(const char *t)
{
    static const char *const words[] = {
        "the", "a", "an", "as", "according", "in", "on", "at", "for",
        "this", "that", "these", "those", "however", "within", "speaking",
        "describing", "despite", "while", "whilst", "instead", "it", "we",
        "our", "he", "she", "they", "his", "her", "their", "similarly",
        "also", "one", "many", "some", "both", "each", "from", "by", "with",
        "during", "since", "after", "before", "unlike", "where", "when",
        "what", "why", "how", "there", "here", "most", "all", "noting",
        "having", "if", "but", "and", "or", "so", "yet", "i", "you", "my",
        "your", "rather", "other", "others", "another", "further", "more",
        "such", "several", "few", "everyone", "nobody", "none",
        "then", "thus", "indeed", "overall", "alongside", "although",
        "though", "because", "until", "unless", "to", "of", "not", "no",
        "yes", "mr", "mrs", "ms", "whereas", "once", "given", "following",
    };
    return evx_word_in(t, words, sizeof words / sizeof words[0]);
}

/* Whether word i is in a person's mention (registered or not) that a
 * comma closes: an apposition (", Admiral Sir Mark Stanhope,"). */
static int apposed_person_at(const evx_mentions *m, const evx_view *v,
                             size_t i)
{
    for (size_t k = 0; k < m->len; k++)
        if (i >= m->items[k].first && i <= m->items[k].last)
            return (m->items[k].kind == EVX_MENTION_PERSON ||
                    m->items[k].kind == EVX_MENTION_OUTSIDE) &&
                   evx_view_comma_after(v, m->items[k].last);
    return 0;
}

static int covered(const evx_mentions *m, size_t i)
{
    for (size_t k = 0; k < m->len; k++)
        if (i >= m->items[k].first && i <= m->items[k].last)
            return 1;
    return 0;
}

static int is_particle_word(const evx_view *v, size_t i)
{
    return !v->w.items[i].cap &&
           evx_name_is_particle(v->w.items[i].term,
                                strlen(v->w.items[i].term));
}

/* Does word b carry on the name printed before it: a capitalised word
 * next to it, or a surname particle between it and a capitalised word
 * ("Erik van Sebille", "Ursula von der Leyen")? */
static int name_goes_on(const evx_view *v, size_t b)
{
    if (!evx_view_adjacent(v, b - 1, b))
        return 0;
    if (v->w.items[b].cap)
        return 1;
    size_t k = b;
    while (k < v->w.len && is_particle_word(v, k) &&
           (k == b || evx_view_adjacent(v, k - 1, k)))
        k++;
    return k > b && k < v->w.len && v->w.items[k].cap && evx_view_adjacent(v, k - 1, k);
}

static int matches_at(const evx_view *v, size_t s, const evx_strs *words);
static int is_connector(const evx_view *v, size_t i);
static int by_names_source(const evx_view *v, size_t i);
static size_t registered_len(const evx_registry *reg, const char *report,
                             const evx_view *v, size_t s);

/* Words [a, b) of v are exactly a written evidence submitter's name. */
static int names_submitter(const evx_registry *reg, const char *report,
                           const evx_view *v, size_t a, size_t b)
{
    for (size_t i = 0; i < reg->n_subs; i++)
        if (evx_registry_same_report(reg->subs[i].report, report) &&
            (size_t)matches_at(v, a, &reg->subs[i].words) == b - a)
            return 1;
    return 0;
}

/* Whether a verb of saying opens word k, past the words that may stand
 * before one ("both", "also"). */
static int speaks_at(const evx_view *v, size_t k)
{
    while (k < v->w.len && evx_aword_before_verb(v->w.items[k].term))
        k++;
    return k < v->w.len && !v->w.items[k].quoted &&
           evx_aword_is_speech_verb(v->w.items[k].term);
}

/* Does a relative clause that speaks follow the name ending before word
 * b, past its apposition ("reaffirmed by Dr Foster, Marine Conservation
 * Society, who said")? */
#define APPOSITION_MAX_WORDS 10

static int who_speaks_after(const evx_view *v, size_t b)
{
    for (size_t k = b; k < v->w.len && k < b + APPOSITION_MAX_WORDS; k++) {
        if (v->w.items[k].quoted)
            return 0;
        if (evx_view_word_is(v, k, "who"))
            return k > 0 && evx_view_comma_after(v, k - 1) && speaks_at(v, k + 1);
    }
    return 0;
}

/* Whether text offset at opens brackets that a verb of saying follows
 * ("Jane Doe (Water UK) told us"); "Greater Manchester (GM) has" is no
 * one speaking. */
static int bracket_speaks(const evx_view *v, size_t at)
{
    const char *close;
    size_t k = 0;

    if (at >= v->len || v->text[at] != '(' ||
        !(close = memchr(v->text + at, ')', v->len - at)))
        return 0;
    while (k < v->w.len && v->w.items[k].start <= (size_t)(close - v->text))
        k++;
    return speaks_at(v, k);
}

/* If word b is "of", an organisation after it (its first and last word
 * into *oa, *ob), and then a verb of saying ("Chris Hopson of NHS
 * Providers said", "Dr Ann Jones of the University of Leeds argued"):
 * 1. */
static int of_org_speaks(const evx_view *v, size_t b, size_t *oa, size_t *ob)
{
    size_t k = b + 1;

    if (!evx_view_word_is(v, b, "of"))
        return 0;
    if (evx_view_word_is(v, k, "the"))
        k++;
    if (k >= v->w.len || !v->w.items[k].cap || !evx_view_adjacent(v, b, b + 1))
        return 0;
    *oa = k;
    while (k < v->w.len &&
           (v->w.items[k].cap ||
            ((evx_view_word_is(v, k, "of") || evx_view_word_is(v, k, "and") ||
              evx_view_word_is(v, k, "for")) &&
             k + 1 < v->w.len && v->w.items[k + 1].cap)))
        k++;
    *ob = k - 1;
    return speaks_at(v, k);
}

static int is_kind_of_body(const char *t);

/* Whether word b is "and", another name after it, and then a verb of
 * saying ("Jane Doe and John Roe (both) told us"); "Greater Manchester and
 * West Yorkshire have" is no such pair, nor "Trading Standards and
 * Consumer Protection Service argued", a body's name. */
static int and_name_speaks(const evx_view *v, size_t b)
{
    size_t k = b + 1;

    if (!evx_view_word_is(v, b, "and") || k >= v->w.len || !v->w.items[k].cap)
        return 0;
    while (k < v->w.len && (v->w.items[k].cap || v->w.items[k].title))
        k++;
    return speaks_at(v, k) && !is_kind_of_body(v->w.items[k - 1].term);
}

/* Does the untitled run at word a go on from a capitalised word that
 * "and" joins to it and that names no one ("the Comptroller and Auditor
 * General", "Food and Rural Affairs", "Highlands and Islands
 * Enterprise"): the rest of one post's or body's name, not a second name
 * beside a first ("Jane Doe and John Roe", the first a name found)? */
static int joined_by_and(const evx_mentions *m, const evx_view *v, size_t a)
{
    /* one capitalised word before "and" ("Comptroller", "Food",
     * "Highlands"), not a name's last ("Paul Johnson and Carl Emmerson
     * of the Institute") */
    if (a < 2)
        return 0;
    int one_word = a == 2 || !v->w.items[a - 3].cap ||
                   evx_view_comma_after(v, a - 3) ||
                   evx_view_word_is(v, a - 3, "the");
    return one_word && !v->w.items[a].title &&
           evx_view_word_is(v, a - 1, "and") && v->w.items[a - 2].cap &&
           !evx_view_comma_after(v, a - 2) &&
           evx_view_adjacent(v, a - 2, a - 1) && !covered(m, a - 2);
}

/* A peer's name [a, b) goes on with its territorial designation ("Baroness
 * Smith" / "of Basildon", "Lord Hunt" / "of Kings Heath"): the name's new
 * end. */
static size_t peer_place(const evx_view *v, size_t a, size_t b)
{
    int peer = 0;

    for (size_t k = a; k < b; k++)
        peer |= v->w.items[k].title &&
                evx_name_is_peerage(v->w.items[k].term,
                                    strlen(v->w.items[k].term));
    if (!peer || b + 1 >= v->w.len || !evx_view_word_is(v, b, "of") ||
        !evx_view_adjacent(v, b - 1, b) || !v->w.items[b + 1].cap ||
        !evx_view_adjacent(v, b, b + 1))
        return b;
    b += 2;
    while (b < v->w.len && v->w.items[b].cap && evx_view_adjacent(v, b - 1, b))
        b++;
    return b;
}

/* "Ms Rhian Howell, Flood Risk Manager, ...": words [a, b) set after a
 * name by a comma, untitled, that name a post, are that name's post and
 * no second name; nor are the words after such a post its body's. */
static int post_of_name_before(const evx_mentions *m, const evx_view *v,
                               size_t a, size_t b)
{
    if (a == 0 || v->w.items[a].title || !evx_view_comma_after(v, a - 1))
        return 0;
    size_t s = v->w.items[a].start;
    if (covered(m, a - 1))
        return evx_part_names_post(v->text + s, v->w.items[b - 1].end - s);
    /* "Ms Nia Rees, Director, Citizens Advice, said": the body after a
     * name's post is no name either */
    size_t p = a - 1;
    while (p > 0 && !evx_view_comma_after(v, p - 1) && a - p < 8)
        p--;
    if (p == 0 || !evx_view_comma_after(v, p - 1) || !covered(m, p - 1))
        return 0;
    size_t ps = v->w.items[p].start;
    return evx_part_names_post(v->text + ps, v->w.items[a - 1].end - ps);
}

/* Does printed text s name a body and no post: a word that heads bodies
 * ("Society", "International") or a registered body's, and none of a
 * post ("Head of Pollution")? */
static int reads_as_body(const evx_registry *reg, const char *report,
                         const char *s)
{
    if (evx_part_names_post(s, strlen(s)))
        return 0;
    char w[32];
    for (const char *c = s; *c;) {
        size_t n = strcspn(c, " ,");
        if (n && n < sizeof w) {
            for (size_t i = 0; i < n; i++)
                w[i] = (char)((c[i] >= 'A' && c[i] <= 'Z') ? c[i] | 0x20 : c[i]);
            w[n] = 0;
            if (is_org_word(reg, report, w))
                return 1;
        }
        c += n;
        c += strspn(c, " ,");
    }
    return 0;
}

/* Is word i "from" after a word of hearing ("We heard from Daniel
 * Steadman", "evidence from Jane Doe"): a source, not a place? */
static int heard_from(const evx_view *v, size_t i)
{
    static const char *const hearing[] = {"heard", "hear", "evidence",
                                          "submission", "letter", "quote"};
    return i > 0 && evx_view_word_is(v, i, "from") &&
           evx_word_in(v->w.items[i - 1].term, hearing,
                       sizeof hearing / sizeof *hearing);
}

/* People not in the registry, by their printed form; a run that is
 * exactly a written evidence submitter's name is that submitter. */
static evx_status find_outside(evx_mentions *m, const evx_registry *reg,
                               const char *report, const evx_view *v)
{
    static const char *const before_places[] = {
        "in", "of", "at", "for", "from", "the", "across", "between",
        "within", "into", "on", "near", "with", "a", "an"};
    size_t n_known = m->len;
    for (size_t i = 0; i < v->w.len;) {
        if (!v->w.items[i].cap || covered(m, i)) {
            i++;
            continue;
        }
        size_t a = i, b = i + 1;
        while (b < v->w.len && name_goes_on(v, b))
            b++;
        b = peer_place(v, a, b);
        i = b;
        if (evx_view_word_is(v, a, "dear"))
            continue; /* "Dear Sir Robert,": a letter's greeting, to him */
        while (a < b && !v->w.items[a].title &&
               is_common_word(v->w.items[a].term))
            a++;
        if (a == b)
            continue;
        if (a > 0 && !v->w.items[a].title &&
            (evx_org_chain_start(v, a) < a || evx_ends_body_name(v, a) ||
             (evx_view_word_is(v, a - 1, "to") && is_connector(v, a - 1))))
            continue; /* "Department of Health and Social Care", "Campaign
                         to Protect Rural England": a body's */
        if (joined_by_and(m, v, a))
            continue;
        size_t post = a, named = evx_post_before_name(v, a, b, &post);
        int has_post = named != a;
        size_t owner = a, owned = has_post ? a : evx_org_before_name(v, a, b);
        int has_owner = owned != a;
        a = has_owner ? owned : named;
        size_t names = 0, posts = 0;
        int bad = 0, titled = v->w.items[a].title;
        for (size_t k = a; k < b; k++) {
            if (v->w.items[k].title || !v->w.items[k].cap)
                continue; /* titles and particles are not counted */
            names++;
            posts += evx_aword_is_post(v->w.items[k].term);
            /* a word of a listed body's name, after a title, is a
             * surname: "Mr Watts" is not the Watts Family Trust */
            if ((titled ? evx_aword_is_org_type(v->w.items[k].term)
                        : is_org_word(reg, report, v->w.items[k].term)) ||
                evx_view_all_caps(v, k) ||
                covered(m, k))
                bad = 1;
        }
        if (bad || names == 0 || names > (titled ? 5u : 3u) || posts == names ||
            post_of_name_before(m, v, a, b))
            continue; /* "The Chairman": a post, not a name */
        if (a > 0 && !titled && !has_post && !has_owner &&
            evx_word_in(v->w.items[a - 1].term, before_places,
                    sizeof before_places / sizeof before_places[0]) &&
            !heard_from(v, a - 1) && !who_speaks_after(v, b))
            continue; /* "in Carlton Heights", but "We agree with Jane
                         Roe, who told us": a person */
        if (a > 0 && evx_view_word_is(v, a - 1, "by") &&
            !by_names_source(v, a - 1) && !who_speaks_after(v, b))
            continue; /* "a committee chaired by Tony Wright": no speaker */
        size_t after = v->w.items[b - 1].end;
        while (after < v->len && v->text[after] == ' ')
            after++;
        int followed = after >= v->len || v->text[after] == ',' ||
                       v->text[after] == ':' || bracket_speaks(v, after) ||
                       (b < v->w.len && evx_view_word_is(v, b, "from")) ||
                       speaks_at(v, b) ||
                       /* "Jane Doe and John Roe told us": a name beside
                        * another that speaks with it */
                       and_name_speaks(v, b);
        size_t oa = 0, ob = 0;
        int of_org = b < v->w.len && of_org_speaks(v, b, &oa, &ob);
        followed |= of_org;
        if (!(titled && names >= 1) && !(names >= 2 && followed))
            continue;
        evx_mention *x = evx_mentions_push(m);
        int oom = 0;
        if (!x)
            return EVX_NOMEM;
        x->first = a;
        x->last = b - 1;
        x->printed = evx_printed_name(v, a, b - 1);
        if (names_submitter(reg, report, v, a, b)) {
            x->kind = EVX_MENTION_ORG; /* "Northumbrian Water, ..., said" */
            if (!x->printed)
                return EVX_NOMEM;
            continue;
        }
        x->kind = EVX_MENTION_OUTSIDE;
        x->role = evx_printed_appositive(v, b - 1, &oom);
        if (!x->role && !oom && has_post) {
            x->role = evx_printed_range(v, v->w.items[post].start,
                                        v->w.items[a - 1].end);
            oom = !x->role;
        }
        char *before_org = NULL;
        if (!x->role && !oom &&
            evx_printed_post_before(v, a, &x->role, &before_org) < 0)
            oom = 1;
        x->org = evx_printed_org_after_from(v, b, &oom);
        if (!x->org && !oom && x->role)
            x->org = evx_printed_org_after_post(v, b - 1, &oom);
        if (!x->org && !oom && has_owner) {
            if (evx_view_word_is(v, owner, "the") && owner + 1 < a - 1)
                owner++;
            x->org = evx_printed_name(v, owner, a - 1);
            oom = !x->org;
        }
        if (!x->org && !oom)
            x->org = evx_printed_org_in_brackets(v, after, &oom);
        if (!x->org && !oom && of_org) {
            x->org = evx_printed_range(v, v->w.items[oa].start, v->w.items[ob].end);
            oom = !x->org;
        }
        if (!x->org && before_org) {
            x->org = before_org; /* "The Chief Executive of the Trust, …" */
            before_org = NULL;
        }
        free(before_org);
        /* an apposition that names a body, not a post ("Daniel Steadman,
         * Fauna & Flora International, who argued"): the organisation */
        if (!x->org && x->role && reads_as_body(reg, report, x->role)) {
            x->org = x->role;
            x->role = NULL;
        }
        if (!x->printed || oom)
            return EVX_NOMEM;
    }
    (void)n_known;
    return EVX_OK;
}

static int is_connector(const evx_view *v, size_t i)
{
    /* "the" joins words to a name ("Department of the Environment", "by
     * the Health Foundation"), never two names ("In Ziliberberg v
     * Moldova the European Court … held") */
    int the = evx_view_word_is(v, i, "the") && !(i > 0 && v->w.items[i - 1].cap);
    return evx_view_word_is(v, i, "of") || evx_view_word_is(v, i, "and") ||
           evx_view_word_is(v, i, "for") || the ||
           /* "The Campaign to Protect Rural England" */
           (evx_view_word_is(v, i, "to") && i > 0 && i + 1 < v->w.len &&
            v->w.items[i - 1].cap && v->w.items[i + 1].cap &&
            evx_view_adjacent(v, i - 1, i) && evx_view_adjacent(v, i, i + 1));
}

/* Is the folded word a noun heading organisation names, or its plural
 * ("council", "councils", "authorities")? */
static int is_kind_of_body(const char *t)
{
    char one[32];
    size_t n = strlen(t);
    if (evx_aword_is_org_type(t))
        return 1;
    if (n < 4 || n >= sizeof one || t[n - 1] != 's')
        return 0;
    memcpy(one, t, n - 1);
    one[n - 1] = '\0';
    if (evx_aword_is_org_type(one))
        return 1;
    if (n > 4 && strcmp(t + n - 3, "ies") == 0) {
        strcpy(one + n - 3, "y");
        return evx_aword_is_org_type(one);
    }
    return 0;
}

/* A determiner a body's name may open with ("The Department", "Our
 * predecessor Committee"). */
static int is_determiner(const char *t)
{
    static const char *const det[] = {"our", "the", "its", "their", "this",
                                      "that"};
    return evx_word_in(t, det, sizeof det / sizeof *det);
}

static evx_status push_org(evx_mentions *m, const evx_view *v, size_t a,
                           size_t b, int introduced)
{
    /* trim connectors at both ends, but keep a printed "The"; a word
     * opening the sentence is no part of the name ("Yet the Government
     * said") */
    while (a <= b && ((is_connector(v, a) && !v->w.items[a].cap) ||
                      (is_common_word(v->w.items[a].term) &&
                       !is_determiner(v->w.items[a].term))))
        a++;
    while (b > a && is_connector(v, b))
        b--;
    if (a > b || !v->w.items[b].cap)
        return EVX_OK;
    /* a post with its registered holder set after it, a rank between
     * ("The First Sea Lord, Admiral Sir Mark Stanhope, described …"): the
     * person named speaks, not the post */
    if (evx_view_comma_after(v, b))
        for (size_t k = b + 1; k < v->w.len && k <= b + 3 && v->w.items[k].cap; k++)
            if (apposed_person_at(m, v, k))
                return EVX_OK;
    int named = 0;
    for (size_t k = a; k <= b; k++) {
        const evx_aword *w = &v->w.items[k];
        if (covered(m, k))
            return EVX_OK;
        if (w->cap && !w->title && w->end - w->start >= 2 &&
            !is_common_word(w->term))
            named = 1;
    }
    int role_only = 1;
    for (size_t k = a; k <= b && role_only; k++)
        role_only = evx_aword_is_post(v->w.items[k].term) || is_connector(v, k) ||
                    is_determiner(v->w.items[k].term) ||
                    evx_view_word_is(v, k, "state") ||
                    evx_post_qualifier(v->w.items[k].term);
    if (!named || role_only)
        return EVX_OK; /* "He stated", "The then Minister said": a person,
                          left to the paragraph */
    /* "the Chair of the Bar Council": the body speaks, through its post */
    size_t post = a, of = a;
    while (of < b && (evx_aword_is_post(v->w.items[of].term) ||
                      evx_view_word_is(v, of, "the") ||
                      evx_post_qualifier(v->w.items[of].term)))
        of++;
    int held = of > a && of < b && evx_aword_is_post(v->w.items[of - 1].term) &&
               (evx_view_word_is(v, of, "of") || evx_view_word_is(v, of, "at"));
    if (held) {
        a = of + 1;
        if (a < b && evx_view_word_is(v, a, "the") && !v->w.items[a].cap)
            a++;
        if (evx_view_word_is(v, post, "the"))
            post++;
    }
    if (a == b && is_kind_of_body(v->w.items[a].term) && !evx_view_all_caps(v, a) &&
        !(a > 0 && evx_view_word_is(v, a - 1, "the")))
        return EVX_OK; /* "Councils found": a kind of body, no name ("the
                          Government said" names the one the report means) */
    static const char *const preps[] = {"of", "to", "in", "for", "by", "from",
                                        "with", "on", "at", "about", "into"};
    size_t s0 = held ? post : a; /* where the subject starts */
    if (!introduced && s0 > 0 &&
        evx_word_in(v->w.items[s0 - 1].term, preps, sizeof preps / sizeof preps[0]))
        return EVX_OK; /* "the introduction of ACOs, stated": not a subject */
    /* "a letter to the Committee said": the letter speaks, not the one it
     * went to ("evidence from the Association said": its author does) */
    if (!introduced && s0 > 1 && !v->w.items[s0 - 1].cap &&
        (evx_view_word_is(v, s0 - 1, "the") || evx_view_word_is(v, s0 - 1, "a")) &&
        evx_word_in(v->w.items[s0 - 2].term, preps, sizeof preps / sizeof preps[0]) &&
        !evx_view_word_is(v, s0 - 2, "from") &&
        !(evx_view_word_is(v, s0 - 2, "by") && by_names_source(v, s0 - 2)))
        return EVX_OK; /* nor "Trusts funded by the Treasury have found" */
    evx_mention *x = evx_mentions_push(m);
    if (!x)
        return EVX_NOMEM;
    x->kind = EVX_MENTION_ORG;
    x->first = a;
    x->last = b;
    x->introduced = introduced;
    x->printed = evx_printed_name(v, a, b);
    /* "According to Paul Maubech from Dudley CCG": the body after "from"
     * is the one named's */
    int oom = 0;
    if (x->printed && !held)
        x->org = evx_printed_org_after_from(v, b + 1, &oom);
    if (oom)
        return EVX_NOMEM;
    if (held && x->printed) {
        x->role = evx_printed_range(v, v->w.items[post].start,
                                    v->w.items[of - 1].end);
        if (!x->role)
            return EVX_NOMEM;
    }
    return x->printed ? EVX_OK : EVX_NOMEM;
}

/* The last word of a name that opens the view and is the subject of the
 * verb of saying at word j, past an aside set off by commas ("NHS
 * Providers, led by Chris Hopson, said"), or (size_t)-1. */
static size_t aside_subject_end(const evx_view *v, size_t j)
{
    static const char *const preps[] = {"in", "at", "on", "for", "from",
                                        "with", "after", "during", "since",
                                        "by", "to", "according", "like",
                                        "unlike", "as", "when", "while"};
    size_t c = 0;
    if (j < 3 || !evx_view_comma_after(v, j - 1) ||
        evx_word_in(v->w.items[0].term, preps, sizeof preps / sizeof *preps))
        return (size_t)-1;
    while (c < j && !evx_view_comma_after(v, c) &&
           (v->w.items[c].cap || is_connector(v, c)))
        c++;
    /* one word alone must be an acronym ("NHS", not "Critics, including
     * Mr Smith, said") */
    if (c == 0 && !evx_view_all_caps(v, 0))
        return (size_t)-1;
    return c + 1 < j - 1 && evx_view_comma_after(v, c) && v->w.items[c].cap
               ? c
               : (size_t)-1;
}

/* Where a name at word a starts once the words that open the sentence
 * before it are its own: a determiner and at most two words in lower case
 * ("Our predecessor Committee", "The previous Government"), not "the
 * Committee" alone; a if none. */
static size_t own_determiner(const evx_view *v, size_t a)
{
    if (a == 0 || a > 3 || !is_determiner(v->w.items[0].term))
        return a;
    for (size_t k = 1; k < a; k++)
        if (v->w.items[k].cap || evx_aword_is_speech_verb(v->w.items[k].term) ||
            evx_view_comma_after(v, k - 1))
            return a;
    return a > 1 ? 0 : a;
}

/* Whether the "by" at word i names who said or wrote something: after a
 * verb of saying ("a point made by"), of sending or publishing ("evidence
 * submitted by"), or a noun of what is said or written ("research by",
 * "a report by").  "Voted by the House" names no source; after any other
 * word only a body of the report's own lists is taken ("GPs appointed by
 * the Royal College of General Practitioners have"). */
static int by_names_source(const evx_view *v, size_t i)
{
    static const char *const said[] = {
        "submitted", "sent", "given", "published", "produced", "written",
        "conducted", "undertaken", "out", "evidence", "submission",
        "submissions", "report", "reports", "research", "study", "studies",
        "survey", "analysis", "paper", "review", "letter", "briefing",
        "memorandum", "statement", "article", "comments", "remarks", "words",
        "view", "views", "figures", "data", "estimate", "estimates",
        "modelling", "work", "testimony", "account", "assessment", "point",
        "points", "argument", "case", "concerns", "concern", "evaluation"};
    const char *t;

    if (i == 0)
        return 1; /* "By the Minister's own account" */
    t = v->w.items[i - 1].term;
    return evx_aword_is_speech_verb(t) ||
           evx_word_in(t, said, sizeof said / sizeof said[0]);
}

/* Organisations as subjects of a verb of saying ("NHS Providers argue",
 * "The King's Fund has warned") or after "according to" / "by". */
/* Do the words from a on go on a post's list of subjects after a comma
 * ("The Minister for Crime, Policing and Fire said": "Policing and Fire"
 * is no body)?  Before the comma, up to three capitalised words after
 * "for" or "of", and a post's word before that. */
static int post_subjects_go_on(const evx_view *v, size_t a)
{
    if (a < 3 || !evx_view_comma_after(v, a - 1))
        return 0;
    for (size_t k = a - 1, n = 0; k > 1 && n < 3 && v->w.items[k].cap; k--, n++)
        if ((evx_view_word_is(v, k - 1, "for") || evx_view_word_is(v, k - 1, "of")) &&
            evx_aword_is_post(v->w.items[k - 2].term))
            return 1;
    return 0;
}

static evx_status find_orgs(evx_mentions *m, const evx_registry *reg,
                            const char *report, const evx_view *v)
{
    static const char *const aux[] = {"has", "have", "had", "also",
                                      "then", "recently", "both", "all"};
    for (size_t i = 0; i < v->w.len; i++) {
        const char *t = v->w.items[i].term;
        int after_by = (strcmp(t, "by") == 0 &&
                        (by_names_source(v, i) ||
                         registered_len(reg, report, v, i + 1) ||
                         (evx_view_word_is(v, i + 1, "the") &&
                          registered_len(reg, report, v, i + 2)))) ||
                       (strcmp(t, "to") == 0 && i > 0 &&
                        evx_view_word_is(v, i - 1, "according"));
        if (after_by) {
            size_t b = i + 1;
            /* the name ends at a comma ("According to the NAO, Mr ...") */
            while (b < v->w.len && (v->w.items[b].cap || is_connector(v, b)) &&
                   !(b > i + 1 && evx_view_comma_after(v, b - 1)))
                b++;
            if (b > i + 1) {
                evx_status st = push_org(m, v, i + 1, b - 1, 1);
                if (st)
                    return st;
            }
            continue;
        }
        if (!evx_aword_is_speech_verb(t) || i == 0)
            continue;
        size_t j = i;
        for (;;) {
            if (j > 0 && evx_word_in(v->w.items[j - 1].term, aux,
                                 sizeof aux / sizeof aux[0]))
                j--;
            else if (j > 1 && evx_view_word_is(v, j - 2, "in") &&
                     v->w.items[j - 1].term[0] >= '0' &&
                     v->w.items[j - 1].term[0] <= '9')
                j -= 2; /* "The World Health Organisation in 1995 defined" */
            else
                break;
        }
        size_t c = aside_subject_end(v, j);
        if (c != (size_t)-1) {
            evx_status st = push_org(m, v, 0, c, 0);
            if (st)
                return st;
        }
        if (j == 0 || !v->w.items[j - 1].cap)
            continue;
        size_t b = j - 1, a = b;
        while (a > 0 && (v->w.items[a - 1].cap || is_connector(v, a - 1)) &&
               v->text[v->w.items[a - 1].end] != ',')
            a--;
        a = evx_org_chain_start(v, a);
        a = own_determiner(v, a);
        if (post_subjects_go_on(v, a))
            continue;
        evx_status st = push_org(m, v, a, b, 0);
        if (st)
            return st;
    }
    return EVX_OK;
}

/* Does a verb of saying at word i open its clause after a quotation
 * ("…,” said Mr Smith"): the view's first word, or after a comma or a
 * closing quotation mark? */
static int inverted_verb(const evx_view *v, size_t i)
{
    if (!evx_aword_is_speech_verb(v->w.items[i].term))
        return 0;
    if (i == 0)
        return 1;
    for (size_t b = v->w.items[i - 1].end; b < v->w.items[i].start; b++)
        if (v->text[b] == ',' ||
            (b + 2 < v->len && memcmp(v->text + b, "\xE2\x80\x9D", 3) == 0))
            return 1;
    return 0;
}

/* Marks mentions introduced by "as", "according to", "in the words of",
 * "by", or a verb of saying after a quotation ("…,” said Mr Smith"). */
static void mark_introduced(evx_mentions *m, const evx_view *v)
{
    for (size_t k = 0; k < m->len; k++) {
        size_t f = m->items[k].first;
        if (f == 0)
            continue;
        if (evx_view_word_is(v, f - 1, "as") || evx_view_word_is(v, f - 1, "by") ||
            inverted_verb(v, f - 1) ||
            (evx_view_word_is(v, f - 1, "to") && f >= 2 &&
             evx_view_word_is(v, f - 2, "according")) ||
            (evx_view_word_is(v, f - 1, "of") && f >= 2 &&
             evx_view_word_is(v, f - 2, "words")))
            m->items[k].introduced = 1;
    }
}

/* Every mention in v, in text order of discovery. */
evx_status evx_mentions_find(evx_mentions *m, const evx_registry *reg,
                                const char *report, const evx_view *v)
{
    evx_status st = evx_mentions_people(m, reg, report, v);
    if (!st)
        st = find_outside(m, reg, report, v);
    if (!st)
        st = find_orgs(m, reg, report, v);
    if (!st)
        mark_introduced(m, v);
    return st;
}

int evx_mention_is_personal(const evx_mention *x)
{
    return x->kind == EVX_MENTION_PERSON || x->kind == EVX_MENTION_OUTSIDE;
}

static int matches_at(const evx_view *v, size_t s, const evx_strs *words)
{
    size_t k = 0, i = s;
    if (words->len == 0 || !v->w.items[s].cap)
        return 0;
    for (; k < words->len && i < v->w.len; i++) {
        if (evx_view_word_is(v, i, "the") && k == 0)
            continue;
        if (v->w.items[i].quoted || strcmp(v->w.items[i].term,
                                           words->items[k]) != 0)
            return 0;
        k++;
    }
    return k == words->len ? (int)(i - s) : 0;
}

/* The words of the longest organisation of the report's lists (a
 * submitter, a witness's organisation) that starts at word s, or 0. */
static size_t registered_len(const evx_registry *reg, const char *report,
                             const evx_view *v, size_t s)
{
    size_t best = 0;

    if (s >= v->w.len || !v->w.items[s].cap)
        return 0; /* matches_at: a name opens with a capital */
    for (size_t i = 0; i < reg->n_subs; i++) {
        size_t n = 0;
        if (evx_registry_same_report(reg->subs[i].report, report))
            n = (size_t)matches_at(v, s, &reg->subs[i].words);
        best = n > best ? n : best;
    }
    for (size_t i = 0; i < reg->n_people; i++) {
        size_t n = 0;
        if (evx_registry_same_report(reg->people[i].report, report))
            n = (size_t)matches_at(v, s, &reg->people[i].org_words);
        best = n > best ? n : best;
    }
    return best;
}

static evx_status push_named_org(evx_mentions *m, const evx_view *v,
                                 size_t s, size_t n)
{
    evx_mention *x = evx_mentions_push(m);
    if (!x)
        return EVX_NOMEM;
    x->kind = EVX_MENTION_ORG;
    x->first = s;
    x->last = s + n - 1;
    x->printed = evx_printed_name(v, s, s + n - 1);
    return x->printed ? EVX_OK : EVX_NOMEM;
}

evx_status evx_mentions_orgs(evx_mentions *m, const evx_registry *reg,
                             const char *report, const evx_view *v)
{
    for (size_t s = 0; s < v->w.len; s++) {
        size_t best = registered_len(reg, report, v, s);
        if (best) {
            evx_status st = push_named_org(m, v, s, best);
            if (st)
                return st;
            s += best - 1;
        }
    }
    return EVX_OK;
}
