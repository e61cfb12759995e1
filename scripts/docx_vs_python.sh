#!/usr/bin/env bash
# Issue 4's speed criterion, in one run on the same files: documents per second of the
# whole `minutes extract` (release binary, --jobs = cores) against python-docx's plain
# text read (paragraphs and table cells) with a process pool of the same size.
#
# Usage: scripts/docx_vs_python.sh [COPIES]   (default 100 copies of the five Word
# renditions: 500 files). Needs python3 with python-docx (pip install python-docx).
set -euo pipefail

copies=${1:-100}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --release --locked --quiet
bin=$root/target/release/minutes
cores=$(nproc)

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
for ((i = 0; i < copies; i++)); do
  for f in fixtures/renditions/*.docx; do
    cp "$f" "$corpus/$(printf '%05d' "$i")-$(basename "$f")"
  done
done
files=$(find "$corpus" -name '*.docx' | wc -l)

best() { # best wall time of 3 runs of "$@", in seconds
  local best=
  for _ in 1 2 3; do
    local s e t
    s=$(date +%s.%N)
    "$@" > /dev/null
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [[ -z $best ]] || (($(echo "$t < $best" | bc -l))); then best=$t; fi
  done
  echo "$best"
}

cat > "$corpus/read.py" <<'PY'
import sys, os
from multiprocessing import Pool
sys.path.insert(0, os.environ["SCRIPTS"])
from docx_python_bench import read  # the same read as docx_python_bench.py

folder, cores = sys.argv[1], int(sys.argv[2])
paths = sorted(os.path.join(folder, f) for f in os.listdir(folder))
with Pool(cores) as pool:
    pool.map(read, [p for p in paths if p.endswith(".docx")], chunksize=8)
PY
py=$(SCRIPTS=$root/scripts best python3 "$corpus/read.py" "$corpus" "$cores")
ours=$(best "$bin" extract --jobs "$cores" --quiet "$corpus"/*.docx -o /dev/null 2> /dev/null)
printf '%d DOCX files, %d cores\n' "$files" "$cores"
printf 'python-docx (pool of %d): %.3f s, %.0f documents/s\n' "$cores" "$py" "$(echo "$files / $py" | bc -l)"
printf 'minutes extract --jobs %d: %.3f s, %.0f documents/s\n' "$cores" "$ours" "$(echo "$files / $ours" | bc -l)"
printf 'ratio: %.1fx\n' "$(echo "$py / $ours" | bc -l)"
