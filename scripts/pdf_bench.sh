#!/usr/bin/env bash
# Speed of `minutes` on the rendition PDFs against pdftotext -layout: one process per
# file, 2 in parallel, each file run ROUNDS times. Prints docs/s and peak RSS per process.
# Usage: scripts/pdf_bench.sh [ROUNDS]   (needs poppler-utils; builds --release)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-20}
cargo build --release --quiet
BIN=target/release/minutes
files=()
for f in fixtures/renditions/*.pdf; do
  case "$f" in *scanned*) continue ;; esac
  files+=("$f")
done
list=$(mktemp)
for _ in $(seq "$ROUNDS"); do printf '%s\n' "${files[@]}"; done > "$list"
n=$(wc -l < "$list")
run() { # label, command prefix
  local label=$1 start end
  shift
  start=$(date +%s.%N)
  xargs -P2 -n1 "$@" < "$list" > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end $start $n" | awk -v name="$label" '{ printf "%-12s %6d docs in %6.2f s: %7.1f docs/s\n", name, $3, $1-$2, $3/($1-$2) }'
}
run "minutes" "$BIN"
# pdftotext writes FILE.txt next to FILE unless told "-": a wrapper writes to stdout.
printf '#!/bin/sh\nexec pdftotext -layout -q "$1" -\n' > "${list}.sh"; chmod +x "${list}.sh"
run "pdftotext" "${list}.sh"
if [ -x /usr/bin/time ]; then
  for f in "${files[@]}"; do /usr/bin/time -f "%M" "$BIN" "$f" 2>&1 >/dev/null | tail -1; done |
    sort -n | tail -1 | awk '{ printf "peak RSS of minutes per file: %.1f MB\n", $1/1024 }'
fi
rm -f "$list" "${list}.sh"
