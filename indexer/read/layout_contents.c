/*
 * layout_contents.c - the page layer's contents list (see layout_scan.h):
 * the entries read after "Contents", whatever shape a PDF tool or a
 * re-wrap left them in (a title and its page on a line, dot leaders, a
 * column of titles and a column of pages, the columns' lines joined, no
 * pages at all), recorded for layout_heads.c to confirm headings by.
 */
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "dates.h"
#include "grow.h"
#include "layout_scan.h"

/* A contents page is a number under this: a number of four digits ending
 * a title is its own (a year: "Letter from the Minister, 14 May 2019"). */
#define CONTENTS_PAGES 1000

/* Is the number at k its title's last word, before the page that ends
 * its line or stands alone on the next ("Section 136  8", "Section 136" /
 * "8"), a page no lower than the last entry's?  Never a page a leader
 * led to ("Summary......3" / "1" / "Introduction......4": a re-wrap set
 * the next chapter's number apart). */
static int number_in_title(const scan *sc, size_t k, size_t b, int page)
{
    int next = k + 1 < b ? evx_wd_int(&sc->w[k + 1]) : 0;
    return next > 0 && next >= page && !(sc->w[k].flags & W_LEADER) &&
           (k + 2 == b || (sc->w[k + 2].flags & W_LINE));
}

/* Is w a page in Roman numerals, all of it ("iii")? */
static int roman_page(const evx_word *w)
{
    return evx_ascii_roman_page(w->s, w->len) == w->len;
}

int evx_lay_lone_roman(const scan *sc, size_t k)
{
    return roman_page(&sc->w[k]) && (sc->w[k].flags & W_LINE) &&
           (k + 1 == sc->n || (sc->w[k + 1].flags & W_LINE));
}

/* Is word k the last of its line in the block [a, b)? */
static int ends_line(const scan *sc, size_t k, size_t b)
{
    return k + 1 == b || (sc->w[k + 1].flags & W_LINE);
}

/* Is the number at k the day of a date the title ends in ("Letter from the
 * Minister, 14 May 2019"): a month's name after it, then a year? */
static int day_of_date(const scan *sc, size_t k, size_t b)
{
    return k + 2 < b && !(sc->w[k + 1].flags & W_LINE) &&
           !(sc->w[k + 2].flags & W_LINE) &&
           evx_month_at(sc->w[k + 1].s, sc->w[k + 1].len) == sc->w[k + 1].len &&
           evx_wd_int(&sc->w[k + 2]) >= CONTENTS_PAGES;
}

/* Does the number at k open a line that goes on with a capital's word:
 * before any page was read, a chapter's number before its title
 * ("Summary" / "1 Introduction": a list without pages), not a page?
 * (After one, a page may open a line a tool filled: "… Microbeads" /
 * "31 Microplastic prevention and solutions 33".) */
static int opens_title(const scan *sc, size_t k, size_t b)
{
    return (sc->w[k].flags & W_LINE) && k + 1 < b &&
           !(sc->w[k + 1].flags & W_LINE) &&
           evx_ascii_upper((unsigned char)sc->w[k + 1].s[0]);
}

/* Records the entry of words [start, k], its page at k, the words joined
 * on one line.  0 if memory ran out (sc->fail set). */
static int add_entry(scan *sc, size_t start, size_t k)
{
    if (evx_grow((void **)&(sc->ent), &(sc->cap_ent), (sc->n_ent) + 1, sizeof *(sc->ent))) {
        sc->fail = 1;
        return 0;
    }
    sc->ent[sc->n_ent++] = (entry){start, k};
    sc->w[start].brk = B_LINE;
    for (size_t j = start + 1; j <= k; j++) {
        sc->w[j].brk = B_JOIN;
        sc->w[j].blanks = 0; /* a page set apart (page_apart) joins too */
    }
    return 1;
}

/* Reads contents entries ending in page numbers from a, within the block
 * [a, b), recording them if `keep`.  Returns the first word after the
 * last whole entry (a if none) and *last_page its page. */
static size_t contents_entries(scan *sc, size_t a, size_t b, int *last_page,
                               int keep)
{
    size_t start = a;
    int page = *last_page;
    for (size_t k = a; k < b && k - start <= 25; k++) {
        if (sc->w[k].flags & W_HEADER)
            break;
        int v = evx_wd_int(&sc->w[k]);
        /* the front matter's pages, before any page read, end entries
         * too ("Summary.......iii"), their page unknown */
        int roman = page == 0 && roman_page(&sc->w[k]) && ends_line(sc, k, b);
        if (k > start && (roman || (v > 0 && v >= page && v < CONTENTS_PAGES)) &&
            (k + 1 == b || evx_wd_upperish(&sc->w[k + 1])) &&
            !number_in_title(sc, k, b, page) && !day_of_date(sc, k, b) &&
            !(page == 0 && opens_title(sc, k, b))) {
            if (keep && !add_entry(sc, start, k))
                return a;
            page = v;
            start = k + 1;
        }
    }
    *last_page = page;
    return start;
}

/* Most words a contents title has. */
#define TITLE_WORDS 16

/* Where words said again must stand (said_again): alone on a line of
 * their own, as a heading does in any text; or where a heading stands in
 * text a re-wrap joined, at a block's start or at a line's after a
 * sentence ("Pharmacy First 17."; not "… the Pharmacy" / "First service
 * …"). */
enum { SAID_ALONE, SAID_AS_HEADING };

/* Are the words [a, e) said again from word `from` on, standing as
 * `where` says? */
static int said_again(const scan *sc, size_t a, size_t e, size_t from,
                      int where)
{
    size_t m = e - a;
    for (size_t k = from; k + m <= sc->n; k++) {
        int at = where == SAID_ALONE
                     ? (sc->w[k].flags & W_LINE) &&
                           (k + m == sc->n || (sc->w[k + m].flags & W_LINE) ||
                            evx_lay_block_start(sc, k + m))
                     : evx_lay_block_start(sc, k) ||
                           ((sc->w[k].flags & W_LINE) &&
                            evx_wd_ends_sentence(&sc->w[k - 1]));
        size_t q = 0;
        while (at && q < m && evx_wd_same(&sc->w[k + q], &sc->w[a + q]))
            q++;
        if (at && q == m)
            return 1;
    }
    return 0;
}

/* The end of the contents title that opens a line at a: its line and
 * any after it in lower case ("… and integrated care" / "systems"); 0
 * if the words are not a title's (more than TITLE_WORDS, not opening as
 * a title does). */
static size_t title_line_end(const scan *sc, size_t a)
{
    if (a >= sc->n || !(sc->w[a].flags & W_LINE) || (sc->w[a].flags & W_HEADER) ||
        !evx_wd_upperish(&sc->w[a]))
        return 0;
    size_t e = a + evx_lay_line_words(sc, a);
    while (e < sc->n && evx_wd_lower(&sc->w[e]) && !evx_lay_block_start(sc, e))
        e += evx_lay_line_words(sc, e);
    return e - a > TITLE_WORDS ? 0 : e;
}

/* Most titles a list without pages is read to (each looked for through
 * the rest of the text). */
#define UNPAGED_TITLES 200

/* Titles a list without pages may hold that the text does not head with
 * as written ("Section 1: Background …", a divider page's), before the
 * next that it does. */
#define UNMET_TITLES 2

/* Reads, from a, the entries of a contents list printed without pages
 * (a copy that lost the list's right-hand column, or a list with none):
 * a title each (title_line_end) that a line further on says again alone,
 * as its heading does, or, not ending a sentence, one of up to
 * UNMET_TITLES before such a title or the page's end.
 * Records them and returns the first word after the last (a if none). */
static size_t unpaged_entries(scan *sc, size_t a)
{
    size_t e, n = 0;
    while (n++ < UNPAGED_TITLES && (e = title_line_end(sc, a)) != 0) {
        /* a title may end as a sentence does where its heading is met */
        int met = said_again(sc, a, e, e, SAID_ALONE);
        if (!met && evx_wd_ends_sentence(&sc->w[e - 1]))
            break;
        size_t x = e, y;
        for (size_t k = 0; !met && k < UNMET_TITLES &&
                           (y = title_line_end(sc, x)) != 0;
             k++, x = y)
            met = said_again(sc, x, y, y, SAID_ALONE);
        /* the list's last titles, its page ending after them */
        met |= x < sc->n && (sc->w[x].flags & (W_PAGE | W_HEADER));
        if (!met)
            break;
        if (evx_grow((void **)&sc->ent, &sc->cap_ent, sc->n_ent + 1,
                     sizeof *sc->ent)) {
            sc->fail = 1;
            return a;
        }
        sc->ent[sc->n_ent++] = (entry){a, e};
        sc->w[a].brk = B_LINE;
        for (size_t j = a; j < e; j++)
            evx_lay_furniture(sc, sc->w[j].line);
        a = e;
    }
    return a;
}

/* The words at a that are the column headings over a contents list,
 * alone in their block [a, b) or on their line: "Page", or "Report" and
 * "Page"; 0 if none. */
static size_t column_heads(const scan *sc, size_t a, size_t b)
{
    size_t m = evx_wd_eq(&sc->w[a], "Page") ? 1
               : a + 1 < b && evx_wd_eq(&sc->w[a], "Report") &&
                       evx_wd_eq(&sc->w[a + 1], "Page")
                   ? 2
                   : 0;
    return m && (a + m == b || (sc->w[a + m].flags & W_LINE)) ? m : 0;
}


/* Fewest bytes of dots a leader has: an ellipsis in a title has three.
 * Two are a leader too, squeezed by a long title ("… in rural areas..7"):
 * no title's word ends in two dots. */
#define LEADER_BYTES 4
#define SQUEEZED_LEADER_BYTES 2

/* The contents line of words [k, e] (e its page, or the page glued to
 * its leader or title) as out's words, without the dots that run up to
 * the page: "Summary.......3", "Summary ....... 3", "Summary . . . 3",
 * ".......3".  Returns the words written; 0 if the line has no leader
 * (then nothing is written). */
static size_t line_without_leader(const scan *sc, size_t k, size_t e,
                                  evx_word *out)
{
    size_t t, p, bytes = 0, n = 0;
    evx_word page = sc->w[e], glued_title = page;
    int title_in_page = 0;
    if (evx_wd_leader(&page, &t, &p) && p < page.len) {
        bytes += p - t; /* "Summary.......3" or ".......3" */
        title_in_page = t > 0;
        glued_title.len = (unsigned)t;
        page.s += p, page.col += (unsigned)p, page.len -= (unsigned)p;
    } else if (!evx_wd_int(&page) && !roman_page(&page)) {
        return 0;
    }
    size_t from = e; /* words [from, e) are dots alone */
    while (!title_in_page && from > k && evx_wd_leader(&sc->w[from - 1], &t, &p) &&
           t == 0 && p == sc->w[from - 1].len)
        bytes += sc->w[--from].len;
    for (size_t q = k; q < from; q++)
        out[n++] = sc->w[q];
    if (!title_in_page && n > 0 && evx_wd_leader(&out[n - 1], &t, &p) &&
        t > 0 && p == out[n - 1].len) {
        bytes += out[n - 1].len - t; /* "Summary......" */
        out[n - 1].len = (unsigned)t;
    }
    if (bytes < LEADER_BYTES && bytes != SQUEEZED_LEADER_BYTES)
        return 0;
    if (title_in_page)
        out[n++] = glued_title;
    if (n == 0) { /* the line opened with its leader */
        page.flags = sc->w[k].flags;
        page.blanks = sc->w[k].blanks;
    } else {
        page.flags = page.blanks = 0;
        page.brk = B_KEEP;
    }
    page.flags |= W_LEADER;
    out[n++] = page;
    return n;
}

/* The block [a, b) of the contents without its entries' dot leaders
 * (line_without_leader); dots inside a title ("Funding... and
 * accountability") stay, and so do runs of dots in the report's own
 * text, which this never reads.  Returns the block's new end. */
static size_t drop_leaders(scan *sc, size_t a, size_t b)
{
    evx_word *out = malloc(2 * (b - a) * sizeof *out);
    if (!out) {
        sc->fail = 1;
        return b;
    }
    size_t n = 0, changed = 0;
    for (size_t k = a; k < b; k++) {
        size_t e = k;
        while (!ends_line(sc, e, b))
            e++;
        size_t m = line_without_leader(sc, k, e, out + n);
        changed |= m > 0;
        if (!m)
            for (size_t q = k; q <= e; q++)
                out[n + m++] = sc->w[q];
        n += m;
        k = e;
    }
    if (changed)
        evx_lay_replace(sc, a, b, out, n);
    free(out);
    return changed ? a + n : b;
}

/* Most titles in one column of a contents page, and most words a title
 * has there. */
#define COLUMN_TITLES 200
#define COLUMN_TITLE_WORDS 16

/* The titles of a contents column in the block [a, b): each a line of a
 * few words, or two or more where a title wraps (evx_wd_goes_on), that
 * ends in no page and no sentence (";", ",", ":" or "."): a number after
 * a capital's word is the title's ("Section 136"), in a column most of
 * whose titles end in words, which the pages after it, as many as the
 * titles, bear out; their first
 * words go to first[].  Their count, 0 if the block is not such a
 * column. */
static size_t column_titles(const scan *sc, size_t a, size_t b, size_t *first)
{
    size_t nt = 0, numbered = 0;
    int goes_on = 0;
    for (size_t k = a; k < b; k++) {
        /* a line in lower case goes on a title a re-wrap broke
         * ("… Pharmacy First Closures" / "and access") */
        if (k == a || ((sc->w[k].flags & W_LINE) && !goes_on &&
                       !evx_wd_lower(&sc->w[k]))) {
            if (nt == COLUMN_TITLES || evx_wd_num_dot(&sc->w[k]) ||
                (k > a && k - first[nt - 1] > COLUMN_TITLE_WORDS))
                return 0; /* a paragraph ("1. Grants …") is no title */
            first[nt++] = k;
        }
        int last = k + 1 == b || (sc->w[k + 1].flags & W_LINE);
        goes_on = last && k + 1 < b && evx_wd_goes_on(&sc->w[k]);
        char end = sc->w[k].s[sc->w[k].len - 1];
        int v = last && !goes_on ? evx_wd_int(&sc->w[k]) : 0;
        int number = v > 0;
        if ((sc->w[k].flags & W_HEADER) ||
            (number && !(k > first[nt - 1] &&
                         evx_ascii_upper((unsigned char)sc->w[k - 1].s[0]))) ||
            (last && !goes_on &&
             (end == '.' || end == ',' || end == ';' || end == ':')))
            return 0;
        numbered += number && v < CONTENTS_PAGES; /* "…, 14 May 2019": no page */
    }
    /* titles that mostly end in numbers are entries with their pages */
    return b - first[nt - 1] > COLUMN_TITLE_WORDS || numbered * 2 >= nt + (numbered > 0)
               ? 0
               : nt;
}

static int by_value(const void *x, const void *y)
{
    int a = evx_wd_int(*(const evx_word *const *)x),
        b = evx_wd_int(*(const evx_word *const *)y);
    return (a > b) - (a < b);
}

/* The pages on the line that word k opens, when the line holds nothing
 * else: numbers under 1000 in page order ("6", or "6 6 7" where a re-wrap
 * joined a column's lines).  Their count, 0 if the line is not such. */
static size_t pages_line(const scan *sc, size_t k)
{
    if (!(sc->w[k].flags & W_LINE))
        return 0;
    size_t n = 0;
    for (int last = 0; k + n < sc->n; n++) {
        size_t j = k + n;
        if (n && ((sc->w[j].flags & W_LINE) || evx_lay_block_start(sc, j)))
            break;
        int v = evx_wd_int(&sc->w[j]);
        if (v <= 0 || v >= CONTENTS_PAGES || v < last)
            return 0;
        last = v;
    }
    return n;
}

/* Does a column title break before word j, the title before it ended
 * (a line whose titles a re-wrap joined: "2 Funding and accountability
 * Investment plans The role of the regulator")?  2 where a capital's word
 * or a chapter's number follows a word in lower case that ends a title
 * ("accountability Investment"), 1 where it follows a capital's word
 * ("Introduction Scope", "Accessibility Digital"), 0 where no title ends:
 * after "of", "the", "and" …, inside a title's first words ("2
 * Funding"). */
static int title_breaks(const scan *sc, size_t first, size_t j)
{
    const evx_word *w = &sc->w[j], *prev = &sc->w[j - 1];
    int number = evx_wd_int(w) > 0 && j + 1 < sc->n &&
                 evx_wd_upperish(&sc->w[j + 1]);
    if (j <= first + (evx_wd_int(&sc->w[first]) > 0) ||
        !(evx_wd_upperish(w) || number) || evx_wd_goes_on(prev))
        return 0;
    return evx_wd_lower(prev) ? 2 : evx_wd_upperish(prev) ? 1 : 0;
}

/* The strength title_breaks gives word j of the title that opens at
 * first and ends before end: 2 or 1, or, where the text after the
 * contents (from `from`) does not head with the words from j to the next
 * break (said_again), 0 for a break of 1 (in "Pharmacy First Closures
 * and access" the text heads "Closures and access", never "First"). */
static int confirmed_break(const scan *sc, size_t first, size_t j, size_t end,
                           size_t from)
{
    int st = title_breaks(sc, first, j);
    if (st != 1)
        return st;
    size_t e = j + 1;
    while (e < end && !title_breaks(sc, first, e))
        e++;
    return said_again(sc, j, e, from, SAID_AS_HEADING) ? 1 : 0;
}

/* How a line's joined titles break (title_breaks): at breaks of 2 only,
 * at every break, or at breaks of 2 and the breaks of 1 that the text
 * from `from` on confirms.  Title t is words [first[t], first[t + 1]). */
enum { BREAK_STRONG, BREAK_ALL, BREAK_CONFIRMED };

static int breaks_at(const scan *sc, const size_t *first, size_t t, size_t j,
                     size_t from, int how)
{
    int st = how == BREAK_CONFIRMED
                 ? confirmed_break(sc, first[t], j, first[t + 1], from)
                 : title_breaks(sc, first[t], j);
    return how == BREAK_STRONG ? st == 2 : st > 0;
}

/* Titles joined on a line, as many as want, parted where they break
 * (breaks_at), each way in turn until one gives want titles in all.
 * first[] (nt titles, first[nt] their end) gains the new titles' first
 * words.  Returns their count: want, or nt if no way gives it (nothing
 * changed). */
static size_t part_joined_titles(const scan *sc, size_t *first, size_t nt,
                                 size_t want)
{
    size_t end = first[nt], out[COLUMN_TITLES + 1];
    if (want > COLUMN_TITLES)
        return nt;
    for (int how = BREAK_STRONG; how <= BREAK_CONFIRMED; how++) {
        size_t n = 0;
        for (size_t t = 0; t < nt && n <= want; t++) {
            out[n++] = first[t];
            for (size_t j = first[t] + 1; j < first[t + 1] && n <= want; j++)
                if (breaks_at(sc, first, t, j, end, how))
                    out[n++] = j;
        }
        if (n != want)
            continue;
        out[n] = end;
        memcpy(first, out, (n + 1) * sizeof *first);
        return n;
    }
    return nt;
}

static int by_int(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

/* Are the `left` lowest of the pages among words [a, e) (headers aside)
 * lower than every other: the contents page's own numbers, not pages it
 * lists? */
static int lowest_apart(const scan *sc, size_t a, size_t e, size_t left)
{
    int v[COLUMN_TITLES + 2];
    size_t n = 0;
    for (size_t k = a; k < e; k++) {
        if (sc->w[k].flags & W_HEADER)
            continue;
        if (n == COLUMN_TITLES + 2)
            return 0;
        v[n++] = evx_wd_int(&sc->w[k]);
    }
    qsort(v, n, sizeof *v, by_int);
    return left < n && v[left - 1] < v[left];
}

/* A contents column from word a (the block [a, b) or more): its titles,
 * one a line (before any entry was read, a blank line may part them),
 * then their pages, each a number alone on its line, among the page's
 * running header, as many as the titles, and one or two more (the
 * contents page's own number, lower than any page it lists).  Fills
 * first[] with the titles' first words, *b with the end of the titles
 * and *e with the end of the pages; their counts go to *nt and *np.
 * Returns 1 if it is such a column, else 0. */
static int column_at(const scan *sc, size_t a, size_t *b, size_t *e,
                     size_t *first, size_t *nt, size_t *np)
{
    /* the titles end where the pages start: after a blank line or none,
     * the titles a line or a block each (a list's second page as its
     * first) */
    size_t end = a + 1, reach = a + COLUMN_TITLES * COLUMN_TITLE_WORDS;
    for (; end < sc->n && end < reach && !(sc->w[end].flags & W_HEADER) &&
           !pages_line(sc, end) && !evx_lay_lone_roman(sc, end);
         end++)
        ;
    size_t p = end; /* the pages, past the page's running header */
    while (p < sc->n && ((sc->w[p].flags & W_HEADER) || evx_lay_lone_roman(sc, p)))
        p++;
    if (end > *b && (p >= sc->n || !pages_line(sc, p)))
        return 0;
    *b = end;
    *nt = column_titles(sc, a, end, first);
    if (*nt == 0)
        return 0;
    first[*nt] = end;
    size_t k = end, joined = 0;
    for (*np = 0; k < sc->n; k++) {
        if (sc->w[k].flags & W_HEADER)
            continue;
        size_t m = pages_line(sc, k);
        if (!m)
            break;
        *np += m;
        joined |= m > 1;
        k += m - 1;
    }
    *e = k;
    /* the pages' lines joined: so were the titles', which part where one
     * ends to match them, with or without the contents page's own */
    for (size_t left = 0; joined && left <= 2 && *np > *nt + left &&
                          (left == 0 || lowest_apart(sc, end, k, left));
         left++)
        if (part_joined_titles(sc, first, *nt, *np - left) == *np - left) {
            *nt = *np - left;
            break;
        }
    return *np >= *nt && *np <= *nt + 2;
}

/* A contents list set as two columns that a PDF tool in reading order
 * prints one after the other, whole or a group of titles at a time
 * (column_at).  The words are put in the order of a contents list in one
 * column, each title then its page ("Summary 3"): the pages sorted go to
 * the titles in order, as a contents list runs in page order, and the
 * numbers left over, then the header, after them.  A lone title and its
 * page are such a group only after an entry was read, or before another
 * group.  Returns 1 when it did, else 0 (nothing moved). */
static int column_contents(scan *sc, size_t a, size_t b)
{
    size_t first[COLUMN_TITLES + 1], nt, np, e;
    if (!column_at(sc, a, &b, &e, first, &nt, &np))
        return 0;
    if (nt < 2 && !sc->n_ent) {
        size_t nb = e < sc->n ? evx_lay_next_block(sc, e) : e, ne, nnt, nnp;
        size_t next[COLUMN_TITLES + 1];
        if (nb == e || !column_at(sc, e, &nb, &ne, next, &nnt, &nnp))
            return 0;
    }
    evx_word *all = malloc((e - a) * sizeof *all);
    const evx_word **pages = malloc(np * sizeof *pages);
    if (!all || !pages) {
        free(all);
        free(pages);
        sc->fail = 1;
        return 0;
    }
    size_t n = 0, q = 0;
    for (size_t k = b; k < e; k++)
        if (!(sc->w[k].flags & W_HEADER))
            pages[q++] = &sc->w[k];
    qsort(pages, np, sizeof *pages, by_value);
    for (size_t t = 0; t < nt; t++) {
        for (size_t k = first[t]; k < first[t + 1]; k++)
            all[n++] = sc->w[k];
        all[n] = *pages[np - nt + t];
        all[n].flags = 0;
        all[n].blanks = 0;
        all[n++].brk = B_JOIN;
    }
    for (size_t k = 0; k < np - nt; k++)
        all[n++] = *pages[k];
    for (size_t k = b; k < e; k++)
        if (sc->w[k].flags & W_HEADER)
            all[n++] = sc->w[k];
    memcpy(&sc->w[a], all, n * sizeof *all);
    free(all);
    free(pages);
    return 1;
}

/* The contents list's pages printed before its heading, its titles after
 * it ("3" / "4" / "4" … / "Contents" / "Summary" / "1 Introduction" …, as
 * pdfminer may order the boxes): the numbers alone on their lines right
 * before "Contents" at i go after the titles, which run to the page's end,
 * if there are as many as the titles, or one or two more.  Then the list
 * reads as titles and pages (column_contents).  Returns where "Contents"
 * now stands. */
static size_t pages_before_contents(scan *sc, size_t i)
{
    size_t s = i, t = i + 1, nt = 0;
    while (s > 0 && pages_line(sc, s - 1) == 1 && !(sc->w[s - 1].flags & W_HEADER))
        s--;
    while (t < sc->n && !(sc->w[t].flags & (W_HEADER | W_PAGE))) {
        if (evx_wd_int(&sc->w[t]) && pages_line(sc, t) == 1)
            return i; /* pages of its own: none moved */
        nt += (sc->w[t].flags & W_LINE) != 0;
        t++;
    }
    size_t np = i - s;
    if (np < 2 || np < nt || np > nt + 2 || t >= sc->n)
        return i;
    evx_word *all = malloc((t - s) * sizeof *all);
    if (!all) {
        sc->fail = 1;
        return i;
    }
    size_t n = 0;
    for (size_t k = i; k < t; k++) /* "Contents" and the titles */
        all[n++] = sc->w[k];
    all[0].blanks = sc->w[s].blanks; /* the place, and page, the pages had */
    all[0].flags |= sc->w[s].flags & W_PAGE;
    for (size_t k = s; k < i; k++) /* then their pages */
        all[n++] = sc->w[k];
    all[n - np].blanks = 1;
    all[n - np].flags &= (unsigned char)~W_PAGE;
    evx_lay_replace(sc, s, t, all, n);
    free(all);
    return s;
}

/* The page of the entry whose title is the line [e, b) that ends its block,
 * printed alone in the next block (a word processor's entry with no
 * leader, whose page pdftotext sets apart: "Port infrastructure" / "" /
 * "7"): the page's word, else 0. */
static size_t page_apart(const scan *sc, size_t e, size_t b, int page)
{
    if (b >= sc->n || b - e > TITLE_WORDS || !evx_wd_upperish(&sc->w[e]) ||
        evx_lay_next_block(sc, b) != b + 1)
        return 0;
    for (size_t k = e + 1; k < b; k++)
        if (sc->w[k].flags & W_LINE)
            return 0;
    int v = evx_wd_int(&sc->w[b]);
    return v > 0 && v >= page && v < CONTENTS_PAGES ? b : 0;
}

/* Finds "Contents" near the start and reads its entries; returns the
 * index of the first word after the contents (0 if there are none).  The
 * contents end with a block that is not all entries, or, in text with no
 * blank lines between them (a copy and paste), at the first line after
 * its entries that is none. */
size_t evx_lay_read_contents(scan *sc)
{
    size_t i = 0;
    /* at a block's start, or under a page's number alone ("1" / "Contents":
     * a PDF tool prints the page's number over its first line) */
    for (; i < sc->n && i < sc->n / 2 + 1; i++)
        if (evx_wd_eq(&sc->w[i], "Contents") && (sc->w[i].flags & W_LINE) &&
            (evx_lay_block_start(sc, i) ||
             (i + 1 < sc->n && (sc->w[i + 1].flags & W_LINE)) ||
             (i > 0 && evx_wd_int(&sc->w[i - 1]) > 0 &&
              (sc->w[i - 1].flags & W_LINE) && (i == 1 || evx_lay_block_start(sc, i - 1)))))
            break;
    if (i >= sc->n || i >= sc->n / 2 + 1)
        return 0;
    i = pages_before_contents(sc, i);
    if (sc->fail)
        return 0;
    sc->have_contents = 1;
    for (size_t k = 0; k <= i; k++) /* the cover and front matter */
        evx_lay_furniture(sc, sc->w[k].line);
    size_t a = i + 1;
    int page = 0, moved = 0;
    while (a < sc->n && !sc->fail) {
        if (sc->w[a].flags & W_HEADER) {
            a++;
            continue;
        }
        size_t b = evx_lay_next_block(sc, a);
        if (b == a + 1 && (evx_lay_lone_number(sc, a) || evx_lay_lone_roman(sc, a))) {
            evx_lay_furniture(sc, sc->w[a].line); /* a page's number */
            a = b;
            continue;
        }
        size_t heads = column_heads(sc, a, b);
        if (heads) { /* "Report    Page" over the list, a block or a line */
            for (size_t k = a; k < a + heads; k++)
                evx_lay_furniture(sc, sc->w[k].line);
            a += heads;
            if (a < b)
                sc->w[a].brk = B_BLOCK;
            continue;
        }
        b = drop_leaders(sc, a, b);
        /* a group put in order is read again as one column: its entries */
        if (!moved && column_contents(sc, a, b)) {
            moved = 1;
            continue;
        }
        moved = 0;
        int p2 = page;
        size_t e = contents_entries(sc, a, b, &p2, 0);
        if (e == a && page == 0) { /* no page read: a list without them */
            size_t u = unpaged_entries(sc, a);
            if (u == a)
                break;
            a = u;
            continue;
        }
        if (e < b && !(sc->w[e].flags & W_LINE))
            break;
        contents_entries(sc, a, e, &page, 1);
        /* the last line's title, its page set apart in the next block */
        size_t pg = e < b ? page_apart(sc, e, b, page) : 0;
        if (pg && !add_entry(sc, e, pg))
            break;
        size_t end = pg ? pg + 1 : e;
        for (size_t k = a; k < end; k++)
            evx_lay_furniture(sc, sc->w[k].line);
        size_t was = a;
        a = end;
        if (end == was || (e < b && !pg))
            break;
        page = pg ? evx_wd_int(&sc->w[pg]) : page;
    }
    if (a > i + 1 && a < sc->n)
        sc->w[a].brk = B_BLOCK;
    return a;
}
