/*
 * test_pdfextract.c - reports given as PDF files: text extraction through
 * pdftotext and its errors, then the built evidex-index reading a PDF
 * named in a manifest.
 *
 * The PDFs are written here by hand (one object per page and per content
 * stream, Helvetica, a cross-reference table with real offsets), so the
 * tests need no fixture files: a two-page report (cover; a chapter
 * heading and numbered paragraphs), a page with only a filled rectangle
 * (image-only), that report encrypted with qpdf, a truncated copy, and a
 * text file named .pdf.  A crash of pdftotext, its complaints and its
 * absence are played by a shell script or an empty folder on PATH.
 */
#define _XOPEN_SOURCE 700 /* mkdtemp, setenv */

#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "pdfextract.h"
#include "source.h"
#include "testutil.h"

#define LINE_STEP 14 /* points between lines of a paragraph */
#define GAP_STEP 30  /* extra points between paragraphs: a blank line */

/* The report's pages: each line of text, "" for a gap between blocks. */
static const char *const cover_page[] = {
    "House of Commons", "", "Example Affairs Committee", "",
    "Widgets and their regulation", "", "First Report of Session 2019", "",
    "HC 999", "Published on 1 May 2019", NULL};
static const char *const body_page[] = {
    "1 Introduction", "",
    "1. The Committee heard evidence on the regulation of widgets. "
    "Witnesses told us",
    "that the present rules are unclear. We agree with them.", "",
    "2. The Government should publish new guidance within six months. "
    "It should consult",
    "manufacturers and users before it does so.", "",
    "3. We will return to this subject in a later inquiry.", NULL};

/* ---- writing a PDF ---------------------------------------------------- */

/* The content stream of a page showing lines top-down in Helvetica 11. */
static void page_stream(evx_buf *s, const char *const *lines)
{
    evx_buf_printf(s, "BT /F1 11 Tf 72 770 Td %d TL\n", LINE_STEP);
    for (; *lines; lines++) {
        if (**lines)
            evx_buf_printf(s, "(%s) Tj T*\n", *lines);
        else
            evx_buf_printf(s, "0 -%d Td\n", GAP_STEP);
    }
    evx_buf_puts(s, "ET");
}

/* Appends object number obj with body to pdf, noting its offset. */
static void add_object(evx_buf *pdf, size_t *offsets, int obj,
                       const char *body)
{
    offsets[obj] = pdf->len;
    evx_buf_printf(pdf, "%d 0 obj\n%s\nendobj\n", obj, body);
}

/* Writes a PDF of n pages whose content streams are streams[i] to path.
 * Objects: 1 catalog, 2 page tree, then page and contents for each page,
 * then the font. */
static void write_pdf(const char *path, const char *const *streams, int n)
{
    evx_buf pdf = EVX_BUF_INIT, obj = EVX_BUF_INIT;
    size_t offsets[16];
    int font = 3 + 2 * n, objects = font;

    cr_assert(n >= 1 && objects < 16);
    evx_buf_puts(&pdf, "%PDF-1.4\n");
    add_object(&pdf, offsets, 1, "<< /Type /Catalog /Pages 2 0 R >>");
    evx_buf_puts(&obj, "<< /Type /Pages /Kids [");
    for (int i = 0; i < n; i++)
        evx_buf_printf(&obj, "%d 0 R ", 3 + 2 * i);
    evx_buf_printf(&obj, "] /Count %d >>", n);
    add_object(&pdf, offsets, 2, evx_buf_str(&obj));
    for (int i = 0; i < n; i++) {
        evx_buf_clear(&obj);
        evx_buf_printf(&obj,
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
                       " /Resources << /Font << /F1 %d 0 R >> >>"
                       " /Contents %d 0 R >>", font, 4 + 2 * i);
        add_object(&pdf, offsets, 3 + 2 * i, evx_buf_str(&obj));
        evx_buf_clear(&obj);
        evx_buf_printf(&obj, "<< /Length %zu >>\nstream\n%s\nendstream",
                       strlen(streams[i]), streams[i]);
        add_object(&pdf, offsets, 4 + 2 * i, evx_buf_str(&obj));
    }
    add_object(&pdf, offsets, font,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    size_t xref = pdf.len;
    evx_buf_printf(&pdf, "xref\n0 %d\n0000000000 65535 f \n", objects + 1);
    for (int i = 1; i <= objects; i++)
        evx_buf_printf(&pdf, "%010zu 00000 n \n", offsets[i]);
    evx_buf_printf(&pdf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n"
                         "%zu\n%%%%EOF\n", objects + 1, xref);
    cr_assert_eq(evx_buf_status(&pdf), EVX_OK);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(pdf.data, 1, pdf.len, f), pdf.len);
    fclose(f);
    evx_buf_free(&pdf);
    evx_buf_free(&obj);
}

/* Writes the two-page report to path. */
static void write_report(const char *path)
{
    evx_buf cover = EVX_BUF_INIT, body = EVX_BUF_INIT;
    page_stream(&cover, cover_page);
    page_stream(&body, body_page);
    const char *streams[] = {evx_buf_str(&cover), evx_buf_str(&body)};
    write_pdf(path, streams, 2);
    evx_buf_free(&cover);
    evx_buf_free(&body);
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(data, 1, len, f), len);
    fclose(f);
}

/* ---- a temp folder and the extraction under test ---------------------- */

typedef struct tmp {
    char dir[64];
    char path[128]; /* dir/NAME, set by at() */
} tmp;

static void tmp_new(tmp *t)
{
    strcpy(t->dir, "/tmp/evx-pdf-XXXXXX");
    cr_assert_not_null(mkdtemp(t->dir));
}

static const char *at(tmp *t, const char *name)
{
    snprintf(t->path, sizeof t->path, "%s/%s", t->dir, name);
    return t->path;
}

/* Extracts path as "corpus/x.pdf"; the status, the text through *out. */
static evx_status extract(evx_text **out, const char *path, evx_diag **diag)
{
    cr_assert_eq(evx_diag_new(diag), EVX_OK);
    evx_status st = evx_pdf_extract(out, path, "corpus/x.pdf", *diag);
    if (st)
        cr_expect_null(*out);
    return st;
}

/* The one diag is an error naming corpus/x.pdf and containing part. */
static void expect_one_error(const evx_diag *d, const char *part)
{
    evx_diag_level level;
    const char *file, *text;
    long line;

    cr_assert_eq(evx_diag_len(d), 1, "expected one message, got %zu",
                 evx_diag_len(d));
    cr_assert_eq(evx_diag_get(d, 0, &level, &file, &line, &text), EVX_OK);
    cr_expect_eq(level, EVX_DIAG_ERROR);
    cr_expect_str_eq(file, "corpus/x.pdf");
    cr_expect_null(strchr(text, '\n'), "message is one line: %s", text);
    cr_expect_not_null(strstr(text, part), "'%s' lacks '%s'", text, part);
}

/* Where s first occurs in the text, or -1. */
static long find(const evx_text *t, const char *s)
{
    size_t len;
    const char *data = evx_text_data(t, &len);
    const char *p = strstr(data, s);
    return p ? (long)(p - data) : -1;
}

/* ---- extraction -------------------------------------------------------- */

Test(pdfextract, text_comes_back_in_reading_order)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;
    size_t len;

    tmp_new(&t);
    write_report(at(&t, "r.pdf"));
    cr_assert_eq(extract(&text, t.path, &d), EVX_OK);
    cr_expect_eq(evx_diag_len(d), 0);
    cr_expect_str_eq(evx_text_name(text), "corpus/x.pdf");
    const char *order[] = {"House of Commons", "HC 999", "1 Introduction",
                           "1. The Committee heard evidence",
                           "that the present rules are unclear",
                           "2. The Government should publish",
                           "3. We will return"};
    long last = -1;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        long here = find(text, order[i]);
        cr_expect_gt(here, last, "'%s' out of order or missing", order[i]);
        last = here;
    }
    const char *data = evx_text_data(text, &len);
    int breaks = 0;
    for (size_t ln = 1; ln <= evx_text_lines(text); ln++)
        breaks += evx_text_page_break(text, ln);
    cr_expect_eq(breaks, 1, "the form feed between the pages is a page break");
    cr_expect_neq(data[len - 1], '\f', "no form feed after the last page");
    evx_text_free(text);
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

Test(pdfextract, encrypted_pdf_is_one_error)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;
    evx_buf cmd = EVX_BUF_INIT;

    tmp_new(&t);
    write_report(at(&t, "r.pdf"));
    evx_buf_printf(&cmd, "qpdf --encrypt user owner 256 -- '%s/r.pdf' "
                         "'%s/enc.pdf' 2>/dev/null", t.dir, t.dir);
    int rc = system(evx_buf_str(&cmd));
    evx_buf_free(&cmd);
    if (!WIFEXITED(rc) || WEXITSTATUS(rc) == 127) {
        tu_rm_tree(t.dir);
        cr_skip_test("qpdf is not installed (apt-get install qpdf)");
    }
    cr_assert_eq(WEXITSTATUS(rc), 0, "qpdf failed");
    cr_expect_eq(extract(&text, at(&t, "enc.pdf"), &d), EVX_PARSE);
    expect_one_error(d, "PDF is encrypted (a password is needed)");
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

Test(pdfextract, image_only_pdf_has_no_text_layer)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;
    const char *streams[] = {"0 0 1 rg 100 100 300 300 re f",
                             "0.5 g 72 72 451 698 re f"};

    tmp_new(&t);
    write_pdf(at(&t, "scan.pdf"), streams, 2);
    cr_expect_eq(extract(&text, t.path, &d), EVX_PARSE);
    expect_one_error(d, "no text layer (scanned or image-only PDF; run OCR "
                        "first)");
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

Test(pdfextract, text_file_named_pdf_is_refused)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;
    static const char words[] = "1. The Committee heard evidence.\n";

    tmp_new(&t);
    write_file(at(&t, "notes.pdf"), words, sizeof words - 1);
    cr_expect_eq(extract(&text, t.path, &d), EVX_PARSE);
    expect_one_error(d, "not a PDF file");
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

Test(pdfextract, damaged_pdf_names_what_pdftotext_said)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;
    size_t len;

    tmp_new(&t);
    write_report(at(&t, "r.pdf"));
    char *whole = tu_slurp(t.path, &len, 1);
    write_file(at(&t, "cut.pdf"), whole, len / 3);
    free(whole);
    cr_expect_eq(extract(&text, t.path, &d), EVX_PARSE);
    expect_one_error(d, "damaged PDF: pdftotext failed");
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

Test(pdfextract, missing_file_is_not_found)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;

    tmp_new(&t);
    cr_expect_eq(extract(&text, at(&t, "absent.pdf"), &d), EVX_NOT_FOUND);
    cr_expect_eq(evx_diag_len(d), 0, "the caller reports it");
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

Test(pdfextract, missing_pdftotext_names_the_package)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;

    tmp_new(&t);
    write_report(at(&t, "r.pdf"));
    setenv("PATH", t.dir, 1); /* this test's process only */
    cr_expect_eq(extract(&text, t.path, &d), EVX_BACKEND);
    expect_one_error(d, "poppler-utils");
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

/* Puts an executable shell script named pdftotext in t's folder and that
 * folder alone on PATH (this test's process only). */
static void fake_pdftotext(tmp *t, const char *script)
{
    write_file(at(t, "pdftotext"), script, strlen(script));
    cr_assert_eq(chmod(t->path, 0755), 0);
    setenv("PATH", t->dir, 1);
}

Test(pdfextract, a_crash_of_pdftotext_is_one_error)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;

    tmp_new(&t);
    fake_pdftotext(&t, "#!/bin/sh\nkill -SEGV $$\n");
    write_report(at(&t, "r.pdf"));
    cr_expect_eq(extract(&text, t.path, &d), EVX_PARSE);
    expect_one_error(d, "pdftotext crashed on this PDF (signal 11)");
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

Test(pdfextract, complaints_on_a_readable_pdf_are_a_warning)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;
    evx_diag_level level;
    const char *file, *msg;
    long line;

    tmp_new(&t);
    fake_pdftotext(&t, "#!/bin/sh\n"
                       "echo '1. The Committee heard evidence on widgets.'\n"
                       "echo 'Syntax Error (42): Illegal character' >&2\n");
    write_report(at(&t, "r.pdf"));
    cr_assert_eq(extract(&text, t.path, &d), EVX_OK);
    cr_expect_geq(find(text, "1. The Committee heard evidence"), 0);
    cr_assert_eq(evx_diag_len(d), 1);
    cr_assert_eq(evx_diag_get(d, 0, &level, &file, &line, &msg), EVX_OK);
    cr_expect_eq(level, EVX_DIAG_WARNING);
    cr_expect_not_null(strstr(msg, "Syntax Error (42): Illegal character"),
                       "%s", msg);
    evx_text_free(text);
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

Test(pdfextract, path_like_an_option_is_just_a_path)
{
    tmp t;
    evx_text *text = NULL;
    evx_diag *d = NULL;

    tmp_new(&t);
    write_report(at(&t, "-v.pdf"));
    cr_assert_eq(chdir(t.dir), 0);
    cr_expect_eq(extract(&text, "-v.pdf", &d), EVX_OK);
    cr_expect_geq(find(text, "1. The Committee"), 0);
    evx_text_free(text);
    evx_diag_free(d);
    tu_rm_tree(t.dir);
}

Test(pdfextract, pdf_path_by_extension_in_any_case)
{
    cr_expect(evx_pdf_path("corpus/a.pdf"));
    cr_expect(evx_pdf_path("A.PDF"));
    cr_expect(evx_pdf_path("x.Pdf"));
    cr_expect_not(evx_pdf_path("a.pdf.txt"));
    cr_expect_not(evx_pdf_path("pdf"));
    cr_expect_not(evx_pdf_path(""));
}

/* ---- the indexer on a manifest naming a PDF ---------------------------- */

static const char *bin_dir(void)
{
    const char *d = getenv("EVX_BINARY_DIR");
    return d && *d ? d : EVX_BINARY_DIR;
}

/* Runs `evidex-index --dump --corpus DIR/corpus` on a manifest whose one
 * line names r.pdf with the given rendering; its stdout and stderr. */
static int dump_corpus(tmp *t, const char *rendering, char **out, char **err)
{
    evx_buf b = EVX_BUF_INIT;
    char corpus[96];

    snprintf(corpus, sizeof corpus, "%s/corpus", t->dir);
    cr_assert_eq(mkdir(corpus, 0755), 0);
    write_report(at(t, "corpus/r.pdf"));
    evx_buf_printf(&b, "file\treport\ttitle\tcommittee\tsession\tpublished\t"
                       "rendering\tcovers\n"
                       "r.pdf\tHC 999\tWidgets\tExample\t2019\t1 May 2019\t"
                       "%s\twhole report\n", rendering);
    write_file(at(t, "corpus/manifest.tsv"), b.data, b.len);
    evx_buf_clear(&b);
    evx_buf_printf(&b, "'%s/evidex-index' --dump --corpus '%s' >'%s/out' "
                       "2>'%s/err'", bin_dir(), corpus, t->dir, t->dir);
    int rc = system(evx_buf_str(&b));
    evx_buf_free(&b);
    *out = tu_slurp(at(t, "out"), NULL, 1);
    *err = tu_slurp(at(t, "err"), NULL, 1);
    cr_assert(WIFEXITED(rc));
    return WEXITSTATUS(rc);
}

static void expect_paragraphs_from_pdf(const char *rendering)
{
    tmp t;
    char *out, *err;

    tmp_new(&t);
    cr_expect_eq(dump_corpus(&t, rendering, &out, &err), 0, "stderr: %s",
                 err);
    cr_expect_not_null(strstr(out, "\"id\":\"HC999/p1\""), "out: %s", out);
    cr_expect_not_null(strstr(out, "\"type\":\"paragraph\""));
    cr_expect_not_null(strstr(out, "The Committee heard evidence on the "
                                   "regulation of widgets."));
    cr_expect_not_null(strstr(out, "\"file\":\"corpus/r.pdf\","
                                   "\"rendering\":\"pdf-text\""),
                       "sources name the PDF, read as pdf-text: %s", out);
    cr_expect_null(strstr(err, "error:"), "stderr: %s", err);
    free(out);
    free(err);
    tu_rm_tree(t.dir);
}

Test(pdfextract, indexer_reads_a_pdf_named_in_the_manifest)
{
    expect_paragraphs_from_pdf("pdf");
}

Test(pdfextract, a_pdf_file_is_extracted_whatever_its_rendering_says)
{
    expect_paragraphs_from_pdf("pdf-text");
}
