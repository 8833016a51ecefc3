/*
 * test_pdftext.c - the PDF-text reader on the real corpus: HC 650's dump
 * read as users see it (the crafted fragments, one per cleaning rule, and
 * robustness are in test_pdftext_frag.c).
 */
#include <criterion/criterion.h>

#include "pdftextutil.h"

/* ---------------- real corpus ---------------- */

Test(pdftext, real_paragraphs_1_to_307_in_order)
{
    parsed p = parse_real();
    int expect = 1;
    for (size_t i = 0; i < p.units.len; i++) {
        const evx_unit *u = p.units.items[i];
        if (u->type != EVX_UNIT_PARAGRAPH)
            continue;
        cr_assert_eq(u->number, expect, "paragraph %d where %d expected",
                     u->number, expect);
        cr_assert_eq(u->para, u->number);
        cr_assert_eq(u->n_sources, 1);
        cr_assert_str_eq(u->sources[0].rendering, "pdf-text");
        cr_assert_str_eq(u->sources[0].file, CORPUS_PDF);
        expect++;
    }
    cr_assert_eq(expect, 308);
    parsed_free(&p);
}

Test(pdftext, real_chapters)
{
    parsed p = parse_real();
    cr_assert_eq(get(&p, "HC650/p1")->chapter, 1);
    cr_assert_str_eq(get(&p, "HC650/p1")->chapter_title,
                     "Integrating care for patients");
    for (int n = 234; n <= 269; n++) {
        char id[32];
        snprintf(id, sizeof id, "HC650/p%d", n);
        cr_assert_eq(get(&p, id)->chapter, 9, "%s", id);
    }
    cr_assert_str_eq(get(&p, "HC650/p239")->chapter_title,
                     "Oversight and regulation by national bodies");
    cr_assert_eq(get(&p, "HC650/p233")->chapter, 8);
    cr_assert_eq(get(&p, "HC650/p270")->chapter, 10);
    for (int n = 302; n <= 307; n++) {
        char id[32];
        snprintf(id, sizeof id, "HC650/p%d", n);
        cr_assert_eq(get(&p, id)->chapter, 11, "%s", id);
    }
    cr_assert_str_eq(get(&p, "HC650/p239")->section,
                     "Incoherent approach by national bodies");
    cr_assert_str_eq(get(&p, "HC650/p265")->section,
                     "Conclusions and recommendations");
    cr_assert_null(get(&p, "HC650/p234")->section);
    parsed_free(&p);
}

/* The dump with every chapter heading printed as the House of Lords
 * prints it, "Chapter 9: Oversight and regulation by national bodies", in
 * the contents list and over each chapter: a line that opens with a
 * chapter's number and its title's first word becomes "Chapter N: ...".
 * Every paragraph keeps its chapter, title and section (they had all
 * lost them: chapter 0, no title). */
Test(pdftext, real_chapters_headed_chapter_n)
{
    parsed base = parse_real();
    evx_buf out = EVX_BUF_INIT;
    size_t n = evx_text_lines(base.text), changed = 0;

    for (size_t l = 1; l <= n; l++) {
        size_t len, i = 0;
        const char *s = evx_text_line(base.text, l, &len);
        while (i < len && s[i] == ' ')
            i++;
        int num = 0;
        size_t d = i;
        while (d < len && d - i < 2 && s[d] >= '0' && s[d] <= '9')
            num = num * 10 + (s[d++] - '0');
        const char *title = NULL;
        for (size_t k = 0; num && k < base.units.len && !title; k++) {
            const evx_unit *u = base.units.items[k];
            if (u->type == EVX_UNIT_PARAGRAPH && u->chapter == num &&
                u->chapter_title)
                title = u->chapter_title;
        }
        const char *sp = title ? strchr(title, ' ') : NULL;
        size_t w = sp ? (size_t)(sp - title) : (title ? strlen(title) : 0);
        if (title && d < len && s[d] == ' ' && d + 1 + w <= len &&
            memcmp(s + d + 1, title, w) == 0) {
            evx_buf_printf(&out, "%.*sChapter %d: %.*s\n", (int)i, s, num,
                           (int)(len - d - 1), s + d + 1);
            changed++;
        } else {
            evx_buf_printf(&out, "%.*s\n", (int)len, s);
        }
    }
    cr_assert_geq(changed, 22, "contents entries and headings: %zu", changed);
    parsed v = parse_mem(evx_buf_str(&out), out.len);
    cr_assert_eq(v.st, EVX_OK);
    size_t paras = 0;
    for (size_t k = 0; k < base.units.len; k++) {
        const evx_unit *u = base.units.items[k];
        if (u->type != EVX_UNIT_PARAGRAPH)
            continue;
        char id[32];
        snprintf(id, sizeof id, "HC1/p%d", u->para);
        const evx_unit *x = get(&v, id);
        cr_expect_eq(x->chapter, u->chapter, "%s", id);
        cr_expect(x->chapter_title && u->chapter_title &&
                      strcmp(x->chapter_title, u->chapter_title) == 0,
                  "%s: %s", id, x->chapter_title);
        cr_expect((!x->section && !u->section) ||
                      (x->section && u->section &&
                       strcmp(x->section, u->section) == 0),
                  "%s: %s, not %s", id, x->section, u->section);
        paras++;
    }
    cr_expect_eq(paras, 307);
    evx_buf_free(&out);
    parsed_free(&v);
    parsed_free(&base);
}

Test(pdftext, real_p239_and_its_quotation)
{
    parsed p = parse_real();
    const evx_unit *u = get(&p, "HC650/p239");
    cr_assert(strncmp(u->text, "Simon Stevens, Chief Executive of NHS England",
                      45) == 0, "%s", u->text);
    cr_assert_null(strstr(u->text, "Integrated care: organisations"));
    cr_assert_null(strstr(u->text, "King’s Fund, Sustainability"),
                   "footnote body leaked into the paragraph");
    cr_assert(ends_with(u->text, "Ian Dalton said that:"), "%s", u->text);
    cr_assert_eq(u->sources[0].line, 2835);
    cr_assert_eq(u->sources[0].col, 1);
    cr_assert_eq(u->page, 66);

    const evx_unit *q = get(&p, "HC650/p239/q1");
    cr_assert_eq(q->type, EVX_UNIT_QUOTATION);
    cr_assert_eq(q->is_inline, 0);
    cr_assert_str_eq(q->parent, "HC650/p239");
    cr_assert_eq(q->para, 239);
    cr_assert_eq(q->chapter, 9);
    cr_assert(ends_with(q->lead_in, "said that:"), "%s", q->lead_in);
    cr_assert(cites(q, 226));
    cr_assert(strncmp(q->text, "if we expect the NHS to integrate", 33) == 0);
    cr_assert(ends_with(q->text, "consistent and clear messages."), "%s",
              q->text);
    cr_assert_not_null(strstr(q->text, "supports the front-line, even"),
                       "line-end hyphen of a compound must stay");
    cr_assert_null(strstr(u->text, "if we expect the NHS"),
                   "block quotation must not be in the paragraph text");
    cr_assert_eq(q->sources[0].line, 2846);
    cr_assert_eq(q->sources[0].col, 2);
    /* the body of footnote 226 is lost in this dump: said so, not invented */
    cr_assert_null(evx_units_find(&p.units, "HC650/fn226"));
    cr_assert(diag_has(&p, EVX_DIAG_NOTE, "no footnote text for marker 226"));
    parsed_free(&p);
}

Test(pdftext, real_no_headers_or_urls_in_text)
{
    parsed p = parse_real();
    const char *title = "Integrated care: organisations, partnerships and systems";
    for (size_t i = 0; i < p.units.len; i++) {
        const evx_unit *u = p.units.items[i];
        cr_assert_not_null(u->text, "%s", u->id);
        cr_assert_null(strstr(u->text, "http"), "%s has a URL", u->id);
        for (const char *s = strstr(u->text, title); s;
             s = strstr(s + 1, title)) {
            const char *after = s + strlen(title);
            cr_assert(!(after[0] == ' ' && after[1] >= '0' && after[1] <= '9'),
                      "%s keeps a page header", u->id);
        }
        cr_assert(u->text[0] != ' ' && !ends_with(u->text, " "),
                  "%s not trimmed", u->id);
        cr_assert_null(strstr(u->text, "  "), "%s has a double space", u->id);
    }
    parsed_free(&p);
}

Test(pdftext, real_footnotes_found_are_linked)
{
    parsed p = parse_real();
    size_t n = 0;
    int last = 0;
    for (size_t i = 0; i < p.units.len; i++) {
        const evx_unit *u = p.units.items[i];
        if (u->type != EVX_UNIT_FOOTNOTE)
            continue;
        n++;
        cr_assert_gt(u->number, last, "footnote numbers increase");
        last = u->number;
        cr_assert_not_null(u->parent, "%s has no parent", u->id);
        const evx_unit *par = evx_units_find(&p.units, u->parent);
        cr_assert_not_null(par, "%s parent %s missing", u->id, u->parent);
        cr_assert(cites(par, u->number));
    }
    cr_assert_eq(n, 123);
    /* multi-line bodies, and one continued after a page break */
    cr_assert(ends_with(get(&p, "HC650/fn69")->text, "Q118 [Simon Stevens]"));
    cr_assert(ends_with(get(&p, "HC650/fn10")->text,
                        "Our work on STPs was funded by The King’s Fund."));
    cr_assert_not_null(strstr(get(&p, "HC650/fn10")->text,
                              "2) Understanding the new commissioning"));
    cr_assert(ends_with(get(&p, "HC650/fn60")->text,
                        "described in the original STPs."));
    cr_assert_str_eq(get(&p, "HC650/fn4")->text, "Ipsos MORI(0104) p4");
    cr_assert_str_eq(get(&p, "HC650/fn78")->parent, "HC650/p96");
    parsed_free(&p);
}

Test(pdftext, real_glued_markers)
{
    parsed p = parse_real();
    const evx_unit *u = get(&p, "HC650/p240");
    cr_assert(cites(u, 227));
    cr_assert(ends_with(u->text, "between health and care services."));
    u = get(&p, "HC650/p63");
    cr_assert(cites(u, 50));
    cr_assert_not_null(strstr(u->text, "Liaison Committee on 27 March 2018. However"));
    u = get(&p, "HC650/p21");
    cr_assert_not_null(strstr(u->text, "As far back as 1972, a National"));
    cr_assert_eq(u->n_footnotes, 0);
    u = get(&p, "HC650/p213");
    cr_assert_not_null(strstr(u->text, "financial discipline. However,"));
    cr_assert(cites(u, 202) && cites(u, 203));
    /* "2.7 million" is a number, not a marker */
    cr_assert_not_null(strstr(get(&p, "HC650/p99")->text, "population of 2.7 million"));
    parsed_free(&p);
}

Test(pdftext, real_quotations)
{
    parsed p = parse_real();
    const evx_unit *q = get(&p, "HC650/p35/q1");
    cr_assert(ends_with(q->lead_in, "told our predecessor Committee in 2011:"));
    cr_assert(cites(q, 24));
    q = get(&p, "HC650/p35/q2");
    cr_assert_str_eq(q->lead_in, "The NAO concluded that:");
    cr_assert(cites(q, 25));
    cr_assert_not_null(strstr(get(&p, "HC650/p35")->text,
                              "However, despite that reassurance"));
    cr_assert_null(evx_units_find(&p.units, "HC650/p35/q3"));

    q = get(&p, "HC650/p90/q1");
    cr_assert_eq(q->is_inline, 1);
    cr_assert_str_eq(q->text, "change happens at the speed of trust.");
    cr_assert(cites(q, 74));
    cr_assert(ends_with(q->lead_in, "in saying that"), "%s", q->lead_in);
    cr_assert_eq(get(&p, "HC650/p90/q2")->is_inline, 0);
    cr_assert_not_null(strstr(get(&p, "HC650/p90")->text,
                              "“change happens at the speed of trust.”"));

    q = get(&p, "HC650/p247/q1");
    cr_assert_str_eq(q->text, "success to the successful");
    cr_assert(cites(q, 232));

    /* scare quotes are not quotations */
    cr_assert_null(evx_units_find(&p.units, "HC650/p1/q2"));
    cr_assert(strncmp(get(&p, "HC650/p1/q1")->text, "[ … ] want to feel", 18) == 0);

    /* block quotation across a page break with footnotes in between */
    q = get(&p, "HC650/p60/q1");
    cr_assert_not_null(strstr(q->text, "realistic concern that this was about"));
    q = get(&p, "HC650/p102/q2");
    cr_assert_str_eq(q->lead_in, "Professor Ham went on to say that:");
    parsed_free(&p);
}

Test(pdftext, real_short_attributed_quotations)
{
    parsed p = parse_real();
    /* two words and more with a cue in the sentence */
    const evx_unit *q = get(&p, "HC650/p148/q1");
    cr_assert_str_eq(q->text, "number of checks and balances in the system");
    cr_assert(ends_with(q->lead_in, "assured us that there are a"));
    q = get(&p, "HC650/p152/q1");
    cr_assert_str_eq(q->text, "red herring");
    cr_assert_not_null(strstr(q->lead_in, "view was that"));
    q = get(&p, "HC650/p62/q1");
    cr_assert_str_eq(q->text, "conversation starter");
    cr_assert_eq(get(&p, "HC650/p62/q2")->is_inline, 0,
                 "the block quotation comes second");
    /* a compound cited by the marker ending its sentence */
    q = get(&p, "HC650/p258/q1");
    cr_assert_str_eq(q->text, "speed-dating");
    cr_assert(cites(q, 243));
    cr_assert_not(cites(q, 244));
    /* three in one sentence, in order */
    cr_assert_str_eq(get(&p, "HC650/p217/q2")->text, "aggregate funding available");
    cr_assert_str_eq(get(&p, "HC650/p217/q3")->text, "here and now,");
    cr_assert(strncmp(get(&p, "HC650/p217/q4")->text, "for pump-priming", 16) == 0);
    /* the summary and the annex */
    cr_assert_str_eq(get(&p, "HC650/summary/3/q1")->text, "secret plans");
    cr_assert_str_eq(get(&p, "HC650/summary/3/q2")->text,
                     "developed behind closed doors");
    cr_assert_str_eq(get(&p, "HC650/annex/7/q1")->text, "some bite somewhere.");
    cr_assert_str_eq(get(&p, "HC650/annex/7/q3")->text, "dock in");
    cr_assert_str_eq(get(&p, "HC650/annex/7/q4")->text,
                     "two to three flowers to bloom");
    /* terms and single words stay in the text, noted when two words+ */
    cr_assert_null(evx_units_find(&p.units, "HC650/p149/q1"));
    cr_assert_null(evx_units_find(&p.units, "HC650/p168/q1"));
    cr_assert_null(evx_units_find(&p.units, "HC650/p125/q2"));
    for (size_t i = 0; i < p.units.len; i++) {
        const evx_unit *u = p.units.items[i];
        if (u->type == EVX_UNIT_QUOTATION && u->parent &&
            strcmp(u->parent, "HC650/p61") == 0)
            cr_assert(strcmp(u->text, "plans") && strcmp(u->text, "partnerships"));
    }
    cr_assert(diag_has(&p, EVX_DIAG_NOTE, "“credible providers”"));
    cr_assert(diag_has(&p, EVX_DIAG_NOTE, "a term being named"));
    parsed_free(&p);
}

Test(pdftext, real_block_lead_ins_across_lines)
{
    parsed p = parse_real();
    /* "... Ian Dalton" / "argued that:" after a paragraph that went over a
     * page break; "..., Professor" / "Steve Powis, told us:" */
    const evx_unit *q = get(&p, "HC650/p244/q2");
    cr_assert_eq(q->is_inline, 0);
    cr_assert_str_eq(q->lead_in, "Ian Dalton argued that:");
    cr_assert(strncmp(q->text, "We have moved a long way", 24) == 0);
    q = get(&p, "HC650/p254/q1");
    cr_assert_eq(q->is_inline, 0);
    cr_assert(ends_with(q->lead_in, "Professor Steve Powis, told us:"));
    cr_assert(strncmp(q->text, "I agree that that is the challenge", 34) == 0);
    parsed_free(&p);
}

Test(pdftext, real_lists_stay_in_paragraphs)
{
    parsed p = parse_real();
    const evx_unit *u = get(&p, "HC650/p141");
    cr_assert_not_null(strstr(u->text, "assess: a) the benefits"));
    cr_assert(ends_with(u->text, "return to a system devoid of choice."));
    u = get(&p, "HC650/p49");
    cr_assert_not_null(strstr(u->text, "• Evolution not big bang. • Not a one size"));
    cr_assert(cites(u, 31));
    parsed_free(&p);
}

Test(pdftext, real_recommendations)
{
    parsed p = parse_real();
    cr_assert_eq(count_type(&p, EVX_UNIT_RECOMMENDATION), 42);
    for (int n = 1; n <= 42; n++) {
        char id[32];
        snprintf(id, sizeof id, "HC650/r%d", n);
        const evx_unit *r = get(&p, id);
        cr_assert_eq(r->number, n);
        cr_assert_gt(r->para, 0, "%s", id);
        cr_assert_not_null(r->parent);
        cr_assert_not_null(evx_units_find(&p.units, r->parent), "%s", id);
        cr_assert_null(strstr(r->text, "(Paragraph"), "%s", id);
    }
    const evx_unit *r = get(&p, "HC650/r14");
    cr_assert_eq(r->para, 140); /* printed "(Pargraph 140)" */
    cr_assert_str_eq(r->parent, "HC650/p140");
    r = get(&p, "HC650/r1");
    cr_assert_eq(r->para, 12);
    cr_assert_str_eq(r->section, "Integrating care for patients");
    cr_assert(ends_with(r->text, "have been achieved."));
    r = get(&p, "HC650/r13");
    cr_assert_not_null(strstr(r->text, "e) how they will address"));
    parsed_free(&p);
}

Test(pdftext, real_witnesses_and_evidence)
{
    parsed p = parse_real();
    const evx_unit *w = NULL;
    for (size_t i = 0; i < p.units.len; i++)
        if (p.units.items[i]->type == EVX_UNIT_WITNESS &&
            p.units.items[i]->q_first == 265)
            w = p.units.items[i];
    cr_assert_not_null(w);
    cr_assert_eq(w->q_last, 345);
    cr_assert_str_eq(w->date, "20 March 2018");
    cr_assert_eq(w->n_people, 3);
    cr_assert_str_eq(w->people[2].name, "Simon Stevens");
    cr_assert_str_eq(w->people[2].role, "Chief Executive");
    cr_assert_str_eq(w->people[2].org, "NHS in England");

    w = get(&p, "HC650/witness/1");
    cr_assert_str_eq(w->date, "27 February 2018");
    cr_assert_str_eq(w->people[1].name, "Dr Tony O’Sullivan");
    cr_assert_str_eq(w->people[1].role, "Co-Chair");
    cr_assert_str_eq(w->people[3].name, "Dr Graham Winyard CBE");
    w = get(&p, "HC650/witness/3");
    cr_assert_str_eq(w->people[1].name, "Dr Charlotte Augst");
    w = get(&p, "HC650/witness/5");
    cr_assert_str_eq(w->people[0].name, "Councillor Jonathan McShane");
    cr_assert_null(w->people[0].role);
    cr_assert_str_eq(w->people[0].org, "Local Government Association");
    cr_assert_str_eq(w->people[2].role,
                     "Deputy Chief Executive and Director of Policy and Strategy");
    w = get(&p, "HC650/witness/8");
    cr_assert_str_eq(w->people[1].name, "Ben Dyson");
    cr_assert_str_eq(w->people[1].role, "Executive Director, Strategy");
    cr_assert_str_eq(w->people[1].org, "NHS Improvement");
    cr_assert_eq(count_type(&p, EVX_UNIT_WITNESS), 9);

    const evx_unit *e = get(&p, "HC650/evidence/STP0064");
    cr_assert_str_eq(e->title, "NHS Clinical Commissioners");
    cr_assert_str_eq(e->code, "STP0064");
    cr_assert_eq(e->number, 69);
    cr_assert_eq(count_type(&p, EVX_UNIT_EVIDENCE), 75);
    parsed_free(&p);
}

Test(pdftext, real_summary_box_glossary_annex)
{
    parsed p = parse_real();
    cr_assert_null(get(&p, "HC650/summary/1")->title);
    cr_assert_str_eq(get(&p, "HC650/summary/2")->title, "Our inquiry");
    cr_assert_not_null(strstr(get(&p, "HC650/summary/7")->text, "a) Develop a national"));
    cr_assert_not_null(strstr(get(&p, "HC650/summary/7")->text,
                              "collaborative, place-based and integrated care"));
    cr_assert_eq(count_type(&p, EVX_UNIT_SUMMARY), 7);

    const char *places[] = {"frimley-health", "nottinghamshire",
                            "buckinghamshire", "dorset"};
    for (size_t i = 0; i < 4; i++) {
        char id[64];
        snprintf(id, sizeof id, "HC650/box/%s", places[i]);
        cr_assert_eq(get(&p, id)->type, EVX_UNIT_BOX);
    }
    cr_assert_str_eq(get(&p, "HC650/box/dorset")->title, "Dorset");
    cr_assert(cites(get(&p, "HC650/box/dorset"), 161));

    const evx_unit *g = get(&p, "HC650/glossary/accountable-care-organisations-acos");
    cr_assert_str_eq(g->title, "Accountable care organisations (ACOs)");
    const evx_unit *q = get(&p, "HC650/glossary/accountable-care-organisations-acos/q1");
    cr_assert(ends_with(q->lead_in, "ACOs are likely to be:"));
    cr_assert(cites(q, 271));

    cr_assert_str_eq(get(&p, "HC650/annex/2")->title,
                     "Visit to Doncaster Royal Infirmary");
    int found = 0;
    for (size_t i = 0; i < p.units.len; i++) {
        const evx_unit *u = p.units.items[i];
        if (u->type == EVX_UNIT_QUOTATION && u->parent &&
            strncmp(u->parent, "HC650/annex/", 12) == 0 &&
            strstr(u->text, "change proceeds at the speed"))
            found = 1;
        cr_assert(u->type != EVX_UNIT_ANNEX || !strstr(u->text, "agreed to"),
                  "formal minutes leaked into %s", u->id);
    }
    cr_assert(found);
    parsed_free(&p);
}

Test(pdftext, real_document_order)
{
    parsed p = parse_real();
    long last = 0;
    for (size_t i = 0; i < p.units.len; i++) {
        long l = p.units.items[i]->sources[0].line;
        cr_assert_geq(l, last, "%s out of order", p.units.items[i]->id);
        last = l;
    }
    parsed_free(&p);
}

/* The printed page never goes back in document order: a summary's
 * subheading that a later chapter's section repeats in the contents does
 * not move the summary to that section's page. */
Test(pdftext, real_pages_never_go_back)
{
    parsed p = parse_real();
    int last = 0;
    const char *last_id = "";
    size_t paged = 0;
    for (size_t i = 0; i < p.units.len; i++) {
        const evx_unit *u = p.units.items[i];
        if (u->type == EVX_UNIT_FOOTNOTE || u->type == EVX_UNIT_QUOTATION ||
            u->page <= 0)
            continue;
        cr_expect_geq(u->page, last, "%s on page %d after %s on page %d",
                      u->id, u->page, last_id, last);
        last = u->page;
        last_id = u->id;
        paged++;
    }
    cr_expect_gt(paged, 300);
    parsed_free(&p);
}

/* HC 650's dump with a box between two paragraphs, as reports print them
 * (caption, text, source line): a unit of its own, type box, in its
 * chapter; the paragraph before keeps its own words, and the source line
 * is no section heading (the box had gone on paragraph 10, and "Source:
 * …" had been the section of every paragraph to the next heading). */
Test(pdftext, real_a_box_between_paragraphs)
{
    parsed base = parse_real();
    size_t tlen = 0;
    const char *txt = evx_text_data(base.text, &tlen);
    const char *at = strstr(txt, "\n11. It is absolutely essential");
    cr_assert_not_null(at);
    evx_buf out = EVX_BUF_INIT;
    evx_buf_printf(&out, "%.*s\n\nBox 1: What integration means\n\n"
                         "Care that is planned with people who work together "
                         "to understand them.\n\nSource: National Voices, "
                         "2013\n%.*s",
                   (int)(at - txt), txt, (int)(tlen - (size_t)(at - txt)), at);
    parsed v = parse_mem(evx_buf_str(&out), out.len);
    cr_assert_eq(v.st, EVX_OK);
    const evx_unit *b = evx_units_find(&v.units, "HC1/box/box-1-what-"
                                                 "integration-means");
    cr_assert_not_null(b);
    cr_expect_eq(b->type, EVX_UNIT_BOX);
    cr_expect_str_eq(b->title, "Box 1: What integration means");
    cr_expect(strstr(b->text, "National Voices") != NULL, "%s", b->text);
    const evx_unit *p10 = evx_units_find(&v.units, "HC1/p10");
    const evx_unit *p11 = evx_units_find(&v.units, "HC1/p11");
    const evx_unit *o10 = evx_units_find(&base.units, "HC650/p10");
    const evx_unit *o11 = evx_units_find(&base.units, "HC650/p11");
    cr_assert(p10 && p11 && o10 && o11);
    cr_expect_eq(b->chapter, p10->chapter);
    cr_expect_str_eq(p10->text, o10->text);
    cr_expect_str_eq(p11->text, o11->text);
    cr_expect((!p11->section && !o11->section) ||
                  (p11->section && o11->section &&
                   strcmp(p11->section, o11->section) == 0),
              "section %s", p11->section ? p11->section : "-");
    evx_buf_free(&out);
    parsed_free(&v);
    parsed_free(&base);
}
