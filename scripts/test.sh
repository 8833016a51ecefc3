#!/usr/bin/env bash
# test.sh - README command (b): set up and run the whole test suite, once
# plainly (Release build) and once under AddressSanitizer + UBSan (Debug
# build with -Werror).
set -euo pipefail
cd "$(dirname "$0")/.."
# qpdf: test_pdfextract encrypts a PDF; chromium, chromium-driver and
# python3-selenium: tests/serve_browser.py drives `evidex serve` in Debian's
# headless chromium; wrk: bench/serve_load.sh; xapian-tools: test_build
# serves a shard with xapian-tcpsrv
test_packages=(jq vim qpdf chromium chromium-driver python3-selenium wrk xapian-tools)
scripts/setup.sh build -- "${test_packages[@]}"
scripts/setup.sh --sanitize build-asan -- "${test_packages[@]}"
status=0
echo "== tests (release build)"
ctest --test-dir build --output-on-failure || status=1
echo "== tests (AddressSanitizer + UBSan build)"
ctest --test-dir build-asan --output-on-failure || status=1
exit $status
