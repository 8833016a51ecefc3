#!/usr/bin/env bash
# demo.sh - README command (a): set up, index the bundled corpus, search it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
# The index goes to the default place ($EVIDEX_DB if set), so build/evidex
# finds it afterwards.
build/evidex-index --corpus corpus
echo
echo '$ evidex -n 5 "speed of trust"'
build/evidex --color=never -n 5 "speed of trust"
echo
echo '$ evidex -n 3 who "consistent and clear messages"'
build/evidex --color=never -n 3 who "consistent and clear messages"
