# Sourced by the bench scripts after they set `copies`: builds the release binary and a
# corpus of `copies` copies of each seed text (100 copies per directory) in a temporary
# directory removed on exit, with the page cache warmed. Sets root, bin, corpus, out and
# files.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
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

# Warm the page cache so the runs time processing, not the disk.
cat "$corpus"/*/* > /dev/null
