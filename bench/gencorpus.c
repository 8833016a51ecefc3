/*
 * gencorpus.c - makes a scaled corpus for the benchmark: N copies of the
 * bundled corpus, each copy a distinct report ("HC 650" becomes "HC 1650",
 * "HC 2650", ...) with deterministic variation, so that copies are not
 * byte-identical and the index really grows: in copy i, some common words
 * are swapped for others (which pair depends on i), in running text only,
 * never in the layout (numbers, headings and markers stay as they are).
 *
 *   evidex-gencorpus SOURCE_CORPUS_DIR OUT_DIR N
 *
 * Writes OUT_DIR/<copy>_<file> for every manifest file and
 * OUT_DIR/manifest.tsv.  Exit 0, or 2 with a one-line error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "diag.h"
#include "manifest.h"

#define PROG "evidex-gencorpus"

/* Word swaps: copy i applies swap i % N_SWAPS (copy 0 is the original). */
static const char *const swaps[][2] = {
    {" integrated ", " joined-up "}, {" patients ", " service users "},
    {" local ", " regional "},       {" services ", " provision "},
    {" funding ", " money "},        {" national ", " central "},
    {" system ", " network "},       {" care ", " support "},
};
#define N_SWAPS (sizeof swaps / sizeof swaps[0])

static int read_file(evx_buf *b, const char *path)
{
    FILE *f = fopen(path, "rb");
    char chunk[65536];
    size_t n;
    if (!f)
        return -1;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        evx_buf_append(b, chunk, n);
    fclose(f);
    return evx_buf_status(b) ? -1 : 0;
}

/* Writes text to f with every occurrence of from replaced by to. */
static void write_swapped(FILE *f, const char *text, size_t len,
                          const char *from, const char *to)
{
    size_t flen = from ? strlen(from) : 0, i = 0;
    while (i < len) {
        const char *hit = from ? strstr(text + i, from) : NULL;
        size_t upto = hit ? (size_t)(hit - text) : len;
        fwrite(text + i, 1, upto - i, f);
        if (!hit)
            break;
        fputs(to, f);
        i = upto + flen;
    }
}

/* "HC 650" -> "HC 1650" for copy 1: the copy number goes in front of the
 * number so every copy's id is distinct and still looks like a report. */
static void copy_report_id(evx_buf *b, const char *report, int copy)
{
    const char *digits = strpbrk(report, "0123456789");
    if (copy == 0 || !digits) {
        evx_buf_puts(b, report);
        if (copy && !digits)
            evx_buf_printf(b, " %d", copy);
        return;
    }
    evx_buf_append(b, report, (size_t)(digits - report));
    evx_buf_printf(b, "%d%s", copy, digits);
}

static int write_copy(const evx_manifest_entry *e, const char *out_dir,
                      int copy, const evx_buf *text, FILE *manifest)
{
    const char *base = strrchr(e->path, '/');
    base = base ? base + 1 : e->path;
    evx_buf path = EVX_BUF_INIT, id = EVX_BUF_INIT;
    evx_buf_printf(&path, "%s/%05d_%s", out_dir, copy, base);
    FILE *f = fopen(evx_buf_str(&path), "wb");
    if (!f) {
        fprintf(stderr, PROG ": %s: %s\n", evx_buf_str(&path), strerror(errno));
        evx_buf_free(&path);
        return -1;
    }
    size_t k = copy ? (size_t)(copy - 1) % N_SWAPS : 0;
    write_swapped(f, evx_buf_str(text), text->len, copy ? swaps[k][0] : NULL,
                  copy ? swaps[k][1] : NULL);
    int failed = fclose(f) != 0;
    copy_report_id(&id, e->report, copy);
    fprintf(manifest, "%05d_%s\t%s\t%s (copy %d)\t%s\t%s\t%s\t%s\t%s\n", copy,
            base, evx_buf_str(&id), e->title, copy, e->committee, e->session,
            e->published, e->rendering, e->covers);
    evx_buf_free(&path);
    evx_buf_free(&id);
    return failed ? -1 : 0;
}

int main(int argc, char **argv)
{
    if (argc != 4 || atoi(argv[3]) < 1) {
        fputs("usage: " PROG " SOURCE_CORPUS_DIR OUT_DIR N\n", stderr);
        return 2;
    }
    int copies = atoi(argv[3]), rc = 2;
    evx_diag *diag = NULL;
    evx_manifest *m = NULL;
    evx_buf *texts = NULL, mpath = EVX_BUF_INIT;
    FILE *manifest = NULL;
    if (evx_diag_new(&diag) || evx_manifest_load(&m, argv[1], diag)) {
        evx_diag_print(diag, stderr, PROG, EVX_DIAG_WARNING);
        fprintf(stderr, PROG ": cannot read %s/manifest.tsv\n", argv[1]);
        goto done;
    }
    mkdir(argv[2], 0777);
    evx_buf_printf(&mpath, "%s/manifest.tsv", argv[2]);
    manifest = fopen(evx_buf_str(&mpath), "w");
    texts = calloc(m->n, sizeof *texts);
    if (!manifest || !texts) {
        fprintf(stderr, PROG ": cannot write %s\n", evx_buf_str(&mpath));
        goto done;
    }
    fputs("file\treport\ttitle\tcommittee\tsession\tpublished\trendering\t"
          "covers\n", manifest);
    for (size_t i = 0; i < m->n; i++)
        if (read_file(&texts[i], m->entries[i].path)) {
            fprintf(stderr, PROG ": cannot read %s\n", m->entries[i].path);
            goto done;
        }
    for (int c = 0; c < copies; c++)
        for (size_t i = 0; i < m->n; i++)
            if (write_copy(&m->entries[i], argv[2], c, &texts[i], manifest))
                goto done;
    rc = 0;
done:
    if (manifest && fclose(manifest) != 0)
        rc = 2;
    for (size_t i = 0; texts && i < m->n; i++)
        evx_buf_free(&texts[i]);
    free(texts);
    evx_buf_free(&mpath);
    evx_manifest_free(m);
    evx_diag_free(diag);
    return rc;
}
