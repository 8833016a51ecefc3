/*
 * format.h - how `evidex` prints a hit: human text for a terminal (with
 * optional ANSI colour), JSON Lines (--json), `file:line:col:text` lines for
 * editors' quickfix lists (--vimgrep) and ready-to-paste Markdown citations
 * (--cite).
 *
 * Every writer appends to an evx_buf and never fails on its own (the
 * buffer's oom flag says if memory ran out).  Whatever the bytes of a unit,
 * the JSON written is valid (lib/json.h escapes and replaces invalid
 * UTF-8), and a --vimgrep line is one line (control characters and line
 * breaks become spaces).
 *
 * JSON Lines schema, version EVX_FORMAT_VERSION (README "JSON output"): one
 * object per hit, keys in this order:
 *   format_version, rank, score, id, type, report, para, chapter,
 *   chapter_title, section, page, title, parent,
 *   speaker {name, role, org, kind, ref, date, method} or null,
 *   text, snippet, highlights [[start,end],...] (byte ranges in text),
 *   footnotes [{number, text or null}],
 *   sources [{file, rendering, line, col, end_line}] (the first source also
 *   has match_line and match_col when the first matched word was found)
 * then any command-specific members (evx_out_hit.extra_json).  Numbers that
 * are unknown (0 in the unit: no para, chapter or page; no rank) are null.
 */
#ifndef EVX_FORMAT_H
#define EVX_FORMAT_H

#include <stddef.h>

#include "buf.h"
#include "evx.h"
#include "snippet.h"
#include "unit.h"

#define EVX_FORMAT_VERSION 1

/* One hit to print; everything borrowed. */
typedef struct evx_out_hit {
    unsigned rank;                /* 1-based; 0: none (show) */
    double score;                 /* printed only when rank != 0 */
    const evx_unit *unit;
    const evx_snippet *snip;      /* NULL: no snippet, no highlights */
    const char *const *fn_text;   /* unit->n_footnotes texts (any NULL), or NULL */
    const char *extra_json;       /* NULL, or members `"k":v,...` to append */
    long match_line, match_col;   /* the first matched word in the file of
                                     sources[0] (1-based); 0: unknown */
    const evx_units *quotations;  /* cite and the human whole text: the
                                     unit's quotations (NULL: none); its
                                     block ones are printed in its text,
                                     each after its lead-in (after the
                                     text when that is not found) */
    const long (*matches)[2];     /* JSON: the first matched word in the
                                     file of sources[1..n_matches) (line,
                                     col; 0: unknown), or NULL */
    size_t n_matches;
} evx_out_hit;

/* Options of the human format. */
typedef struct evx_fmt_opts {
    int color;      /* non-zero: ANSI colour */
    int full_text;  /* non-zero: the whole text instead of the snippet */
    int width;      /* wrap column; 0: 80 */
    int heading_only; /* non-zero: heading and speaker lines, no text */
} evx_fmt_opts;

/* The manifest's record of a report (index metadata EVX_META_REPORT + key),
 * every field malloc'd or NULL. */
typedef struct evx_report_meta {
    char *id;         /* "HC 650"; "HC 650 (2017–19)" (manifest.h) */
    char *number;     /* "HC 650" when id adds the session, else NULL */
    char *title;
    char *committee;
    char *session;
    char *published;  /* "11 June 2018" */
} evx_report_meta;

#define EVX_REPORT_META_INIT {NULL, NULL, NULL, NULL, NULL, NULL}

/* Parses the metadata JSON into *out (fields missing from it stay NULL).
 * EVX_OK, EVX_PARSE or EVX_NOMEM; on failure *out is left empty. */
evx_status evx_report_meta_parse(evx_report_meta *out, const char *json,
                                 size_t len);

/* Frees the fields and empties *m; NULL is a no-op. */
void evx_report_meta_free(evx_report_meta *m);

/* Human text: a heading line (rank, id, type, paragraph, chapter, section),
 * the speaker line for a quotation, then the snippet (or text) wrapped and
 * indented, matches highlighted when colour is on; the whole text
 * (full_text) has h->quotations' block ones in place, indented further.
 * Ends with a newline. */
void evx_format_human(evx_buf *b, const evx_out_hit *h,
                      const evx_fmt_opts *o);

/* "Ian Dalton, Chief Executive, NHS Improvement (oral evidence, 20 March
 * 2018, Q361)": who said it and where to find it; for NULL or a speaker
 * the report does not name, "speaker not identified", with the evidence
 * cited when known ("(Q151, 27 February 2018)").  No newline. */
void evx_format_speaker(evx_buf *b, const evx_speaker *s);

/* One JSON object (see the schema above), then a newline. */
void evx_format_json(evx_buf *b, const evx_out_hit *h);

/* Options of the vimgrep format; everything borrowed. */
typedef struct evx_vimgrep_opts {
    const char *cwd;  /* a file under cwd is printed relative to it */
    const char *mark; /* NULL, or put before the text ("[ranked] ") */
} evx_vimgrep_opts;

/* `file:line:col:text` and a newline, using the unit's first source: the
 * first matched word's line and column when known (h->match_line), else
 * the unit's start; text is the snippet (or the text's start) on one
 * line, at most ~100 characters.  The file name is printed as the unit
 * has it, relative to o->cwd when under it, so the editor opens the right
 * file from wherever it runs.  Nothing for a unit without a source. */
void evx_format_vimgrep(evx_buf *b, const evx_out_hit *h,
                        const evx_vimgrep_opts *o);

/* Markdown: the unit's text as a block quote, with h->quotations' block
 * ones quoted inside it where the report prints them, a blank line, the
 * attribution ("— Name, Role, Org, oral evidence, DATE, REF") for an
 * attributed quotation, and the report reference ("Committee, *Title*,
 * HC 650, 2018, para 239"); meta may be NULL (then only the report id is
 * known).  Ends with a newline. */
void evx_format_cite(evx_buf *b, const evx_out_hit *h,
                     const evx_report_meta *meta);

/* The report reference alone, as in evx_format_cite ("Committee, *Title*,
 * HC 650, 2018, para 239"), without a newline. */
void evx_format_reference(evx_buf *b, const evx_unit *u,
                          const evx_report_meta *meta);

/* Where each of qs's block quotations stands in text (their unit's):
 * at[i] is the byte offset just past quotation i's lead-in, found in
 * order from the place of the block quotation before it, or strlen(text)
 * when its lead-in is not there (it then follows the text); SIZE_MAX for
 * an inline quotation (inside the text already) or one without text.  at
 * has room for qs->len.  The rule the writers above print by. */
void evx_format_quote_places(const char *text, const evx_units *qs,
                             size_t *at);

/* Appends len bytes of text on one line: runs of white space and control
 * characters become one space, leading/trailing space dropped. */
void evx_format_oneline(evx_buf *b, const char *text, size_t len);

#endif /* EVX_FORMAT_H */
