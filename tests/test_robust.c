/*
 * test_robust.c - end-to-end robustness of the two tools against bad input
 * in a corpus, through the built binaries (tests/robustutil.h): invalid
 * UTF-8, NUL bytes, CRLF, an empty file, a binary file, a single line
 * of 32 MB and a file larger than that, a report cut mid-paragraph, a manifest naming a missing file, a
 * manifest line that cannot be used, a file with no numbered paragraph: a
 * clear error or warning naming file (and line), the right exit code, and
 * the previous index intact when the build fails or is not published (a
 * partial build is published only with --accept-partial); and the
 * per-file coverage report of the bundled corpus.  Faults, hostile queries
 * and a damaged index are in test_robust_faults.c.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include "robustutil.h"
#include "source.h" /* EVX_TEXT_MAX_BYTES */

/* ---- bad input -------------------------------------------------------- */

/* The web file with `bytes` inserted 8 bytes into line lineno. */
static void damaged_web(const env *e, long lineno, const char *bytes,
                        size_t n)
{
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    size_t off = line_offset(web, len, lineno) + 8;
    evx_buf b = EVX_BUF_INIT;

    cr_assert_lt(off, len);
    evx_buf_append(&b, web, off);
    evx_buf_append(&b, bytes, n);
    evx_buf_append(&b, web + off, len - off);
    spit(e, "bad.txt", b.data, b.len);
    evx_buf_free(&b);
    free(web);
}

static const mline bad_only[] = {{"bad.txt", "HC 650", "html-text"}};

/* A repaired file: one warning naming file:line and exit 1 (the bytes
 * replaced are text not read), the index published and the unit there
 * still found. */
static void assert_repaired(const char *bytes, size_t n, const char *what)
{
    env e;
    env_new(&e);
    damaged_web(&e, 5, bytes, n); /* line 5: the chapter's first paragraph */
    manifest(&e, bad_only, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 1, "%s", r.err);
    cr_assert_not_null(strstr(r.err, "corpus/bad.txt:5:"),
                       "no warning naming file and line: %s", r.err);
    cr_assert_not_null(strstr(r.err, what), "no '%s' in: %s", what, r.err);
    assert_lines_prefixed(r.err, "evidex-index");
    result_free(&r);
    r = search(&e, "para:234 health social care landscape");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_not_null(strstr(r.out, "HC650/p234"));
    result_free(&r);
    env_free(&e);
}

Test(robust, invalid_utf8_is_repaired_with_a_warning)
{
    assert_repaired("\xff\xfe\xc3(", 4, "invalid UTF-8");
}

Test(robust, nul_bytes_are_repaired_with_a_warning)
{
    assert_repaired("\0\0x\0", 4, "NUL");
}

/* evidex-index --dump of the corpus in e. */
static char *dump(const env *e)
{
    const char *args[] = {"--dump", "--corpus", e->corpus, NULL};
    result r = run(e, "evidex-index", args);
    cr_assert_eq(r.code, 0, "%s", r.err);
    free(r.err);
    return r.out;
}

Test(robust, crlf_line_ends_read_as_lf)
{
    env lf, crlf;
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    evx_buf b = EVX_BUF_INIT;

    env_new(&lf);
    env_new(&crlf);
    for (size_t i = 0; i < len; i++) {
        if (web[i] == '\n')
            evx_buf_putc(&b, '\r');
        evx_buf_putc(&b, web[i]);
    }
    spit(&lf, "bad.txt", web, len);
    spit(&crlf, "bad.txt", b.data, b.len);
    manifest(&lf, bad_only, 1);
    manifest(&crlf, bad_only, 1);
    char *a = dump(&lf), *c = dump(&crlf);
    cr_assert_gt(strlen(a), 1000);
    cr_assert_str_eq(c, a, "CRLF file gives other units than LF");
    result r = build(&crlf, crlf.corpus);
    cr_assert_eq(r.code, 0, "%s", r.err);
    result_free(&r);
    r = search(&crlf, "para:234");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_eq(strchr(r.out, '\r'), NULL, "CR in the output");
    result_free(&r);
    free(a);
    free(c);
    free(web);
    evx_buf_free(&b);
    env_free(&lf);
    env_free(&crlf);
}

/* A build of a corpus whose only file is bad: nothing to index, so exit 2,
 * an error naming the file and saying why, and the previous index
 * untouched (not replaced by an empty one). */
static void assert_refused(const char *data, size_t len, const char *why)
{
    env e;
    env_new(&e);
    char *before = build_good(&e);
    static const mline pdf_only[] = {{"bad.txt", "HC 650", "pdf-text"}};
    spit(&e, "bad.txt", data, len);
    manifest(&e, pdf_only, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 2, "exit %d: %s", r.code, r.err);
    cr_assert_not_null(strstr(r.err, "corpus/bad.txt"), "%s", r.err);
    cr_assert_not_null(strstr(r.err, why), "no '%s' in: %s", why, r.err);
    /* one line says why, not that and "nothing looks like a report" too */
    size_t errors = 0;
    for (const char *at = r.err; (at = strstr(at, "error: corpus/bad.txt")); at++)
        errors++;
    cr_assert_eq(errors, 1, "%zu errors about the file: %s", errors, r.err);
    cr_assert_not_null(strstr(r.err, "previous index is unchanged"), "%s",
                       r.err);
    assert_lines_prefixed(r.err, "evidex-index");
    result_free(&r);
    assert_index_unchanged(&e, before);
    free(before);
    env_free(&e);
}

Test(robust, empty_file_is_refused)
{
    assert_refused("", 0, "empty");
}

Test(robust, binary_file_is_refused)
{
    char bin[8192];
    unsigned x = 12345;
    memcpy(bin, "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0", 20);
    for (size_t i = 20; i < sizeof bin; i++) {
        x = x * 1103515245u + 12345u; /* fixed pseudo-random bytes */
        bin[i] = (char)(x >> 16);
    }
    assert_refused(bin, sizeof bin, "binary");
}

/* A file larger than any report's text (EVX_TEXT_MAX_BYTES) is refused
 * after reading that much, with one line, rather than read at some 25
 * times its size in memory. */
Test(robust, file_larger_than_any_report_is_refused)
{
    size_t n = EVX_TEXT_MAX_BYTES + 4096;
    char *big = malloc(n);
    cr_assert_not_null(big);
    memcpy(big, "1. ", 3);
    for (size_t i = 3; i < n; i++)
        big[i] = i % 80 == 79 ? '\n' : "We agree with that view. "[i % 25];
    assert_refused(big, n, "larger than any report's text");
    free(big);
}

Test(robust, file_of_no_report_layout_is_refused)
{
    assert_refused("just some words\nand more words\n", 31, "pdf-text");
}

/* evidex-index --corpus DIR --accept-partial. */
static result build_partial(const env *e, const char *corpus)
{
    const char *args[] = {"--corpus", corpus, "--accept-partial", NULL};
    return run(e, "evidex-index", args);
}

/* A partial build: exit 1, one line saying it was not published and why,
 * and the previous index still current and answering. */
static void assert_not_published(const env *e, const result *r,
                                 const char *why, const char *before)
{
    char line[256];
    snprintf(line, sizeof line, "evidex-index: not published: %s; pass "
                                "--accept-partial to publish anyway\n", why);
    cr_assert_eq(r->code, 1, "exit %d: %s", r->code, r->err);
    cr_assert_not_null(strstr(r->err, line), "no '%s' in: %s", line, r->err);
    assert_lines_prefixed(r->err, "evidex-index");
    assert_index_unchanged(e, before);
}

/* The web edition of chapter 9 as report HC 9 was published. */
static void assert_published_web(const env *e)
{
    result r = search(e, "para:234");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_not_null(strstr(r.out, "HC9/p234"), "%s", r.out);
    result_free(&r);
}

Test(robust, missing_file_named_by_manifest)
{
    env e;
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    static const mline lines[] = {{"web.txt", "HC 9", "html-text"},
                                  {"missing.txt", "HC 9", "pdf-text"}};

    env_new(&e);
    char *before = build_good(&e);
    spit(&e, "web.txt", web, len);
    manifest(&e, lines, 2);
    result r = build(&e, e.corpus);
    cr_assert_not_null(strstr(r.err, "corpus/missing.txt"), "%s", r.err);
    cr_assert_not_null(strstr(r.err, "not found"), "%s", r.err);
    /* the manifest's header is line 1, its second entry line 3 */
    cr_assert_not_null(strstr(r.err, "line 3 of the manifest"), "%s", r.err);
    assert_not_published(&e, &r, "1 file could not be read", before);
    result_free(&r);
    /* accepted: the other file of the report still counts */
    r = build_partial(&e, e.corpus);
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    result_free(&r);
    assert_published_web(&e);
    free(before);
    free(web);
    env_free(&e);
}

/* A manifest of the web file, then a line with an unknown rendering. */
static void manifest_with_bad_line(const env *e)
{
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    static const mline lines[] = {{"web.txt", "HC 9", "html-text"},
                                  {"web.txt", "HC 9", "word-document"}};
    spit(e, "web.txt", web, len);
    manifest(e, lines, 2);
    free(web);
}

Test(robust, bad_manifest_line_keeps_previous_index)
{
    env e;
    env_new(&e);
    char *before = build_good(&e);
    manifest_with_bad_line(&e);
    result r = build(&e, e.corpus);
    cr_assert_not_null(strstr(r.err, "corpus/manifest.tsv:3:"), "%s", r.err);
    assert_not_published(&e, &r, "1 manifest line could not be used", before);
    result_free(&r);
    free(before);
    env_free(&e);
}

Test(robust, bad_manifest_line_accepted_partial_is_published)
{
    env e;
    env_new(&e);
    free(build_good(&e));
    manifest_with_bad_line(&e);
    result r = build_partial(&e, e.corpus);
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    cr_assert_not_null(strstr(r.err, "partial"), "%s", r.err);
    assert_lines_prefixed(r.err, "evidex-index");
    result_free(&r);
    assert_published_web(&e);
    env_free(&e);
}

Test(robust, file_with_no_numbered_paragraph_is_a_warning)
{
    env e;
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    static const mline lines[] = {{"web.txt", "HC 9", "html-text"}};
    evx_buf b = EVX_BUF_INIT;

    /* the web edition with every paragraph's number taken away */
    for (size_t i = 0; i < len; i++) {
        size_t k = i;
        while ((i == 0 || web[i - 1] == '\n') && k < len && web[k] >= '0' &&
               web[k] <= '9')
            k++;
        if (k > i && k < len && web[k] == '.' && k + 1 < len &&
            web[k + 1] >= 'A' && web[k + 1] <= 'Z')
            i = k + 1;
        evx_buf_putc(&b, web[i]);
    }
    env_new(&e);
    spit(&e, "web.txt", b.data, b.len);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    cr_assert_not_null(strstr(r.err, "warning: corpus/web.txt: no numbered "
                                     "paragraph"), "%s", r.err);
    cr_assert_not_null(strstr(r.err, "corpus/web.txt: only "), "%s", r.err);
    assert_lines_prefixed(r.err, "evidex-index");
    result_free(&r);
    evx_buf_free(&b);
    free(web);
    env_free(&e);
}

/* HC 179 with each page's lines joined into one (a tool that writes a
 * page as a paragraph): the reading took nearly all of it for page
 * furniture, which the share in units leaves out, so the report had said
 * "100% of its text in units (0 of 0 words)" and exited 0.  A warning then
 * named the share taken for furniture; since nothing that ends a cover
 * leaves no cover (layout.c, mark_cover), two thirds of it is read into
 * units and the warning names the share in them: either way the file
 * counts as short, with the exit status that says so. */
Test(robust, a_file_taken_mostly_for_furniture_is_a_warning)
{
    env e;
    size_t len;
    char *text = real_file("hc179-microplastics.txt", &len);
    static const mline lines[] = {{"pages.txt", "HC 179", "pdf-text"}};
    evx_buf b = EVX_BUF_INIT;

    /* each run of blank lines between pages parts a page; a page's lines
     * are joined by spaces */
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') {
            size_t k = i;
            while (k < len && text[k] == '\n')
                k++;
            evx_buf_puts(&b, k - i >= 3 ? "\n\n" : " ");
            i = k - 1;
        } else {
            evx_buf_putc(&b, text[i]);
        }
    }
    env_new(&e);
    spit(&e, "pages.txt", b.data, b.len);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_expect_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    cr_expect(strstr(r.err, "was taken for page furniture") ||
                  strstr(r.err, "of its text is in units (under"),
              "%s", r.err);
    result_free(&r);
    evx_buf_free(&b);
    free(text);
    env_free(&e);
}

/* The end-of-run report gives each bundled file's coverage and its largest
 * unplaced stretches. */
Test(robust, coverage_of_each_bundled_file_is_reported)
{
    static const char *const files[] = {PDF_FILE, WEB_FILE};
    char dir[1024], want[256];
    env e;

    env_new(&e);
    result r = build(&e, real_corpus(dir, sizeof dir));
    cr_assert_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    for (size_t i = 0; i < 2; i++) {
        snprintf(want, sizeof want, "evidex-index: corpus/%s: ", files[i]);
        const char *at = strstr(r.err, want);
        cr_assert_not_null(at, "no coverage line for %s: %s", files[i], r.err);
        unsigned pct;
        size_t placed, of, furniture;
        cr_assert_eq(sscanf(at + strlen(want), "%u%% of its text in units "
                                               "(%zu of %zu words; %zu words "
                                               "of page furniture)",
                            &pct, &placed, &of, &furniture), 4, "%s", at);
        cr_assert_geq(pct, 80, "%s", at);
        cr_assert_leq(placed, of);
        /* a file with words unplaced lists its largest stretches (the
         * web file places all but what its reader declares furniture) */
        snprintf(want, sizeof want, "evidex-index: corpus/%s: line", files[i]);
        if (placed < of)
            cr_assert_not_null(strstr(r.err, want), "no stretch for %s",
                               files[i]);
        else
            cr_assert_null(strstr(r.err, want), "a stretch for %s", files[i]);
    }
    result_free(&r);
    env_free(&e);
}

Test(robust, missing_only_file_keeps_previous_index)
{
    env e;
    static const mline lines[] = {{"missing.txt", "HC 650", "pdf-text"}};

    env_new(&e);
    char *before = build_good(&e);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 2, "%s", r.err);
    cr_assert_not_null(strstr(r.err, "corpus/missing.txt"), "%s", r.err);
    result_free(&r);
    assert_index_unchanged(&e, before);
    free(before);
    env_free(&e);
}

/* A single line of almost the largest file read (EVX_TEXT_MAX_BYTES):
 * indexed, searchable, in seconds; a paragraph longer than any a report
 * prints, warned, so the build exits 1 (the file read in part). */
Test(robust, single_line_at_the_size_limit_terminates)
{
    env e;
    static const char words[] = "integrated care partnership 2017/18 Q361 ";
    static const mline lines[] = {{"big.txt", "HC 1", "html-text"}};
    char path[256];

    env_new(&e);
    snprintf(path, sizeof path, "%s/big.txt", e.corpus);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    fputs("1.The ", f); /* one web-edition paragraph, one line */
    for (size_t n = 0; n < EVX_TEXT_MAX_BYTES - 4096; n += sizeof words - 1)
        fputs(words, f);
    cr_assert_eq(fclose(f), 0);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    cr_expect(strstr(r.err, "longer than any a report prints"), "%s", r.err);
    result_free(&r);
    unlink(path);
    r = search(&e, "\"care partnership\"");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_not_null(strstr(r.out, "HC1/p1"));
    result_free(&r);
    env_free(&e);
}

/* A report cut short mid-paragraph: what it has is indexed and
 * searchable, the cut is warned at its line, and the build exits 1, the
 * file read in part (it had exited 0). */
Test(robust, truncated_report_gives_partial_index_and_warning)
{
    env e;
    size_t len;
    char *pdf = real_file(PDF_FILE, &len);
    const long cut = 1500; /* lines kept: the text ends mid-chapter */
    static const mline lines[] = {{"bad.txt", "HC 650", "pdf-text"}};
    char line_ref[64];

    env_new(&e);
    size_t off = line_offset(pdf, len, cut + 1);
    cr_assert_lt(off, len);
    /* also cut the last kept line in the middle */
    spit(&e, "bad.txt", pdf, off - 1 - (off - 1 - line_offset(pdf, len, cut)) / 2);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    snprintf(line_ref, sizeof line_ref, "corpus/bad.txt:%ld:", cut);
    cr_assert_not_null(strstr(r.err, line_ref), "no warning at %s: %s",
                       line_ref, r.err);
    cr_assert_not_null(strstr(r.err, "truncated"), "%s", r.err);
    result_free(&r);
    r = search(&e, "para:1");
    cr_assert_eq(r.code, 0, "%s", r.err);
    result_free(&r);
    r = search(&e, "para:250"); /* a later chapter */
    cr_assert_eq(r.code, 1, "exit %d: %s", r.code, r.out);
    result_free(&r);
    free(pdf);
    env_free(&e);
}

/* A paragraph holding a run of footnote bodies (a page of the report
 * lost, so the footnote list after it was not read as one): warned, and
 * the file counts as read in part, exit 1 (it had exited 0). */
Test(robust, footnote_bodies_in_a_paragraph_read_the_file_in_part)
{
    env e;
    static const char text[] =
        "1 Introduction\n\n1. The companies told us of their plans.1\n\n"
        "2. They said they would act by 2017. 117 Q165 118 The Cosmetic "
        "Toiletry & Perfumery Association (EIM0038) 119 British Retail "
        "Consortium (EIM0037) 120 Unilever (EIM0040)\n\n1 Q12\n";
    static const mline lines[] = {{"bad.txt", "HC 1", "pdf-text"}};

    env_new(&e);
    spit(&e, "bad.txt", text, sizeof text - 1);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_expect_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    cr_expect(strstr(r.err, "holds what reads as footnote bodies"), "%s", r.err);
    result_free(&r);
    env_free(&e);
}

/* A paragraph of a report's usual length, numbered n. */
#define PARA(n)                                                               \
    n ". Local government has lost much of its capacity to plan, and the "    \
      "councils we heard from asked for powers to match the duties they "     \
      "hold, with funding that lasts longer than one spending review.\n\n"

/* A House of Lords witness list's introduction, wrapped over lines, is
 * left out on purpose: no witness, and no words lost (it had been neither,
 * taking a whole report under 80% of its text in units: exit 1). */
Test(robust, a_lords_lists_introduction_is_no_lost_text)
{
    env e;
    static const char text[] =
        "Chapter 1: INTRODUCTION\n\n"
        "1. Lord Kerslake told us that councils were "
        "\xE2\x80\x9Cstretched thin\xE2\x80\x9D.1\n\n"
        PARA("2") PARA("3") PARA("4") PARA("5") PARA("6") PARA("7")
        "1 Q 5\n\n"
        "Appendix 1: LIST OF WITNESSES\n\n"
        "Evidence received by the Committee is listed below in chronological order of oral\n"
        "evidence session and in alphabetical order. Those witnesses marked with ** gave\n"
        "both oral and written evidence. Those marked with * gave oral evidence and did not\n"
        "submit any written evidence. All other witnesses submitted written evidence only.\n\n"
        "Oral evidence in chronological order\n\n"
        "*    Lord Kerslake, former Head of the Civil Service     QQ 1\xE2\x80\x93" "12\n";
    static const mline lines[] = {{"lords.txt", "HL 1", "pdf-text"}};

    env_new(&e);
    spit(&e, "lords.txt", text, sizeof text - 1);
    manifest(&e, lines, 1);
    result r = build(&e, e.corpus);
    cr_expect_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    /* its words are left out on purpose, not unplaced: the only words
     * unplaced are the part's heading's */
    cr_expect(strstr(r.err, "WITNESSES Evidence received") == NULL, "%s",
              r.err);
    result_free(&r);
    env_free(&e);
}

/* The first lines of the bundled web edition, to the line that upto
 * ("\n236 ") starts (kept), as bad.txt of report HC 650: the build's result.
 * *line gets that line's number. */
static result web_cut(env *e, const char *upto, long *line)
{
    size_t len;
    char *web = real_file(WEB_FILE, &len);
    static const mline lines[] = {{"bad.txt", "HC 650", "html-text"}};
    const char *at = strstr(web, upto);
    cr_assert_not_null(at, "no %s in the web edition", upto);
    at++; /* past the line end before it */
    *line = 1;
    for (const char *p = web; p < at; p++)
        *line += *p == '\n';
    const char *end = strchr(at, '\n');
    spit(e, "bad.txt", web, end ? (size_t)(end - web) : len);
    manifest(e, lines, 1);
    free(web);
    return build(e, e->corpus);
}

/* A web edition cut inside its footnote list, the text citing footnotes
 * whose bodies never come: the cut is warned at its line and the build
 * exits 1 (it had exited 0, with no word); cut in its body, the same. */
Test(robust, a_web_edition_cut_in_its_footnote_list_is_said)
{
    env e;
    char ref[64];
    long line;

    env_new(&e);
    result r = web_cut(&e, "\n236 ", &line);
    cr_expect_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    snprintf(ref, sizeof ref, "corpus/bad.txt:%ld: text ends inside its "
                              "footnote list", line);
    cr_expect(strstr(r.err, ref), "no %s: %s", ref, r.err);
    cr_expect(strstr(r.err, "footnotes 237-249"), "%s", r.err);
    result_free(&r);
    r = web_cut(&e, "\n251.", &line);
    cr_expect_eq(r.code, 1, "exit %d: %s", r.code, r.err);
    snprintf(ref, sizeof ref, "corpus/bad.txt:%ld: text ends with HC650/p251",
             line);
    cr_expect(strstr(r.err, ref), "no %s: %s", ref, r.err);
    result_free(&r);
    r = web_cut(&e, "\n249 ", &line); /* the whole list */
    cr_expect_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    cr_expect(strstr(r.err, "warning:") == NULL, "%s", r.err);
    result_free(&r);
    env_free(&e);
}

/* --dump of a file outside the corpus that shares a corpus file's name
 * ("ext/r.txt" and "corpus/r.txt"): it is no file of the manifest, so
 * neither its report nor its source name are taken from that line (they
 * had been, by the name alone, and the sources pointed at the other
 * file). */
Test(robust, a_dumped_file_is_matched_to_the_manifest_by_itself_not_its_name)
{
    env e;
    env_new(&e);
    const char text[] = "1 Introduction\n\n1. We heard that the fund was too small.\n";
    spit(&e, "r.txt", text, sizeof text - 1);
    static const mline one[] = {{"r.txt", "HC 650", "pdf-text"}};
    manifest(&e, one, 1);
    char other[160], file[200];
    snprintf(other, sizeof other, "%s/ext", e.dir);
    cr_assert_eq(mkdir(other, 0700), 0);
    snprintf(file, sizeof file, "%s/r.txt", other);
    FILE *f = fopen(file, "w");
    cr_assert_not_null(f);
    fputs("1 Introduction\n\n1. A different text altogether.\n", f);
    fclose(f);
    const char *args[] = {"--dump", "--corpus", e.corpus, file, NULL};
    result r = run(&e, "evidex-index", args);
    cr_expect(strstr(r.out, "\"report\":\"UNKNOWN\"") != NULL, "%s", r.out);
    cr_expect(strstr(r.out, "ext/r.txt") != NULL, "%s", r.out);
    result_free(&r);
    const char *same[] = {"--dump", "--corpus", e.corpus, NULL, NULL};
    char mine[200];
    snprintf(mine, sizeof mine, "%s/r.txt", e.corpus);
    same[3] = mine;
    r = run(&e, "evidex-index", same);
    cr_expect(strstr(r.out, "\"report\":\"HC 650\"") != NULL, "%s", r.out);
    result_free(&r);
    unlink(file);
    rmdir(other);
    env_free(&e);
}
