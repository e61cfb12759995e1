#!/usr/bin/env bash
# Times the release binary over a directory of many small files (copies of the seed
# texts) and reports files/s and MB/s, for --jobs 1 and for all cores.
#
# Usage: scripts/bench_cli.sh [COPIES]     (default 200 copies of each seed: 1,000 files)
set -euo pipefail

copies=${1:-200}
source "$(dirname "$0")/bench_common.sh"
bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
cores=$(nproc)
echo "corpus: $files files, $bytes bytes; $cores cores; $(uname -m)"

for jobs in 1 "$cores"; do
  best=
  for run in 1 2 3; do
    start=$EPOCHREALTIME
    "$bin" extract --quiet --jobs "$jobs" "$corpus" -o "$out" 2> /dev/null
    end=$EPOCHREALTIME
    best=$(awk -v s="$start" -v e="$end" -v b="$best" \
      'BEGIN { t = e - s; print (b == "" || t < b) ? t : b }')
  done
  lines=$(wc -l < "$out")
  [[ $lines -eq $files ]] || { echo "expected $files records, got $lines" >&2; exit 1; }
  awk -v f="$files" -v b="$bytes" -v t="$best" -v j="$jobs" 'BEGIN {
    printf "--jobs %-2s best of 3: %.3f s, %.0f files/s, %.1f MB/s\n", j, t, f / t, b / t / 1e6
  }'
done
