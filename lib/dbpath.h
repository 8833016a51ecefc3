/*
 * dbpath.h - where the index lives, and how a rebuild replaces it
 * atomically.
 *
 * The index root is a folder (default $XDG_DATA_HOME/evidex/db, else
 * ~/.local/share/evidex/db; EVIDEX_DB or --db override it).  Inside it each
 * build writes a fresh Xapian database "gen-<N>", then atomically points the
 * symbolic link "current" at it (rename of a new link over the old), so a
 * reader sees the old index or the new one, never half of one; a build that
 * dies leaves "current" where it was.  Readers resolve "current" once and
 * open the generation it names.  A lock file ".lock" (flock) keeps a second
 * builder out; the kernel drops it if the builder is killed.
 */
#ifndef EVX_DBPATH_H
#define EVX_DBPATH_H

#include "evx.h"

/* The index root: cli_path if not NULL, else $EVIDEX_DB, else the default
 * above.  *out is malloc'd; the caller frees it.  EVX_OK, EVX_NOMEM, or
 * EVX_NOT_FOUND when no HOME is set to build the default from. */
evx_status evx_dbpath_root(char **out, const char *cli_path);

/* The generation folder "current" names under root, resolved to a real
 * path; or root itself when it has no "current" but is a database: a
 * Xapian database folder, a folder holding a stub file XAPIANDB, or a stub
 * file (which may list remote shards: README).  *out malloc'd.
 * EVX_NOT_FOUND if no index has been built there. */
evx_status evx_dbpath_current(char **out, const char *root);

typedef struct evx_dbgen evx_dbgen;

/* Takes the builder lock on root (creating root if needed) and picks a new
 * generation folder, whose path is evx_dbgen_path().  EVX_LOCKED if another
 * builder holds the lock (errmsg says which pid), EVX_IO, EVX_NOMEM.
 * *errmsg (if not NULL) is malloc'd on failure. */
evx_status evx_dbgen_begin(evx_dbgen **out, const char *root, char **errmsg);

/* The new generation's folder (borrowed). */
const char *evx_dbgen_path(const evx_dbgen *g);

/* The number N of the new generation "gen-N". */
unsigned long evx_dbgen_number(const evx_dbgen *g);

/* Makes dst (created) hold the files of the folder src, hard-linked (a
 * copy where links are not possible).  For shards, which are never
 * written after they are made, so two generations may share their files.
 * EVX_OK, EVX_IO, EVX_NOMEM. */
evx_status evx_dbpath_link_tree(const char *src, const char *dst);

/* A scratch folder inside the new generation ("gen-<N>/.build", not yet
 * created) where a builder may write a database before compacting it into
 * evx_dbgen_path(); evx_dbgen_publish removes it.  Borrowed. */
const char *evx_dbgen_build_path(const evx_dbgen *g);

/* Publishes the new generation (atomic switch of "current"), removes
 * generations older than the previous one, releases the lock and frees g.
 * EVX_OK or EVX_IO (then the old index stays current and the new folder is
 * removed).  g is freed in either case: do not call evx_dbgen_abort after. */
evx_status evx_dbgen_publish(evx_dbgen *g, char **errmsg);

/* Abandons the new generation (removes its folder), releases the lock and
 * frees g.  NULL is a no-op. */
void evx_dbgen_abort(evx_dbgen *g);

/* Removes what a builder stopped before publishing left in root: every
 * generation newer than the one "current" names (every generation if none
 * is current), scratch folders included; "current" and the generation it
 * names are not touched.  Takes the builder lock for the sweep, so a
 * build still running is never swept: EVX_LOCKED then (errmsg says which
 * pid).  EVX_OK, EVX_LOCKED, EVX_IO, EVX_NOMEM; *errmsg (if not NULL) is
 * malloc'd on failure. */
evx_status evx_dbgen_sweep(const char *root, char **errmsg);

#endif /* EVX_DBPATH_H */
