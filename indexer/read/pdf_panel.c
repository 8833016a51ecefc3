/*
 * pdf_panel.c - a witness panel's reference and people; see pdf_panel.h.
 */
#include "pdf_panel.h"

#include <string.h>

#include "ascii.h"
#include "attrib_parts.h"
#include "pdf_back.h"
#include "web_lines.h"

/* The reference a witness entry ends with: its question range, or an
 * older report's page of its evidence ("Ev 22"); and, in a House of
 * Lords list, the code of the written evidence of one who gave both
 * after the questions ("QQ 1–15 EBL0003"). */
typedef struct panel_ref {
    size_t cut; /* the entry before it */
    int first, last;
    size_t ev_off, ev_len; /* "Ev 22", or the code */
} panel_ref;

/* Does s[0..len) end in a reference?  Fills r. */
static int ref_end(const char *s, size_t len, panel_ref *r)
{
    memset(r, 0, sizeof *r);
    len = evx_ascii_rtrim(s, len);
    size_t w = len;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (w > 0 && pdf_code_len(s, len, w) == len - w &&
        pdf_qrange(s, w, &r->cut, &r->first, &r->last)) {
        r->ev_off = w;
        r->ev_len = len - w;
        return 1;
    }
    return pdf_qrange(s, len, &r->cut, &r->first, &r->last) ||
           pdf_ev_tail(s, len, &r->cut, &r->ev_off, &r->ev_len);
}

/* The last reference inside s with words after it, as a list printed in
 * layout order leaves it, the reference on the entry's first line ("Dr
 * Hannah White, Deputy Director, Institute for QQ 5–9 Government", "…
 * and Councillor Ev 22 Margaret Pryce-Howell, …"): where the words after
 * it start, with r filled; else 0. */
static size_t ref_within(const char *s, size_t len, panel_ref *r)
{
    for (size_t j = len; j-- > 1;)
        if (s[j] == ' ' && evx_ascii_digit((unsigned char)s[j - 1]) &&
            ref_end(s, j, r) && r->cut > 0) {
            while (j < len && s[j] == ' ')
                j++;
            return j < len ? j : 0;
        }
    return 0;
}

/* Sets r's questions, or its page or code, on u.  EVX_OK or EVX_NOMEM. */
static evx_status set_ref(evx_unit *u, const char *s, const panel_ref *r)
{
    u->q_first = r->first;
    u->q_last = r->last;
    return r->ev_len && evx_unit_set(&u->code, s + r->ev_off, r->ev_len)
               ? EVX_NOMEM
               : EVX_OK;
}

int pdf_entry_ref(const char *s, size_t len, size_t *cut)
{
    panel_ref r;
    if (!ref_end(s, len, &r))
        return 0;
    *cut = r.cut;
    return 1;
}

int pdf_panel_opens_with_name(const char *s, size_t len)
{
    const char *comma = memchr(s, ',', len);
    size_t n = evx_ascii_rtrim(s, comma ? (size_t)(comma - s) : len);
    return evx_part_looks_like_name(s, n) || evx_part_rank_and_name(s, n);
}

/* Does printed line k of t open with a person's name
 * (pdf_panel_opens_with_name)? */
static int opens_with_name(const pdf_panel_text *t, size_t k)
{
    size_t len = (k + 1 < t->n_lines ? t->lines[k + 1] : t->len) - t->lines[k];
    return pdf_panel_opens_with_name(t->s + t->lines[k], len);
}

/* The body a panel's head line names, s[*from..*from + *len), before its
 * reference r: after the marks, alone (no comma, no person's name).
 * Returns 1 when the line is so printed. */
static int body_head(const char *s, size_t n, size_t *from, size_t *blen,
                     panel_ref *r)
{
    size_t k = 0;
    while (k < n && (s[k] == '*' || s[k] == ' '))
        k++;
    if (k >= n || !ref_end(s + k, n - k, r) || !r->cut)
        return 0;
    const char *body = s + k;
    if (memchr(body, ',', r->cut) || evx_part_has_honorific(body, r->cut) ||
        (evx_part_looks_like_name(body, r->cut) && !evx_part_names_body(body, r->cut)))
        return 0;
    *from = k;
    *blen = r->cut;
    return 1;
}

int pdf_panel_body_head(const char *s, size_t len)
{
    size_t from, blen;
    panel_ref r;
    return body_head(s, len, &from, &blen, &r);
}

/* Adds the witness of line s[0..len), a person of the body printed over
 * the panel, with the body after the person's post unless the line ends
 * with it.  EVX_OK or EVX_NOMEM. */
static evx_status body_member(evx_unit *u, const char *s, size_t len,
                              const char *body, size_t body_len)
{
    evx_buf b = EVX_BUF_INIT;
    evx_buf_append(&b, s, len);
    if (len < body_len || memcmp(s + len - body_len, body, body_len) != 0) {
        evx_buf_puts(&b, ", ");
        evx_buf_append(&b, body, body_len);
    }
    evx_status st = b.oom ? EVX_NOMEM : pdf_split_people(u, b.data, b.len);
    evx_buf_free(&b);
    return st;
}

/* A House of Lords panel headed by a body: its first printed line names
 * the body alone (no comma, no person's name) and ends in the panel's
 * reference, and each line below opens with one of its people, whose
 * post follows ("** Royal Society QQ 1–15 EBL0003" / "Professor Dame
 * Alison Noble, Foreign Secretary" / "Dr Peter Sandoval-Quist, Head of
 * Policy"); a line that opens with no name goes on the post above it.
 * Each person is the body's; its code too, the panel's.  Returns 1 with
 * *st set when the panel is so printed, else 0 (u untouched). */
static int body_panel(evx_unit *u, const pdf_panel_text *t, evx_status *st)
{
    const char *s = t->s;
    size_t n = t->n_lines, from, blen;
    panel_ref r;
    if (n < 2 || !body_head(s, evx_ascii_rtrim(s, t->lines[1]), &from, &blen, &r) ||
        !opens_with_name(t, 1))
        return 0;
    const char *body = s + from;
    *st = set_ref(u, body, &r);
    for (size_t k = 1; k < n && !*st;) {
        size_t a = t->lines[k], e = t->len;
        /* the person's line, and the lines that go on its post */
        while (++k < n && !opens_with_name(t, k))
            ;
        if (k < n)
            e = t->lines[k];
        *st = body_member(u, s + a, evx_ascii_rtrim(s + a, e - a), body, blen);
    }
    return 1;
}

/* Is printed line k of t a reference alone ("Q1–31")? */
static int ref_line(const pdf_panel_text *t, size_t k)
{
    size_t e = k + 1 < t->n_lines ? t->lines[k + 1] : t->len;
    panel_ref r;
    return ref_end(t->s + t->lines[k], e - t->lines[k], &r) && r.cut == 0;
}

/* The commas in printed line k of t. */
static size_t line_commas(const pdf_panel_text *t, size_t k)
{
    size_t e = k + 1 < t->n_lines ? t->lines[k + 1] : t->len, c = 0;
    for (size_t i = t->lines[k]; i < e; i++)
        c += t->s[i] == ',';
    return c;
}

/* Does printed line k of t break off inside a name, so that the next
 * goes on with it ("… University of Kent and" / "Medway; Mr Tom Gedge,
 * …"): a comma or a word no name ends in at its end? */
static int line_goes_on(const pdf_panel_text *t, size_t k)
{
    size_t e = k + 1 < t->n_lines ? t->lines[k + 1] : t->len;
    size_t n = evx_ascii_rtrim(t->s + t->lines[k], e - t->lines[k]);
    return n && (t->s[t->lines[k] + n - 1] == ',' ||
                 evx_web_ends_in_function_word(t->s + t->lines[k], n));
}

/* Does each printed line of a panel with no questions name a witness
 * whole, name, post and body ("Mr Eleanor Fairclough, Senior Adviser,
 * Second Chance Trust" / "Mr Priya Holloway, Head of Research, Prison
 * Learning Alliance"), as pdftotext prints a witness table whose column
 * of questions it sets apart?  Read as one entry, the first witness had
 * taken the next one's name into its body. */
static size_t lines_each_a_person(const pdf_panel_text *t)
{
    size_t n = t->n_lines;
    if (n > 2 && ref_line(t, n - 1))
        n--; /* the column's first question range, set under the names */
    if (n < 2)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (line_commas(t, k) < 2 || !opens_with_name(t, k) ||
            (k + 1 < n && line_goes_on(t, k)))
            return 0;
    return n;
}

/* The witnesses of a panel one printed line each, of its first n lines.
 * EVX_OK or EVX_NOMEM. */
static evx_status people_by_line(evx_unit *u, const pdf_panel_text *t, size_t n)
{
    evx_status st = EVX_OK;
    for (size_t k = 0; k < n && !st; k++) {
        size_t a = t->lines[k], e = k + 1 < t->n_lines ? t->lines[k + 1] : t->len;
        st = pdf_split_people(u, t->s + a, evx_ascii_rtrim(t->s + a, e - a));
    }
    return st;
}

evx_status pdf_panel_read(evx_unit *u, const pdf_panel_text *t, int *ranged)
{
    const char *s = t->s;
    size_t len = t->len, off;
    panel_ref r;
    evx_status st;
    *ranged = 1;
    if (t->n_lines > 1 && body_panel(u, t, &st))
        return st;
    /* the House of Lords marks who gave oral evidence: "** Professor Jane
     * Doe, University of Leeds QQ 1–10" */
    while (len && (*s == '*' || *s == ' '))
        s++, len--;
    size_t by_line = lines_each_a_person(t);
    if (ref_end(s, len, &r))
        return set_ref(u, s, &r)                 ? EVX_NOMEM
               : by_line && by_line < t->n_lines ? people_by_line(u, t, by_line)
                                                 : pdf_split_people(u, s, r.cut);
    if ((off = ref_within(s, len, &r)) == 0) {
        *ranged = 0;
        return by_line ? people_by_line(u, t, by_line) : pdf_split_people(u, s, len);
    }
    /* "… Institute for QQ 5–9 Government": the entry without them */
    evx_buf whole = EVX_BUF_INIT;
    evx_buf_append(&whole, s, r.cut);
    evx_buf_putc(&whole, ' ');
    evx_buf_append(&whole, s + off, len - off);
    st = whole.oom || set_ref(u, s, &r) ? EVX_NOMEM
                                        : pdf_split_people(u, whole.data, whole.len);
    evx_buf_free(&whole);
    return st;
}

