/* test_manifest.c - reading corpus/manifest.tsv. */
#define _XOPEN_SOURCE 700 /* mkdtemp, mkdir, chdir */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "manifest.h"

#define HEADER "file\treport\ttitle\tcommittee\tsession\tpublished\trendering\tcovers\n"

/* A temp folder named .../corpus holding manifest.tsv with `text` (or no
 * manifest when text is NULL). */
typedef struct tmpcorpus {
    char root[64];
    char dir[96];
    char file[128];
} tmpcorpus;

static void make_corpus(tmpcorpus *c, const char *text)
{
    FILE *f;

    strcpy(c->root, "/tmp/evx_manifest_XXXXXX");
    cr_assert_not_null(mkdtemp(c->root));
    snprintf(c->dir, sizeof c->dir, "%s/corpus", c->root);
    cr_assert_eq(mkdir(c->dir, 0700), 0);
    snprintf(c->file, sizeof c->file, "%s/manifest.tsv", c->dir);
    if (!text)
        return;
    f = fopen(c->file, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
}

static void remove_corpus(tmpcorpus *c)
{
    unlink(c->file);
    rmdir(c->dir);
    rmdir(c->root);
}

/* Diag i: level, line, and text containing `part`. */
static void expect_diag(const evx_diag *d, size_t i, evx_diag_level want,
                        long want_line, const char *part)
{
    evx_diag_level level;
    const char *file, *text;
    long line;

    cr_assert_eq(evx_diag_get(d, i, &level, &file, &line, &text), EVX_OK,
                 "no diag %zu", i);
    cr_expect_eq(level, want);
    cr_expect_str_eq(file, "corpus/manifest.tsv");
    cr_expect_eq(line, want_line, "diag '%s' on line %ld", text, line);
    cr_expect_not_null(strstr(text, part), "diag '%s' lacks '%s'", text,
                       part);
}

/* Loads a manifest of text that must load: *m and *d for the test. */
static void load_ok(tmpcorpus *c, const char *text, evx_manifest **m,
                    evx_diag **d)
{
    make_corpus(c, text);
    cr_assert_eq(evx_diag_new(d), EVX_OK);
    cr_assert_eq(evx_manifest_load(m, c->dir, *d), EVX_OK);
}

static void unload(tmpcorpus *c, evx_manifest *m, evx_diag *d)
{
    evx_manifest_free(m);
    evx_diag_free(d);
    remove_corpus(c);
}

Test(manifest, real_corpus)
{
    evx_manifest *m = NULL;
    evx_diag *d = NULL;
    const evx_manifest_entry *e;

    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, EVX_SOURCE_DIR "/corpus", d), EVX_OK);
    cr_assert_eq(m->n, 3);
    cr_assert_eq(evx_diag_len(d), 0);
    e = &m->entries[0];
    cr_expect_str_eq(e->file, "corpus/000_d8babf2c1c9efa17.txt");
    cr_expect_str_eq(e->path,
                     EVX_SOURCE_DIR "/corpus/000_d8babf2c1c9efa17.txt");
    cr_expect_eq(access(e->path, R_OK), 0);
    cr_expect_str_eq(e->report, "HC 650");
    cr_expect_str_eq(e->title,
                     "Integrated care: organisations, partnerships and systems");
    cr_expect_str_eq(e->committee, "Health and Social Care Committee");
    cr_expect_str_eq(e->session, "Seventh Report of Session 2017\xe2\x80\x93" "19");
    cr_expect_str_eq(e->published, "11 June 2018");
    cr_expect_str_eq(e->rendering, "pdf-text");
    cr_expect_str_eq(e->covers, "whole report");
    cr_expect_eq(e->line, 4);
    e = &m->entries[1];
    cr_expect_str_eq(e->file, "corpus/004_1624677fcab3ee77.txt");
    cr_expect_str_eq(e->rendering, "html-text");
    cr_expect_not_null(strstr(e->covers, "chapter 9"));
    cr_expect_eq(e->line, 5);
    e = &m->entries[2];
    cr_expect_str_eq(e->file, "corpus/hc179-microplastics.txt");
    cr_expect_str_eq(e->report, "HC 179");
    cr_expect_str_eq(e->committee, "Environmental Audit Committee");
    cr_expect_str_eq(e->rendering, "pdf-text");
    evx_manifest_free(m);
    evx_diag_free(d);
}

Test(manifest, trailing_slash_and_dot_folders)
{
    evx_manifest *m = NULL;

    cr_assert_eq(evx_manifest_load(&m, EVX_SOURCE_DIR "/corpus/", NULL),
                 EVX_OK);
    cr_expect_str_eq(m->entries[0].file, "corpus/000_d8babf2c1c9efa17.txt");
    cr_expect_str_eq(m->entries[0].path,
                     EVX_SOURCE_DIR "/corpus/000_d8babf2c1c9efa17.txt");
    evx_manifest_free(m);
    cr_assert_eq(chdir(EVX_SOURCE_DIR "/corpus"), 0);
    cr_assert_eq(evx_manifest_load(&m, ".", NULL), EVX_OK);
    cr_expect_str_eq(m->entries[1].file, "corpus/004_1624677fcab3ee77.txt");
    cr_expect_str_eq(m->entries[1].path, "./004_1624677fcab3ee77.txt");
    evx_manifest_free(m);
}

Test(manifest, columns_in_any_order_with_comments_and_crlf)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    make_corpus(&c, "# comment\r\n\r\n"
                    "rendering\tcovers\tfile\treport\ttitle\tcommittee\tsession\tpublished\textra\r\n"
                    "   \r\n"
                    "html-text\tch 1\tsub/a.txt\tHC 1\tT\tC\tS\t1 May 2018\tx\r\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_OK);
    cr_assert_eq(m->n, 1);
    cr_expect_str_eq(m->entries[0].file, "corpus/sub/a.txt");
    cr_expect_str_eq(m->entries[0].report, "HC 1");
    cr_expect_str_eq(m->entries[0].rendering, "html-text");
    cr_expect_str_eq(m->entries[0].covers, "ch 1");
    cr_expect_str_eq(m->entries[0].published, "1 May 2018");
    cr_expect_eq(m->entries[0].line, 5);
    cr_expect_eq(m->unusable, 0); /* comments and blank lines are not lines */
    cr_expect_eq(evx_diag_len(d), 0);
    evx_manifest_free(m);
    evx_diag_free(d);
    remove_corpus(&c);
}

Test(manifest, file_names_keep_quotes_and_backslashes)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    make_corpus(&c, HEADER "king's \\[1\\].txt\tHC 1\t\"Care\"\tC\tS\t1 May 2020\t"
                           "pdf-text\tall\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_OK);
    cr_assert_eq(m->n, 1);
    cr_expect_str_eq(m->entries[0].file, "corpus/king's \\[1\\].txt");
    cr_expect_str_eq(m->entries[0].title, "\"Care\"");
    cr_expect_eq(evx_diag_len(d), 0);
    evx_manifest_free(m);
    evx_diag_free(d);
    remove_corpus(&c);
}

Test(manifest, missing_column_and_unknown_rendering_are_unusable_lines)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    make_corpus(&c, HEADER
                "a.txt\tHC 1\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
                "b.txt\tHC 1\tT\tC\tS\tP\n"
                "c.txt\tHC 1\tT\tC\tS\t1 May 2020\tpdf-txt\twhole\n"
                "\tHC 1\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
                "e.txt\tHC 1\tT\tC\tS\t1 May 2020\thtml-text\tch 9\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_OK);
    cr_assert_eq(m->n, 2);
    cr_expect_eq(m->unusable, 3);
    cr_expect_str_eq(m->entries[0].file, "corpus/a.txt");
    cr_expect_str_eq(m->entries[1].file, "corpus/e.txt");
    cr_expect_eq(m->entries[1].line, 6);
    cr_assert_eq(evx_diag_len(d), 3);
    expect_diag(d, 0, EVX_DIAG_WARNING, 3, "missing column 'rendering'");
    expect_diag(d, 1, EVX_DIAG_WARNING, 4, "unknown rendering 'pdf-txt'");
    expect_diag(d, 2, EVX_DIAG_WARNING, 5, "missing column 'file'");
    evx_manifest_free(m);
    evx_diag_free(d);
    remove_corpus(&c);
}

Test(manifest, two_names_of_one_key_are_refused)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    /* "HC650" and "HC 650" make the same unit ids (HC650/p1): the second
     * name's line is skipped, loudly; the first name may repeat. */
    make_corpus(&c, HEADER
                "a.txt\tHC 650\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
                "b.txt\tHC650\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
                "c.txt\tHC 650\tT\tC\tS\t1 May 2020\thtml-text\tch 9\n"
                "d.txt\tHC 65\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_OK);
    cr_assert_eq(m->n, 3);
    cr_expect_eq(m->unusable, 1);
    cr_expect_str_eq(m->entries[0].file, "corpus/a.txt");
    cr_expect_str_eq(m->entries[1].file, "corpus/c.txt");
    cr_expect_str_eq(m->entries[2].file, "corpus/d.txt");
    cr_assert_eq(evx_diag_len(d), 1);
    expect_diag(d, 0, EVX_DIAG_WARNING, 3,
                "report 'HC650' has the key of report 'HC 650' (line 2)");
    evx_manifest_free(m);
    evx_diag_free(d);
    remove_corpus(&c);
}

Test(manifest, one_number_in_two_sessions_is_two_reports)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    /* Commons numbers start again each session: HC 650 of 2017-19 and of
     * 2010-12 are two reports, each named with its years; the two
     * renderings of the first (its years written two ways) stay one. */
    load_ok(&c, HEADER
                "a.txt\tHC 650\tT\tC\tSeventh Report of Session 2017\xE2\x80\x93" "19\t1 May 2020\tpdf-text\twhole\n"
                "b.txt\tHC 650\tU\tC\tSecond Report of Session 2010-12\t1 May 2020\tpdf-text\twhole\n"
                "c.txt\tHC 650\tT\tC\tSession 2017-19\t1 May 2020\thtml-text\tch 9\n"
                "d.txt\tHC 65\tT\tC\tSession 2010-12\t1 May 2020\tpdf-text\twhole\n"
                "e.txt\tHC650\tV\tC\tSession 2019/21\t1 May 2020\tpdf-text\twhole\n", &m, &d);
    cr_assert_eq(m->n, 5, "a name spaced otherwise, of another session, "
                          "is another report");
    cr_expect_eq(m->unusable, 0);
    cr_expect_str_eq(m->entries[0].report, "HC 650 (2017\xE2\x80\x93" "19)");
    cr_expect_str_eq(m->entries[1].report, "HC 650 (2010\xE2\x80\x93" "12)");
    cr_expect_str_eq(m->entries[2].report, "HC 650 (2017\xE2\x80\x93" "19)");
    cr_expect_str_eq(m->entries[3].report, "HC 65");
    for (size_t i = 0; i < 3; i++)
        cr_expect_str_eq(m->entries[i].number, "HC 650");
    cr_expect_str_eq(m->entries[4].report, "HC650 (2019\xE2\x80\x93" "21)");
    cr_assert_eq(evx_diag_len(d), 4);
    expect_diag(d, 0, EVX_DIAG_WARNING, 2, "of a report of Second Report of "
                "Session 2010-12 (line 3): indexed as 'HC 650 (2017");
    expect_diag(d, 1, EVX_DIAG_WARNING, 3, "indexed as 'HC 650 (2010");
    expect_diag(d, 2, EVX_DIAG_WARNING, 4, "indexed as 'HC 650 (2017");
    expect_diag(d, 3, EVX_DIAG_WARNING, 6, "indexed as 'HC650 (2019");
    unload(&c, m, d);
}

Test(manifest, one_number_titled_two_ways_in_one_session_is_said)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    /* a new report given an existing report's number by mistake would be
     * merged into it: the loader cannot tell, but says so */
    load_ok(&c, HEADER
                "a.txt\tHC 650\tIntegrated care\tC\tSession 2017-19\t1 May 2020\tpdf-text\twhole\n"
                "b.txt\tHC 650\tINTEGRATED CARE\tC\tSession 2017-19\t1 May 2020\thtml-text\tch 9\n"
                "c.txt\tHC 650\tNursing workforce\tC\tSession 2017-19\t1 May 2020\tpdf-text\twhole\n", &m, &d);
    cr_assert_eq(m->n, 3);
    cr_expect_eq(m->unusable, 0);
    for (size_t i = 0; i < 3; i++)
        cr_expect_str_eq(m->entries[i].report, "HC 650");
    cr_assert_eq(evx_diag_len(d), 1, "a title's capitals are no other title");
    expect_diag(d, 0, EVX_DIAG_WARNING, 4, "'Nursing workforce' here and "
                "'Integrated care' on line 2, of the same session");
    unload(&c, m, d);
}

Test(manifest, a_file_named_twice_is_read_once)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    /* the same line again costs nothing; the file as another report is
     * a line that cannot be used (its units would be two reports') */
    load_ok(&c, HEADER
            "a.txt\tHC 650\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
            "a.txt\tHC 650\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
            "a.txt\tHC 179\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
            "b.txt\tHC 650\tT\tC\tS\t1 May 2020\thtml-text\tch 9\n", &m, &d);
    cr_assert_eq(m->n, 2);
    cr_expect_eq(m->unusable, 1);
    cr_expect_str_eq(m->entries[1].file, "corpus/b.txt");
    cr_assert_eq(evx_diag_len(d), 2);
    expect_diag(d, 0, EVX_DIAG_WARNING, 3,
                "'corpus/a.txt' is named on line 2 too: line skipped");
    expect_diag(d, 1, EVX_DIAG_WARNING, 4,
                "'corpus/a.txt' is named on line 2 as HC 650 (pdf-text): "
                "read once, as that line says; line skipped");
    unload(&c, m, d);
}

Test(manifest, a_session_without_years_is_told_by_its_words)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    load_ok(&c, HEADER
                "a.txt\tHL 12\tT\tC\tautumn sitting\t1 May 2020\tpdf-text\twhole\n"
                "b.txt\tHL 12\tT\tC\tspring sitting\t1 May 2020\tpdf-text\twhole\n"
                "c.txt\tHL 12\tT\tC\tspring sitting\t1 May 2020\thtml-text\tch 1\n", &m, &d);
    cr_assert_eq(m->n, 3);
    cr_expect_str_eq(m->entries[0].report, "HL 12 (autumn sitting)");
    cr_expect_str_eq(m->entries[1].report, "HL 12 (spring sitting)");
    cr_expect_str_eq(m->entries[2].report, "HL 12 (spring sitting)");
    unload(&c, m, d);
}

Test(manifest, pdf_rendering_names_a_pdf_file)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    make_corpus(&c, HEADER "r.pdf\tHC 1\tT\tC\tS\t1 May 2020\tpdf\twhole\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_OK);
    cr_assert_eq(m->n, 1);
    cr_expect_str_eq(m->entries[0].file, "corpus/r.pdf");
    cr_expect_str_eq(m->entries[0].rendering, "pdf");
    cr_expect_eq(evx_diag_len(d), 0);
    evx_manifest_free(m);
    evx_diag_free(d);
    remove_corpus(&c);
}

Test(manifest, no_header)
{
    tmpcorpus c;
    evx_manifest *m = (evx_manifest *)1;
    evx_diag *d = NULL;

    make_corpus(&c, "# only data\n"
                    "a.txt\tHC 1\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_PARSE);
    cr_assert_null(m);
    cr_assert_eq(evx_diag_len(d), 1);
    expect_diag(d, 0, EVX_DIAG_ERROR, 2, "no header");
    evx_manifest_free(NULL);
    evx_diag_free(d);
    remove_corpus(&c);
}

Test(manifest, header_missing_a_column)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    make_corpus(&c, "file\treport\ttitle\tcommittee\tsession\tpublished\tcovers\n"
                    "a.txt\tHC 1\tT\tC\tS\t1 May 2020\twhole\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_PARSE);
    expect_diag(d, 0, EVX_DIAG_ERROR, 1, "missing 'rendering'");
    evx_diag_free(d);
    remove_corpus(&c);
}

Test(manifest, only_comments_or_no_usable_line)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    make_corpus(&c, "# nothing\n\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_PARSE);
    expect_diag(d, 0, EVX_DIAG_ERROR, 0, "no header");
    evx_diag_free(d);
    remove_corpus(&c);

    make_corpus(&c, HEADER "a.txt\tHC 1\tT\tC\tS\t1 May 2020\tweb\twhole\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_PARSE);
    cr_assert_null(m);
    cr_assert_eq(evx_diag_len(d), 2);
    expect_diag(d, 0, EVX_DIAG_WARNING, 2, "unknown rendering");
    expect_diag(d, 1, EVX_DIAG_ERROR, 0, "no usable line");
    evx_diag_free(d);
    remove_corpus(&c);
}

Test(manifest, missing_manifest_or_folder)
{
    tmpcorpus c;
    evx_manifest *m = (evx_manifest *)1;

    make_corpus(&c, NULL);
    cr_assert_eq(evx_manifest_load(&m, c.dir, NULL), EVX_NOT_FOUND);
    cr_assert_null(m);
    remove_corpus(&c);
    cr_assert_eq(evx_manifest_load(&m, "/nonexistent/evx/corpus", NULL),
                 EVX_NOT_FOUND);
}

Test(manifest, empty_manifest)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    make_corpus(&c, "");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_PARSE);
    expect_diag(d, 0, EVX_DIAG_ERROR, 0, "empty file");
    evx_diag_free(d);
    remove_corpus(&c);
}

/* What a citation would print wrong, or an id could not hold, or a file
 * outside the corpus: a published date that is none is left out (the
 * line is used, flawed); a report holding "/" and a path with ".." or from
 * the root are unusable lines, each warned of naming its line. */
Test(manifest, bad_dates_ids_and_paths_are_said)
{
    tmpcorpus c;
    evx_manifest *m = NULL;
    evx_diag *d = NULL;

    make_corpus(&c, HEADER
                "a.txt\tHC 1\tT\tC\tS\t31 Febtember 2020\tpdf-text\twhole\n"
                "b.txt\tHC 1/2 <x>\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
                "../c.txt\tHC 3\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
                "/etc/passwd\tHC 4\tT\tC\tS\t1 May 2020\tpdf-text\twhole\n"
                "e..txt\tHC 5\tT\tC\tS\t2018-06-11\tpdf-text\twhole\n");
    evx_diag_new(&d);
    cr_assert_eq(evx_manifest_load(&m, c.dir, d), EVX_OK);
    cr_assert_eq(m->n, 2);
    cr_expect_eq(m->unusable, 3);
    cr_expect_eq(m->flawed, 1);
    cr_expect_str_eq(m->entries[0].published, "");
    cr_expect_str_eq(m->entries[1].published, "2018-06-11");
    cr_assert_eq(evx_diag_len(d), 4);
    expect_diag(d, 0, EVX_DIAG_WARNING, 2, "is not a date");
    expect_diag(d, 1, EVX_DIAG_WARNING, 3, "holds '/'");
    expect_diag(d, 2, EVX_DIAG_WARNING, 4, "outside the corpus folder");
    expect_diag(d, 3, EVX_DIAG_WARNING, 5, "outside the corpus folder");
    evx_manifest_free(m);
    evx_diag_free(d);
    remove_corpus(&c);
}
