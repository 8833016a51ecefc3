/*
 * attrib.c - who said each quotation; see attrib.h.
 *
 * The clues, strongest first: the footnote the quotation cites (read by
 * attrib_fn.c), then the sentence that introduces it (its lead-in, and the
 * rest of the sentence around an inline quotation), then the paragraph
 * before it.  Names in the text are found three ways: registered witnesses
 * by their surname (with the words before it agreeing), other people by
 * their printed form (a title, or two or three capitalised words followed
 * by an appositive or a verb of saying), and organisations as the subject
 * of a verb of saying.  The quotation's own words are never read for names.
 */
#include "attrib.h"

#include <stdlib.h>
#include <string.h>

#include "attrib_fn.h"
#include "attrib_text.h"
#include "buf.h"
#include "grow.h"
#include "names.h"

/* Longest appositive ("Chief Executive of NHS England") kept as a role. */
#define MAX_ROLE_LEN 120
/* A name word must be this long before a misspelling is forgiven. */
#define FUZZY_MIN_LEN 5
#define FUZZY_MAX_DIST 2

/* ---- the registry ------------------------------------------------------ */

typedef struct strs {
    char **items;
    size_t len;
    size_t cap;
} strs;

typedef struct person {
    char *name, *role, *org, *date, *report;
    int q_first, q_last;
    strs words;     /* folded name words without titles, a hyphenated
                       compound's parts apart ("al", "hassan") */
    strs org_words; /* folded organisation words without "the" */
} person;

typedef struct submitter {
    char *name, *code, *report;
    strs words; /* folded, without "the" */
} submitter;

struct evx_registry {
    person *people;
    size_t n_people, cap_people;
    submitter *subs;
    size_t n_subs, cap_subs;
};

static int strs_push(strs *s, const char *w, size_t len)
{
    if (evx_grow((void **)&s->items, &s->cap, s->len + 1,
                 sizeof *s->items))
        return -1;
    s->items[s->len] = evx_strndup(w, len);
    if (!s->items[s->len])
        return -1;
    s->len++;
    return 0;
}

static void strs_free(strs *s)
{
    for (size_t i = 0; i < s->len; i++)
        free(s->items[i]);
    free(s->items);
    s->items = NULL;
    s->len = s->cap = 0;
}

static int push_name_word(void *ctx, const char *w, size_t len)
{
    return strs_push(ctx, w, len) ? 1 : 0;
}

/* Folded words of an organisation name, without "the". */
static evx_status org_words(strs *out, evx_tok *tok, const char *s)
{
    evx_awords w = EVX_AWORDS_INIT;
    evx_status st;
    if (!s)
        return EVX_OK;
    st = evx_awords_read(&w, tok, s, strlen(s));
    for (size_t i = 0; !st && i < w.len; i++)
        if (strcmp(w.items[i].term, "the") != 0 &&
            strs_push(out, w.items[i].term, strlen(w.items[i].term)))
            st = EVX_NOMEM;
    evx_awords_free(&w);
    return st;
}

static void person_free(person *p)
{
    free(p->name);
    free(p->role);
    free(p->org);
    free(p->date);
    free(p->report);
    strs_free(&p->words);
    strs_free(&p->org_words);
}

void evx_registry_free(evx_registry *reg)
{
    if (!reg)
        return;
    for (size_t i = 0; i < reg->n_people; i++)
        person_free(&reg->people[i]);
    for (size_t i = 0; i < reg->n_subs; i++) {
        free(reg->subs[i].name);
        free(reg->subs[i].code);
        free(reg->subs[i].report);
        strs_free(&reg->subs[i].words);
    }
    free(reg->people);
    free(reg->subs);
    free(reg);
}

static char *dup_or_null(const char *s, int *oom)
{
    if (!s)
        return NULL;
    char *d = evx_strdup(s);
    if (!d)
        *oom = 1;
    return d;
}

static evx_status add_person(evx_registry *reg, const evx_unit *panel,
                             const evx_person *who, evx_tok *tok)
{
    if (!who->name || !*who->name)
        return EVX_OK;
    if (evx_grow((void **)&reg->people, &reg->cap_people, reg->n_people + 1,
                 sizeof *reg->people))
        return EVX_NOMEM;
    person *p = &reg->people[reg->n_people];
    int oom = 0;
    memset(p, 0, sizeof *p);
    p->name = dup_or_null(who->name, &oom);
    p->role = dup_or_null(who->role, &oom);
    p->org = dup_or_null(who->org, &oom);
    p->date = dup_or_null(panel->date, &oom);
    p->report = dup_or_null(panel->report, &oom);
    p->q_first = panel->q_first;
    p->q_last = panel->q_last;
    evx_status st = oom ? EVX_NOMEM : EVX_OK;
    if (!st)
        st = evx_name_parts(tok, who->name, strlen(who->name), push_name_word,
                            &p->words);
    if (!st && p->words.len == 0)
        st = EVX_INVALID; /* a name of titles only: not registered */
    if (!st)
        st = org_words(&p->org_words, tok, who->org);
    if (st) {
        person_free(p);
        return st == EVX_INVALID ? EVX_OK : EVX_NOMEM;
    }
    reg->n_people++;
    return EVX_OK;
}

static evx_status add_submitter(evx_registry *reg, const evx_unit *u,
                                evx_tok *tok)
{
    if (!u->title || !*u->title)
        return EVX_OK;
    if (evx_grow((void **)&reg->subs, &reg->cap_subs, reg->n_subs + 1,
                 sizeof *reg->subs))
        return EVX_NOMEM;
    submitter *s = &reg->subs[reg->n_subs];
    int oom = 0;
    memset(s, 0, sizeof *s);
    s->name = dup_or_null(u->title, &oom);
    s->code = dup_or_null(u->code, &oom);
    s->report = dup_or_null(u->report, &oom);
    evx_status st = oom ? EVX_NOMEM : org_words(&s->words, tok, u->title);
    if (st) {
        free(s->name);
        free(s->code);
        free(s->report);
        strs_free(&s->words);
        return st;
    }
    reg->n_subs++;
    return EVX_OK;
}

evx_status evx_registry_build(evx_registry **out, const evx_units *units,
                              evx_tok *tok)
{
    evx_registry *reg = calloc(1, sizeof *reg);
    evx_status st = EVX_OK;
    *out = NULL;
    if (!reg)
        return EVX_NOMEM;
    for (size_t i = 0; !st && units && i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_WITNESS)
            for (size_t k = 0; !st && k < u->n_people; k++)
                st = add_person(reg, u, &u->people[k], tok);
        else if (u->type == EVX_UNIT_EVIDENCE)
            st = add_submitter(reg, u, tok);
    }
    if (st) {
        evx_registry_free(reg);
        return st;
    }
    *out = reg;
    return EVX_OK;
}

static int same_report(const char *a, const char *b)
{
    return !a || !b || strcmp(a, b) == 0;
}

/* ---- mentions: who a piece of text names ------------------------------- */

typedef enum mention_kind {
    M_PERSON,  /* a registered witness */
    M_OUTSIDE, /* a person not registered, as printed */
    M_ORG      /* an organisation speaking (maybe a written submitter) */
} mention_kind;

typedef struct mention {
    mention_kind kind;
    size_t first, last; /* word indexes, inclusive */
    size_t person;      /* M_PERSON: registry index */
    int introduced;     /* after "according to", "as", "by", "words of" */
    char *printed;      /* M_OUTSIDE, M_ORG: the name as printed */
    char *role;         /* M_OUTSIDE: the appositive after the name */
    char *org;          /* M_OUTSIDE: "from Y" */
} mention;

typedef struct mentions {
    mention *items;
    size_t len, cap;
} mentions;

typedef struct text_view {
    const char *text;
    size_t len;
    evx_awords w;
} text_view;

static void mentions_free(mentions *m)
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

static mention *mentions_push(mentions *m)
{
    if (evx_grow((void **)&m->items, &m->cap, m->len + 1,
                 sizeof *m->items))
        return NULL;
    mention *x = &m->items[m->len++];
    memset(x, 0, sizeof *x);
    return x;
}

/* Words i and j (i < j) are printed next to each other, as in one name. */
static int adjacent(const text_view *v, size_t i, size_t j)
{
    size_t a = v->w.items[i].end, b = v->w.items[j].start;
    if (b < a || b - a > 3)
        return 0;
    for (size_t k = a; k < b; k++) {
        char c = v->text[k];
        if (c != ' ' && c != '-' && c != '.' && c != '\'' && c != '\n')
            return 0;
    }
    return 1;
}

static int word_is(const text_view *v, size_t i, const char *term)
{
    return i < v->w.len && strcmp(v->w.items[i].term, term) == 0;
}

/* Does registered person p end at word i?  Matches the name backwards from
 * the surname; one word may be misspelt (edit distance <= 2) when another
 * word agrees.  Sets *first to the first word (titles included). */
static int match_person(const person *p, const text_view *v, size_t i,
                        size_t *first, int *full, int *fuzzy)
{
    size_t k = p->words.len, j = i + 1, matched = 0;
    *fuzzy = 0;
    while (k > 0 && j > 0) {
        const evx_aword *a = &v->w.items[j - 1];
        const char *pw = p->words.items[k - 1];
        int particle = !a->cap && evx_name_is_particle(pw, strlen(pw));
        if (a->title || (!a->cap && !particle) ||
            (matched && !adjacent(v, j - 1, j)))
            break;
        if (particle && strcmp(a->term, pw) != 0)
            break;
        if (strcmp(a->term, pw) != 0) {
            if (*fuzzy || strlen(pw) < FUZZY_MIN_LEN ||
                evx_edit_distance(a->term, pw, FUZZY_MAX_DIST) >
                    FUZZY_MAX_DIST)
                break;
            *fuzzy = 1;
        }
        matched++;
        k--;
        j--;
    }
    if (matched == 0 || (*fuzzy && matched < 2))
        return 0;
    if (j > 0) {
        const evx_aword *a = &v->w.items[j - 1];
        if (k > 0 && a->cap && !a->title && adjacent(v, j - 1, j))
            return 0; /* another first name: another person */
        if (!a->cap && adjacent(v, j - 1, j) &&
            evx_name_is_particle(a->term, strlen(a->term)))
            return 0; /* "van Sebille" is not "Sebille" */
    }
    /* the name goes on ("Chris Hamilton" is not "Chris Ham") */
    if (i + 1 < v->w.len && v->w.items[i + 1].cap &&
        !v->w.items[i + 1].title && adjacent(v, i, i + 1))
        return 0;
    while (j > 0 && v->w.items[j - 1].title && adjacent(v, j - 1, j))
        j--;
    *first = j;
    *full = k == 0;
    return 1;
}

/* Registered people named in v; a mention matching several different
 * people is left out (ambiguous). */
static evx_status find_people(mentions *m, const evx_registry *reg,
                              const char *report, const text_view *v)
{
    for (size_t i = 0; i < v->w.len; i++) {
        size_t best = (size_t)-1, first = 0;
        int best_score = -1, tie = 0;
        for (size_t p = 0; p < reg->n_people; p++) {
            size_t f;
            int full, fuzzy;
            if (!same_report(reg->people[p].report, report) ||
                !match_person(&reg->people[p], v, i, &f, &full, &fuzzy))
                continue;
            int score = (full ? 2 : 0) + (fuzzy ? 0 : 1);
            if (best != (size_t)-1 &&
                strcmp(reg->people[best].name, reg->people[p].name) == 0)
                continue; /* the same person in another panel */
            if (score > best_score) {
                best = p;
                best_score = score;
                first = f;
                tie = 0;
            } else if (score == best_score) {
                tie = 1;
            }
        }
        if (best == (size_t)-1 || tie)
            continue;
        mention *x = mentions_push(m);
        if (!x)
            return EVX_NOMEM;
        x->kind = M_PERSON;
        x->first = first;
        x->last = i;
        x->person = best;
    }
    return EVX_OK;
}

static int in_list(const char *term, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(term, list[i]) == 0)
            return 1;
    return 0;
}

/* Words that make a capitalised run an organisation or a place, not a
 * person. */
static int is_org_word(const char *t)
{
    static const char *const words[] = {
        "nhs", "fund", "trust", "committee", "council", "group",
        "association", "college", "department", "university", "foundation",
        "network", "service", "services", "commissioners", "providers",
        "england", "health", "care", "public", "accounts", "office",
        "organisation", "organization", "confederation", "improvement",
        "government", "parliament", "house", "lords", "commons", "stp",
        "ccg", "partnership", "partnerships", "partners", "system",
        "systems", "report", "view", "forward", "plan", "plans", "review",
        "act", "contract", "programme", "team", "board", "authority",
        "institute", "society", "charities", "royal", "national", "alliance",
        "infirmary", "hospital", "hospitals", "practice", "centre", "mori",
        "yorkshire", "manchester", "london", "chapter", "annex", "section",
        "minister", "secretary", "state", "director", "chief", "executive",
        "chair", "officer", "lead", "federation", "trusts", "assembly",
    };
    return in_list(t, words, sizeof words / sizeof words[0]);
}

/* Capitalised words that open sentences and clauses, never names. */
static int is_common_word(const char *t)
{
    static const char *const words[] = {
        "the", "a", "an", "as", "according", "in", "on", "at", "for",
        "this", "that", "these", "those", "however", "within", "speaking",
        "describing", "despite", "while", "whilst", "instead", "it", "we",
        "our", "he", "she", "they", "his", "her", "their", "similarly",
        "also", "patients", "local", "senior", "one", "many", "some",
        "both", "each", "from", "by", "with", "during", "since", "after",
        "before", "unlike", "where", "when", "what", "why", "how", "there",
        "here", "most", "all", "west", "south", "north", "east", "greater",
        "central", "noting", "having", "if", "but", "and", "or", "so",
        "yet", "i", "you", "my", "your", "rather", "other", "another",
        "further", "more", "such", "then", "thus", "indeed", "overall",
        "alongside", "although", "though", "because", "until", "unless",
        "to", "of", "not", "no", "yes", "mr", "mrs", "ms",
    };
    return in_list(t, words, sizeof words / sizeof words[0]);
}

static int all_caps_word(const text_view *v, size_t i)
{
    size_t n = 0;
    for (size_t k = v->w.items[i].start; k < v->w.items[i].end; k++) {
        char c = v->text[k];
        if (c >= 'a' && c <= 'z')
            return 0;
        if (c >= 'A' && c <= 'Z')
            n++;
    }
    return n > 1;
}

static int covered(const mentions *m, size_t i)
{
    for (size_t k = 0; k < m->len; k++)
        if (i >= m->items[k].first && i <= m->items[k].last)
            return 1;
    return 0;
}

static char *dup_range(const text_view *v, size_t a, size_t b)
{
    while (a < b && (v->text[a] == ' ' || v->text[a] == ',' ||
                     v->text[a] == '\n'))
        a++;
    while (b > a && (v->text[b - 1] == ' ' || v->text[b - 1] == ',' ||
                     v->text[b - 1] == '\n'))
        b--;
    return evx_strndup(v->text + a, b - a);
}

/* The appositive right after word i ("Rob Webster, STP lead in West
 * Yorkshire, ..."), or NULL. */
static char *appositive_after(const text_view *v, size_t i, int *oom)
{
    size_t a = v->w.items[i].end;
    while (a < v->len && v->text[a] == ' ')
        a++;
    if (a >= v->len || v->text[a] != ',')
        return NULL;
    size_t b = a + 1;
    while (b < v->len && v->text[b] != ',' && v->text[b] != ':' &&
           v->text[b] != ';' && b - a < MAX_ROLE_LEN)
        b++;
    if (b >= v->len || (v->text[b] != ',' && v->text[b] != ':'))
        return NULL;
    char *r = dup_range(v, a + 1, b);
    if (!r)
        *oom = 1;
    else if (!*r) {
        free(r);
        r = NULL;
    }
    return r;
}

/* The capitalised run after "from" at word i ("from West Yorkshire STP"). */
static char *org_after_from(const text_view *v, size_t i, int *oom)
{
    size_t a = i + 1, b = a;
    if (!word_is(v, i, "from"))
        return NULL;
    if (word_is(v, a, "the"))
        a++, b++;
    while (b < v->w.len && (v->w.items[b].cap ||
                            ((word_is(v, b, "of") || word_is(v, b, "and") ||
                              word_is(v, b, "for")) &&
                             b + 1 < v->w.len && v->w.items[b + 1].cap)))
        b++;
    if (b == a)
        return NULL;
    char *r = dup_range(v, v->w.items[a].start, v->w.items[b - 1].end);
    if (!r)
        *oom = 1;
    return r;
}

static int is_particle_word(const text_view *v, size_t i)
{
    return !v->w.items[i].cap &&
           evx_name_is_particle(v->w.items[i].term,
                                strlen(v->w.items[i].term));
}

/* Does word b carry on the name printed before it: a capitalised word
 * next to it, or a surname particle between it and a capitalised word
 * ("Erik van Sebille", "Ursula von der Leyen")? */
static int name_goes_on(const text_view *v, size_t b)
{
    if (!adjacent(v, b - 1, b))
        return 0;
    if (v->w.items[b].cap)
        return 1;
    size_t k = b;
    while (k < v->w.len && is_particle_word(v, k) &&
           (k == b || adjacent(v, k - 1, k)))
        k++;
    return k > b && k < v->w.len && v->w.items[k].cap && adjacent(v, k - 1, k);
}

/* People not in the registry, by their printed form. */
static evx_status find_outside(mentions *m, const text_view *v)
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
        i = b;
        while (a < b && !v->w.items[a].title &&
               is_common_word(v->w.items[a].term))
            a++;
        if (a == b)
            continue;
        size_t names = 0;
        int bad = 0, titled = v->w.items[a].title;
        for (size_t k = a; k < b; k++) {
            if (v->w.items[k].title || !v->w.items[k].cap)
                continue; /* titles and particles are not counted */
            names++;
            if (is_org_word(v->w.items[k].term) || all_caps_word(v, k) ||
                covered(m, k))
                bad = 1;
        }
        if (bad || names == 0 || names > 3)
            continue;
        if (a > 0 && !titled &&
            in_list(v->w.items[a - 1].term, before_places,
                    sizeof before_places / sizeof before_places[0]))
            continue;
        size_t after = v->w.items[b - 1].end;
        while (after < v->len && v->text[after] == ' ')
            after++;
        int followed = after >= v->len || v->text[after] == ',' ||
                       v->text[after] == ':' ||
                       (b < v->w.len &&
                        (word_is(v, b, "from") ||
                         evx_aword_is_speech_verb(v->w.items[b].term)));
        if (!(titled && names >= 1) && !(names >= 2 && followed))
            continue;
        mention *x = mentions_push(m);
        int oom = 0;
        if (!x)
            return EVX_NOMEM;
        x->kind = M_OUTSIDE;
        x->first = a;
        x->last = b - 1;
        x->printed = dup_range(v, v->w.items[a].start, v->w.items[b - 1].end);
        x->role = appositive_after(v, b - 1, &oom);
        x->org = org_after_from(v, b, &oom);
        if (!x->printed || oom)
            return EVX_NOMEM;
    }
    (void)n_known;
    return EVX_OK;
}

static int is_connector(const text_view *v, size_t i)
{
    return word_is(v, i, "of") || word_is(v, i, "and") ||
           word_is(v, i, "for") || word_is(v, i, "the");
}

static evx_status push_org(mentions *m, const text_view *v, size_t a,
                           size_t b, int introduced)
{
    /* trim connectors at both ends, but keep a printed "The" */
    while (a <= b && is_connector(v, a) && !v->w.items[a].cap)
        a++;
    while (b > a && is_connector(v, b))
        b--;
    if (a > b || !v->w.items[b].cap)
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
    static const char *const roles[] = {
        "minister", "secretary", "chair", "chairman", "director", "president",
        "chief", "executive", "officer", "of", "state", "for", "the", "and"};
    int role_only = 1;
    for (size_t k = a; k <= b && role_only; k++)
        role_only = in_list(v->w.items[k].term, roles,
                            sizeof roles / sizeof roles[0]);
    if (!named || role_only)
        return EVX_OK; /* "He stated", "The Minister said": a person, left
                          to the paragraph */
    static const char *const preps[] = {"of", "to", "in", "for", "by", "from",
                                        "with", "on", "at", "about", "into"};
    if (!introduced && a > 0 &&
        in_list(v->w.items[a - 1].term, preps, sizeof preps / sizeof preps[0]))
        return EVX_OK; /* "the introduction of ACOs, stated": not a subject */
    mention *x = mentions_push(m);
    if (!x)
        return EVX_NOMEM;
    x->kind = M_ORG;
    x->first = a;
    x->last = b;
    x->introduced = introduced;
    x->printed = dup_range(v, v->w.items[a].start, v->w.items[b].end);
    return x->printed ? EVX_OK : EVX_NOMEM;
}

/* Organisations as subjects of a verb of saying ("NHS Providers argue",
 * "The King's Fund has warned") or after "according to" / "by". */
static evx_status find_orgs(mentions *m, const text_view *v)
{
    static const char *const aux[] = {"has", "have", "had", "also",
                                      "then", "recently", "both", "all"};
    for (size_t i = 0; i < v->w.len; i++) {
        const char *t = v->w.items[i].term;
        int after_by = strcmp(t, "by") == 0 ||
                       (strcmp(t, "to") == 0 && i > 0 &&
                        word_is(v, i - 1, "according"));
        if (after_by) {
            size_t b = i + 1;
            while (b < v->w.len && (v->w.items[b].cap || is_connector(v, b)))
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
            if (j > 0 && in_list(v->w.items[j - 1].term, aux,
                                 sizeof aux / sizeof aux[0]))
                j--;
            else if (j > 1 && word_is(v, j - 2, "in") &&
                     v->w.items[j - 1].term[0] >= '0' &&
                     v->w.items[j - 1].term[0] <= '9')
                j -= 2; /* "The World Health Organisation in 1995 defined" */
            else
                break;
        }
        if (j == 0 || !v->w.items[j - 1].cap)
            continue;
        size_t b = j - 1, a = b;
        while (a > 0 && (v->w.items[a - 1].cap || is_connector(v, a - 1)) &&
               v->text[v->w.items[a - 1].end] != ',')
            a--;
        evx_status st = push_org(m, v, a, b, 0);
        if (st)
            return st;
    }
    return EVX_OK;
}

/* Marks mentions introduced by "as", "according to", "in the words of" or
 * "by". */
static void mark_introduced(mentions *m, const text_view *v)
{
    for (size_t k = 0; k < m->len; k++) {
        size_t f = m->items[k].first;
        if (f == 0)
            continue;
        if (word_is(v, f - 1, "as") || word_is(v, f - 1, "by") ||
            (word_is(v, f - 1, "to") && f >= 2 &&
             word_is(v, f - 2, "according")) ||
            (word_is(v, f - 1, "of") && f >= 2 &&
             word_is(v, f - 2, "words")))
            m->items[k].introduced = 1;
    }
}

static evx_status view_open(text_view *v, evx_tok *tok, const char *text,
                            size_t len)
{
    v->text = text ? text : "";
    v->len = text ? len : 0;
    v->w = (evx_awords)EVX_AWORDS_INIT;
    evx_status st = evx_awords_read(&v->w, tok, v->text, v->len);
    if (!st)
        evx_awords_mark_quoted(&v->w, v->text, v->len);
    return st;
}

static void view_close(text_view *v)
{
    evx_awords_free(&v->w);
}

/* Every mention in v, in text order of discovery. */
static evx_status find_mentions(mentions *m, const evx_registry *reg,
                                const char *report, const text_view *v)
{
    evx_status st = find_people(m, reg, report, v);
    if (!st)
        st = find_outside(m, v);
    if (!st)
        st = find_orgs(m, v);
    if (!st)
        mark_introduced(m, v);
    return st;
}

static int is_personal(const mention *x)
{
    return x->kind == M_PERSON || x->kind == M_OUTSIDE;
}

static int has_verb_after(const text_view *v, size_t i)
{
    for (size_t k = i + 1; k < v->w.len; k++)
        if (evx_aword_is_speech_verb(v->w.items[k].term))
            return 1;
    return 0;
}

/* The speaker a sentence names: an introduced person, else the first
 * person, else an organisation speaking.  after_quote: the words follow
 * the quotation, so a person there counts only if introduced or the
 * subject of a later verb of saying.  NULL if none. */
static const mention *pick(const mentions *m, const text_view *v,
                           int after_quote)
{
    const mention *best = NULL;
    for (size_t k = 0; k < m->len && !best; k++)
        if (is_personal(&m->items[k]) && m->items[k].introduced)
            best = &m->items[k];
    for (size_t k = 0; k < m->len && !best; k++) {
        const mention *x = &m->items[k];
        if (is_personal(x) && (!after_quote || has_verb_after(v, x->last)))
            best = x;
    }
    for (size_t k = 0; k < m->len && !best; k++)
        if (m->items[k].kind == M_ORG &&
            (!after_quote || m->items[k].introduced))
            best = &m->items[k];
    return best;
}

/* True if the sentence says the words were given to another committee
 * ("told the Committee of Public Accounts", "before the Liaison
 * Committee"). */
static int other_committee(const text_view *v)
{
    for (size_t i = 0; i < v->w.len; i++) {
        if (!word_is(v, i, "committee") || !v->w.items[i].cap)
            continue;
        if (i + 2 < v->w.len && word_is(v, i + 1, "of") &&
            v->w.items[i + 2].cap)
            return 1;
        if (i > 0 && v->w.items[i - 1].cap &&
            !word_is(v, i - 1, "our") && !word_is(v, i - 1, "this"))
            return 1;
    }
    return 0;
}

/* ---- the quotation's surroundings ------------------------------------- */

typedef struct scene {
    const char *report;
    char *sentence;   /* the lead-in sentence, up to the quotation */
    char *after;      /* the rest of the sentence after an inline quotation */
    char *paragraph;  /* the paragraph before the lead-in sentence */
} scene;

static void scene_free(scene *s)
{
    free(s->sentence);
    free(s->after);
    free(s->paragraph);
}

static int is_title_abbrev(const char *s, size_t dot)
{
    size_t a = dot;
    while (a > 0 && s[a - 1] != ' ')
        a--;
    return dot - a <= 3 && dot > a && s[a] >= 'A' && s[a] <= 'Z';
}

/* Offset where the last sentence of s[0..len) starts. */
static size_t last_sentence(const char *s, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i + 2 < len; i++) {
        char c = s[i];
        if (c != '.' && c != '?' && c != '!')
            continue;
        size_t j = i + 1;
        /* a closing quote and footnote-free space may follow */
        while (j < len && ((unsigned char)s[j] >= 0x80 || s[j] == '\''))
            j++;
        if (j >= len || s[j] != ' ')
            continue;
        while (j < len && s[j] == ' ')
            j++;
        if (j < len && (s[j] >= 'A' && s[j] <= 'Z') &&
            !(c == '.' && is_title_abbrev(s, i)))
            start = j;
    }
    return start;
}

/* Offset one past the end of the first sentence of s[0..len). */
static size_t first_sentence_end(const char *s, size_t len)
{
    for (size_t i = 0; i + 2 < len; i++) {
        char c = s[i];
        if ((c == '.' || c == '?' || c == '!') && s[i + 1] == ' ' &&
            s[i + 2] >= 'A' && s[i + 2] <= 'Z' &&
            !(c == '.' && is_title_abbrev(s, i)))
            return i + 1;
    }
    return len;
}

/* Where the quotation's text stands in its parent's text, by its first
 * words; (size_t)-1 if not found. */
static size_t locate(const char *hay, const char *quote)
{
    size_t n = strlen(quote);
    if (n > 40)
        n = 40;
    while (n > 0 && (quote[n - 1] & 0xC0) == 0x80)
        n--; /* do not cut a UTF-8 sequence */
    if (n < 4)
        return (size_t)-1;
    size_t hl = strlen(hay);
    for (size_t i = 0; i + n <= hl; i++)
        if (memcmp(hay + i, quote, n) == 0)
            return i;
    return (size_t)-1;
}

/* Does an inline quotation's own full stop end its sentence ("... there
 * is “an immovable object in the system.” While ...")?  rest: the
 * parent's text after the quotation's words. */
static int ends_own_sentence(const char *qtext, const char *rest)
{
    size_t n = strlen(qtext);
    while (n > 0 && qtext[n - 1] == ' ')
        n--;
    if (n == 0 || !strchr(".?!", qtext[n - 1]))
        return 0;
    size_t i = 0;
    while ((unsigned char)rest[i] == 0xE2 && (unsigned char)rest[i + 1] == 0x80 &&
           ((unsigned char)rest[i + 2] == 0x9D || (unsigned char)rest[i + 2] == 0x99))
        i += 3;
    return rest[i] == ' ' && rest[i + 1] >= 'A' && rest[i + 1] <= 'Z';
}

static evx_status scene_build(scene *sc, const evx_unit *q,
                              const evx_unit *parent)
{
    evx_buf before = EVX_BUF_INIT;
    const char *ptext = parent && parent->text ? parent->text : "";
    const char *qtext = q->text ? q->text : "";
    size_t at = *ptext ? locate(ptext, qtext) : (size_t)-1;
    memset(sc, 0, sizeof *sc);
    sc->report = q->report;
    if (at != (size_t)-1) {
        evx_buf_append(&before, ptext, at);
        size_t qend = at + strlen(qtext);
        if (qend > strlen(ptext))
            qend = strlen(ptext);
        const char *rest = ptext + qend;
        size_t rlen = first_sentence_end(rest, strlen(rest));
        if (ends_own_sentence(qtext, rest))
            rlen = 0;
        if (q->is_inline)
            sc->after = evx_strndup(rest, rlen);
    } else if (q->lead_in && *q->lead_in && strstr(ptext, q->lead_in)) {
        /* a block quotation: its parent's text runs on past the lead-in */
        const char *li = strstr(ptext, q->lead_in);
        evx_buf_append(&before, ptext,
                       (size_t)(li - ptext) + strlen(q->lead_in));
    } else {
        evx_buf_puts(&before, ptext);
        if (q->lead_in) {
            if (before.len)
                evx_buf_putc(&before, ' ');
            evx_buf_puts(&before, q->lead_in);
        }
    }
    if (evx_buf_status(&before)) {
        evx_buf_free(&before);
        return EVX_NOMEM;
    }
    const char *b = evx_buf_str(&before);
    size_t cut = last_sentence(b, before.len);
    sc->sentence = evx_strndup(b + cut, before.len - cut);
    sc->paragraph = evx_strndup(b, cut);
    evx_buf_free(&before);
    if (!sc->sentence || !sc->paragraph)
        return EVX_NOMEM;
    return EVX_OK;
}

/* ---- choosing and writing the speaker ---------------------------------- */

typedef struct answer {
    const char *name, *role, *org, *kind, *ref, *date, *method;
    evx_buf evidence;
} answer;

/* Length of a reference without the trailing commas, semicolons and
 * spaces a footnote cut short by the page leaves behind. */
static size_t ref_len(const char *ref)
{
    size_t n = ref ? strlen(ref) : 0;
    while (n > 0 && (ref[n - 1] == ',' || ref[n - 1] == ';' ||
                     ref[n - 1] == ' '))
        n--;
    return n;
}

static evx_status set_speaker(evx_unit *q, answer *a)
{
    evx_speaker *s = NULL;
    evx_status st = evx_speaker_new(&s);
    if (st) {
        evx_buf_free(&a->evidence);
        return st;
    }
    int oom = evx_buf_status(&a->evidence) != EVX_OK;
    if (evx_unit_set(&s->name, a->name, a->name ? strlen(a->name) : 0) ||
        evx_unit_set(&s->role, a->role, a->role ? strlen(a->role) : 0) ||
        evx_unit_set(&s->org, a->org, a->org ? strlen(a->org) : 0) ||
        evx_unit_set(&s->kind, a->kind, strlen(a->kind)) ||
        evx_unit_set(&s->ref, a->ref, ref_len(a->ref)) ||
        evx_unit_set(&s->date, a->date, a->date ? strlen(a->date) : 0) ||
        evx_unit_set(&s->method, a->method, strlen(a->method)) ||
        evx_unit_set(&s->evidence, evx_buf_str(&a->evidence),
                     a->evidence.len))
        oom = 1;
    evx_buf_free(&a->evidence);
    if (oom) {
        evx_speaker_free(s);
        return EVX_NOMEM;
    }
    evx_speaker_free(q->speaker);
    q->speaker = s;
    return EVX_OK;
}

static void answer_person(answer *a, const person *p, const char *kind)
{
    a->name = p->name;
    a->role = p->role;
    a->org = p->org;
    a->kind = kind;
    a->date = strcmp(kind, "oral") == 0 ? p->date : NULL;
}

/* The registered person a printed name ("Dr Augst", "Q274 Professor Chris
 * Ham") stands for; (size_t)-1 if none or several. */
static size_t resolve_name(const evx_registry *reg, const char *report,
                           const char *name, evx_tok *tok, evx_status *st)
{
    text_view v;
    mentions m = {NULL, 0, 0};
    size_t found = (size_t)-1;
    *st = view_open(&v, tok, name, strlen(name));
    if (!*st)
        *st = find_people(&m, reg, report, &v);
    if (!*st && m.len >= 1) {
        found = m.items[0].person;
        for (size_t k = 1; k < m.len; k++)
            if (strcmp(reg->people[m.items[k].person].name,
                       reg->people[found].name) != 0)
                found = (size_t)-1;
    }
    mentions_free(&m);
    view_close(&v);
    return found;
}

/* The panels holding question q. */
static size_t panel_people(const evx_registry *reg, const char *report, int q,
                           size_t *out, size_t max)
{
    size_t n = 0;
    for (size_t p = 0; p < reg->n_people && n < max; p++)
        if (same_report(reg->people[p].report, report) &&
            reg->people[p].q_first > 0 && q >= reg->people[p].q_first &&
            q <= reg->people[p].q_last)
            out[n++] = p;
    return n;
}

/* What the text around a quotation says, analysed once. */
typedef struct clues {
    text_view sent, after, para;
    mentions ms, ma, mp;
    const mention *lead;     /* the speaker the sentence names, or NULL */
    const text_view *lead_v; /* the view lead belongs to */
    int committee;           /* the sentence names another committee */
} clues;

static void clues_free(clues *c)
{
    mentions_free(&c->ms);
    mentions_free(&c->ma);
    mentions_free(&c->mp);
    view_close(&c->sent);
    view_close(&c->after);
    view_close(&c->para);
}

static evx_status clues_read(clues *c, const scene *sc,
                             const evx_registry *reg, evx_tok *tok)
{
    evx_status st;
    memset(c, 0, sizeof *c);
    st = view_open(&c->sent, tok, sc->sentence, strlen(sc->sentence));
    if (!st)
        st = view_open(&c->after, tok, sc->after ? sc->after : "",
                       sc->after ? strlen(sc->after) : 0);
    if (!st)
        st = view_open(&c->para, tok, sc->paragraph, strlen(sc->paragraph));
    if (!st)
        st = find_mentions(&c->ms, reg, sc->report, &c->sent);
    if (!st)
        st = find_mentions(&c->ma, reg, sc->report, &c->after);
    if (!st)
        st = find_mentions(&c->mp, reg, sc->report, &c->para);
    if (st)
        return st;
    c->lead = pick(&c->ms, &c->sent, 0);
    c->lead_v = &c->sent;
    if (!c->lead || (c->lead->kind == M_ORG && pick(&c->ma, &c->after, 1) &&
                     is_personal(pick(&c->ma, &c->after, 1)))) {
        const mention *x = pick(&c->ma, &c->after, 1);
        if (x) {
            c->lead = x;
            c->lead_v = &c->after;
        }
    }
    c->committee = other_committee(&c->sent) || other_committee(&c->after);
    return EVX_OK;
}

/* Is registered person p named anywhere in the sentence? */
static int sentence_names(const clues *c, size_t p, const evx_registry *reg)
{
    const mentions *lists[2] = {&c->ms, &c->ma};
    for (size_t l = 0; l < 2; l++)
        for (size_t k = 0; k < lists[l]->len; k++)
            if (lists[l]->items[k].kind == M_PERSON &&
                strcmp(reg->people[lists[l]->items[k].person].name,
                       reg->people[p].name) == 0)
                return 1;
    return 0;
}

/* The one person the paragraph names before the sentence: the registered
 * person index in *person, or the outside mention; 0 if none or several. */
static int context_person(const clues *c, const evx_registry *reg,
                          size_t *who, const mention **outside)
{
    const char *name = NULL;
    *who = (size_t)-1;
    *outside = NULL;
    for (size_t k = 0; k < c->mp.len; k++) {
        const mention *x = &c->mp.items[k];
        const char *n;
        if (x->kind == M_PERSON)
            n = reg->people[x->person].name;
        else if (x->kind == M_OUTSIDE)
            n = x->printed;
        else
            continue;
        if (name && strcmp(name, n) != 0)
            return 0;
        if (!name) {
            name = n;
            if (x->kind == M_PERSON)
                *who = x->person;
            else
                *outside = x;
        }
    }
    return name != NULL;
}

/* A short outside form ("Sir Chris") completed from the paragraph ("Sir
 * Chris Wormald, Permanent Secretary ..."): the longer mention whose words
 * start or end with the short one's, or NULL. */
static const mention *complete_outside(const clues *c, const mention *x,
                                       const text_view *xv)
{
    size_t xn = x->last - x->first + 1;
    for (size_t k = 0; k < c->mp.len; k++) {
        const mention *y = &c->mp.items[k];
        size_t yn = y->last - y->first + 1, same = 0;
        if (y->kind != M_OUTSIDE || yn <= xn)
            continue;
        for (size_t i = 0; i < xn; i++)
            if (strcmp(xv->w.items[x->first + i].term,
                       c->para.w.items[y->first + i].term) == 0)
                same++;
        if (same == xn)
            return y;
    }
    return NULL;
}

/* Fills a from a lead-in mention.  method is the method to record. */
static void answer_mention(answer *a, const evx_registry *reg,
                           const clues *c, const mention *x,
                           const text_view *xv, const char *method)
{
    a->method = method;
    if (x->kind == M_PERSON) {
        answer_person(a, &reg->people[x->person],
                      c->committee ? "other" : "oral");
        evx_buf_printf(&a->evidence, "names %s",
                       reg->people[x->person].name);
        if (c->committee)
            evx_buf_puts(&a->evidence, " speaking to another committee");
        return;
    }
    if (x->kind == M_OUTSIDE) {
        const mention *full = complete_outside(c, x, xv);
        const mention *use = full ? full : x;
        a->name = use->printed;
        a->role = use->role;
        a->org = use->org;
        a->kind = "other";
        evx_buf_printf(&a->evidence, "names %s (not a registered witness)",
                       use->printed);
        if (full)
            evx_buf_printf(&a->evidence, ", short for %s", full->printed);
        return;
    }
    a->name = x->printed;
    a->kind = "other";
    evx_buf_printf(&a->evidence, "names %s", x->printed);
}

/* Resolves an organisation mention against the written submitters: the
 * submitter whose name it is, or starts (one name only).  Fills a and
 * returns 1 if found. */
static int answer_submitter(answer *a, const evx_registry *reg,
                            const char *report, const mention *x,
                            const text_view *v)
{
    size_t n = 0;
    const submitter *hit = NULL;
    const char *codes_name = NULL;
    size_t xw[16], xn = 0;
    for (size_t i = x->first; i <= x->last && xn < 16; i++)
        if (!word_is(v, i, "the"))
            xw[xn++] = i;
    if (xn == 0)
        return 0;
    for (size_t s = 0; s < reg->n_subs; s++) {
        const submitter *sub = &reg->subs[s];
        if (!same_report(sub->report, report) || sub->words.len < xn)
            continue;
        size_t k = 0;
        while (k < xn && strcmp(sub->words.items[k], v->w.items[xw[k]].term) == 0)
            k++;
        if (k < xn)
            continue;
        if (!codes_name || strcmp(codes_name, sub->name) != 0) {
            if (codes_name)
                return 0; /* the start of several names */
            codes_name = sub->name;
        }
        hit = sub;
        n++;
    }
    if (!hit)
        return 0;
    a->name = hit->name;
    a->org = hit->name;
    a->kind = "written";
    a->ref = n == 1 ? hit->code : NULL;
    evx_buf_printf(&a->evidence, "names written evidence submitter %s",
                   hit->name);
    if (n > 1)
        evx_buf_printf(&a->evidence, " (%zu submissions)", n);
    return 1;
}

/* Phrases that stand for a speaker the report does not name. */
static const char *const UNNAMED[] = {
    "one participant", "a participant", "another participant",
    "participants", "one of the", "one witness", "a witness",
    "another witness", "some witnesses", "one attendee", "attendees",
    "it was acknowledged", "it was said", "it was suggested",
    "it was argued", "it was noted", "we heard", "we were told",
    "media coverage", "reports of"};

/* Where s holds the lower-case phrase w as whole words (ASCII case
 * folded), or (size_t)-1. */
static size_t find_phrase(const char *s, size_t len, const char *w)
{
    size_t wl = strlen(w);
    for (size_t i = 0; i + wl <= len; i++) {
        if (i > 0 && ((s[i - 1] | 32) >= 'a' && (s[i - 1] | 32) <= 'z'))
            continue;
        if (i + wl < len && ((s[i + wl] | 32) >= 'a' && (s[i + wl] | 32) <= 'z'))
            continue;
        size_t k = 0;
        while (k < wl && ((s[i + k] >= 'A' && s[i + k] <= 'Z') ? s[i + k] | 32
                                                                : s[i + k]) == w[k])
            k++;
        if (k == wl)
            return i;
    }
    return (size_t)-1;
}

/* Writes the phrase by which the sentence, or the one before it, stands
 * for a speaker it does not name ("one participant mentioned ...", "one
 * of the senior local leaders described ...") to out; 0 if none. */
static int unnamed_speaker(const clues *c, evx_buf *out)
{
    size_t ps = last_sentence(c->para.text, c->para.len);
    const text_view *views[3] = {&c->sent, &c->after, &c->para};
    size_t from[3] = {0, 0, ps};
    for (size_t t = 0; t < 3; t++) {
        const text_view *v = views[t];
        for (size_t k = 0; k < sizeof UNNAMED / sizeof *UNNAMED; k++) {
            size_t at = find_phrase(v->text + from[t], v->len - from[t],
                                    UNNAMED[k]);
            if (at == (size_t)-1)
                continue;
            at += from[t];
            size_t end = at + strlen(UNNAMED[k]), taken = 0;
            /* "one of the" names its group in the words after it */
            size_t wl = strlen(UNNAMED[k]);
            int open_ended = wl > 4 && strcmp(UNNAMED[k] + wl - 4, " the") == 0;
            for (size_t i = 0; open_ended && i < v->w.len && taken < 4; i++) {
                const evx_aword *x = &v->w.items[i];
                if (x->start < end)
                    continue;
                if (x->cap || evx_aword_is_speech_verb(x->term))
                    break;
                end = x->end;
                taken++;
            }
            evx_buf_append(out, v->text + at, end - at);
            return 1;
        }
    }
    return 0;
}

/* Rule 5-6 and context: the text alone decides. */
static void answer_from_text(answer *a, const evx_registry *reg,
                             const clues *c, const char *report,
                             const char *why)
{
    if (c->lead) {
        evx_buf_printf(&a->evidence, "%slead-in ", why);
        if (c->lead->kind == M_ORG &&
            answer_submitter(a, reg, report, c->lead, c->lead_v)) {
            a->method = "lead-in";
            return;
        }
        answer_mention(a, reg, c, c->lead, c->lead_v, "lead-in");
        return;
    }
    size_t p;
    const mention *out;
    if (context_person(c, reg, &p, &out)) {
        evx_buf_printf(&a->evidence, "%sthe paragraph before ", why);
        if (p != (size_t)-1) {
            mention tmp = {M_PERSON, 0, 0, p, 0, NULL, NULL, NULL};
            answer_mention(a, reg, c, &tmp, &c->para, "context");
        } else {
            answer_mention(a, reg, c, out, &c->para, "context");
        }
        evx_buf_puts(&a->evidence, " and no one else");
        return;
    }
    a->kind = "unknown";
    a->method = "none";
    evx_buf_printf(&a->evidence,
                   "%sthe lead-in and paragraph name no speaker", why);
    evx_buf anon = EVX_BUF_INIT;
    if (unnamed_speaker(c, &anon))
        evx_buf_printf(&a->evidence, " (the speaker is not named: \"%s\")",
                       evx_buf_str(&anon));
    evx_buf_free(&anon);
}

/* Rule 1: a footnote naming people; with several, the one the sentence
 * names, else the first. */
static evx_status answer_named_oral(answer *a, const evx_registry *reg,
                                    const clues *c, const char *report,
                                    const evx_fnref *refs, size_t n,
                                    int fn, evx_tok *tok)
{
    size_t chosen = (size_t)-1, chosen_p = (size_t)-1, named = 0;
    for (size_t i = 0; i < n; i++) {
        if (refs[i].kind != EVX_FNREF_ORAL || !refs[i].name)
            continue;
        evx_status st;
        size_t p = resolve_name(reg, report, refs[i].name, tok, &st);
        if (st)
            return st;
        named++;
        if (chosen == (size_t)-1 ||
            (p != (size_t)-1 && sentence_names(c, p, reg) &&
             (chosen_p == (size_t)-1 || !sentence_names(c, chosen_p, reg)))) {
            chosen = i;
            chosen_p = p;
        }
    }
    const evx_fnref *r = &refs[chosen];
    a->ref = r->ref;
    evx_buf_printf(&a->evidence, "footnote %d: %s %s", fn, r->ref, r->name);
    if (named > 1)
        evx_buf_printf(&a->evidence, " (of %zu named refs, the one %s)",
                       named,
                       chosen_p != (size_t)-1 && sentence_names(c, chosen_p, reg)
                           ? "the lead-in names"
                           : "listed first");
    if (chosen_p == (size_t)-1) {
        a->name = r->name;
        a->kind = "other";
        a->method = "footnote";
        evx_buf_puts(&a->evidence, "; not a registered witness");
        return EVX_OK;
    }
    const person *p = &reg->people[chosen_p];
    answer_person(a, p, "oral");
    a->method = named > 1 ? "footnote+lead-in" : "footnote";
    if (r->q && p->q_first && (r->q < p->q_first || r->q > p->q_last))
        evx_buf_printf(&a->evidence,
                       "; %s lies outside %s's panel (Q%d-%d): the named "
                       "person is trusted",
                       r->ref, p->name, p->q_first, p->q_last);
    return EVX_OK;
}

/* The one person of the given panel members whose organisation the
 * sentence or paragraph names; (size_t)-1 if none or several. */
static size_t panel_by_org(const evx_registry *reg, const clues *c,
                           const size_t *members, size_t n)
{
    size_t found = (size_t)-1;
    const text_view *views[3] = {&c->sent, &c->after, &c->para};
    for (size_t i = 0; i < n; i++) {
        const person *p = &reg->people[members[i]];
        int hit = 0;
        if (p->org_words.len == 0)
            continue;
        for (size_t vi = 0; vi < 3 && !hit; vi++) {
            const text_view *v = views[vi];
            for (size_t s = 0; s + p->org_words.len <= v->w.len && !hit; s++) {
                size_t k = 0;
                while (k < p->org_words.len &&
                       strcmp(v->w.items[s + k].term, p->org_words.items[k]) == 0)
                    k++;
                hit = k == p->org_words.len;
            }
        }
        if (!hit)
            continue;
        if (found != (size_t)-1 &&
            strcmp(reg->people[found].name, p->name) != 0)
            return (size_t)-1;
        found = members[i];
    }
    return found;
}

/* Rule 2: a footnote giving only a question number. */
static void answer_q_only(answer *a, const evx_registry *reg, const clues *c,
                          const char *report, const evx_fnref *r, int fn)
{
    size_t members[32];
    size_t n = panel_people(reg, report, r->q, members, 32);
    a->ref = r->ref;
    if (n == 0) {
        evx_buf_printf(&a->evidence,
                       "footnote %d: %s is in no panel's range; ", fn, r->ref);
        answer_from_text(a, reg, c, report, "");
        a->ref = r->ref;
        return;
    }
    const person *p0 = &reg->people[members[0]];
    /* the sentence names one of the panel */
    if (c->lead && c->lead->kind == M_PERSON) {
        for (size_t i = 0; i < n; i++)
            if (strcmp(reg->people[members[i]].name,
                       reg->people[c->lead->person].name) == 0) {
                answer_person(a, &reg->people[members[i]], "oral");
                a->method = "footnote+lead-in";
                evx_buf_printf(&a->evidence,
                               "footnote %d: %s (panel of %s, Q%d-%d); lead-in "
                               "names %s",
                               fn, r->ref, p0->date ? p0->date : "?",
                               p0->q_first, p0->q_last, a->name);
                return;
            }
        const person *lp = &reg->people[c->lead->person];
        answer_person(a, lp, c->committee ? "other" : "oral");
        a->method = "lead-in";
        evx_buf_printf(&a->evidence,
                       "lead-in names %s, but footnote %d (%s) falls in the "
                       "panel of %s (Q%d-%d): the lead-in is preferred",
                       lp->name, fn, r->ref, p0->date ? p0->date : "?",
                       p0->q_first, p0->q_last);
        return;
    }
    size_t by_org = panel_by_org(reg, c, members, n);
    size_t ctx;
    const mention *out;
    const char *method = "footnote+lead-in", *how = "the text names its "
                                                     "organisation";
    size_t pick_p = by_org;
    if (pick_p == (size_t)-1 && !c->lead && context_person(c, reg, &ctx, &out) &&
        ctx != (size_t)-1) {
        for (size_t i = 0; i < n; i++)
            if (strcmp(reg->people[members[i]].name, reg->people[ctx].name) == 0)
                pick_p = members[i];
        method = "context";
        how = "the paragraph names only them";
    }
    if (pick_p == (size_t)-1 && n == 1) {
        pick_p = members[0];
        method = "footnote";
        how = "the only witness of that panel";
    }
    if (pick_p != (size_t)-1) {
        answer_person(a, &reg->people[pick_p], "oral");
        a->method = method;
        evx_buf_printf(&a->evidence, "footnote %d: %s (panel of %s, Q%d-%d); "
                                     "%s: %s",
                       fn, r->ref, p0->date ? p0->date : "?", p0->q_first,
                       p0->q_last, how, a->name);
        return;
    }
    a->kind = "unknown";
    a->method = "none";
    a->date = p0->date;
    evx_buf_printf(&a->evidence,
                   "footnote %d: %s is in the panel of %s (Q%d-%d, %zu "
                   "witnesses) but the text does not say which of them",
                   fn, r->ref, p0->date ? p0->date : "?", p0->q_first,
                   p0->q_last, n);
}

/* Rule 3: written evidence. */
static void answer_written(answer *a, const evx_registry *reg,
                           const char *report, const evx_fnref *r, int fn)
{
    const char *digits = evx_fnref_code_digits(r->code);
    const submitter *hit = NULL;
    for (size_t s = 0; s < reg->n_subs && !hit; s++)
        if (same_report(reg->subs[s].report, report) && reg->subs[s].code &&
            *digits &&
            strcmp(evx_fnref_code_digits(reg->subs[s].code), digits) == 0)
            hit = &reg->subs[s];
    a->kind = "written";
    a->method = "footnote";
    if (hit) {
        a->name = hit->name;
        a->org = hit->name;
        a->ref = hit->code;
    } else {
        a->name = r->name;
        a->org = r->name;
        a->ref = r->code;
    }
    evx_buf_printf(&a->evidence, "footnote %d: written evidence %s%s%s", fn,
                   r->name ? r->name : "", r->name ? " " : "", r->code);
    if (!hit)
        evx_buf_puts(&a->evidence, " (not in the written evidence list)");
}

/* Rule 1 for another committee's evidence. */
static evx_status answer_committee(answer *a, const evx_registry *reg,
                                   const clues *c, const char *report,
                                   const evx_fnref *r, int fn, evx_tok *tok)
{
    a->kind = "other";
    a->method = "footnote";
    a->ref = r->ref;
    evx_buf_printf(&a->evidence, "footnote %d: evidence to another committee",
                   fn);
    if (r->name) {
        evx_status st;
        size_t p = resolve_name(reg, report, r->name, tok, &st);
        if (st)
            return st;
        if (p != (size_t)-1)
            answer_person(a, &reg->people[p], "other");
        else
            a->name = r->name;
        evx_buf_printf(&a->evidence, ", %s", r->name);
        return EVX_OK;
    }
    if (c->lead && c->lead->kind != M_ORG) {
        const char *ref = a->ref;
        evx_buf_puts(&a->evidence, "; ");
        answer_mention(a, reg, c, c->lead, c->lead_v, "footnote+lead-in");
        a->kind = "other";
        a->date = NULL;
        a->ref = ref;
    }
    return EVX_OK;
}

/* Rule 4: a document, unless the sentence names a person who said it. */
static void answer_document(answer *a, const evx_registry *reg,
                            const clues *c, const evx_fnref *r, int fn)
{
    a->ref = r->ref;
    if (c->lead && is_personal(c->lead)) {
        answer_mention(a, reg, c, c->lead, c->lead_v, "footnote+lead-in");
        a->kind = "other";
        a->date = NULL;
        evx_buf_printf(&a->evidence, "; footnote %d cites a document: %s", fn,
                       r->ref);
        return;
    }
    a->name = r->name;
    a->kind = "document";
    a->method = "footnote";
    evx_buf_printf(&a->evidence, "footnote %d cites a document: %s", fn,
                   r->ref);
}

/* The footnote unit numbered n of the quotation's report, or NULL. */
static const evx_unit *footnote_unit(const evx_units *units, const char *report,
                                     int n)
{
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u->type == EVX_UNIT_FOOTNOTE && u->number == n &&
            same_report(u->report, report))
            return u;
    }
    return NULL;
}

/* True if another quotation of q's parent cites footnote n. */
static int cited_by_sibling(const evx_units *units, const evx_unit *q, int n)
{
    for (size_t i = 0; i < units->len; i++) {
        const evx_unit *u = units->items[i];
        if (u == q || u->type != EVX_UNIT_QUOTATION || !u->parent ||
            strcmp(u->parent, q->parent) != 0)
            continue;
        for (size_t k = 0; k < u->n_footnotes; k++)
            if (u->footnotes[k] == n)
                return 1;
    }
    return 0;
}

static int same_name(const char *a, const char *b)
{
    char *fa = NULL, *fb = NULL;
    int same = 0;
    if (a && b && !evx_tok_fold(&fa, a, strlen(a)) &&
        !evx_tok_fold(&fb, b, strlen(b)))
        same = strcmp(fa, fb) == 0;
    free(fa);
    free(fb);
    return same;
}

/* A quotation citing no footnote, attributed by its lead-in: a footnote of
 * the same paragraph that no other quotation cites and that names the same
 * speaker (a document by them, their oral evidence) gives the reference.
 * *keep receives the parsed footnote a now points into. */
static evx_status corroborate(answer *a, const evx_unit *q,
                              const evx_unit *parent, const evx_units *units,
                              const evx_registry *reg, evx_tok *tok,
                              evx_fnref **keep, size_t *nkeep)
{
    for (size_t i = 0; parent && i < parent->n_footnotes && !*keep; i++) {
        int n = parent->footnotes[i];
        const evx_unit *f = footnote_unit(units, q->report, n);
        evx_fnref *r = NULL;
        size_t nr = 0;
        if (!f || !f->text || cited_by_sibling(units, q, n))
            continue;
        evx_status st = evx_fnrefs_parse(&r, &nr, f->text, strlen(f->text));
        if (st)
            return st;
        int match = 0;
        if (nr == 1 && r[0].kind == EVX_FNREF_DOCUMENT &&
            same_name(r[0].name, a->name)) {
            a->kind = "document";
            a->date = NULL;
            match = 1;
        } else if (nr == 1 && r[0].kind == EVX_FNREF_ORAL && r[0].name &&
                   strcmp(a->kind, "oral") == 0) {
            size_t p = resolve_name(reg, q->report, r[0].name, tok, &st);
            if (st) {
                evx_fnrefs_free(r, nr);
                return st;
            }
            match = p != (size_t)-1 && same_name(reg->people[p].name, a->name);
        }
        if (!match) {
            evx_fnrefs_free(r, nr);
            continue;
        }
        a->ref = r[0].ref;
        a->method = "footnote+lead-in";
        evx_buf_printf(&a->evidence,
                       "; footnote %d of the same paragraph cites them: %s", n,
                       r[0].ref);
        *keep = r;
        *nkeep = nr;
    }
    return EVX_OK;
}

static evx_status attribute(evx_unit *q, const evx_units *units,
                            const evx_registry *reg, evx_tok *tok)
{
    const evx_unit *parent = q->parent ? evx_units_find(units, q->parent)
                                       : NULL;
    scene sc;
    clues c;
    answer a;
    evx_fnref *refs = NULL;
    size_t n = 0;
    int fn = 0;
    evx_buf lost = EVX_BUF_INIT;
    evx_status st = scene_build(&sc, q, parent);
    memset(&a, 0, sizeof a);
    if (!st)
        st = clues_read(&c, &sc, reg, tok);
    else
        memset(&c, 0, sizeof c);
    /* the first cited footnote with a body that cites a source */
    for (size_t i = 0; !st && i < q->n_footnotes && !refs; i++) {
        const evx_unit *f = footnote_unit(units, q->report, q->footnotes[i]);
        if (!f || !f->text || !*f->text) {
            evx_buf_printf(&lost, "%sfootnote %d has no body", lost.len ? "; " : "",
                           q->footnotes[i]);
            continue;
        }
        st = evx_fnrefs_parse(&refs, &n, f->text, strlen(f->text));
        fn = q->footnotes[i];
        if (!st && (n == 0 || refs[0].kind == EVX_FNREF_NOTE)) {
            evx_fnrefs_free(refs, n);
            refs = NULL;
            n = 0;
        }
    }
    if (!st) {
        const evx_fnref *named = NULL, *first = refs;
        for (size_t i = 0; i < n; i++)
            if (refs[i].kind == EVX_FNREF_ORAL && refs[i].name && !named)
                named = &refs[i];
        if (lost.len)
            evx_buf_puts(&lost, "; ");
        if (!refs)
            answer_from_text(&a, reg, &c, q->report, evx_buf_str(&lost));
        else if (named)
            st = answer_named_oral(&a, reg, &c, q->report, refs, n, fn, tok);
        else if (first->kind == EVX_FNREF_ORAL)
            answer_q_only(&a, reg, &c, q->report, first, fn);
        else if (first->kind == EVX_FNREF_WRITTEN)
            answer_written(&a, reg, q->report, first, fn);
        else if (first->kind == EVX_FNREF_COMMITTEE)
            st = answer_committee(&a, reg, &c, q->report, first, fn, tok);
        else
            answer_document(&a, reg, &c, first, fn);
    }
    evx_fnref *para_refs = NULL;
    size_t n_para_refs = 0;
    if (!st && q->n_footnotes == 0 && a.kind && a.name &&
        strcmp(a.method, "lead-in") == 0)
        st = corroborate(&a, q, parent, units, reg, tok, &para_refs,
                         &n_para_refs);
    if (!st) {
        if (!a.kind) {
            a.kind = "unknown";
            a.method = "none";
        }
        st = set_speaker(q, &a);
    } else {
        evx_buf_free(&a.evidence);
    }
    evx_buf_free(&lost);
    evx_fnrefs_free(para_refs, n_para_refs);
    evx_fnrefs_free(refs, n);
    clues_free(&c);
    scene_free(&sc);
    return st;
}

evx_status evx_attrib_resolve(evx_units *units, const evx_registry *reg,
                              evx_tok *tok, evx_diag *diag)
{
    if (!units || !reg || !tok)
        return EVX_INVALID;
    for (size_t i = 0; i < units->len; i++) {
        evx_unit *q = units->items[i];
        if (q->type != EVX_UNIT_QUOTATION)
            continue;
        evx_status st = attribute(q, units, reg, tok);
        if (st)
            return st;
        if (diag && strcmp(q->speaker->kind, "unknown") == 0)
            evx_diag_add(diag, EVX_DIAG_NOTE,
                         q->n_sources ? q->sources[0].file : NULL,
                         q->n_sources ? q->sources[0].line : 0,
                         "quotation %s: speaker unknown (%s)", q->id,
                         q->speaker->evidence ? q->speaker->evidence : "");
    }
    return EVX_OK;
}
