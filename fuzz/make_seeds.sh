#!/bin/sh
# make_seeds.sh - writes the libFuzzer seed corpora (gitignored):
#   fuzz/corpus-report/  windows of the real corpus files (2 KB - 20 KB,
#                        cut at line starts), plus a few crafted damaged
#                        inputs (CRLF, NUL, invalid UTF-8, truncated), and
#                        the web edition as Markdown (fuzz/seeds/*.md) and passages in
#                        other reports' web forms (fuzz/seeds/web-*.txt), and
#                        office-suite PDFs as pdftotext prints them
#                        (fuzz/seeds/pdf-*.txt: contents pages in a column,
#                        dot leaders, note numbers in a column or glued,
#                        furniture at the pages' feet, note numbers in
#                        the margin column, long notes, page labels,
#                        endnotes after the lists) and as pypdf, pdfminer
#                        and MuPDF print them (glued numbers, columns of
#                        paragraph numbers before or after their
#                        paragraphs, the evidence list's numbers in a
#                        column, numbers over their bodies,
#                        pages joined by form feeds in mid-line or by
#                        nothing at all), and as
#                        Ghostscript's txtwrite prints them (markers raised
#                        on lines of their own)
#   fuzz/corpus-query/   one query per file, from fuzz/seeds/queries.txt
#   fuzz/corpus-tok/     the queries, plus 2 KB windows of the corpus
#   fuzz/corpus-json/    unit JSON lines of the corpus (needs BUILD_DIR's
#                        evidex-index for --dump) and crafted JSON
# Usage: sh fuzz/make_seeds.sh [BUILD_DIR]  (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
corpus="$repo/corpus"
rep="$here/corpus-report"
qry="$here/corpus-query"
tok="$here/corpus-tok"
js="$here/corpus-json"
build=${1:-}
mkdir -p "$rep" "$qry" "$tok" "$js"

# window FILE SIZE STEP OUTDIR TAG: cut FILE into SIZE-byte windows every
# STEP bytes, each moved forward to the next line start.
window() {
    f=$1 size=$2 step=$3 out=$4 tag=$5
    total=$(wc -c < "$f")
    off=0 n=0
    while [ "$off" -lt "$total" ]; do
        tail -c +"$((off + 1))" "$f" | head -c "$((size + 200))" |
            sed '1d' | head -c "$size" > "$out/$tag-$n"
        [ -s "$out/$tag-$n" ] || rm -f "$out/$tag-$n"
        off=$((off + step)) n=$((n + 1))
    done
}

# every bundled report, and each re-extracted the ways users have them:
# blocks joined to one line each (a browser copy) and re-wrapped at 72
# columns (Pandoc)
variants="$here/variants"
mkdir -p "$variants"
for f in "$corpus"/*.txt; do
    b=$(basename "$f" .txt)
    awk 'BEGIN { RS = ""; ORS = "\n\n" } { gsub(/\n[ \t]*/, " "); print }' "$f" \
        > "$variants/$b-oneline.txt"
    fmt -w 72 "$f" > "$variants/$b-wrap72.txt"
done
for f in "$corpus"/*.txt "$variants"/*.txt; do
    b=$(basename "$f" .txt)
    window "$f" 2048 16384 "$rep" "$b-2k"
    window "$f" 8192 24576 "$rep" "$b-8k"
    window "$f" 20480 40960 "$rep" "$b-20k"
    window "$f" 2048 32768 "$tok" "$b-2k"
    # the start of the file as is (cover, contents, first paragraphs)
    head -c 20480 "$f" > "$rep/$b-head"
done

pdf=$(ls "$corpus"/000_*.txt | head -n 1)
web=$(ls "$corpus"/004_*.txt | head -n 1)
# the web edition as Pandoc writes it in Markdown (tests/variants_markdown.c:
# its own notes; the page's links and divs kept)
cp "$here"/seeds/*.md "$here"/seeds/web-*.txt "$here"/seeds/pdf-*.txt "$rep"/
# damaged inputs of the kinds tests/test_robust.c builds
head -c 6000 "$web" | sed 's/$/\r/' > "$rep/crafted-crlf"
head -c 6000 "$web" | tr 'e' '\000' > "$rep/crafted-nul"
head -c 6000 "$web" | tr 'a' '\377' > "$rep/crafted-badutf8"
head -n 1500 "$pdf" | tail -c 12000 | head -c 7777 > "$rep/crafted-truncated"
printf '' > "$rep/crafted-empty"

n=0
while IFS= read -r q; do
    [ -n "$q" ] || continue
    printf '%s' "$q" > "$qry/q$n"
    printf '%s' "$q" > "$tok/q$n"
    n=$((n + 1))
done < "$here/seeds/queries.txt"
if [ -n "$build" ] && [ -x "$build/evidex-index" ]; then
    "$build/evidex-index" --dump --corpus "$corpus" 2>/dev/null |
        head -n 400 | split -l 1 - "$js/unit-"
fi
printf '{"a":[1,2.5e3,-0,true,false,null,"\\u00e9\\ud83d\\ude00"],"b":{}}' > "$js/crafted-values"
printf '{"id":"HC1/p1","type":"paragraph","text":"x","footnotes":[1,2],"sources":[]}' > "$js/crafted-unit"
printf '"\\ud800 lone surrogate"' > "$js/crafted-surrogate"
echo "seeds: $(ls "$rep" | wc -l) report, $(ls "$qry" | wc -l) query, $(ls "$tok" | wc -l) tok, $(ls "$js" | wc -l) json"
