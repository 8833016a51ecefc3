#!/usr/bin/env bash
# bench/run.sh - evidex at scale, side by side with SQLite FTS5 and ripgrep,
# on the same machine in one run.
#
#   bench/run.sh [-k K] [N...]      (default: K = 30 runs per query, N = 1 100 1000)
#
# For each N it makes bench/data/N (N copies of the bundled corpus, each a
# distinct report with deterministic word swaps: bench/gencorpus.c) and
# measures:
#   evidex   index build (wall, MB/s of corpus text, peak RSS, index size),
#            parsing alone (`evidex-index --dump`), query latency whole
#            process (the `evidex` binary, K runs) and in process
#            (evidex-qbench: parse + search, K runs), p50 and p99;
#   FTS5     bulk load of the same units (from the dump) into
#            fts5(id, type, speaker, text, tokenize='porter unicode61') in
#            one transaction (wall, peak RSS, size), and the same queries as
#            MATCH ... ORDER BY rank LIMIT 10 with snippet(), whole process
#            through the sqlite3 CLI;
#   ripgrep  `rg -i` over the same files, whole process;
#   Xapian   xapian-omega's `scriptindex` over the same units (the dump as
#            scriptindex records: id, type, speaker, text with positions),
#            and `quest` on that index for the same queries, as anchors: the
#            same library driven by its own generic tools; and scriptindex
#            again storing each record as its document data (`field`), as
#            FTS5 stores its rows and evidex its units, for the build;
#   builds   evidex with --jobs 1 and --jobs 2, then a re-index with nothing
#            changed and one after editing one report of N;
#   RSS      peak resident set of one whole `evidex` query;
#   instructions  of each whole query, evidex and quest (valgrind's
#            callgrind, one run each): a count the machine's load does not
#            move, beside the times;
# and prints evidex / peer ratios (below 1 means evidex is faster or smaller).
# Output: Markdown on stdout and in bench/out/results-<date>.md.
# Installs sqlite3, ripgrep, jq, xapian-omega (scriptindex), xapian-tools
# (quest), valgrind and GNU time with apt-get if missing.
set -euo pipefail
export LC_ALL=C

cd "$(dirname "$0")/.."
SRC=$PWD
BUILD=$SRC/build-bench
K=30
while getopts "k:h" opt; do
    case $opt in
    k) K=$OPTARG ;;
    *) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1 100 1000)

log() { echo "bench: $*" >&2; }

# ---- tools ------------------------------------------------------------
need=()
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v rg >/dev/null || need+=(ripgrep)
[ -x /usr/bin/time ] || need+=(time)
command -v jq >/dev/null || need+=(jq)
command -v scriptindex >/dev/null || need+=(xapian-omega)
command -v quest >/dev/null || need+=(xapian-tools)
command -v valgrind >/dev/null || need+=(valgrind)
if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if ! sqlite3 :memory: "CREATE VIRTUAL TABLE t USING fts5(x)" 2>/dev/null; then
    log "this sqlite3 has no FTS5"; exit 2
fi

# ---- build (Release, not sanitized) -----------------------------------
log "building Release into $BUILD"
cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DEVIDEX_SANITIZE=OFF \
    -DEVIDEX_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j "$(nproc)" \
    --target evidex evidex-index evidex-gencorpus evidex-qbench >/dev/null
EVX=$BUILD/evidex
EVX_INDEX=$BUILD/evidex-index

# ---- queries ----------------------------------------------------------
# name | evidex whole-process args | evidex in-process query |
# FTS5 MATCH | rg -i pattern ("" = no equivalent)
Q_NAME=(word words phrase filter who)
Q_EVX=('workforce' 'integrated care' '"speed of trust"'
       'type:recommendation workforce' 'who speed of trust')
Q_QB=('workforce' 'integrated care' '"speed of trust"'
      'type:recommendation workforce' '"speed of trust" type:quotation')
Q_FTS=('workforce' 'integrated care' '"speed of trust"'
       'type:recommendation AND workforce' '"speed of trust" AND type:quotation')
Q_RG=('workforce' '' 'speed of trust' '' '')
# quest (Xapian's QueryParser, stemmed, over the scriptindex index)
Q_QUEST=('workforce' 'integrated care' '"speed of trust"'
         'type:recommendation workforce' '"speed of trust" type:quotation')

# ---- helpers ----------------------------------------------------------
TMP=$(mktemp -d /tmp/evidex-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

now_us() { local t=$EPOCHREALTIME; echo "${t/./}"; }

# Runs "$@" K times after one warm-up, output to a file (not a terminal);
# prints "p50 p99" in milliseconds (nearest rank).
time_runs() {
    local i t0 t1
    "$@" >"$TMP/out" 2>/dev/null || true
    : >"$TMP/times"
    for ((i = 0; i < K; i++)); do
        t0=$EPOCHREALTIME
        "$@" >"$TMP/out" 2>/dev/null || true
        t1=$EPOCHREALTIME
        echo $((${t1/./} - ${t0/./})) >>"$TMP/times"
    done
    sort -n "$TMP/times" | awk '{ v[NR] = $1 } END {
        p50 = int(0.5 * NR + 0.999999); p99 = int(0.99 * NR + 0.999999);
        printf "%.2f %.2f\n", v[p50] / 1000, v[p99] / 1000 }'
}

# Runs "$@" once under GNU time; sets WALL and CPU (user + system) in
# seconds, RSS (peak resident set, MB).  CPU is the steadier figure on a
# shared machine.
measure() {
    local out=$1; shift
    local t0 t1
    t0=$(now_us)
    /usr/bin/time -f '%M %U %S' -o "$TMP/rss" "$@" >"$out" 2>"$TMP/stderr" || {
        log "failed: $*"; tail -5 "$TMP/stderr" >&2; return 1; }
    t1=$(now_us)
    WALL=$(awk -v d=$((t1 - t0)) 'BEGIN { printf "%.2f", d / 1e6 }')
    RSS=$(awk '{ printf "%.0f", $1 / 1024 }' "$TMP/rss")
    CPU=$(awk '{ printf "%.2f", $2 + $3 }' "$TMP/rss")
}

# Instructions of one whole run of a command (millions), by callgrind.
instr() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        awk '/refs:/ { gsub(",", "", $NF); printf "%.1f", $NF / 1e6 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a != "") printf "%.2f", a / b; else printf "-" }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

# ---- report header ----------------------------------------------------
mkdir -p "$SRC/bench/out" "$SRC/bench/data"
STAMP=$(date +%Y-%m-%d-%H%M)
OUT=$SRC/bench/out/results-$STAMP.md
emit() { echo "$*" | tee -a "$OUT"; }
: >"$OUT"
emit "# evidex benchmark, $(date '+%Y-%m-%d %H:%M')"
emit ""
emit "Command: \`bench/run.sh -k $K ${SIZES[*]}\`; Release build; $("$EVX" --version 2>/dev/null | head -1),"
emit "$(sqlite3 --version | cut -d' ' -f1-2 | sed 's/^/SQLite /'), $(rg --version 2>/dev/null | head -1), $(scriptindex --version 2>/dev/null | head -1)."
emit "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ { print $2 " GiB" }') memory, $(uname -sr)."
emit "Latencies: K = $K runs after one warm-up, p50 / p99 in ms, page cache warm."
emit "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (the machine may be shared: CPU seconds are steadier than wall)."
emit ""

BUILD_ROWS=()
QUERY_ROWS=()
SCALE_ROWS=()
INSTR_ROWS=()

# The scriptindex index script: one unit per record, as the FTS5 table.
cat >"$TMP/units.script" <<'EOF'
id : boolean=Q unique=Q
type : boolean=XT
speaker : index=S
text : index
EOF
# The same, each record also stored as the document's data, as FTS5 stores
# its rows and evidex its units (what a search shows is read from there).
sed 's/^\([a-z]*\) : /\1 : field /' "$TMP/units.script" >"$TMP/units-stored.script"

for N in "${SIZES[@]}"; do
    DATA=$SRC/bench/data/$N
    DB=$SRC/bench/data/db-$N
    FTS=$SRC/bench/data/fts5-$N.db
    # Made again only when the scaler or the bundled corpus changed.
    if [ ! -f "$DATA/manifest.tsv" ] || [ "$SRC/bench/gencorpus.c" -nt "$DATA/manifest.tsv" ] ||
        [ "$SRC/corpus/manifest.tsv" -nt "$DATA/manifest.tsv" ]; then
        log "N=$N: generating $DATA"
        rm -rf "$DATA"
        "$BUILD/evidex-gencorpus" "$SRC/corpus" "$DATA" "$N"
    fi
    BYTES=$(find "$DATA" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')

    # evidex: parsing alone, then the full build.
    log "N=$N: evidex-index --dump"
    measure "$TMP/units.jsonl" "$EVX_INDEX" --dump --corpus "$DATA"
    PARSE=$CPU
    UNITS=$(wc -l <"$TMP/units.jsonl")
    log "N=$N: evidex-index build"
    rm -rf "$DB" "$DB-j1"
    measure /dev/null "$EVX_INDEX" --corpus "$DATA" --db "$DB-j1" --jobs 1
    J1="$WALL / $CPU" J1CPU=$CPU
    rm -rf "$DB-j1"
    measure /dev/null "$EVX_INDEX" --corpus "$DATA" --db "$DB" --jobs 2
    EBUILD=$WALL ECPU=$CPU ERSS=$RSS
    ESIZE=$(du -sb "$(readlink -f "$DB/current")" | cut -f1)
    MBS=$(awk -v b="$BYTES" -v t="$ECPU" 'BEGIN { printf "%.2f", b / 1048576 / t }')

    # Re-index: nothing changed, then one report edited (and put back).
    log "N=$N: re-index"
    measure /dev/null "$EVX_INDEX" --corpus "$DATA" --db "$DB"
    RNONE="$WALL / $CPU"
    ONE=$(find "$DATA" -name '*.txt' | sort | sed -n 1p)
    sed -i 's/workforce/workforse/' "$ONE"
    measure /dev/null "$EVX_INDEX" --corpus "$DATA" --db "$DB"
    RONE="$WALL / $CPU"
    sed -i 's/workforse/workforce/' "$ONE"
    measure /dev/null "$EVX_INDEX" --corpus "$DATA" --db "$DB"

    # scriptindex: the dumped units as records (untimed), then the build.
    log "N=$N: scriptindex"
    jq -r '"id=\(.id)\ntype=\(.type)\nspeaker=\((.speaker.name // "") + " " + (.speaker.org // ""))\ntext=\(((.title // "") + " " + (.lead_in // "") + " " + (.text // "")) | gsub("\n"; "\n="))\n"' \
        "$TMP/units.jsonl" >"$TMP/units.rec"
    XDB=$SRC/bench/data/xapian-$N
    rm -rf "$XDB"
    measure /dev/null scriptindex --overwrite "$XDB" "$TMP/units.script" "$TMP/units.rec"
    XBUILD="$WALL / $CPU" XCPU=$CPU
    XSIZE=$(du -sb "$XDB" | cut -f1)
    measure /dev/null scriptindex --overwrite "$XDB-stored" "$TMP/units-stored.script" "$TMP/units.rec"
    XSBUILD="$WALL / $CPU" XSCPU=$CPU
    rm -rf "$XDB-stored"
    rm -f "$TMP/units.rec"

    # FTS5: stage the dumped JSON lines (untimed), then the timed bulk load.
    log "N=$N: FTS5 bulk load"
    rm -f "$FTS" "$TMP/stage.db"
    sqlite3 "$TMP/stage.db" <<EOF
CREATE TABLE raw(j);
.mode ascii
.separator "\037" "\n"
.import $TMP/units.jsonl raw
EOF
    cat >"$TMP/load.sql" <<EOF
ATTACH '$TMP/stage.db' AS s;
BEGIN;
CREATE VIRTUAL TABLE u USING fts5(id, type, speaker, text, tokenize='porter unicode61');
INSERT INTO u(id, type, speaker, text)
  SELECT j->>'id', j->>'type',
         ifnull(j->>'\$.speaker.name', '') || ' ' || ifnull(j->>'\$.speaker.org', ''),
         ifnull(j->>'title', '') || ' ' || ifnull(j->>'lead_in', '') || ' ' || ifnull(j->>'text', '')
  FROM s.raw;
COMMIT;
EOF
    measure /dev/null sqlite3 "$FTS" ".read $TMP/load.sql"
    FLOAD=$WALL FCPU=$CPU FRSS=$RSS
    FSIZE=$(stat -c %s "$FTS")
    rm -f "$TMP/stage.db"

    SCALE_ROWS+=("| $N | $J1 | $EBUILD / $ECPU | $(ratio "$ECPU" "$FCPU") | $XBUILD | $(awk -v t="$ECPU" -v b="$BYTES" 'BEGIN { printf "%.2f", t / (b / 1048576) }') / $(awk -v t="$XCPU" -v b="$BYTES" 'BEGIN { printf "%.2f", t / (b / 1048576) }') | $XSBUILD | $(ratio "$J1CPU" "$XCPU") / $(ratio "$J1CPU" "$XSCPU") | $RONE | $RNONE | $(mb "$ESIZE") / $(mb "$FSIZE") / $(mb "$XSIZE") | $(ratio "$ESIZE" "$FSIZE") |")
    BUILD_ROWS+=("| $N | $(mb "$BYTES") | $UNITS | $EBUILD / $ECPU | $MBS | $ERSS | $(mb "$ESIZE") | $PARSE | $FLOAD / $FCPU | $FRSS | $(mb "$FSIZE") | $(ratio "$EBUILD" "$FLOAD") / $(ratio "$ECPU" "$FCPU") | $(ratio "$ESIZE" "$FSIZE") |")

    # Queries.
    log "N=$N: queries (K=$K)"
    "$BUILD/evidex-qbench" --db "$DB" -k "$K" "${Q_QB[@]}" >"$TMP/qbench"
    measure /dev/null "$EVX" --db "$DB" --color=never workforce
    QRSS=$RSS
    for i in "${!Q_NAME[@]}"; do
        # shellcheck disable=SC2206  # the who query is several words on purpose
        if [ "${Q_NAME[$i]}" = who ]; then args=(${Q_EVX[$i]}); else args=(-- "${Q_EVX[$i]}"); fi
        read -r EP50 EP99 < <(time_runs "$EVX" --db "$DB" --color=never "${args[@]}")
        read -r IP50 IP99 TOTAL < <(awk -F'\t' -v n=$((i + 1)) 'NR == n { printf "%.2f %.2f %s\n", $2 / 1000, $3 / 1000, $5 }' "$TMP/qbench")
        sql="SELECT id, snippet(u, 3, '[', ']', '...', 12) FROM u WHERE u MATCH '${Q_FTS[$i]//\'/\'\'}' ORDER BY rank LIMIT 10"
        read -r FP50 FP99 < <(time_runs sqlite3 -readonly "$FTS" "$sql")
        if [ -n "${Q_RG[$i]}" ]; then
            read -r RP50 RP99 < <(time_runs rg -i -- "${Q_RG[$i]}" "$DATA")
            RG="$RP50 / $RP99"
        else
            RP50='' RG='-'
        fi
        read -r XP50 XP99 < <(time_runs quest -d "$XDB" -m 10 -b type:XT -- "${Q_QUEST[$i]}")
        QUERY_ROWS+=("| $N | ${Q_NAME[$i]}: \`${Q_EVX[$i]}\` | $TOTAL | $EP50 / $EP99 | $IP50 / $IP99 | $FP50 / $FP99 | $RG | $XP50 / $XP99 | $(ratio "$EP50" "$FP50") | $(ratio "$EP50" "$RP50") | $(ratio "$EP50" "$XP50") |")
        EI=$(instr "$EVX" --db "$DB" --color=never "${args[@]}")
        XI=$(instr quest -d "$XDB" -m 10 -b type:XT -- "${Q_QUEST[$i]}")
        INSTR_ROWS+=("| $N | ${Q_NAME[$i]}: \`${Q_EVX[$i]}\` | $EI | $XI | $(ratio "$EI" "$XI") |")
    done
    QUERY_ROWS+=("| $N | peak RSS of \`evidex workforce\` | | $QRSS MB | | | | | | | |")
    log "N=$N: done (build ${EBUILD}s wall ${ECPU}s CPU, FTS5 load ${FLOAD}s)"
done

emit "## Index build"
emit ""
emit "| N | corpus MB | units | evidex build s wall / CPU | MB/s (CPU) | peak RSS MB | index MB | parse only s CPU | FTS5 load s wall / CPU | FTS5 RSS MB | FTS5 MB | build evidex/FTS5 wall / CPU | size evidex/FTS5 |"
emit "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for r in "${BUILD_ROWS[@]}"; do emit "$r"; done
emit ""
emit "evidex build = \`evidex-index\` from the text files (parsing, attribution, tokenizing, Xapian, commit);"
emit "parse only = \`evidex-index --dump\` (the same parsing, JSON Lines out, no index);"
emit "FTS5 load = INSERT of the dumped units (already parsed) in one transaction."
emit ""
emit "## Parallel and incremental builds, anchors (seconds wall / CPU)"
emit ""
emit "| N | evidex --jobs 1 | evidex --jobs 2 | CPU evidex/FTS5 | scriptindex | CPU s per MB evidex / scriptindex | scriptindex storing its records | CPU evidex --jobs 1 / scriptindex, bare / storing | re-index, one report edited | re-index, nothing changed | index MB evidex / FTS5 / scriptindex | size evidex/FTS5 |"
emit "|---|---|---|---|---|---|---|---|---|---|---|---|"
for r in "${SCALE_ROWS[@]}"; do emit "$r"; done
emit ""
emit "scriptindex and FTS5 load units already parsed (from \`evidex-index --dump\`); evidex's"
emit "figures include reading and parsing the reports. Bare scriptindex stores no document data"
emit "(quest shows only ids); storing its records (\`field\`), it stores what FTS5 and evidex store."
emit ""
emit "## Query latency (ms, p50 / p99)"
emit ""
emit "| N | query | matches | evidex process | evidex in-process | FTS5 process | rg -i process | quest process | evidex/FTS5 p50 | evidex/rg p50 | evidex/quest p50 |"
emit "|---|---|---|---|---|---|---|---|---|---|---|"
for r in "${QUERY_ROWS[@]}"; do emit "$r"; done
emit ""
emit "process = the whole program run K times (start-up, open, search, 10 hits printed to a file);"
emit "in-process = evx_qparse_parse + evx_search_run with the index open (evidex-qbench)."
emit "FTS5 runs the same query as \`MATCH ... ORDER BY rank LIMIT 10\` with snippet(); rg only"
emit "where a line search is an equivalent (single word, phrase). who: evidex's \`who\` command"
emit "(in-process: its phrase pass, \`\"speed of trust\" type:quotation\`)."
emit ""
emit "## Query instructions (millions, whole process, callgrind)"
emit ""
emit "| N | query | evidex | quest | evidex/quest |"
emit "|---|---|---|---|---|"
for r in "${INSTR_ROWS[@]}"; do emit "$r"; done
emit ""
emit "One run each of the same commands as above, under valgrind's callgrind: a count that"
emit "the machine's load does not move, where the times above move with it."
log "results in $OUT"
