/*
 * unitcheck.h - checks on a report's finished units that say what a
 * reader got wrong rather than leave it unseen: two units under one id
 * (the index holds one unit per id, so the other would be lost without a
 * word), and a unit far longer than any a report prints (text that ran
 * into it past a structure the reader did not see: its citation would
 * name the wrong paragraph).  Pure: no I/O beyond the messages.
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
 * unit has, and of each paragraph, recommendation or footnote of more
 * than EVX_UNIT_MAX_WORDS words, naming file and line.  EVX_OK or
 * EVX_NOMEM. */
evx_status evx_unitcheck_report(const evx_units *units, evx_diag *diag);

#endif /* EVX_UNITCHECK_H */
