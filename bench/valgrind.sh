#!/bin/sh
# valgrind.sh - memcheck of an index build, a dump and every evidex command
# over the bundled corpus, on a Release build (not ASan: the two do not mix).
#   cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-rel --target evidex evidex-index -j2
#   sh bench/valgrind.sh build-rel
# Each run must print "rc=0" (or 1/2 where the command itself says "no
# match"/"error", shown as expected) with 0 errors and 0 bytes in use at
# exit; valgrind's own failure exit code is 99.
set -u
bin=${1:-build-rel}
here=$(cd "$(dirname "$0")/.." && pwd)
db=$(mktemp -d /tmp/evx-valgrind-XXXXXX)
log=$db/valgrind.log
fail=0
VG="valgrind --error-exitcode=99 --leak-check=full"

check() { # expected-rc tool args...
    want=$1
    shift
    tool=$1
    shift
    $VG ${VG_MORE:-} "$bin/$tool" "$@" > /dev/null 2> "$log"
    rc=$?
    summary=$(grep -E 'ERROR SUMMARY|in use at exit' "$log" |
              sed 's/==[0-9]*== *//' | tr '\n' ' ')
    echo "rc=$rc (want $want) $tool $*: $summary"
    [ "$rc" = "$want" ] || fail=1
}

# The build's worker processes (--jobs, by default the cores) end with
# _exit, leaving the builder's tokenizer to the process's end: Snowball's
# buffers are pointed to past their header, which memcheck calls "possibly
# lost".  Memory no pointer reaches ("definitely lost") still fails.
VG_MORE=--errors-for-leak-kinds=definite \
    check 0 evidex-index --corpus "$here/corpus" --db "$db/db"
check 0 evidex-index --dump --corpus "$here/corpus"
check 0 evidex --db "$db/db" "speed of trust"
check 0 evidex --db "$db/db" --json "speed of trust"
check 0 evidex --db "$db/db" 'speaker:"Chris Ham" integration'
check 0 evidex --db "$db/db" 'type:quotation ACO'
check 0 evidex --db "$db/db" 'integrat* care NEAR/5 systems'
check 0 evidex --db "$db/db" who speed of trust
check 0 evidex --db "$db/db" speakers integration
check 0 evidex --db "$db/db" check "change proceeds at the speed of trust"
check 1 evidex --db "$db/db" check "change proceeds at the sped of trust"
check 0 evidex --db "$db/db" show HC650/p239
check 0 evidex --db "$db/db" similar HC650/p90
check 2 evidex --db "$db/db" '"speed of'
rm -rf "$db"
[ "$fail" = 0 ] && echo "valgrind: all clean" || echo "valgrind: FAILURES above"
exit "$fail"
