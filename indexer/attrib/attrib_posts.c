/*
 * attrib_posts.c - a post or a body printed around a name in a lead-in;
 * see attrib_posts.h.
 */
#include "attrib_posts.h"

#include "attrib_text.h"

/* Where a department of state's name that runs on to word a starts:
 * back from a over capitalised words, "of", "and", "for", "the" and the
 * commas of a list, to "Department", "Ministry" or "Office" and its "of"
 * or "for" ("Department of Health and Social Care", "Department for
 * Digital, Culture, Media and Sport"); a if there is none.  Such a name
 * lists its subjects; "Royal College of Nursing and Alan Smithers" is
 * two. */
size_t evx_org_chain_start(const evx_view *v, size_t a)
{
    static const char *const heads[] = {"department", "ministry", "office"};
    size_t k = a, start = a;
    int org = 0;
    while (k > 0 && a - k < 14) {
        const evx_aword *w = &v->w.items[k - 1];
        int connector = evx_view_word_is(v, k - 1, "of") ||
                        evx_view_word_is(v, k - 1, "and") ||
                        evx_view_word_is(v, k - 1, "for") ||
                        evx_view_word_is(v, k - 1, "the");
        if (!(w->cap && !w->title) && !connector)
            break;
        /* a comma parts the list's names, after a capitalised one */
        if (evx_view_comma_after(v, k - 1) && !w->cap)
            break;
        k--;
        if (w->cap && evx_word_in(w->term, heads, 3) && k + 1 < a &&
            (evx_view_word_is(v, k + 1, "of") ||
             evx_view_word_is(v, k + 1, "for"))) {
            org = 1;
            start = k;
        }
    }
    return org ? start : a;
}

/* Does the run at word a end a body's name after "and": the name before
 * "and" is one a preposition introduces ("Ian Williamson from Manchester
 * Health and Care Commissioning", "the Sustainability of the NHS and
 * Adult Social Care"), so the words after it go on with it? */
int evx_ends_body_name(const evx_view *v, size_t a)
{
    static const char *const preps[] = {"from", "of", "at", "for", "in"};
    size_t k = a - 1;
    if (a < 2 || !evx_view_word_is(v, k, "and") || !v->w.items[k - 1].cap ||
        v->w.items[k - 1].title)
        return 0;
    while (k > 0 && v->w.items[k - 1].cap && !v->w.items[k - 1].title &&
           !evx_view_comma_after(v, k - 1))
        k--;
    if (k > 0 && evx_view_word_is(v, k - 1, "the"))
        k--;
    return k > 0 && evx_word_in(v->w.items[k - 1].term, preps,
                                sizeof preps / sizeof *preps);
}

/* Words that qualify a post ("the former Chief Executive", "the then
 * Minister"). */
static const char *const post_qualifiers[] = {"former", "then", "acting",
                                              "interim", "outgoing"};
#define N_POST_QUALIFIERS (sizeof post_qualifiers / sizeof *post_qualifiers)

int evx_post_qualifier(const char *term)
{
    return evx_word_in(term, post_qualifiers, N_POST_QUALIFIERS);
}

/* Is word k a capitalised word of a post printed before a name: a role
 * word, or a word qualifying one ("Health", "Former", "Permanent")? */
static int post_word(const evx_view *v, size_t k)
{
    return v->w.items[k].cap && !v->w.items[k].title &&
           !evx_view_all_caps(v, k);
}

/* Where the name starts in a capitalised run [a, b) that opens with a
 * post printed as a title ("Health Secretary Matt Hancock", "Chief
 * Executive Sir Simon Stevens", "Former Permanent Secretary Dame Una
 * O'Brien"): after the post's last role word, when a title follows it
 * or two or three names do; a when the run opens with no post.  *post
 * gets where the post starts: a, or, for "Minister of State Jane Doe"
 * (the run "State Jane Doe"), the role words before "of". */
size_t evx_post_before_name(const evx_view *v, size_t a, size_t b,
                             size_t *post)
{
    size_t r = a, k = a, names = 0;

    *post = a;
    if (evx_view_word_is(v, a, "state") && a >= 2 &&
        evx_view_word_is(v, a - 1, "of") && evx_view_adjacent(v, a - 1, a) &&
        evx_view_adjacent(v, a - 2, a - 1) && post_word(v, a - 2) &&
        evx_aword_is_post(v->w.items[a - 2].term)) {
        for (*post = a - 2; *post > 0 && post_word(v, *post - 1) &&
                            evx_view_adjacent(v, *post - 1, *post);)
            --*post;
        r = a + 1; /* "Minister of State", "Secretary of State" */
    } else {
        for (; k < b && post_word(v, k); k++)
            if (evx_aword_is_post(v->w.items[k].term))
                r = k + 1;
        if (r == a)
            return a;
    }
    while (*post > 0 && evx_view_adjacent(v, *post - 1, *post) &&
           evx_word_in(v->w.items[*post - 1].term, post_qualifiers,
                       N_POST_QUALIFIERS))
        --*post; /* "former Permanent Secretary" */
    if (r < b && v->w.items[r].title)
        return r;
    for (k = r; k < b; k++) {
        if (!post_word(v, k) || evx_aword_is_post(v->w.items[k].term))
            return a;
        names++;
    }
    return names >= 2 && names <= 3 ? r : a;
}

/* Where the name starts in a capitalised run [a, b) that opens with its
 * organisation in the possessive ("The NHS Confederation’s Niall
 * Dickson", "Water UK’s Dr Jane Doe"): after the possessive, when a
 * title or two or three names follow it; a otherwise. */
size_t evx_org_before_name(const evx_view *v, size_t a, size_t b)
{
    for (size_t k = a; k + 1 < b; k++) {
        if (!evx_view_possessive(v, k))
            continue;
        if (v->w.items[k + 1].title)
            return k + 1;
        size_t names = 0;
        for (size_t j = k + 1; j < b; j++) {
            if (!post_word(v, j) || evx_aword_is_post(v->w.items[j].term) ||
                evx_view_possessive(v, j))
                return a;
            names++;
        }
        return names >= 2 && names <= 3 ? k + 1 : a;
    }
    return a;
}

