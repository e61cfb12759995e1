#!/usr/bin/env bash
# Writes N mutated PDFs (byte flips, truncations, copied blocks, changed numbers, swapped
# names/operators of the fixtures) and runs `minutes` on each, one process per file with a
# 5 s timeout. Reports panics (exit 101), timeouts (124) and files with no output.
# Usage: scripts/pdf_mutations.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
DIR=$(mktemp -d)
MUTATION_DIR="$DIR" MUTATIONS="$N" cargo test --release --quiet --test pdf mutations_heavy -- --ignored >/dev/null
cargo build --release --quiet
BIN=target/release/minutes
panics=0 timeouts=0 silent=0 slowest=0
for f in "$DIR"/*.pdf; do
  start=$(date +%s%N)
  set +e
  out=$(timeout 5 "$BIN" "$f" 2>/dev/null)
  rc=$?
  set -e
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  (( ms > slowest )) && slowest=$ms
  case $rc in
    101) panics=$((panics + 1)); echo "panic: $f" ;;
    124) timeouts=$((timeouts + 1)); echo "timeout: $f" ;;
  esac
  [ -z "$out" ] && silent=$((silent + 1))
done
echo "$N mutated PDFs: $panics panics, $timeouts timeouts, $silent without output, slowest ${slowest} ms"
rm -rf "$DIR"
