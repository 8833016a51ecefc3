/*
 * test_last_note.c - a page's last note printed as its number in a block
 * of its own over its body, the page's end after it, in a report whose
 * running title is short and printed apart from the page's number
 * ("Local news" at the head, "4" at the foot).  The fixtures are an
 * invented report (HC 1437) through pdftotext in reading order
 * (pdftotext-short-title.txt) and pdfminer (pdfminer-short-title.txt).
 */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "otherutil.h"

/* Paragraph 6 runs over a page break after the page's notes: "…many more
 * titles would" / the notes / "4" / "Local news" / "have closed
 * altogether”.8" / "8" / "Reach plc (LNW0027)" / "5".  Three faults had
 * met there:
 * - a title of 10 bytes printed apart from its number was never learnt,
 *   so "4 Local news" stood inside the paragraph and its quotation;
 * - note 8's body, ending its page with no next number under it, was
 *   left out ("missing: 8"), and the quotation had no speaker;
 * - pdfminer prints the next page's header between the cited text and
 *   the note ("…altogether”.8" / "Local news" / "8"), and "Local news 8"
 *   was read as the header of page 8. */
Test(last_note, a_page_s_last_note_and_a_short_title_apart)
{
    static const char *const files[] = {"pdftotext-short-title.txt",
                                         "pdfminer-short-title.txt"};
    for (size_t k = 0; k < 2; k++) {
        evx_units u = EVX_UNITS_INIT;
        read_fixture(&u, files[k], "HC 1437");
        const evx_unit *fn = evx_units_find(&u, "HC1437/fn8");
        cr_expect(fn && strcmp(fn->text, "Reach plc (LNW0027)") == 0,
                  "%s: fn8 %s", files[k], fn ? fn->text : "missing");
        const evx_unit *p6 = unit(&u, "HC1437/p6");
        cr_expect(strstr(p6->text, "titles would have closed altogether") != NULL,
                  "%s: p6 %s", files[k], p6->text);
        const evx_unit *q = unit(&u, "HC1437/p6/q2");
        cr_expect(q->speaker && q->speaker->org &&
                      strcmp(q->speaker->org, "Reach plc") == 0,
                  "%s: p6/q2 said by %s", files[k],
                  q->speaker && q->speaker->org ? q->speaker->org : "no one");
        evx_units_free(&u);
    }
}

