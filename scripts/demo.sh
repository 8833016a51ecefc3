#!/usr/bin/env bash
# demo.sh - README command (a): set up, index the bundled corpus, search it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
# The demo has its own index, build/demo-db: it never touches the user's
# index ($EVIDEX_DB or ~/.local/share/evidex/db).
export EVIDEX_DB="$PWD/build/demo-db"
echo "demo index: $EVIDEX_DB (use it with: EVIDEX_DB=$EVIDEX_DB build/evidex ...)"
build/evidex-index --corpus corpus
echo
echo '$ evidex -n 5 "speed of trust"'
build/evidex --color=never -n 5 "speed of trust"
echo
echo '$ evidex -n 3 who "consistent and clear messages"'
build/evidex --color=never -n 3 who "consistent and clear messages"
echo
echo '$ evidex -n 3 who "small plastics have bigger impacts"    # the second report, HC 179'
build/evidex --color=never -n 3 who "small plastics have bigger impacts"
echo
echo '$ evidex -n 3 "report:HC179 ban on microbeads"'
build/evidex --color=never -n 3 "report:HC179 ban on microbeads"
