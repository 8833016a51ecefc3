/*
 * attrib_people.c - the registered witnesses a piece of text names, by
 * their names as printed ("Dr Smith", "Sir Simon", "General Wall"); see
 * attrib_mention.h (evx_mentions_people, evx_mentions_people_at).  The
 * bodies and the people not registered are attrib_mention.c's.
 */
#include "attrib_mention.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "names.h"

/* A name word must be this long before a misspelling is forgiven. */
#define FUZZY_MIN_LEN 5
#define FUZZY_MAX_DIST 2

/* A word match_person let through as misspelt, checked last: the edit
 * distance is worth computing only once another word agrees. */
typedef struct misspelt {
    const char *printed, *registered;
    size_t k, j, matched; /* the walk before it */
} misspelt;

/* "Sir Simon", "Dame Julie": a knight or dame named, as English names
 * them, by title and first name, the name ending at word i. */
static int knight_by_first_name(const evx_witness *p, const evx_view *v,
                                size_t i)
{
    if (i == 0 || p->words.len < 2 || !evx_view_adjacent(v, i - 1, i) ||
        !(evx_view_word_is(v, i - 1, "sir") || evx_view_word_is(v, i - 1, "dame")) ||
        strcmp(v->w.items[i].term, p->words.items[0]) != 0 ||
        !evx_name_opens_with_word(p->name, v->w.items[i - 1].term))
        return 0;
    /* "Sir Simon Jones" is another man */
    return !(i + 1 < v->w.len && v->w.items[i + 1].cap &&
             !v->w.items[i + 1].title && evx_view_adjacent(v, i, i + 1));
}

/* "Mr Nguyễn" for "Mr Nguyễn Văn Minh", "Ms Tran" for "Ms Tran Thi Lan":
 * a name printed family name first, named as English names anyone, by
 * title and family name, the name ending at word i.  The title must be
 * the one printed with the name, and the word its first. */
static int family_name_first(const evx_witness *p, const evx_view *v,
                             size_t i)
{
    if (i == 0 || p->words.len < 2 || !evx_view_adjacent(v, i - 1, i) ||
        !v->w.items[i - 1].title || !v->w.items[i].cap ||
        strcmp(v->w.items[i].term, p->words.items[0]) != 0 ||
        !evx_name_opens_with_word(p->name, v->w.items[i - 1].term))
        return 0;
    return !(i + 1 < v->w.len && v->w.items[i + 1].cap &&
             !v->w.items[i + 1].title && evx_view_adjacent(v, i, i + 1));
}

/* Titles English uses for one person in place of the other: a courtesy
 * title, and a doctor's, a professor's, a knight's or a peer's. */
static const char *const courtesy_titles[] = {"mr", "mrs", "ms", "miss", "mx"};
static const char *const rank_titles[] = {
    "dr", "doctor", "professor", "prof", "sir", "dame", "lord", "lady",
    "baroness", "baron", "viscount", "viscountess", "earl", "countess"};

static const char *const peer_titles[] = {
    "lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess"};
static const char *const academic_titles[] = {"dr", "doctor", "professor", "prof"};

/* Does p's registered name open with one of list[0..n)? */
static int registered_with(const evx_witness *p, const char *const *list,
                           size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (evx_name_opens_with_word(p->name, list[k]))
            return 1;
    return 0;
}

/* "Mrs Scott" is not "Dr Emma Scott", nor "Dr Scott" "Mrs Emma Scott":
 * the title t printed before a name is of the other kind than the one
 * registered (a courtesy title against a doctor's, a professor's, a
 * knight's or a peer's; a doctor's or a professor's against a peer's who
 * is neither; a peer's against one who is none), so it names another
 * person.  "Mr Smith" for
 * "Rt Hon John Smith MP" is still he, and "Professor Mallory" for "Dr
 * Ruth Mallory", promoted between the list and the text, still she. */
static int title_of_another_kind(const evx_witness *p, const char *t)
{
    size_t nc = sizeof courtesy_titles / sizeof *courtesy_titles,
           nr = sizeof rank_titles / sizeof *rank_titles;
    int courtesy = registered_with(p, courtesy_titles, nc),
        ranked = registered_with(p, rank_titles, nr);
    if (evx_word_in(t, courtesy_titles, nc))
        return ranked && !courtesy;
    /* "Professor Hall" is not "Lord Hall of Birkenhead", nor "Lord Hall"
     * "Professor Jim Hall": a peer is so named, and a professor not */
    size_t np = sizeof peer_titles / sizeof *peer_titles,
           na = sizeof academic_titles / sizeof *academic_titles;
    int peer = registered_with(p, peer_titles, np);
    if (evx_word_in(t, academic_titles, na) && peer &&
        !registered_with(p, academic_titles, na))
        return 1;
    if (evx_word_in(t, peer_titles, np) && !peer)
        return 1;
    if (evx_word_in(t, rank_titles, nr))
        return courtesy && !ranked;
    return 0;
}

/* The gender the titles a registered name opens with give ("Mr Mark
 * Smith": 'm'), or 0. */
static char name_gender(const char *name)
{
    char word[16];
    const char *end = name + evx_name_titles_len(name);
    for (const char *s = name; s < end;) {
        size_t n = strcspn(s, " ");
        if (n < sizeof word) {
            memcpy(word, s, n);
            word[n] = 0;
            char g = evx_title_gender(word);
            if (g)
                return g;
        }
        s += n;
        s += strspn(s, " ");
    }
    return 0;
}

/* A lower-case word of a registered name that a body's name joins its
 * words with ("of", "and", "for": "Bank of England") is at most this
 * long; printed the same, it is part of the name. */
#define JOIN_WORD_MAX 3

/* Is word a, printed before a name, a rank that p's registered name
 * opens with ("General Wall" for "General Sir Peter Wall"): a title
 * here, not another first name? */
static int printed_rank(const evx_witness *p, const evx_aword *a)
{
    return a->rank && a->cap && evx_name_opens_with_word(p->name, a->term);
}

/* Does registered person p end at word i?  Matches the name backwards from
 * the surname; one word may be misspelt (edit distance <= 2) when another
 * word agrees.  Sets *first to the first word (titles included), *titled
 * when a title printed with it is one p's registered name holds ("Dr
 * Smith" for "Dr Anne Smith"), *fuzzy when the name is read less surely
 * than by its surname: a misspelling, or a family name printed first
 * (any registered surname the words give wins over it). */
static int match_person(const evx_witness *p, const evx_view *v, size_t i,
                        size_t *first, int *full, int *fuzzy, int *titled)
{
    *titled = 0;
    if (knight_by_first_name(p, v, i)) {
        *first = i - 1;
        *full = 0;
        *fuzzy = 0;
        return 1;
    }
    if (family_name_first(p, v, i)) {
        *first = i - 1;
        *full = 0;
        *fuzzy = 1;
        return 1;
    }
    size_t k = p->words.len, j = i + 1, matched = 0;
    misspelt ms = {NULL, NULL, 0, 0, 0};
    while (k > 0 && j > 0) {
        const evx_aword *a = &v->w.items[j - 1];
        const char *pw = p->words.items[k - 1];
        /* A lower-case word is a name word only as the very particle the
         * name has ("van"): compared first, as most words are lower
         * case and few are that word. */
        int same = a->term[0] == pw[0] && strcmp(a->term, pw) == 0;
        if (a->title || printed_rank(p, a) ||
            (!a->cap && !(same && (evx_name_is_particle(pw, strlen(pw)) ||
                                   strlen(pw) <= JOIN_WORD_MAX))) ||
            (matched && !evx_view_adjacent(v, j - 1, j)))
            break;
        if (!same) {
            if (ms.printed || strlen(pw) < FUZZY_MIN_LEN)
                break;
            ms = (misspelt){a->term, pw, k, j, matched};
        }
        matched++;
        k--;
        j--;
    }
    *fuzzy = ms.printed != NULL;
    if (*fuzzy && matched >= 2 &&
        evx_edit_distance(ms.printed, ms.registered, FUZZY_MAX_DIST) >
            FUZZY_MAX_DIST) {
        /* not a misspelling after all: the walk ends before that word */
        k = ms.k;
        j = ms.j;
        matched = ms.matched;
        *fuzzy = 0;
    }
    if (matched == 0 || (*fuzzy && matched < 2))
        return 0;
    if (j > 0) {
        const evx_aword *a = &v->w.items[j - 1];
        if (k > 0 && a->cap && !a->title && !printed_rank(p, a) &&
            evx_view_adjacent(v, j - 1, j))
            return 0; /* another first name: another person */
        if (!a->cap && evx_view_adjacent(v, j - 1, j) &&
            evx_name_is_particle(a->term, strlen(a->term)))
            return 0; /* "van Sebille" is not "Sebille" */
    }
    /* the name goes on ("Chris Hamilton" is not "Chris Ham") */
    if (i + 1 < v->w.len && v->w.items[i + 1].cap &&
        !v->w.items[i + 1].title && evx_view_adjacent(v, i, i + 1))
        return 0;
    /* titles printed with it; one of the other sex ("Ms Smith" for "Mr
     * Mark Smith"), or of another kind ("Mrs Scott" for "Dr Emma Scott"),
     * is another person */
    char g = name_gender(p->name);
    while (j > 0 &&
           (v->w.items[j - 1].title || printed_rank(p, &v->w.items[j - 1])) &&
           evx_view_adjacent(v, j - 1, j)) {
        char t = evx_title_gender(v->w.items[j - 1].term);
        if ((g && t && t != g) ||
            title_of_another_kind(p, v->w.items[j - 1].term))
            return 0;
        *titled |= evx_name_opens_with_word(p->name, v->w.items[j - 1].term);
        j--;
    }
    *first = j;
    *full = k == 0;
    return 1;
}

/* Can a name end at word a?  A name's last word is printed with a capital
 * and is no title, or is a particle ("van"): match_person would stop at
 * any other word, so the people need not be tried (most words are lower
 * case). */
static int may_end_name(const evx_aword *a)
{
    if (a->title)
        return 0;
    return a->cap || evx_name_is_particle(a->term, strlen(a->term));
}

/* The registered person among ours[0..n) that the name ending at word i
 * of v best matches (a full name over a surname, an exact spelling over a
 * misspelt one, then one whose title is printed), with its first word in
 * *first; if q > 0, only those whose
 * panel holds question q.  (size_t)-1 if none; *tie if two fit as well. */
static size_t best_person(const evx_registry *reg, const size_t *ours,
                          size_t n, const evx_view *v, size_t i, int q,
                          size_t *first, int *tie)
{
    size_t best = (size_t)-1;
    int best_score = -1;
    *tie = 0;
    for (size_t o = 0; o < n; o++) {
        size_t f, p = ours[o];
        const evx_witness *w = &reg->people[p];
        int full, fuzzy, titled;
        if ((q > 0 && (q < w->q_first || q > w->q_last)) ||
            !match_person(w, v, i, &f, &full, &fuzzy, &titled))
            continue;
        /* a full name first, then an exact spelling; a title the name
         * holds parts people of one surname ("Dr Smith", "Professor
         * Smith") */
        int score = (full ? 4 : 0) + (fuzzy ? 0 : 2) + (titled ? 1 : 0);
        if (best != (size_t)-1 && strcmp(reg->people[best].name, w->name) == 0)
            continue; /* the same person in another panel */
        if (score > best_score) {
            best = p;
            best_score = score;
            *first = f;
            *tie = 0;
        } else if (score == best_score) {
            *tie = 1;
        }
    }
    return best;
}

/* Does p's panel hold question q? */
static int holds(const evx_witness *p, int q)
{
    return q >= p->q_first && q <= p->q_last;
}

/* The name ending at word i, best matched by best (tie if another fitted
 * as well), read again among the people whose panel holds question q:
 * of two who fit, the one there; of one person who sat on two panels
 * (listed twice, in two posts), his listing there ("Jim Harra", Q130,
 * the Accounting Officer of the second session, not the Permanent
 * Secretary of the first). */
static size_t in_panel_of(const evx_registry *reg, const size_t *ours, size_t n,
                          const evx_view *v, size_t i, int q, size_t best,
                          size_t *first, int *tie)
{
    size_t f;
    int again;
    size_t at = best_person(reg, ours, n, v, i, q, &f, &again);
    if (!*tie && (at == (size_t)-1 || again ||
                  strcmp(reg->people[at].name, reg->people[best].name) != 0))
        return best;
    *first = f;
    *tie = again;
    return at;
}

evx_status evx_mentions_people_at(evx_mentions *m, const evx_registry *reg,
                                  const char *report, const evx_view *v,
                                  int q)
{
    /* The people of this report, found once rather than once a word. */
    size_t *ours = malloc((reg->n_people + 1) * sizeof *ours), n_ours = 0;
    if (!ours)
        return EVX_NOMEM;
    for (size_t p = 0; p < reg->n_people; p++)
        if (evx_registry_same_report(reg->people[p].report, report))
            ours[n_ours++] = p;
    evx_status st = EVX_OK;
    for (size_t i = 0; !st && i < v->w.len; i++) {
        if (!may_end_name(&v->w.items[i]))
            continue;
        size_t first = 0;
        int tie;
        size_t best = best_person(reg, ours, n_ours, v, i, 0, &first, &tie);
        if (best != (size_t)-1 && q > 0 && (tie || !holds(&reg->people[best], q)))
            best = in_panel_of(reg, ours, n_ours, v, i, q, best, &first, &tie);
        if (best == (size_t)-1 || tie)
            continue;
        evx_mention *x = evx_mentions_push(m);
        if (!x) {
            st = EVX_NOMEM;
            break;
        }
        x->kind = EVX_MENTION_PERSON;
        x->first = first;
        x->last = i;
        x->person = best;
    }
    free(ours);
    return st;
}

size_t evx_people_fitting(const evx_registry *reg, const char *report,
                          const evx_view *v, int q, size_t *out, size_t cap)
{
    size_t n = 0;
    int best = -1;
    if (!v->w.len)
        return 0;
    for (size_t p = 0; p < reg->n_people; p++) {
        const evx_witness *w = &reg->people[p];
        size_t f;
        int full, fuzzy, titled;
        if (!evx_registry_same_report(w->report, report) ||
            (q > 0 && (q < w->q_first || q > w->q_last)) ||
            !match_person(w, v, v->w.len - 1, &f, &full, &fuzzy, &titled) || f)
            continue;
        int score = (full ? 4 : 0) + (fuzzy ? 0 : 2) + (titled ? 1 : 0), seen = 0;
        for (size_t k = 0; k < n && score == best; k++)
            seen |= strcmp(reg->people[out[k]].name, w->name) == 0;
        if (score > best)
            n = 0, best = score;
        if (score == best && !seen && n < cap)
            out[n++] = p;
    }
    return n;
}

evx_status evx_mentions_people(evx_mentions *m, const evx_registry *reg,
                              const char *report, const evx_view *v)
{
    return evx_mentions_people_at(m, reg, report, v, 0);
}
