#!/usr/bin/env bash
# Peak resident memory of `minutes extract --out-dir` over 1,000 and over 10,000 small
# files (issue 6: memory must stay flat as the number of files grows). The corpus is the
# soak test's mix: 85% text minutes, 7% DOCX, 3% PDF, 5% truncated or binary files.
# Measured with /usr/bin/time -v (maximum resident set size), release binary, --jobs 2,
# with the manifest, CSV and SQLite exports and the report all written.
#
# Usage: scripts/bench_memory.sh [SMALL] [LARGE]     (default 1000 10000)
set -euo pipefail

small=${1:-1000}
large=${2:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

cargo build --release --locked --quiet
bin=$root/target/release/minutes

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

docx=fixtures/docx/tracked.docx
pdf=fixtures/pdf/table.pdf
docx_size=$(stat -c %s "$docx")
pdf_size=$(stat -c %s "$pdf")

# corpus DIR N: N files in DIR, 1,000 per subdirectory.
corpus() {
  local dir=$1 n=$2 i sub
  for ((i = 0; i < n; i++)); do
    sub=$dir/d$((i / 1000))
    ((i % 1000)) || mkdir -p "$sub"
    case $((i % 100)) in
      0) head -c $((docx_size / 2)) "$docx" > "$sub/f$i.docx" ;;
      20) head -c $((docx_size / 5)) "$docx" > "$sub/f$i.docx" ;;
      40 | 60) head -c $((pdf_size / 2 + i % 64)) "$pdf" > "$sub/f$i.pdf" ;;
      80) head -c 900 /dev/urandom > "$sub/f$i.doc" ;;
      [1-7]) cp "$docx" "$sub/f$i.docx" ;;
      8 | 9 | 10) cp "$pdf" "$sub/f$i.pdf" ;;
      *) printf 'Parish Council\nMinutes of the meeting held on %d May 2019\n\nPresent: Cllr A. Jones (Chair), Cllr B. Smith, Mr C. Person%d\n\n1. Apologies\nNone.\n\n2. Accounts\nRESOLVED: That the precept rise by %d%%.\n' \
        $((1 + i % 28)) "$i" $((i % 40)) > "$sub/f$i.txt" ;;
    esac
  done
}

# peak N: peak RSS in MB of one run over N files.
peak() {
  local n=$1 dir=$work/in$1 out=$work/out$1
  [[ -d $dir ]] || corpus "$dir" "$n"
  rm -rf "$out" "$work/csv$n" "$work/$n.db"
  /usr/bin/time -v "$bin" extract "$dir" --out-dir "$out" --csv "$work/csv$n" \
    --sqlite "$work/$n.db" --report "$work/report$n.json" --jobs 2 --quiet \
    2> "$work/time$n" > /dev/null || true
  awk '/Maximum resident set size/ {printf "%.1f", $NF / 1024}' "$work/time$n"
}

a=$(peak "$small")
b=$(peak "$large")
printf '%s files: %s MB peak RSS\n%s files: %s MB peak RSS\n' "$small" "$a" "$large" "$b"
awk -v a="$a" -v b="$b" 'BEGIN {printf "growth: %+.1f%%\n", (b / a - 1) * 100}'
