#!/usr/bin/env bash
# eval.sh - ranking evaluation: evidex against SQLite FTS5 on labelled
# topic queries (bench/ranking/queries.tsv: query<TAB>relevant ids).
#
#   bench/ranking/eval.sh [BUILD_DIR]        (default: build)
#   bench/ranking/eval.sh BUILD_DIR --sweep  (also sweeps default operator
#                                             and BM25 k1/b via rank_eval.c)
#
# Builds the index of the bundled corpus, runs every query through
# `evidex --json` (top 10) and through FTS5 (tokenize='porter unicode61',
# one row per unit from `evidex-index --dump`, the query's words OR-ed,
# ranked by bm25()), and prints MRR@10 and recall@10 side by side.  A hit
# counts for the paragraph it belongs to or names (HC650/p239/q1 -> HC650/p239,
# a recommendation -> the paragraph it cites; a footnote counts for nothing),
# for both engines.  Needs jq and sqlite3 (with FTS5).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
SWEEP=${2:-}
Q=bench/ranking/queries.tsv
for t in jq sqlite3; do
    command -v "$t" >/dev/null || { echo "eval.sh: $t not found (apt-get install $t)" >&2; exit 2; }
done
for b in evidex evidex-index; do
    [ -x "$BUILD/$b" ] || { echo "eval.sh: $BUILD/$b missing: cmake --build $BUILD" >&2; exit 2; }
done
TMP=$(mktemp -d /tmp/evx-rank-XXXXXX)
trap 'rm -rf "$TMP"' EXIT

"$BUILD/evidex-index" --db "$TMP/db" --corpus corpus >/dev/null 2>"$TMP/index.log" ||
    { cat "$TMP/index.log" >&2; exit 2; }
"$BUILD/evidex-index" --dump --corpus corpus >"$TMP/units.jsonl" 2>/dev/null

# FTS5 sees the same fields evidex indexes, unweighted.
jq -r '[.id, ([.text, .lead_in, .title, .section, .chapter_title,
              (.speaker.name? // null), (.speaker.org? // null)]
             | map(select(. != null)) | join(" "))] | @csv' \
    "$TMP/units.jsonl" >"$TMP/units.csv"
sqlite3 "$TMP/fts.db" <<SQL
CREATE TABLE raw(id TEXT, body TEXT);
.mode csv
.import $TMP/units.csv raw
CREATE VIRTUAL TABLE u USING fts5(id UNINDEXED, body, tokenize='porter unicode61');
INSERT INTO u(id, body) SELECT id, body FROM raw GROUP BY id;
SQL

# A hit counts for the paragraph it belongs to or names: a quotation for
# its paragraph, a recommendation for the paragraph it restates.  A
# footnote counts for nothing: it is a reference, not the answer.
jq -r '"\(.id)\t\(if .para and (.type == "quotation" or .type == "recommendation" or .type == "paragraph") then (.id | split("/")[0]) + "/p" + (.para | tostring) else .id end)"' \
    "$TMP/units.jsonl" >"$TMP/para.map"
para() { awk -F'\t' -v map="$TMP/para.map" '
    BEGIN { while ((getline l < map) > 0) { split(l, f, "\t"); p[f[1]] = f[2] } }
    { print ($0 in p) ? p[$0] : $0 }'; }

# score REL < ranked ids: prints "reciprocal_rank recall"
score() {
    para | awk -v rel="$1" '
        BEGIN { n = split(rel, r, " "); for (i = 1; i <= n; i++) want[r[i]] = 1 }
        NR <= 10 { if ($0 in want) { if (!first) first = NR; if (!($0 in got)) { got[$0] = 1; found++ } } }
        END { printf "%f %f\n", first ? 1 / first : 0, found / n }'
}

: >"$TMP/evx.scores"
: >"$TMP/fts.scores"
while IFS=$'\t' read -r query rel; do
    [ -z "$query" ] && continue
    "$BUILD/evidex" --db "$TMP/db" --json --limit 10 -- "$query" 2>/dev/null |
        jq -r '.id // empty' | score "$rel" >>"$TMP/evx.scores"
    match=$(printf '%s\n' "$query" | tr 'A-Z' 'a-z' | tr -cs 'a-z0-9' '\n' |
            awk 'NF { printf "%s\"%s\"", n++ ? " OR " : "", $0 }')
    sqlite3 "$TMP/fts.db" "SELECT id FROM u WHERE u MATCH '$match' ORDER BY bm25(u) LIMIT 10;" |
        score "$rel" >>"$TMP/fts.scores"
done <"$Q"

n=$(grep -c . "$Q")
printf '%-28s %8s %10s   (%d queries)\n' engine "MRR@10" "recall@10" "$n"
for e in evx fts; do
    name=$([ $e = evx ] && echo "evidex" || echo "SQLite FTS5 (porter, bm25)")
    awk -v name="$name" '{ rr += $1; rc += $2; n++ }
        END { printf "%-28s %8.3f %10.3f\n", name, rr / n, rc / n }' "$TMP/$e.scores"
done

if [ "$SWEEP" = "--sweep" ]; then
    gcc -std=c11 -O2 -Ilib -Iquery bench/ranking/rank_eval.c -o "$TMP/rank_eval" \
        "$BUILD/libevidex_query.a" "$BUILD/libevidex_core.a" \
        $(pkg-config --libs xapian-core libutf8proc) -lstemmer -lstdc++ -lm
    echo "sweep (rank_eval: default operator, k1, b):"
    for op in or and; do
        for k1 in 0.6 0.9 1.2 1.5 2.0; do
            for b in 0.3 0.5 0.75 0.9; do
                printf '%-3s k1=%-4s b=%-4s ' $op $k1 $b
                "$TMP/rank_eval" "$TMP/db/current" "$Q" $op $k1 $b
            done
        done
    done
fi
