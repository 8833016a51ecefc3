#!/usr/bin/env bash
# serve_load.sh - `evidex serve` under load while its index is rebuilt.
#
#   bench/serve_load.sh [BUILD_DIR] [QUERY]
#
# Builds an index of corpus/ in a temporary folder, starts `evidex serve`
# on a free loopback port, then runs wrk (20 connections, 2 threads) on
# /api/search?q=QUERY (default "funding transformation") in 2-second runs
# for as long as two rebuilds of the index take (well over 1,000
# requests), sampling the server's resident memory.  Prints requests per
# second, p50/p99 latency of each run, failed requests (socket errors,
# non-2xx) and RSS before, during and after.  Exit status 1 if any request
# failed or the rebuilt index was not picked up.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
query=${2:-funding transformation}
command -v wrk >/dev/null || { echo "serve_load: wrk is missing (apt-get install wrk)" >&2; exit 2; }

tmp=$(mktemp -d /tmp/evx-load-XXXXXX)
export EVIDEX_DB=$tmp/db
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

"$build/evidex-index" --corpus corpus >/dev/null 2>&1
"$build/evidex" serve --listen 127.0.0.1:0 >"$tmp/url" 2>"$tmp/log" &
server=$!
for _ in $(seq 50); do grep -q serving "$tmp/url" 2>/dev/null && break; sleep 0.1; done
url=$(awk '{print $3}' "$tmp/url")
target="${url}api/search?q=$(printf %s "$query" | sed 's/ /%20/g')"
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
gen() { readlink "$EVIDEX_DB/current"; }

# warm up, then measure memory at rest
for _ in $(seq 200); do curl -s -o /dev/null "$target"; done
rss_before=$(rss)
gen_before=$(gen)

( for _ in 1 2; do "$build/evidex-index" --corpus corpus >/dev/null 2>&1; done
  touch "$tmp/rebuilt" ) &
rebuilder=$!
( while [ ! -e "$tmp/rebuilt" ]; do rss >>"$tmp/rss"; sleep 0.5; done ) &
sampler=$!
secs=0
while [ ! -e "$tmp/rebuilt" ] || [ "$secs" -lt 2 ]; do
  wrk -t2 -c20 -d2s --latency "$target" >>"$tmp/wrk" 2>&1
  secs=$((secs + 2))
done
wait "$rebuilder" "$sampler"
for _ in $(seq 200); do curl -s -o /dev/null "$target"; done
rss_after=$(rss)
gen_after=$(gen)
after=$(curl -s -o /dev/null -w '%{http_code}' "$target")

# Sum the wrk runs: requests, errors; the latency percentiles of each run.
status=0
awk -v secs="$secs" '
  /requests in/ { req += $1 }
  /Non-2xx/ { bad += $NF }
  /Socket errors/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
  $1 == "50%" { p50[++n50] = $2 }
  $1 == "99%" { p99[++n99] = $2 }
  END {
    printf "requests      %d in %ds while rebuilding twice (%.0f/s), 20 connections\n", req, secs, req / secs
    printf "failed        %d\n", bad
    for (i = 1; i <= n50; i++) printf "p50/p99 run %d %s / %s\n", i, p50[i], p99[i]
    exit bad > 0
  }' "$tmp/wrk" || status=1
printf 'RSS (KiB)     before %s, during max %s, after %s\n' "$rss_before" \
  "$(sort -n "$tmp/rss" | tail -1)" "$rss_after"
printf 'generation    %s -> %s; after the rebuilds: HTTP %s\n' "$gen_before" "$gen_after" "$after"
[ "$gen_before" != "$gen_after" ] && [ "$after" = 200 ] || status=1
exit $status
