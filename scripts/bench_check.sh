#!/usr/bin/env bash
# Times `minutes check` against `minutes extract` over the same many small files (copies
# of the seed texts), for --jobs 1 and for all cores, and prints how much slower (or
# faster) the check is. Issue 5 asks for the same speed within 10%.
#
# RUNS=N sets the runs of each command (default 7).
#
# Usage: scripts/bench_check.sh [COPIES]   (default 200 copies of each seed: 1,000 files)
set -euo pipefail

copies=${1:-200}
source "$(dirname "$0")/bench_common.sh"
echo "corpus: $files files; $(nproc) cores; $(uname -m)"

# Runs extract and check alternately, RUNS times each, and keeps each one's best wall
# time and best CPU time (user + system): on a busy machine the CPU time is the steadier
# figure.
runs=${RUNS:-7}
TIMEFORMAT='%R %U %S'
for jobs in 1 "$(nproc)"; do
  declare -A wall=() cpu=()
  for ((r = 0; r < runs; r++)); do
    for cmd in extract check; do
      args=(--jobs "$jobs" "$corpus")
      [[ $cmd == extract ]] && args+=(--quiet)
      t=$({ time "$bin" "$cmd" "${args[@]}" > "$out" 2> /dev/null; } 2>&1 || true)
      read -r real user sys <<< "$t"
      c=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
      wall[$cmd]=$(awk -v t="$real" -v b="${wall[$cmd]:-}" 'BEGIN { print (b == "" || t < b) ? t : b }')
      cpu[$cmd]=$(awk -v t="$c" -v b="${cpu[$cmd]:-}" 'BEGIN { print (b == "" || t < b) ? t : b }')
    done
  done
  awk -v f="$files" -v xw="${wall[extract]}" -v cw="${wall[check]}" -v xc="${cpu[extract]}" \
    -v cc="${cpu[check]}" -v j="$jobs" 'BEGIN {
    printf "--jobs %-2s wall: extract %.3f s (%.0f files/s), check %.3f s (%.0f files/s), check/extract %.3f\n",
      j, xw, f / xw, cw, f / cw, cw / xw
    printf "         CPU:  extract %.3f s, check %.3f s, check/extract %.3f\n", xc, cc, cc / xc
  }'
  unset wall cpu
done
