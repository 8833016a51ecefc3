#!/usr/bin/env bash
# setup.sh - install what evidex needs from Debian's packages (only what is
# missing; `apt-get update` only then), configure and build.
#
#   scripts/setup.sh [--sanitize] [--debug] [BUILD_DIR] [-- EXTRA_PACKAGES...]
#
# Default build dir: build (Release).  --debug builds Debug (-Werror);
# --sanitize adds AddressSanitizer + UBSan (implies --debug).
set -euo pipefail
cd "$(dirname "$0")/.."

build_type=Release
sanitize=OFF
build_dir=build
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=ON; build_type=Debug ;;
    --debug) build_type=Debug ;;
    --) shift; extra=("$@"); break ;;
    *) build_dir=$1 ;;
  esac
  shift
done

# poppler-utils: pdftotext, run by the indexer on a report given as a PDF.
# libmicrohttpd-dev: the HTTP server of `evidex serve`.
# libjemalloc-dev: the allocator of evidex-index (README "The build's
# allocator").
# libzstd-dev: compresses the stored records (lib/record.h).
# wbritish: the English word list that keeps "did you mean" off words
# spelt right (query/qdict.h).
packages=(gcc g++ make cmake pkg-config libxapian-dev libstemmer-dev
          libutf8proc-dev libcriterion-dev poppler-utils libmicrohttpd-dev libjemalloc-dev libzstd-dev wbritish
          "${extra[@]}")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" -DEVIDEX_SANITIZE="$sanitize" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
