/*
 * unitcheck.h - checks on a report's finished units that say what a
 * reader got wrong rather than leave it unseen: two units under one id
 * (the index holds one unit per id, so the other would be lost without a
 * word), a unit far longer than any a report prints (text that ran into
 * it past a structure the reader did not see: its citation would name the
 * wrong paragraph), a unit whose text holds a run of footnote bodies (a
 * block of footnotes the reader did not take as one), and a footnote
 * whose text cites a footnote (the report's text read as one).  Pure: no
 * I/O beyond the messages.
 */
#ifndef EVX_UNITCHECK_H
#define EVX_UNITCHECK_H

#include "diag.h"
#include "evx.h"
#include "unit.h"

/* Words past which a paragraph, recommendation or footnote is longer than
 * any a report prints (the longest bundled paragraph has 541 words, its
 * summary 637). */
#define EVX_UNIT_MAX_WORDS 2500

/* Warns in diag of each unit of units (one report's) whose id an earlier
 * unit has, of each paragraph, recommendation or footnote of more than
 * EVX_UNIT_MAX_WORDS words, and of each unit of text (not a footnote,
 * panel or evidence entry) holding three numbers one after another, each
 * followed by a capitalised word as a footnote body's source is ("146 Q91
 * 147 CHEM Trust (EIM0010) 148 Keep …"), and of each footnote whose text
 * cites a footnote (evx_unitcheck_note_cites), naming file and line.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_unitcheck_report(const evx_units *units, evx_diag *diag);

/* The words of u when it is a paragraph, recommendation or footnote
 * longer than any a report prints (EVX_UNIT_MAX_WORDS), else 0: text of
 * parts not recognised ran into it. */
size_t evx_unitcheck_overlong(const evx_unit *u);

/* Whether u is a unit of text holding a run of footnote bodies (as
 * evx_unitcheck_report finds them): footnotes not read as units ran into
 * it. */
int evx_unitcheck_holds_bodies(const evx_unit *u);

/* The number of the footnote that footnote u's text cites with a marker
 * glued to a sentence's end ("… at all”.2", "… services.227"; marks.h's
 * rule, any number), else 0 (also for a unit not a footnote).  A
 * footnote's body cites none: the report's text read as a footnote (a
 * paragraph after a footnote list) does. */
int evx_unitcheck_note_cites(const evx_unit *u);

/* The highest footnote number of the runs of footnote bodies that units of
 * text hold (as evx_unitcheck_report finds them), 0 if none: footnotes a
 * report has beyond the bodies its reader took as units. */
int evx_unitcheck_highest_body(const evx_units *units);

/* Checks where one file's text ends, at last_line (its last line holding
 * text), against the units its reader made of it (those of units whose
 * first source is file): when a unit ends there and the text cites
 * footnotes above the highest body read from the file, their bodies never
 * came: the file was cut short, inside its footnote list or before it.
 * Warns in diag naming the file and last_line, and returns 1; else 0. */
int evx_unitcheck_notes_cut(const evx_units *units, const char *file,
                            long last_line, evx_diag *diag);

/* Checks the paragraphs one file's reader made (those of units, one
 * report's finished units, whose first source is file): where, in number
 * order, a paragraph follows the file's paragraph before it with numbers
 * between that no paragraph of units has ("paragraph 14 follows paragraph
 * 10: 3 missing"), their text was not read as theirs (run into the
 * paragraph before, or lost).  Warns in diag at each such paragraph's
 * line and returns how many numbers are missing so; 0 if none.  Numbers
 * before the file's first paragraph are not counted: a file may hold one
 * chapter.  Out of memory, 0 (the check is only a report). */
size_t evx_unitcheck_paragraph_gaps(const evx_units *units, const char *file,
                                    evx_diag *diag);

#endif /* EVX_UNITCHECK_H */
