#!/usr/bin/env bash
# answers.sh - what users see, to compare two builds: indexes a corpus and
# prints the `--json --limit 10` output of every query of queries.tsv (with
# its stderr: spelling suggestions), then `similar` for the query's best
# answer, so that a change meant to leave the answers alone can be checked
# with cmp.
#
#   bench/ranking/answers.sh [BUILD_DIR] [CORPUS] >OUT   (default: build corpus)
#
#   bench/ranking/answers.sh /tmp/old-build >old.txt
#   bench/ranking/answers.sh build >new.txt && cmp old.txt new.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
CORPUS=${2:-corpus}
Q=bench/ranking/queries.tsv
TMP=$(mktemp -d /tmp/evx-answers-XXXXXX)
trap 'rm -rf "$TMP"' EXIT

"$BUILD/evidex-index" --full --db "$TMP/db" --corpus "$CORPUS" >/dev/null 2>"$TMP/log" ||
    { cat "$TMP/log" >&2; exit 2; }
grep -v '^#' "$Q" | while IFS=$'\t' read -r query answers _; do
    printf '## %s\n' "$query"
    "$BUILD/evidex" --db "$TMP/db" --json --limit 10 "$query" 2>&1 || true
    best=${answers%%:*}
    printf '## similar %s\n' "$best"
    "$BUILD/evidex" --db "$TMP/db" --json --limit 10 similar "$best" 2>&1 || true
done
