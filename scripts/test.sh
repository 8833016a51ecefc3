#!/usr/bin/env bash
# test.sh - README command (b): set up and run the whole test suite, once
# plainly (Release build) and once under AddressSanitizer + UBSan (Debug
# build with -Werror).
set -euo pipefail
cd "$(dirname "$0")/.."
test_packages=(jq vim qpdf xapian-tools) # qpdf: test_pdfextract encrypts a PDF; xapian-tools: test_build serves a shard with xapian-tcpsrv
scripts/setup.sh build -- "${test_packages[@]}"
scripts/setup.sh --sanitize build-asan -- "${test_packages[@]}"
status=0
echo "== tests (release build)"
ctest --test-dir build --output-on-failure || status=1
echo "== tests (AddressSanitizer + UBSan build)"
ctest --test-dir build-asan --output-on-failure || status=1
exit $status
