/*
 * manifest.c - read DIR/manifest.tsv into entries.
 *
 * The file goes through the corpus loader (indexer/source.c), so a
 * manifest with CRLF line ends or damaged bytes is repaired and reported
 * the same way as a corpus file.
 */
#define _XOPEN_SOURCE 700 /* realpath */

#include "manifest.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "buf.h"
#include "dates.h"
#include "source.h"
#include "unit.h"

static const char *const columns[] = {"file",      "report",  "title",
                                      "committee", "session", "published",
                                      "rendering", "covers"};

#define N_COLUMNS (sizeof columns / sizeof columns[0])
#define COL_FILE 0
#define COL_REPORT 1
#define COL_SESSION 4
#define COL_RENDERING 6

/* Columns a line must fill (the others may be empty). */
static int required(size_t col)
{
    return col == COL_FILE || col == COL_REPORT || col == COL_RENDERING;
}

/* "pdf" is a PDF file, read as pdf-text once its text is extracted. */
static const char *const renderings[] = {"pdf-text", "html-text", "pdf"};

/* A line split into tab-separated fields, trimmed of spaces. */
typedef struct fields {
    const char *start[64];
    size_t len[64];
    size_t n;
} fields;

static void split(fields *f, const char *s, size_t len)
{
    size_t i = 0;

    f->n = 0;
    while (f->n < 64) {
        size_t b = i, e;
        while (i < len && s[i] != '\t')
            i++;
        e = i;
        while (b < e && s[b] == ' ')
            b++;
        while (e > b && s[e - 1] == ' ')
            e--;
        f->start[f->n] = s + b;
        f->len[f->n++] = e - b;
        if (i >= len)
            break;
        i++;
    }
}

static int field_is(const fields *f, size_t i, const char *word)
{
    return strlen(word) == f->len[i] && memcmp(f->start[i], word, f->len[i]) == 0;
}

static int skippable(const char *s, size_t len)
{
    size_t i = 0;

    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i == len || s[i] == '#';
}

/* The name of the folder dir: its last component, or, for "." and the
 * like, the last component of its real path. */
static evx_status folder_name(evx_buf *b, const char *dir)
{
    char real[PATH_MAX];
    size_t end = strlen(dir), start;

    while (end > 1 && dir[end - 1] == '/')
        end--;
    start = end;
    while (start > 0 && dir[start - 1] != '/')
        start--;
    if ((end - start == 1 && dir[start] == '.') ||
        (end - start == 2 && dir[start] == '.' && dir[start + 1] == '.') ||
        end == start || (end == 1 && dir[0] == '/')) {
        if (!realpath(dir, real))
            return EVX_NOT_FOUND;
        return folder_name(b, real);
    }
    evx_buf_append(b, dir + start, end - start);
    return evx_buf_status(b);
}

void evx_manifest_free(evx_manifest *m)
{
    size_t i;

    if (!m)
        return;
    for (i = 0; i < m->n; i++) {
        evx_manifest_entry *e = &m->entries[i];
        free(e->path);
        free(e->file);
        free(e->report);
        free(e->number);
        free(e->title);
        free(e->committee);
        free(e->session);
        free(e->published);
        free(e->rendering);
        free(e->covers);
    }
    free(m->entries);
    free(m);
}

/* What the loader needs while it walks the lines. */
typedef struct reader {
    const char *dir;
    int dir_len;         /* without trailing slashes */
    const char *folder;  /* basename of dir */
    const char *mname;   /* "corpus/manifest.tsv", for messages */
    size_t col_of[N_COLUMNS]; /* field index of each column */
    evx_diag *diag;
    char **keys;         /* the report key of each entry (unit.h) */
} reader;

/* Reads the header; 0 if it names every column, else -1 (with an error). */
static int read_header(reader *r, const fields *f, long line)
{
    size_t c, i;

    for (c = 0; c < N_COLUMNS; c++) {
        for (i = 0; i < f->n && !field_is(f, i, columns[c]); i++)
            ;
        if (i == f->n) {
            evx_diag_add(r->diag, EVX_DIAG_ERROR, r->mname, line,
                         "no header line naming the columns (missing '%s')",
                         columns[c]);
            return -1;
        }
        r->col_of[c] = i;
    }
    return 0;
}

/* Does the file column s[0..n) name a file outside the manifest's folder
 * (an absolute path, a ".." part)? */
static int outside_folder(const char *s, size_t n)
{
    if (n && s[0] == '/')
        return 1;
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == '.' && s[i + 1] == '.' && (i == 0 || s[i - 1] == '/') &&
            (i + 2 == n || s[i + 2] == '/'))
            return 1;
    return 0;
}

/* Checks a data line; 0 if usable, else -1 with a warning. */
static int check_line(reader *r, const fields *f, long line)
{
    size_t c, i;
    const size_t rc = r->col_of[COL_RENDERING];

    for (c = 0; c < N_COLUMNS; c++) {
        if (r->col_of[c] >= f->n ||
            (required(c) && f->len[r->col_of[c]] == 0)) {
            evx_diag_add(r->diag, EVX_DIAG_WARNING, r->mname, line,
                         "missing column '%s', line skipped", columns[c]);
            return -1;
        }
    }
    if (outside_folder(f->start[r->col_of[COL_FILE]], f->len[r->col_of[COL_FILE]])) {
        evx_diag_add(r->diag, EVX_DIAG_WARNING, r->mname, line,
                     "file '%.*s' is outside the corpus folder (a path from "
                     "the manifest's folder, no '..'), line skipped",
                     (int)(f->len[r->col_of[COL_FILE]] > 200 ? 200 : f->len[r->col_of[COL_FILE]]),
                     f->start[r->col_of[COL_FILE]]);
        return -1;
    }
    const size_t kc = r->col_of[COL_REPORT];
    for (i = 0; i < f->len[kc]; i++)
        if (strchr("/\\<>\"|", f->start[kc][i]) || (unsigned char)f->start[kc][i] < 0x20) {
            evx_diag_add(r->diag, EVX_DIAG_WARNING, r->mname, line,
                         "report '%.*s' holds '%c', which no unit id may: "
                         "line skipped",
                         (int)(f->len[kc] > 100 ? 100 : f->len[kc]), f->start[kc],
                         f->start[kc][i] >= 0x20 ? f->start[kc][i] : '?');
            return -1;
        }
    for (i = 0; i < sizeof renderings / sizeof renderings[0]; i++)
        if (field_is(f, rc, renderings[i]))
            return 0;
    evx_diag_add(r->diag, EVX_DIAG_WARNING, r->mname, line,
                 "unknown rendering '%.*s' (expected pdf-text, html-text or "
                 "pdf), line skipped",
                 (int)(f->len[rc] > 100 ? 100 : f->len[rc]), f->start[rc]);
    return -1;
}

static char *dup_field(const fields *f, size_t i)
{
    return evx_strndup(f->start[i], f->len[i]);
}

/* ---- one number, several sessions ------------------------------------ */

/* The years of a session column ("Seventh Report of Session 2017–19":
 * "2017–19", a hyphen or a slash read as the dash) as the digits
 * "201719" into digits and the printed form "2017–19" into shown; 0 if
 * the column gives no such years. */
static int session_years(const char *s, char digits[9], char shown[16])
{
    for (size_t i = 0; s[i]; i++) {
        size_t a = 0, dash, b = 0;
        if (i > 0 && evx_ascii_digit((unsigned char)s[i - 1]))
            continue; /* a run of digits is looked at from its start */
        while (evx_ascii_digit((unsigned char)s[i + a]))
            a++;
        if (a != 4)
            continue;
        const char *d = s + i + 4;
        dash = (*d == '-' || *d == '/') ? 1
               : (!strncmp(d, "\xE2\x80\x93", 3) ? 3 : 0);
        while (dash && evx_ascii_digit((unsigned char)d[dash + b]))
            b++;
        if (!dash || (b != 2 && b != 4))
            continue;
        snprintf(digits, 9, "%.4s%.*s", s + i, (int)b, d + dash);
        snprintf(shown, 16, "%.4s\xE2\x80\x93%.*s", s + i, (int)b, d + dash);
        return 1;
    }
    return 0;
}

/* Do session columns a and b name different sessions?  By their years,
 * or, when either gives none, by the whole column. */
static int other_session(const char *a, const char *b)
{
    char da[9], db[9], shown[16];
    if (session_years(a, da, shown) && session_years(b, db, shown))
        return strcmp(da, db) != 0;
    return strcmp(a, b) != 0;
}

/* Two reports of one session whose names differ only in spacing ("HC
 * 650", "HC650") have one key, and so their units one set of ids: the
 * second's would replace the first's.  0 if the line's report is new, named
 * as before or of another session, else -1 with a warning (the line is
 * skipped); *key is the line's key (malloc'd), or NULL when out of
 * memory. */
static int check_key(reader *r, const evx_manifest *m, const fields *f,
                     long line, char **key)
{
    evx_buf b = EVX_BUF_INIT;
    const size_t rc = r->col_of[COL_REPORT], sc = r->col_of[COL_SESSION];
    char *session = evx_strndup(f->start[sc], f->len[sc]);
    if (!session) {
        *key = NULL;
        return 0;
    }
    evx_buf_append(&b, f->start[rc], f->len[rc]);
    char *name = evx_buf_detach(&b);
    if (name)
        evx_unit_report_key(&b, name);
    *key = name ? evx_buf_detach(&b) : NULL;
    int clash = 0;
    for (size_t i = 0; *key && i < m->n && !clash; i++) {
        if (strcmp(r->keys[i], *key) != 0 ||
            strcmp(m->entries[i].report, name) == 0 ||
            other_session(m->entries[i].session, session))
            continue;
        evx_diag_add(r->diag, EVX_DIAG_WARNING, r->mname, line,
                     "report '%.100s' has the key of report '%.100s' (line "
                     "%ld), so their units would have the same ids; line "
                     "skipped",
                     name, m->entries[i].report, m->entries[i].line);
        clash = 1;
    }
    free(name);
    free(session);
    return clash ? -1 : 0;
}

/* A file named on an earlier line: the same line again is skipped with a
 * warning (1: nothing is lost), the file given to another report or as
 * another rendering is refused (-1: read once, as the first line says, the
 * line unused); 0 for a new file. */
static int check_file(const reader *r, const evx_manifest *m,
                      const fields *f, long line)
{
    evx_buf b = EVX_BUF_INIT;
    const size_t fc = r->col_of[COL_FILE], rc = r->col_of[COL_REPORT],
                 gc = r->col_of[COL_RENDERING];
    evx_buf_printf(&b, "%s/%.*s", r->folder, (int)f->len[fc], f->start[fc]);
    const char *file = evx_buf_str(&b);
    int said = 0;
    for (size_t i = 0; i < m->n && !said; i++) {
        const evx_manifest_entry *e = &m->entries[i];
        if (strcmp(e->file, file) != 0)
            continue;
        int same = strlen(e->number) == f->len[rc] &&
                   !memcmp(e->number, f->start[rc], f->len[rc]) &&
                   strlen(e->rendering) == f->len[gc] &&
                   !memcmp(e->rendering, f->start[gc], f->len[gc]);
        evx_diag_add(r->diag, EVX_DIAG_WARNING, r->mname, line,
                     same ? "'%.200s' is named on line %ld too: line skipped"
                          : "'%.200s' is named on line %ld as %.100s "
                            "(%.40s): read once, as that line says; line "
                            "skipped",
                     file, e->line, e->number, e->rendering);
        said = same ? 1 : -1;
    }
    evx_buf_free(&b);
    return said;
}

/* Appends the entry of a checked line to m. */
static evx_status add_entry(evx_manifest *m, const reader *r, const fields *f,
                            long line)
{
    evx_manifest_entry *e, *entries;
    const char *file = f->start[r->col_of[COL_FILE]];
    int flen = (int)f->len[r->col_of[COL_FILE]];
    evx_buf path = EVX_BUF_INIT, name = EVX_BUF_INIT;

    entries = realloc(m->entries, (m->n + 1) * sizeof *entries);
    if (!entries)
        return EVX_NOMEM;
    m->entries = entries;
    e = &entries[m->n++];
    memset(e, 0, sizeof *e);
    e->line = line;
    evx_buf_printf(&path, "%.*s/%.*s", r->dir_len, r->dir, flen, file);
    evx_buf_printf(&name, "%s/%.*s", r->folder, flen, file);
    e->path = evx_buf_detach(&path);
    e->file = evx_buf_detach(&name);
    e->report = dup_field(f, r->col_of[1]);
    e->number = dup_field(f, r->col_of[1]);
    e->title = dup_field(f, r->col_of[2]);
    e->committee = dup_field(f, r->col_of[3]);
    e->session = dup_field(f, r->col_of[COL_SESSION]);
    e->published = dup_field(f, r->col_of[5]);
    e->rendering = dup_field(f, r->col_of[COL_RENDERING]);
    e->covers = dup_field(f, r->col_of[7]);
    if (!e->path || !e->file || !e->report || !e->number || !e->title ||
        !e->committee ||
        !e->session || !e->published || !e->rendering || !e->covers)
        return EVX_NOMEM; /* the partial entry is freed with m */
    return EVX_OK;
}

/* Entry i's report qualified by its session: "HC 650 (2017–19)", or the
 * session column in the brackets when it gives no years. */
static evx_status qualify(evx_manifest_entry *e)
{
    char digits[9], shown[16];
    evx_buf b = EVX_BUF_INIT;
    evx_buf_printf(&b, "%s (%s)", e->number,
                   session_years(e->session, digits, shown) ? shown
                                                            : e->session);
    char *name = evx_buf_detach(&b);
    if (!name)
        return EVX_NOMEM;
    free(e->report);
    e->report = name;
    return EVX_OK;
}

/* Warns when line i gives its report, of the session of an earlier line
 * j with its number, another title: two reports given one number by
 * mistake, or one report's renderings titled two ways; either way they
 * are read as renderings of one report, and the reader should know. */
static void check_title(const evx_manifest *m, const reader *r, size_t i)
{
    const evx_manifest_entry *e = &m->entries[i];
    for (size_t j = 0; j < i; j++) {
        const evx_manifest_entry *x = &m->entries[j];
        if (strcmp(r->keys[i], r->keys[j]) ||
            other_session(e->session, x->session) ||
            !strcasecmp(e->title, x->title))
            continue;
        evx_diag_add(r->diag, EVX_DIAG_WARNING, r->mname, e->line,
                     "report '%.100s' is titled '%.100s' here and '%.100s' "
                     "on line %ld, of the same session: read as renderings "
                     "of one report (if they are two, one has the wrong "
                     "number)",
                     e->number, e->title, x->title, x->line);
        return;
    }
}

/* Qualifies by session the report of every line whose number another
 * line gives to a report of another session (keys[i]: line i's key). */
static evx_status split_sessions(evx_manifest *m, const reader *r)
{
    for (size_t i = 0; i < m->n; i++) {
        size_t other = m->n;
        for (size_t j = 0; j < m->n && other == m->n; j++)
            if (j != i && !strcmp(r->keys[i], r->keys[j]) &&
                other_session(m->entries[i].session, m->entries[j].session))
                other = j;
        if (other == m->n)
            continue;
        evx_status st = qualify(&m->entries[i]);
        if (st)
            return st;
        evx_diag_add(r->diag, EVX_DIAG_WARNING, r->mname, m->entries[i].line,
                     "report '%.100s' of %.100s has the number of a report "
                     "of %.100s (line %ld): indexed as '%.120s'",
                     m->entries[i].number, m->entries[i].session,
                     m->entries[other].session, m->entries[other].line,
                     m->entries[i].report);
    }
    return EVX_OK;
}

/* Walks the loaded manifest text into m. */
/* A published date that is none ("31 Febtember 2020") is left out, with
 * a warning naming the line: a citation never prints it. */
static void check_date(const reader *r, evx_manifest *m, evx_manifest_entry *e)
{
    long ymd;
    size_t n = strlen(e->published);
    if (n == 0 || evx_date_read(e->published, n, &ymd))
        return;
    evx_diag_add(r->diag, EVX_DIAG_WARNING, r->mname, e->line,
                 "published '%.100s' is not a date (as '11 June 2018'): left out",
                 e->published);
    e->published[0] = '\0';
    m->flawed++;
}

static evx_status read_lines(evx_manifest *m, reader *r, const evx_text *t)
{
    size_t lineno, len;
    int have_header = 0;
    fields f;

    for (lineno = 1; lineno <= evx_text_lines(t); lineno++) {
        const char *s = evx_text_line(t, lineno, &len);
        evx_status st;

        if (skippable(s, len))
            continue;
        split(&f, s, len);
        if (!have_header) {
            if (read_header(r, &f, (long)lineno) < 0)
                return EVX_PARSE;
            have_header = 1;
            continue;
        }
        char *key = NULL;
        int again = 0;
        if (check_line(r, &f, (long)lineno) < 0 ||
            (again = check_file(r, m, &f, (long)lineno)) < 0 ||
            (!again && check_key(r, m, &f, (long)lineno, &key) < 0)) {
            free(key);
            m->unusable++;
            continue;
        }
        if (again)
            continue;
        char **keys = key ? realloc(r->keys, (m->n + 1) * sizeof *keys) : NULL;
        if (!keys) {
            free(key);
            return EVX_NOMEM;
        }
        r->keys = keys;
        keys[m->n] = key;
        st = add_entry(m, r, &f, (long)lineno);
        if (st)
            return st;
        check_date(r, m, &m->entries[m->n - 1]);
    }
    if (!have_header) {
        evx_diag_add(r->diag, EVX_DIAG_ERROR, r->mname, 0,
                     "no header line naming the columns");
        return EVX_PARSE;
    }
    if (m->n == 0) {
        evx_diag_add(r->diag, EVX_DIAG_ERROR, r->mname, 0,
                     "no usable line: no files to index");
        return EVX_PARSE;
    }
    return EVX_OK;
}

evx_status evx_manifest_load(evx_manifest **out, const char *dir,
                             evx_diag *diag)
{
    evx_buf folder = EVX_BUF_INIT, path = EVX_BUF_INIT, mname = EVX_BUF_INIT;
    evx_manifest *m = NULL;
    evx_text *t = NULL;
    reader r;
    evx_status st;

    *out = NULL;
    st = folder_name(&folder, dir);
    if (st)
        goto done;
    evx_buf_printf(&path, "%s/manifest.tsv", dir);
    evx_buf_printf(&mname, "%s/manifest.tsv", evx_buf_str(&folder));
    st = evx_buf_status(&path) ? EVX_NOMEM : evx_buf_status(&mname);
    if (st)
        goto done;
    st = evx_text_load_data(&t, path.data, mname.data, diag);
    if (st)
        goto done;
    st = EVX_NOMEM;
    m = calloc(1, sizeof *m);
    if (!m)
        goto done;
    r.dir = dir;
    r.dir_len = (int)strlen(dir);
    while (r.dir_len > 1 && dir[r.dir_len - 1] == '/')
        r.dir_len--;
    r.folder = folder.data;
    r.mname = mname.data;
    r.diag = diag;
    r.keys = NULL;
    st = read_lines(m, &r, t);
    for (size_t i = 0; !st && i < m->n; i++)
        check_title(m, &r, i);
    if (!st)
        st = split_sessions(m, &r);
    for (size_t i = 0; r.keys && i < m->n; i++)
        free(r.keys[i]);
    free(r.keys);
    if (!st) {
        *out = m;
        m = NULL;
    }
done:
    evx_manifest_free(m);
    evx_text_free(t);
    evx_buf_free(&folder);
    evx_buf_free(&path);
    evx_buf_free(&mname);
    return st;
}
