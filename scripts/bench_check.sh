#!/usr/bin/env bash
# Times `minutes check` against `minutes extract` over the same many small files (copies
# of the seed texts), best of 5 runs each, for --jobs 1 and for all cores, and prints
# how much slower (or faster) the check is. Issue 5 asks for the same speed within 10%.
#
# Usage: scripts/bench_check.sh [COPIES]   (default 200 copies of each seed: 1,000 files)
set -euo pipefail

copies=${1:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

cargo build --release --locked --quiet
bin=$root/target/release/minutes

corpus=$(mktemp -d)
out=$(mktemp)
trap 'rm -rf "$corpus" "$out"' EXIT

for ((i = 0; i < copies; i++)); do
  dir=$corpus/$(printf '%04d' $((i / 100)))
  mkdir -p "$dir"
  for seed in fixtures/seeds/*.txt; do
    cp "$seed" "$dir/$(printf '%05d' "$i")-$(basename "$seed")"
  done
done
files=$(find "$corpus" -type f | wc -l)
echo "corpus: $files files; $(nproc) cores; $(uname -m)"
cat "$corpus"/*/* > /dev/null

# best COMMAND...: the best wall time of 5 runs, in seconds.
best() {
  local b=
  for _ in 1 2 3 4 5; do
    local start=$EPOCHREALTIME
    "$@" > "$out" 2> /dev/null || true
    local end=$EPOCHREALTIME
    b=$(awk -v s="$start" -v e="$end" -v b="$b" 'BEGIN { t = e - s; print (b == "" || t < b) ? t : b }')
  done
  echo "$b"
}

for jobs in 1 "$(nproc)"; do
  extract=$(best "$bin" extract --quiet --jobs "$jobs" "$corpus")
  check=$(best "$bin" check --jobs "$jobs" "$corpus")
  awk -v f="$files" -v x="$extract" -v c="$check" -v j="$jobs" 'BEGIN {
    printf "--jobs %-2s extract %.3f s (%.0f files/s)  check %.3f s (%.0f files/s)  check/extract %.3f\n",
      j, x, f / x, c, f / c, c / x
  }'
done
