/*
 * pdf_lists.c - the Witnesses and Published written evidence lists of a
 * printed report; see pdf_lists.h.
 */
#include "pdf_lists.h"

#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "attrib_parts.h"
#include "pdf_back.h"
#include "pdf_body.h"
#include "pdf_panel.h"
#include "pdf_parts.h"
#include "pdf_unit.h"

/* Whether line s opens with the House of Lords' mark for oral evidence
 * ("*", "**"). */
static int starred(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] == ' ')
        i++;
    return i < len && s[i] == '*';
}

/* Does the open panel go on past the reference that ends line c?  A PDF
 * tool in layout order prints a right-aligned reference on the line it
 * shares a baseline with, which may be the entry's first: in a House of
 * Lords list, whose panels each open with "*", the panel goes on to the
 * next mark ("* Dr Hannah White, Deputy Director, Institute for  QQ 5–9"
 * / "Government"); elsewhere as pdf_entry_goes_on says. */
static int goes_on_past_reference(pdf_parser *p, const pdf_line *c, size_t cut)
{
    size_t l2, next;
    int oral;
    const char *s2 = pdf_get_line(p, c->ln + 1, &l2, NULL, NULL);
    if (p->undated_panels)
        return l2 && starred(p->open.acc.text.data, p->open.acc.text.len) &&
               !starred(s2, l2) && !pdf_lords_list_head(s2, l2, &oral);
    /* names broken off mid-name go on after a blank line too
     * (names_go_on_past_ref) */
    if (!l2 && pdf_ends_mid_entry(p->open.acc.text.data, cut) &&
        (next = pdf_next_content(p, c->ln + 1)) != 0)
        s2 = pdf_get_line(p, next, &l2, NULL, NULL);
    return pdf_entry_goes_on(p->open.acc.text.data, cut, s2, l2);
}

/* Does c open with a page's number and then words, with no comma and no
 * question range ("36 Environmental impact of microplastics", a running
 * header a copy glued after a panel's range)?  No panel opens with a
 * number: that is a page's header, never a witness. */
static int page_header_like(const pdf_line *c)
{
    size_t i = 0, cut;
    int a, b;
    while (i < c->len && i < 4 && evx_ascii_digit((unsigned char)c->s[i]))
        i++;
    return i > 0 && i < c->len && c->s[i] == ' ' && i + 1 < c->len &&
           evx_ascii_upper((unsigned char)c->s[i + 1]) &&
           !memchr(c->s, ',', c->len) && !pdf_qrange(c->s, c->len, &cut, &a, &b);
}

/* Does line c open with a titled name ("Assistant Commissioner Ann
 * Roe, …", "Dr Ann Roe, …"): another witness's entry? */
static int opens_titled_name(const pdf_line *c)
{
    const char *comma = memchr(c->s, ',', c->len);
    size_t n = comma ? (size_t)(comma - c->s) : c->len;
    return evx_part_has_honorific(c->s, n) || evx_part_rank_and_name(c->s, n);
}

/* Does the open panel go on over the page break before c?  A page can
 * break inside an entry ("… Minister of State" / "for Health, Department
 * of Health and Social Care Q371–417"), and its first words then open no
 * panel: they go on in lower case, or after the entry broke off mid-name
 * (pdf_ends_mid_entry: "Senior Lecturer in" / "Criminology, …"), or
 * are the entry's reference alone ("Q1–20"), or the list ends each panel
 * with its questions and the open one has not yet reached them.  In the
 * last case a titled name after the break is the panel's next witness,
 * parted from the one before by a comma (*part). */
static int entry_goes_on_over_page(pdf_parser *p, const pdf_line *c, int *part)
{
    *part = 0;
    const evx_unit *u = p->open.cur;
    if (!c->broke || !u || u->type != EVX_UNIT_WITNESS || p->undated_panels == 2)
        return 0;
    const pdf_acc *acc = &p->open.acc;
    size_t len = evx_ascii_rtrim(acc->text.data, acc->text.len);
    if (!len)
        return 0;
    char last = acc->text.data[len - 1];
    size_t cut;
    if (evx_ascii_lower((unsigned char)c->s[0]) ||
        pdf_ends_mid_entry(acc->text.data, len) ||
        (pdf_entry_ref(c->s, c->len, &cut) && cut == 0))
        return 1;
    if (p->n_panels < 2 || p->unranged_panels)
        return 0;
    *part = last != ';' && opens_titled_name(c);
    return 1;
}

/* Does the open panel's entry, its questions not yet read, go on past a
 * blank line at c: it broke off mid-name ("… Department for" / "" /
 * "Environment, Food and Rural Affairs" / "" / "QQ 56–72"), its line
 * ended on a wrap's space, or it opened with a mark, as MuPDF prints a
 * marked list's rows ("** Lord Grey …, National Sheep Breeders’" / "" /
 * "Association"), and c opens no witness of its own (a mark, a titled
 * name)? */
static int entry_goes_on_past_blank(pdf_parser *p, const pdf_line *c)
{
    const evx_unit *u = p->open.cur;
    size_t cut, len, trail = 0, k = c->ln;
    if (c->broke || !u || u->type != EVX_UNIT_WITNESS || p->undated_panels == 2)
        return 0;
    const pdf_acc *acc = &p->open.acc;
    size_t al = evx_ascii_rtrim(acc->text.data, acc->text.len);
    if (!al || pdf_entry_ref(acc->text.data, al, &cut) || starred(c->s, c->len) ||
        opens_titled_name(c))
        return 0;
    while (k > 1 && k > c->ln - 3) {
        int t;
        pdf_get_line(p, --k, &len, NULL, &t);
        if (len) {
            trail = (size_t)t;
            break;
        }
    }
    /* in a list that marks each panel ("** Lord Grey …"), a line with no
     * mark before the panel's questions is more of its entry */
    return pdf_ends_mid_entry(acc->text.data, al) || trail ||
           starred(acc->text.data, al);
}

/* Is line c a panel's reference alone ("Q42–77"), or the end of one
 * broken after its dash, under a panel still open without its own?
 * mutool and pdfminer may print a panel's questions as a block apart from
 * its names, and pypdf break them as any words: they are that panel's,
 * not a panel of their own (which had left the panel before it without
 * its questions). */
static int ref_of_open_panel(const pdf_parser *p, const pdf_line *c)
{
    size_t cut;
    const evx_unit *u = p->open.cur;
    if (!u || u->type != EVX_UNIT_WITNESS || p->past_ref || p->undated_panels)
        return 0;
    if (pdf_entry_ref(c->s, c->len, &cut) && cut == 0)
        return 1;
    /* the range's end, where a tool broke the line after its dash ("…
     * Ofwat Q37–" / "84") */
    const pdf_acc *acc = &p->open.acc;
    return evx_ascii_digit((unsigned char)c->s[0]) &&
           pdf_qrange_open(acc->text.data, acc->text.len);
}

/* Did the open panel's names break off mid-name before the questions
 * that followed them ("…, Department for Education, and Mr" / "Q82–130"
 * / "Rupert Thewlis, Director, …", as pdfminer prints a reference beside
 * an entry's first line)?  Its next block is the rest of the names, even
 * after a blank line: it had been a panel of its own, its witness
 * without his title, and the Minister's body "Department for Education,
 * and Mr". */
static int names_go_on_past_ref(const pdf_parser *p)
{
    const evx_unit *u = p->open.cur;
    size_t cut;
    const pdf_acc *acc = &p->open.acc;
    return u && u->type == EVX_UNIT_WITNESS && p->past_ref &&
           pdf_entry_ref(acc->text.data, acc->text.len, &cut) &&
           pdf_ends_mid_entry(acc->text.data, cut);
}

/* After the open panel went on past its questions with the rest of its
 * entry (-layout sets a wrapped row's range on its middle line: "…,
 * Association of Drainage" / "Q1–20" / "Boards"), does c open the next
 * witness's entry, a name and a comma ("Ms Priya Pennington, Chair, …")?
 * It had been read into the open panel, one witness of the two. */
static int next_witness_past_ref(const pdf_parser *p, const pdf_line *c)
{
    const evx_unit *u = p->open.cur;
    return u && u->type == EVX_UNIT_WITNESS && p->past_ref && !p->undated_panels &&
           !names_go_on_past_ref(p) && memchr(c->s, ',', c->len) &&
           pdf_panel_opens_with_name(c->s, c->len);
}

size_t pdf_witness_line(pdf_parser *p, const pdf_line *c)
{
    size_t off, extra = 0;
    if (c->block_start && pdf_switch_part(p, c, &extra))
        return extra;
    if (p->intro_goes_on && !c->block_start) {
        /* "… Those witnesses marked with ** gave" / "both oral and
         * written evidence. …": the introduction's words, no witness */
        p->intro_goes_on = pdf_ends_mid_sentence(c->s, c->len);
        pdf_left_out(p, c->ln, "a witness list's introduction");
        return 0;
    }
    p->intro_goes_on = 0;
    size_t dlen;
    if (pdf_date_line(c->s, c->len, &off, &dlen)) {
        pdf_unit_finish(p);
        free(p->date);
        p->date = evx_strndup(c->s + off, dlen);
        if (!p->date)
            pdf_oom(p);
        return 0;
    }
    if (pdf_column_head(c->s, c->len)) {
        pdf_left_out(p, c->ln, "the witness list's column head");
        return 0;
    }
    int oral;
    if (pdf_lords_list_head(c->s, c->len, &oral)) {
        pdf_unit_finish(p);
        p->undated_panels = oral;
        if (!oral) {
            p->mode = PDF_EVIDENCE;
            p->lords_all = 1;
        }
        return 0;
    }
    if (!p->date && !p->undated_panels) {
        /* the section's standard introduction, or an older Lords list's,
         * after which its entries follow */
        p->undated_panels = pdf_marked_list_intro(c->s, c->len) ? 2 : 0;
        p->intro_goes_on = p->undated_panels && pdf_ends_mid_sentence(c->s, c->len);
        pdf_left_out(p, c->ln, "a witness list's introduction");
        return 0;
    }
    if (p->undated_panels && starred(c->s, c->len) && p->open.cur)
        pdf_unit_finish(p); /* the Lords' "*" opens each panel */
    if ((c->block_start || !p->open.cur) && page_header_like(c)) {
        pdf_unit_finish(p);
        pdf_unplaced(p, c, "(a page's number and header?), not a witness");
        return 0;
    }
    int part = 0;
    if ((c->block_start && !entry_goes_on_over_page(p, c, &part) &&
         !entry_goes_on_past_blank(p, c) && !ref_of_open_panel(p, c) &&
         !names_go_on_past_ref(p)) ||
        !p->open.cur || next_witness_past_ref(p, c)) {
        p->n_panels++;
        evx_unit *u = pdf_unit_begin(p, EVX_UNIT_WITNESS,
                                 pdf_make_id(p, "/witness/%d", NULL, p->n_panels), 0, 0);
        if (!u)
            return 0;
        u->number = p->n_panels;
        pdf_set_str(p, &u->date, p->date);
        p->past_ref = 0;
    }
    pdf_acc *acc = &p->open.acc;
    if (part)
        evx_buf_putc(&acc->text, ',');
    pdf_acc_add(acc, c->s, c->len, (long)c->ln, c->col, p->words, NULL);
    size_t cut;
    if (p->undated_panels == 2 || /* an older list: an entry a line */
        (pdf_entry_ref(acc->text.data, acc->text.len, &cut) &&
         !(p->past_ref = goes_on_past_reference(p, c, cut))))
        pdf_unit_finish(p);
    return 0;
}

static void evidence_unit(pdf_parser *p, const char *s, const pdf_evidence *ev,
                          const pdf_line *c)
{
    evx_buf code = EVX_BUF_INIT, key = EVX_BUF_INIT;
    evx_buf_append(&code, s + ev->code_off, ev->code_len);
    pdf_evidence_key(&key, s + ev->code_off, ev->code_len);
    evx_unit *u = pdf_unit_begin(p, EVX_UNIT_EVIDENCE,
                             pdf_make_id(p, "/evidence/%s", evx_buf_str(&key), 0),
                             (long)c->ln, c->col);
    evx_buf_free(&key);
    if (u) {
        u->number = ev->number ? ev->number : p->ev_number;
        if (evx_unit_set(&u->title, s + ev->title_off, ev->title_len) ||
            evx_unit_set(&u->code, code.data, code.len))
            pdf_oom(p);
        pdf_acc_add(&p->open.acc, s + ev->title_off, ev->title_len, (long)c->ln,
                    c->col + (long)ev->title_off, NULL, NULL);
        pdf_unit_finish(p);
    }
    evx_buf_free(&code);
    p->n_evidence++;
    p->ev_number = 0;
}

/* An entry of the House of Lords' alphabetical list, which numbers none
 * ("Hansard Society RSC0031"; "** Lord Lisvane QQ 10–18" over its code
 * "RSC0040"): ending in its code, and opening as a name does, not in
 * lower case as a wrapped name's last words ("of Cambridge RSC0099"). */
static int lords_entry(const char *s, size_t len, pdf_evidence *ev)
{
    size_t t = 0;
    while (t < len && (s[t] == ' ' || s[t] == '*'))
        t++;
    if (t < len && s[t] >= 'a' && s[t] <= 'z')
        return 0;
    return pdf_evidence_unnumbered(s, len, ev);
}

int pdf_witness_complete(const pdf_parser *p)
{
    return p->open.cur && p->open.cur->type == EVX_UNIT_WITNESS && p->past_ref;
}

/* Is line c the list's next number printed on a line of its own, over
 * its entry (pdftotext in reading order prints a numbered list's numbers
 * and entries as blocks apart: "2" / "" / "Department of Health and
 * Social Care (CPH0042)")?  It is when it is the number after the
 * entries read so far and the next line with text, blank lines apart,
 * is an entry printed without its number. */
static int number_over_entry(pdf_parser *p, const pdf_line *c)
{
    size_t l2 = 0;
    if (!evx_ascii_page_number(c->s, c->len) || atoi(c->s) != p->n_evidence + 1 ||
        (p->layout && evx_layout_is_furniture(p->layout, (long)c->ln)))
        return 0;
    const char *s2 = "";
    for (size_t k = 1; k <= 3 && !l2; k++)
        s2 = pdf_get_line(p, c->ln + k, &l2, NULL, NULL);
    pdf_evidence ev;
    if (!l2 || pdf_evidence_line(s2, l2, &ev) ||
        !pdf_evidence_unnumbered(s2, l2, &ev))
        return 0;
    p->ev_number = p->n_evidence + 1;
    return 1;
}

/* Is line c an entry's code alone after the list's next number, its
 * name on the next line with text (MuPDF prints a numbered list's cells
 * one a line: "2" / "RHF0031" / "Cafcass", the page layer joins the
 * first two; a list of names over their codes has no numbers)?  Then the
 * entry is read from the two, and the lines used after c are returned;
 * else 0. */
static size_t code_over_name(pdf_parser *p, const pdf_line *c)
{
    size_t l2 = 0, k = 1, off = 0;
    if (p->lords_all || pdf_number_space(c->s, c->len, &off) != p->n_evidence + 1)
        return 0;
    pdf_line code = *c;
    code.s += off;
    code.len -= off;
    c = &code;
    const char *s2 = "";
    for (; k <= 2 && !l2; k++)
        s2 = pdf_get_line(p, c->ln + k, &l2, NULL, NULL);
    pdf_evidence ev;
    if (!l2 || evx_ascii_page_number(s2, l2) || pdf_evidence_line(s2, l2, &ev) ||
        pdf_evidence_unnumbered(s2, l2, &ev))
        return 0;
    evx_buf j = EVX_BUF_INIT;
    evx_buf_append(&j, c->s, c->len);
    evx_buf_putc(&j, ' ');
    evx_buf_append(&j, s2, l2);
    int ok = pdf_evidence_unnumbered(j.data, j.len, &ev) && ev.code_off == 0 &&
             ev.code_len == c->len && ev.title_len > 0;
    if (ok)
        evidence_unit(p, j.data, &ev, c);
    evx_buf_free(&j);
    return ok ? k - 1 : 0;
}

size_t pdf_evidence_list_line(pdf_parser *p, const pdf_line *c)
{
    size_t extra = 0;
    if (c->block_start && pdf_switch_part(p, c, &extra))
        return extra;
    pdf_evidence ev;
    int (*entry)(const char *, size_t, pdf_evidence *) =
        p->lords_all ? lords_entry : pdf_evidence_line;
    size_t cells = code_over_name(p, c);
    if (cells)
        return cells;
    if (pdf_evidence_line(c->s, c->len, &ev) || entry(c->s, c->len, &ev) ||
        pdf_evidence_unnumbered(c->s, c->len, &ev)) {
        evidence_unit(p, c->s, &ev, c);
        return 0;
    }
    if (number_over_entry(p, c))
        return 0;
    /* an entry wrapped onto the next line: after its number, or, in the
     * Lords' list, onto a line that is no entry of its own (its code
     * alone, or words going on in lower case) */
    size_t l2, off;
    const char *s2 = pdf_get_line(p, c->ln + 1, &l2, NULL, NULL);
    /* in the Lords' list, past a blank line ("Professor Ruth Agnew" / "" /
     * "QQ 1–14, WRR0037", as MuPDF prints a row) */
    if (!l2 && p->lords_all)
        s2 = pdf_get_line(p, c->ln + 2, &l2, NULL, NULL);
    pdf_evidence next;
    if (l2 && (p->lords_all ? !lords_entry(s2, l2, &next)
                            : pdf_number_space(c->s, c->len, &off))) {
        evx_buf j = EVX_BUF_INIT;
        evx_buf_append(&j, c->s, c->len);
        evx_buf_putc(&j, ' ');
        evx_buf_append(&j, s2, l2);
        int ok = entry(j.data, j.len, &ev);
        if (ok)
            evidence_unit(p, j.data, &ev, c);
        evx_buf_free(&j);
        if (ok)
            return 1;
    }
    if (p->n_evidence > 0)
        pdf_unplaced(p, c, NULL);
    return 0; /* before the first entry: the standard introduction */
}
