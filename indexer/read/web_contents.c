/*
 * web_contents.c - where a web edition's contents list ends; see
 * web_contents.h.
 */
#include "web_contents.h"

#include <string.h>

#include "ascii.h"
#include "marks.h"
#include "web_lines.h"

/* Words past which a line is no contents entry. */
#define CONTENTS_MAX_WORDS 15
/* Lines after "Contents" without a blank one that mark a copy with none. */
#define CONTENTS_RUN_LINES 40

/* The words of a contents entry or heading, without its number, page
 * number or case, for comparing the two. */
static void entry_key(const char *s, size_t n, char *key, size_t cap)
{
    size_t i = 0, k = 0, e = n;
    long num;

    while (e > 0 && evx_ascii_digit(s[e - 1]))
        e--;
    while (e > 0 && evx_ascii_space(s[e - 1]))
        e--;
    if (e == 0 || !evx_web_chapter(s, e, &num, &i))
        i = 0;
    for (; i < e && k + 1 < cap; i++)
        if (evx_ascii_alnum(s[i]))
            key[k++] = (char)evx_ascii_tolower(s[i]);
    key[k] = 0;
}

/* Does a sentence end at s[i]: a stop after a letter, then perhaps a
 * closing quote and a glued marker (marks.h's rule: "release.”",
 * "expensive.”177"), then a space or the line's end? */
static int ends_sentence_at(const char *s, size_t n, size_t i)
{
    size_t d, mb;
    long num;

    if (!strchr(".?!", s[i]) || s[i] == '\0' || i == 0 || !evx_ascii_alpha(s[i - 1]))
        return 0;
    i++;
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x9D || (unsigned char)s[i + 2] == 0x99))
        i += 3;
    else if (i < n && (s[i] == '"' || s[i] == '\''))
        i++;
    for (d = i; d < n && evx_ascii_digit(s[d]); d++)
        ;
    if (d > i && evx_mark_glued(NULL, s, n, i, d, &mb, &num))
        i = d;
    return i == n || evx_ascii_space(s[i]);
}

/* Does the block (lines between blank lines) starting at line k read as
 * prose: more words than a contents entry has, and a finished sentence?
 * Counted over the block, not the line, so a re-wrap at any width reads
 * the same. */
static int prose_block(const evx_text *t, size_t k)
{
    size_t n, words = 0, nl = evx_text_lines(t);
    int sentence = 0;

    for (; k <= nl; k++) {
        const char *s = evx_web_line_text(t, k, &n);
        if (!n)
            break;
        words += evx_ascii_words(s, n);
        for (size_t i = 0; i < n && !sentence; i++)
            sentence = ends_sentence_at(s, n, i);
    }
    return words > CONTENTS_MAX_WORDS && sentence;
}

/* Is the entry at line e, right before the first prose at line k, the
 * page's own chapter heading ("Contents" a navigation link above the page
 * title: "Contents" / "Title Contents" / "9Oversight …" / "234.The …"):
 * a chapter heading alone in its block, whose prose opens with a numbered
 * paragraph that can be its (chapter 1's, or one numbered past 1)? */
static int heads_the_page(const evx_text *t, size_t e, size_t k)
{
    size_t n, off;
    long chapter, num;
    evx_web_style st;
    const char *s = evx_web_line_text(t, e, &n);
    if (!s || !evx_web_chapter(s, n, &chapter, &off))
        return 0;
    for (size_t j = e + 1; j < k; j++)
        if (evx_web_line_text(t, j, &n) && n)
            return 0; /* the entry runs over lines: an entry's block */
    s = evx_web_line_text(t, k, &n);
    return s && evx_web_numbered(s, n, &num, &st, &off) &&
           (chapter == 1 || num > 1);
}

size_t evx_web_contents_end(const evx_text *t, size_t l)
{
    char first[128] = "", key[128];
    size_t k, n, nl = evx_text_lines(t);
    int block_start = 1, runs_on = 1;

    /* a copy with no blank lines (a browser's) starts a block every line */
    for (k = l + 1; k <= nl && k <= l + CONTENTS_RUN_LINES && runs_on; k++)
        runs_on = evx_web_line_text(t, k, &n) && n > 0;
    for (k = l + 1; k <= nl; k++) {
        const char *s = evx_web_line_text(t, k, &n);
        int at_start = block_start || runs_on;
        block_start = n == 0;
        if (!n)
            continue;
        entry_key(s, n, key, sizeof key);
        if (!first[0]) {
            memcpy(first, key, sizeof key);
            continue;
        }
        if (at_start && strcmp(key, first) == 0)
            return k;
    }
    block_start = 1;
    size_t entries = 0, before = 0;
    /* "Contents" that ends a block is a page title's wrapped tail
     * ("Integrated care: … systems" / "Contents"), a navigation link:
     * what follows is the page (its chapter heading, a section heading, or
     * a part of the back matter), unless its first entry recurred above */
    if (l > 1)
        evx_web_line_text(t, l - 1, &before);
    if (before)
        return l + 1;
    size_t last = 0; /* the last entry's line */
    for (k = l + 1; k <= nl; k++) {
        const char *s = evx_web_line_text(t, k, &n);
        if (evx_ascii_words(s, n) > CONTENTS_MAX_WORDS ||
            (n && block_start && prose_block(t, k))) {
            /* one block before the prose is its heading, and "Contents"
             * a navigation link ("Title" / "Contents" / "9 Title") */
            if (entries <= 1)
                return l + 1;
            return last && heads_the_page(t, last, k) ? last : k;
        }
        if (n > 0 && block_start) {
            entries++;
            last = k;
        }
        block_start = n == 0;
    }
    return nl + 1;
}
