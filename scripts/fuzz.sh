#!/usr/bin/env bash
# Fuzzes the format parsers and the whole pipeline (targets in fuzz/fuzz_targets: text,
# docx, pdf) with libFuzzer via cargo-fuzz, each for SECONDS, starting from the bundled
# fixtures of its format. Needs a nightly toolchain and cargo-fuzz
# (`rustup toolchain install nightly; cargo install cargo-fuzz`).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (default 300 seconds; text docx pdf)
# A crash or a hang leaves its input in fuzz/artifacts/TARGET/ and stops with status 1.
set -euo pipefail

seconds=${1:-300}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(text docx pdf)
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/fuzz"

# The build goes to fuzz/target, or to $CARGO_TARGET_DIR when set.
target_dir=(--target-dir "${CARGO_TARGET_DIR:-$root/fuzz/target}")
cargo +nightly fuzz build -O "${target_dir[@]}"

status=0
for target in "${targets[@]}"; do
  corpus=$(mktemp -d)
  case $target in
    text) cp "$root"/fixtures/seeds/*.txt "$root"/fixtures/styles/*.txt "$root"/fixtures/renditions/*.txt "$corpus"/ ;;
    docx) cp "$root"/fixtures/renditions/*.docx "$corpus"/ ;;
    pdf) find "$root/fixtures/renditions" -name '*.pdf' ! -name '*scanned*' -exec cp {} "$corpus"/ \; ;;
  esac
  mkdir -p "artifacts/$target"
  echo "fuzzing $target for $seconds s from $(ls "$corpus" | wc -l) files"
  if ! cargo +nightly fuzz run -O "${target_dir[@]}" "$target" "$corpus" -- \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3000 -print_final_stats=1 \
    2>&1 | grep -E '^(Done|stat::number_of_executed_units|==|SUMMARY|thread)'; then
    status=1
  fi
  if [[ -n $(ls "artifacts/$target") ]]; then
    echo "$target: inputs that failed are in fuzz/artifacts/$target/" >&2
    status=1
  fi
  rm -rf "$corpus"
done
exit $status
