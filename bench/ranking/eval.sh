#!/usr/bin/env bash
# eval.sh - ranking evaluation: evidex against two anchors, SQLite FTS5 and
# stock Xapian, on labelled topic queries over the same units.
#
#   bench/ranking/eval.sh [BUILD_DIR]        (default: build)
#   bench/ranking/eval.sh BUILD_DIR --sweep  (also sweeps the default
#                                             operator via rank_eval.c, and
#                                             BM25 k1/b, which the index
#                                             stores (lib/impact.h), by
#                                             building an indexer for each)
#   KEEP_TMP=1 bench/ranking/eval.sh ...     (keeps the work directory, its
#                                             runs and answer map, to read
#                                             each query's ranks)
#
# bench/ranking/queries.tsv: query<TAB>answers<TAB>split, answers as
# "UNIT:GRADE" (2 = the best answer, 1 = also relevant), split "tune",
# "heldout", "blind" or "blind2" (held-out queries are never used to
# choose a technique or a weight; blind ones are held out too, and were
# written by someone who never saw any engine's ranking; blind2 ones the
# same, written after the changes they measure, and scored once;
# check_queries.py checks that no query copies three words of its
# answers).  Every engine sees the units of `evidex-index --dump`:
#   evidex       `evidex --json --limit 10`
#   SQLite FTS5  tokenize='porter unicode61', one row per unit, the query's
#                words OR-ed, ranked by bm25()
#   Xapian       scriptindex over the units (one free-text field), quest with
#                its QueryParser (English stemmer, default OR) and BM25
# A hit counts for the unit it answers with: a quotation for the unit it
# quotes from, a recommendation for the paragraph it restates, a footnote
# for nothing; a unit counts once.  Prints MRR@10 (rank of the first grade-2
# answer), recall@10 (answers of any grade) and nDCG@10 (gain = grade), for
# all queries, the held-out ones (all but tune), the blind and the blind2
# ones; then the same with a hit counted only for its own id (a quotation
# or a recommendation counts for nothing unless graded itself), as a
# program that reads `id` alone and looks for the paragraph sees it.
# Needs jq, sqlite3 (FTS5), python3 and xapian-omega (scriptindex) and
# xapian-tools (quest).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
SWEEP=${2:-}
Q=bench/ranking/queries.tsv
for t in jq sqlite3 python3 scriptindex quest; do
    command -v "$t" >/dev/null || { echo "eval.sh: $t not found (apt-get install jq sqlite3 python3 xapian-tools xapian-omega)" >&2; exit 2; }
done
for b in evidex evidex-index; do
    [ -x "$BUILD/$b" ] || { echo "eval.sh: $BUILD/$b missing: cmake --build $BUILD" >&2; exit 2; }
done
TMP=$(mktemp -d /tmp/evx-rank-XXXXXX)
trap '[ -n "${KEEP_TMP:-}" ] && echo "kept $TMP" >&2 || rm -rf "$TMP"' EXIT

"$BUILD/evidex-index" --db "$TMP/db" --corpus corpus >/dev/null 2>"$TMP/index.log" ||
    { cat "$TMP/index.log" >&2; exit 2; }
"$BUILD/evidex-index" --dump --corpus corpus >"$TMP/units.jsonl" 2>/dev/null
python3 bench/ranking/check_queries.py "$TMP/units.jsonl" "$Q" >&2 ||
    { echo "eval.sh: $Q fails its checks" >&2; exit 2; }

# The anchors see the same fields evidex indexes, unweighted.
body='[.text, .lead_in, .title, .section, .chapter_title,
       (.speaker.name? // null), (.speaker.org? // null)]
      | map(select(. != null)) | join(" ") | gsub("\n"; " ")'
jq -r "[.id, ($body)] | @csv" "$TMP/units.jsonl" >"$TMP/units.csv"
sqlite3 "$TMP/fts.db" <<SQL
CREATE TABLE raw(id TEXT, body TEXT);
.mode csv
.import $TMP/units.csv raw
CREATE VIRTUAL TABLE u USING fts5(id UNINDEXED, body, tokenize='porter unicode61');
INSERT INTO u(id, body) SELECT id, body FROM raw GROUP BY id;
SQL
jq -r "\"id=\(.id)\nbody=\(($body))\n\"" "$TMP/units.jsonl" >"$TMP/units.txt"
printf 'id : field=id boolean=Q unique=Q\nbody : index\n' >"$TMP/units.script"
scriptindex --overwrite "$TMP/xap" "$TMP/units.script" "$TMP/units.txt" >/dev/null

# unit id -> the unit a hit counts for ("-" for a footnote).
jq -r '"\(.id)\t\(
    if .type == "footnote" then "-"
    elif .type == "recommendation" and .para then (.id | split("/")[0]) + "/p" + (.para | tostring)
    elif .type == "quotation" then (.id | sub("/q[0-9]+$"; ""))
    else .id end)"' "$TMP/units.jsonl" >"$TMP/answer.map"

# runs: engine<TAB>query number<TAB>rank<TAB>unit id
n=0
: >"$TMP/runs"
while IFS=$'\t' read -r query rel split; do
    case $query in ''|'#'*) continue ;; esac
    n=$((n + 1))
    "$BUILD/evidex" --db "$TMP/db" --json --limit 10 -- "$query" 2>/dev/null |
        jq -r '.id // empty' | awk -v q=$n '{ print "evidex\t" q "\t" NR "\t" $0 }' >>"$TMP/runs"
    match=$(printf '%s\n' "$query" | tr 'A-Z' 'a-z' | tr -cs 'a-z0-9' '\n' |
            awk 'NF { printf "%s\"%s\"", n++ ? " OR " : "", $0 }')
    sqlite3 "$TMP/fts.db" "SELECT id FROM u WHERE u MATCH '$match' ORDER BY bm25(u) LIMIT 10;" |
        awk -v q=$n '{ print "fts5\t" q "\t" NR "\t" $0 }' >>"$TMP/runs"
    quest -d "$TMP/xap" -m 10 -- "$query" 2>/dev/null | sed -n 's/^id=//p' |
        awk -v q=$n '{ print "xapian\t" q "\t" NR "\t" $0 }' >>"$TMP/runs"
done <"$Q"

# score BYID: the table; BYID=1 counts a hit only for its own id (what a
# program reading `id` alone sees), 0 for the unit it answers with.
score() {
awk -F'\t' -v map="$TMP/answer.map" -v qf="$Q" -v byid="$1" '
    BEGIN {
        while ((getline l < map) > 0) { split(l, f, "\t"); ans[f[1]] = f[2] }
        while ((getline l < qf) > 0) {
            if (l == "" || l ~ /^#/) continue
            split(l, f, "\t"); q++; held[q] = (f[3] != "tune"); blind[q] = (f[3] == "blind")
            blind2[q] = (f[3] == "blind2")
            k = split(f[2], r, " ")
            for (i = 1; i <= k; i++) {
                g = substr(r[i], match(r[i], /:[12]$/) + 1); u = substr(r[i], 1, RSTART - 1)
                grade[q, u] = g; nrel[q]++
                ideal[q, nrel[q]] = g
            }
        }
        nq = q
    }
    { id = (!byid && ($4 in ans)) ? ans[$4] : $4
      if (id == "-" || seen[$1, $2, id]++) next
      g = grade[$2, id] + 0
      if (!g) next
      found[$1, $2]++
      dcg[$1, $2] += g / (log($3 + 1) / log(2))
      if (g == 2 && !first[$1, $2]) first[$1, $2] = $3 }
    function idcg(q,   i, j, t, s, a) {
        for (i = 1; i <= nrel[q]; i++) a[i] = ideal[q, i]
        for (i = 1; i <= nrel[q]; i++) for (j = i + 1; j <= nrel[q]; j++)
            if (a[j] > a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        for (i = 1; i <= nrel[q] && i <= 10; i++) s += a[i] / (log(i + 1) / log(2))
        return s
    }
    END {
        split("evidex fts5 xapian", eng, " ")
        name["evidex"] = "evidex"; name["fts5"] = "SQLite FTS5 (porter, bm25)"
        name["xapian"] = "Xapian (QueryParser, BM25)"
        for (q = 1; q <= nq; q++) { nh += held[q]; nb += blind[q]; nb2 += blind2[q] }
        printf "%-28s %21s   %21s   %21s   %21s\n", "", "all (" nq ")", "held-out (" nh ")",
            "blind (" nb ")", "blind2 (" nb2 ")"
        printf "%-28s %6s %6s %7s   %6s %6s %7s   %6s %6s %7s   %6s %6s %7s\n", "engine",
            "MRR", "recall", "nDCG", "MRR", "recall", "nDCG", "MRR", "recall", "nDCG",
            "MRR", "recall", "nDCG"
        for (e = 1; e <= 3; e++) {
            E = eng[e]
            for (s = 0; s <= 3; s++) { m[s] = r[s] = d[s] = c[s] = 0 }
            for (q = 1; q <= nq; q++)
                for (s = 0; s <= 3; s++) {
                    if ((s == 1 && !held[q]) || (s == 2 && !blind[q]) || (s == 3 && !blind2[q]))
                        continue
                    c[s]++
                    m[s] += first[E, q] ? 1 / first[E, q] : 0
                    r[s] += found[E, q] / nrel[q]
                    d[s] += dcg[E, q] / idcg(q)
                }
            line = sprintf("%-28s", name[E])
            for (s = 0; s <= 3; s++)
                line = line (c[s] ? sprintf(" %6.3f %6.3f %7.3f  ", m[s] / c[s], r[s] / c[s],
                                            d[s] / c[s]) : sprintf(" %6s %6s %7s  ", "-", "-", "-"))
            print line
        }
    }' "$TMP/runs"
}
echo "A hit counts for the unit it answers with:"
score 0
echo "A hit counts only for its own id (a program that reads id alone):"
score 1
echo "(@10; held-out: never used for tuning; blind: held out, and written without seeing any"
echo " engine's ranking; blind2: the same, written after every change they could judge)"

if [ "$SWEEP" = "--sweep" ]; then
    # lib/stem.c calls the static libstemmer's English stemmer directly
    # when the build found the archive (CMakeLists.txt)
    stemmer=$(gcc -print-file-name=libstemmer.a)
    [ -f "$stemmer" ] || stemmer=-lstemmer
    gcc -std=c11 -O2 -Ilib -Iquery bench/ranking/rank_eval.c -o "$TMP/rank_eval" \
        "$BUILD/libevidex_query.a" "$BUILD/libevidex_core.a" \
        $(pkg-config --libs xapian-core libutf8proc) "$stemmer" -lstdc++ -lm
    echo "sweep on the tuning queries (rank_eval: default operator, k1, b):"
    for k1 in 1.2 1.8 2.5; do
        for b in 0.5 0.8 0.9; do
            kb=$TMP/k$k1-b$b
            cmake -S . -B "$kb/build" -DCMAKE_BUILD_TYPE=Release -DEVIDEX_TESTS=OFF \
                "-DCMAKE_C_FLAGS=-DEVX_RANK_K1=$k1 -DEVX_RANK_B=$b" >/dev/null
            cmake --build "$kb/build" -j "$(nproc)" --target evidex-index >/dev/null
            "$kb/build/evidex-index" --db "$kb/db" --corpus corpus >/dev/null 2>&1
            for op in or and; do
                printf '%-3s k1=%-4s b=%-4s ' $op $k1 $b
                "$TMP/rank_eval" "$kb/db/current" "$Q" $op
            done
            rm -rf "$kb"
        done
    done
fi
