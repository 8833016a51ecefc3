/*
 * attrib_panel.c - which of a question's panel the text names; see
 * attrib_panel.h.
 */
#include "attrib_panel.h"

#include <string.h>

#include "ascii.h"
#include "attrib_posts.h"
#include "attrib_speaker.h"

#define NONE ((size_t)-1)

size_t evx_panel_members(const evx_registry *reg, const char *report, int q,
                         long ymd, size_t *out, size_t max)
{
    size_t n = 0;
    for (size_t p = 0; p < reg->n_people && n < max; p++)
        if (evx_registry_same_report(reg->people[p].report, report) &&
            reg->people[p].q_first > 0 && q >= reg->people[p].q_first &&
            q <= reg->people[p].q_last &&
            (!ymd || !reg->people[p].ymd || reg->people[p].ymd == ymd))
            out[n++] = p;
    return n;
}

/* Do words [s, s + len) of v read words[from, from + len)? */
static int reads(const evx_view *v, size_t s, const evx_strs *words,
                 size_t from, size_t len)
{
    for (size_t k = 0; k < len; k++)
        if (strcmp(v->w.items[s + k].term, words->items[from + k]) != 0)
            return 0;
    return 1;
}

/* Do words [from, to) of v hold the run words? */
static int holds(const evx_view *v, size_t from, size_t to,
                 const evx_strs *words)
{
    for (size_t s = from; words->len && s + words->len <= to; s++)
        if (reads(v, s, words, 0, words->len))
            return 1;
    return 0;
}

/* The one of members[0..n) that pass(reg, c, member) keeps, NONE if none
 * or several people. */
/* A panel's members, as post_named's argument. */
typedef struct panel_of {
    const size_t *members;
    size_t n;
} panel_of;

static size_t only(const evx_registry *reg, const evx_clues *c,
                   const size_t *members, size_t n,
                   int (*pass)(const evx_registry *, const evx_clues *, size_t,
                               const void *),
                   const void *arg)
{
    size_t found = NONE;
    for (size_t i = 0; i < n; i++) {
        if (!pass(reg, c, members[i], arg))
            continue;
        if (found != NONE &&
            strcmp(reg->people[found].name, reg->people[members[i]].name) != 0)
            return NONE;
        found = members[i];
    }
    return found;
}

/* Does v name, as a word, the acronym p's organisation prints in
 * brackets ("Office for Budget Responsibility (OBR)": "The OBR told us")? */
static int acronym_named(const evx_view *v, const evx_witness *p)
{
    const char *open = p->org ? strrchr(p->org, '(') : NULL;
    char acr[16];
    size_t n = 0;
    if (!open)
        return 0;
    for (const char *c = open + 1; *c && *c != ')'; c++) {
        if (n + 1 >= sizeof acr || !((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z')))
            return 0;
        acr[n++] = (char)(*c | 0x20);
    }
    acr[n] = 0;
    if (n < 2)
        return 0;
    for (size_t k = 0; k < v->w.len; k++)
        if (!v->w.items[k].quoted && evx_view_word_is(v, k, acr))
            return 1;
    return 0;
}

static int org_named(const evx_registry *reg, const evx_clues *c, size_t p,
                     const void *arg)
{
    (void)arg;
    const evx_witness *w = &reg->people[p];
    const evx_strs *org = &w->org_words;
    return org->len && (holds(&c->sent, 0, c->sent.w.len, org) ||
                        holds(&c->after, 0, c->after.w.len, org) ||
                        holds(&c->para, 0, c->para.w.len, org) ||
                        acronym_named(&c->sent, w));
}

/* Does the lead-in's mention lie within words [from, to) of the
 * sentence, a post it names ("General Staff" in "The Chief of the General
 * Staff told us"), which reads like a body's name but is no body? */
static int lead_within(const evx_clues *c, size_t from, size_t to)
{
    return c->lead_v == &c->sent && c->lead->first >= from &&
           c->lead->last < to;
}

/* Is word k of post ("minister") the post's own noun, only words that
 * rank a minister before it ("Minister of State", "Deputy Prime
 * Minister", "First Minister"), and no "Counsellor" after it?  Not an
 * official's ("Head of the Prime Minister's Delivery Unit", "Private
 * Secretary to the Minister"), a shadow's or a diplomat's ("Minister-
 * Counsellor"). */
static int heads_post(const evx_strs *post, size_t k)
{
    static const char *const ranks[] = {"prime", "deputy", "first", "junior"};
    for (size_t i = 0; i < k; i++)
        if (!evx_word_in(post->items[i], ranks, sizeof ranks / sizeof *ranks))
            return 0;
    return !(k + 1 < post->len && strcmp(post->items[k + 1], "counsellor") == 0);
}

/* How a post names its holder a minister: 2 a Minister or a junior
 * minister ("Parliamentary Under-Secretary of State", "Parliamentary
 * Secretary"), whom "the Minister" names; 1 a Secretary of State, whom it
 * names only with no such minister beside him; 0 none, or a former one.
 * Words of British government. */
static int ministerial(const evx_strs *post)
{
    int level = 0;
    if (post->len && evx_post_qualifier(post->items[0]))
        return 0; /* "former Lord Chancellor and Secretary of State" */
    for (size_t k = 0; k < post->len; k++) {
        const char *w = post->items[k];
        if (strcmp(w, "permanent") == 0)
            return 0; /* "Permanent Under-Secretary": a civil servant */
        int of_state = k + 2 < post->len && strcmp(post->items[k + 1], "of") == 0 &&
                       strcmp(post->items[k + 2], "state") == 0;
        int junior = k > 0 && (strcmp(post->items[k - 1], "under") == 0 ||
                               strcmp(post->items[k - 1], "parliamentary") == 0);
        if ((strcmp(w, "minister") == 0 && heads_post(post, k)) ||
            (strstr(w, "secretary") && (junior || strcmp(w, "secretary") != 0) &&
             (of_state || junior)))
            return 2;
        if (strcmp(w, "secretary") == 0 && of_state)
            level = 1;
    }
    return level;
}

/* Is a member of the panel a minister whom "the Minister" names before
 * a Secretary of State (ministerial: 2)? */
static int junior_minister_on(const evx_registry *reg, const panel_of *m)
{
    for (size_t i = 0; i < m->n; i++)
        if (ministerial(&reg->people[m->members[i]].post_words) == 2)
            return 1;
    return 0;
}

/* Does the sentence say "the Minister", no more ("The Minister told
 * us")?  Any minister of the panel may be meant. */
static int the_minister(const evx_view *v)
{
    for (size_t s = 1; s < v->w.len; s++)
        if (evx_view_word_is(v, s - 1, "the") && v->w.items[s].cap &&
            !v->w.items[s].quoted && evx_view_word_is(v, s, "minister") &&
            !evx_view_owner_of_group(v, s) &&
            !(s + 1 < v->w.len && (v->w.items[s + 1].cap ||
                                   evx_view_word_is(v, s + 1, "for") ||
                                   evx_view_word_is(v, s + 1, "of"))))
            return 1;
    return 0;
}

/* Does the sentence name p's post after "the", outside quotation marks:
 * the whole of it, or its first word when that is a post's ("the
 * Minister" for a Minister of State)?  Of another body than the one the
 * lead-in names, no; a lead-in that is the post's own words is none. */
static int post_named(const evx_registry *reg, const evx_clues *c, size_t p,
                      const void *arg)
{
    /* words that end a post's first part: a preposition, or "and" before
     * a second post ("Lord Chancellor and Secretary of State for
     * Justice") */
    static const char *const preps[] = {"to", "of", "for", "at", "in", "and"};
    const evx_witness *w = &reg->people[p];
    const evx_strs *post = &w->post_words;
    const evx_view *v = &c->sent;
    if (post->len == 0 || (c->lead && c->lead->kind != EVX_MENTION_ORG))
        return 0;
    /* a quotation that opens its sentence, its speaker given after it
     * ("“…,” argued the Chief Executive of the Federation") */
    if (evx_view_lead_end(v) == 0 && c->after.w.len &&
        evx_aword_is_speech_verb(c->after.w.items[0].term))
        v = &c->after;
    /* "the Minister" is any minister's, "Parliamentary Under-Secretary of
     * State" too: with two on the panel, neither is named */
    int level = ministerial(post);
    if (level && the_minister(v))
        return (level == 2 || !junior_minister_on(reg, arg)) &&
               (!c->lead || evx_panel_org_fits(c, w));
    /* a post the list prints in lower case ("petitioner", "parent") is
     * named so too ("as the petitioner put it") */
    int lower = w->role && evx_ascii_lower((unsigned char)w->role[0]);
    for (size_t s = 1; s < v->w.len; s++) {
        if (!evx_view_word_is(v, s - 1, "the") || v->w.items[s].quoted ||
            (!v->w.items[s].cap && !lower))
            continue;
        size_t k = 0;
        while (k < post->len && s + k < v->w.len &&
               strcmp(v->w.items[s + k].term, post->items[k]) == 0)
            k++;
        /* the whole post; its first word, a post's ("the Minister"); or
         * its words before a preposition ("The Chief Secretary" for
         * "Chief Secretary to the Treasury") or another post ("The Lord
         * Chancellor") */
        int before_prep = k >= 2 && k < post->len &&
                          evx_word_in(post->items[k], preps, sizeof preps / sizeof *preps);
        int part = (k == 1 && evx_aword_is_post(post->items[0])) || before_prep;
        if (!(k == post->len ||
              (part && (s + k == v->w.len || !v->w.items[s + k].cap))))
            continue;
        /* "the Minister’s officials conceded": they speak, not the Minister */
        if (k > 0 && evx_view_owner_of_group(v, s + k - 1))
            continue;
        /* "the Minister for Children, Families and Wellbeing", whose
         * words after a comma read as a body's name: the post's */
        size_t r = 0;
        while (r < w->role_words.len && s + r < v->w.len &&
               strcmp(v->w.items[s + r].term, w->role_words.items[r]) == 0)
            r++;
        if (r < w->role_words.len)
            r = k;
        if (!c->lead || evx_panel_org_fits(c, w) ||
            lead_within(c, s - 1, s + (r > k ? r : k)))
            return 1;
    }
    return 0;
}

size_t evx_panel_by_post(const evx_registry *reg, const evx_clues *c,
                         const size_t *members, size_t n)
{
    panel_of m = {members, n};
    return only(reg, c, members, n, post_named, &m);
}

/* Does the sentence print org right after a word surname, with only
 * the post's capitalised words and "of", "from", "at", "the", "for"
 * between ("Dr Smith of the Head Teachers Union", "Dr Smith, Policy
 * Director at the Union"; not "Dr Smith, who had worked with the
 * Union")? */
static int org_beside(const evx_view *v, const evx_strs *org,
                      const char *surname)
{
    static const char *const between[] = {"of", "from", "at", "the", "for"};
    for (size_t k = 0; org->len && k < v->w.len; k++) {
        if (strcmp(v->w.items[k].term, surname) != 0)
            continue;
        for (size_t j = k + 1; j < v->w.len && j <= k + 6; j++) {
            if (j + org->len <= v->w.len && reads(v, j, org, 0, org->len))
                return 1;
            if (!v->w.items[j].cap &&
                !evx_word_in(v->w.items[j].term, between,
                             sizeof between / sizeof *between))
                break;
        }
    }
    return 0;
}

/* Does the sentence print p's organisation beside the word surname
 * (arg)? */
static int org_beside_named(const evx_registry *reg, const evx_clues *c,
                            size_t p, const void *surname)
{
    return org_beside(&c->sent, &reg->people[p].org_words, surname);
}

size_t evx_panel_org_beside(const evx_registry *reg, const evx_clues *c,
                            const size_t *members, size_t n,
                            const char *surname)
{
    return only(reg, c, members, n, org_beside_named, surname);
}

size_t evx_panel_by_org(const evx_registry *reg, const evx_clues *c,
                        const size_t *members, size_t n)
{
    return only(reg, c, members, n, org_named, NULL);
}

int evx_panel_org_fits(const evx_clues *c, const evx_witness *p)
{
    const evx_view *v = c->lead_v;
    size_t from = c->lead->first, to = c->lead->last + 1;
    const evx_strs *org = &p->org_words;
    if (from < to && evx_view_word_is(v, from, "the"))
        from++;
    if (org->len == 0 || holds(v, from, to, org))
        return 1;
    for (size_t s = 0; from < to && s + (to - from) <= org->len; s++)
        if (reads(v, from, org, s, to - from))
            return 1;
    return 0;
}

static int sentence_names(const evx_registry *reg, const evx_clues *c,
                          size_t p, const void *arg)
{
    (void)arg;
    return evx_clues_sentence_names(c, p, reg);
}

size_t evx_panel_named(const evx_registry *reg, const evx_clues *c,
                       const size_t *members, size_t n)
{
    return only(reg, c, members, n, sentence_names, NULL);
}

size_t evx_panel_lead_in(const evx_registry *reg, const evx_clues *c,
                         const char *report, int q, const size_t *members,
                         size_t n)
{
    if (c->lead && c->lead->kind != EVX_MENTION_OUTSIDE)
        return NONE;
    return evx_panel_named_at(reg, c, report, q, members, n);
}

size_t evx_panel_named_at(const evx_registry *reg, const evx_clues *c,
                          const char *report, int q, const size_t *members,
                          size_t n)
{
    evx_mentions m = {NULL, 0, 0};
    size_t found = NONE;
    int several = 0;
    if (evx_mentions_people_at(&m, reg, report, &c->sent, q))
        return NONE;
    for (size_t k = 0; k < m.len; k++)
        for (size_t i = 0; i < n && (c->pronoun ||
                                     !evx_mention_is_object(&c->sent, &m.items[k]));
             i++)
            if (strcmp(reg->people[members[i]].name,
                       reg->people[m.items[k].person].name) == 0) {
                several |= found != NONE && found != members[i];
                found = members[i];
            }
    evx_mentions_free(&m);
    return several ? NONE : found;
}

int evx_panel_holds_group(const evx_registry *reg, const evx_clues *c,
                          const size_t *members, size_t n)
{
    for (size_t g = 0; g < c->n_group; g++) {
        const evx_mention *x = c->group[g];
        size_t i = 0;
        if (x->kind != EVX_MENTION_PERSON)
            return 0;
        while (i < n && strcmp(reg->people[members[i]].name,
                               reg->people[x->person].name) != 0)
            i++;
        if (i == n)
            return 0;
    }
    return 1;
}
