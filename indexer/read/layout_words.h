/*
 * layout_words.h - the shapes of words the page layer (layout.c) reads a
 * report by: paragraph numbers ("12."), plain numbers, footnote markers
 * glued to words ("sandblasting.2"), question ranges ("Q1–64"), evidence
 * codes ("(EIM0017)"), URLs, sentence ends.  Private to indexer/read/.
 * Pure: no I/O.
 */
#ifndef EVX_LAYOUT_WORDS_H
#define EVX_LAYOUT_WORDS_H

#include <stddef.h>

/* One word of the text and where it stood. */
typedef struct evx_word {
    const char *s;  /* into the source text; not NUL-terminated */
    unsigned len;
    unsigned line, col; /* 1-based; col in bytes */
    unsigned char flags, blanks, brk; /* layout.c's marks */
} evx_word;

/* A plain number of 1-4 digits, no leading zero: its value, else 0. */
int evx_wd_int(const evx_word *w);

/* "N." with 1-3 digits: N; a paragraph numbered by chapter, "C.N" or
 * "C.N." (paranum.h): its number; else 0. */
int evx_wd_num_dot(const evx_word *w);

/* Starts like the first word of a sentence, heading or reference. */
int evx_wd_upperish(const evx_word *w);

int evx_wd_lower(const evx_word *w);

/* Does a line that ends with w go on at the next line: w is a word no
 * heading or note ends in ("… the role of the" / "Department and local
 * authorities"), or ends in a comma or a hyphen? */
int evx_wd_goes_on(const evx_word *w);

/* Ends a sentence, perhaps followed by a glued footnote marker. */
int evx_wd_ends_sentence(const evx_word *w);

/* Does w end in a stop, ". ? ! : ; ,", as a heading's last word never
 * does ("Oversight (the trust framework)" ends in none)? */
int evx_wd_ends_stop(const evx_word *w);

/* The footnote marker glued to the end of a word ("sandblasting.2",
 * "5mm.1", "break.”14"): its value, else 0. */
int evx_wd_marker(const evx_word *w);

/* The last footnote the marker glued to w cites, where the numbering
 * stands at `after`: the marker's value, a few on (EVX_MARK_AHEAD); or,
 * where a PDF tool printed two together ("funding.23" after 1), the
 * second's, the first a few on; or the marker's value up to after +
 * ahead; else 0. */
int evx_wd_cites(const evx_word *w, int after, int ahead);

int evx_wd_url(const evx_word *w);

/* Does line s[0..n) go on the URL that line prev[0..plen) is, wrapped by
 * a tool that breaks long lines ("https://www.nao.org.uk/…/2017/02/" /
 * "Health-and-social-care-integration.pdf"): one word, after a URL that
 * ends in "/", "-", "_", "=" or "?", or holding a "/" or ending in a
 * document's extension?  It is the URL's, never a heading. */
int evx_url_goes_on(const char *prev, size_t plen, const char *s, size_t n);

/* Is the URL that opens line s[0..n) part of the text, not an item of
 * the list of links a PDF tool prints under a page's notes: words go on
 * after it on its line ("https://ifs.org.uk/…, accessed 2 February
 * 2023"), or the line above, prev[0..plen), is text that runs on into
 * it, ending in a comma, colon or semicolon ("IFS Briefing Note
 * BN260,")?  A link list stands under a blank line, one URL a line. */
int evx_url_in_text(const char *prev, size_t plen, const char *s, size_t n);

/* A question reference ending a witness panel: "Q1–64", "Q263-286",
 * "Q12", perhaps with a comma or full stop. */
int evx_wd_qrange(const evx_word *w);

/* Does w end in the first half of a question range broken after its dash,
 * glued to the word before it or not ("Q37–", "OfwatQ37–")? */
int evx_wd_qrange_open(const evx_word *w);

/* A written-evidence code closing an entry: "(EIM0017)", "(STP0064)." -
 * two to six capitals and three to five digits. */
int evx_wd_code(const evx_word *w);

/* "Ev" followed by a page of an older report's printed evidence ("Ev 45",
 * "Ev w12", "Ev 1-5"): w is "Ev", next the page. */
int evx_wd_ev_page(const evx_word *w, const evx_word *next);

/* Ends like a reference: a question number, an evidence code, a page, a
 * year, a closing bracket or full stop; not with a semicolon or comma,
 * after which the body lists more ("(ABC0002); see also …"). */
int evx_wd_ref_end(const evx_word *w);

/* Words before a number that make it a reference, not a footnote: "section
 * 13", "paragraph 4", "page 2".  General English, from the way reports
 * cite their own and other documents' parts. */
int evx_wd_cites_number(const evx_word *w);

/* Does w hold a contents entry's dot leader, a run of dots ("."; "…"
 * counts three, "·" one) as a PDF tool prints it between a title and its
 * page: the whole word (spaced dots, "........"), or at least two dots
 * after its text or before its page ("Summary.......3", "Summary.....",
 * ".....3", "Summary.....iii")?  Then *text_len is the length before the
 * leader (0 if none) and *page_at where the page's digits or Roman
 * numerals start (w->len if none). */
int evx_wd_leader(const evx_word *w, size_t *text_len, size_t *page_at);

/* Where a dot leader (two dots or more, spaced or not, of the characters
 * evx_wd_leader reads) that ends s[0..n), blanks after it or not, starts:
 * a list's entry set on a tab before its reference ("London
 * TravelWatch.......Q1–25"); n if s ends in none. */
size_t evx_leader_before(const char *s, size_t n);

/* Does w hold the dot leader of a witness list's entry set on a tab
 * before its question range ("TravelWatch.......Q1–25", "......Q26–58"),
 * or a leader alone?  Then *text_len is the length before the leader
 * and *ref_at where the range starts (w->len for a leader alone). */
int evx_wd_ref_leader(const evx_word *w, size_t *text_len, size_t *ref_at);

/* Does s[0..n), a line's first word, open with footnote number v glued
 * to its body's first word, as a PDF tool prints a superscript set
 * against it ("1Q3 [Professor Alan Reed]", "3Public Accounts Committee",
 * "35Rights Foundation" for note 3 of "5Rights Foundation", "100Q4")?
 * The number's length in bytes, else 0: the body opens with a capital
 * and a letter ("Public", "HM"), "Q" and a digit, or a digit in a word
 * that holds a letter or a colon ("5Rights", "10:10").  Only the shape:
 * a run of such lines in sequence makes them bodies (layout_notes.c). */
size_t evx_glued_note(const char *s, size_t n, int v);

/* evx_glued_note for w, a line's first word, and the word after it on
 * its line: also note v's number glued to a "Q" whose number is set apart
 * ("2Q 116 [Mr Neil Ashdown]", as pypdf prints a raised number before "Q
 * 116"), or to the article "A" ("1A list of witnesses …"). */
size_t evx_wd_glued_note(const evx_word *w, const evx_word *next, int v);

/* Does s[0..n), a line's first word, open with a paragraph's number
 * glued to its text's first word, as a PDF tool that sets no blank
 * between a hanging number and its text prints it ("1.Witnesses",
 * "12.\u201cThe", "3.12The")?  The number's length with its full stop,
 * else 0: 1-3 digits and a full stop, perhaps 1-3 digits more and a full
 * stop (a number by chapter), then a capital and a letter, the word "A"
 * or "I", or an opening quotation mark and a letter ("2.5m", "1.e",
 * "4.B" and "3.12" are none).  Only the shape: the
 * sequence decides whether it is a paragraph. */
size_t evx_glued_para_number(const char *s, size_t n);

/* Is w the word lit, ignoring ASCII case? */
int evx_wd_eq(const evx_word *w, const char *lit);

/* The same word, ASCII case aside. */
int evx_wd_same(const evx_word *a, const evx_word *b);

/* May w be a word of a heading: it holds no digit, colon, semicolon,
 * quotation mark or sentence end.  (Page furniture is the caller's to
 * rule out.) */
int evx_wd_heading_word(const evx_word *w);

#endif /* EVX_LAYOUT_WORDS_H */
