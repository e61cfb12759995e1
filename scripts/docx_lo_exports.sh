#!/bin/sh
# Regenerates fixtures/docx/lo/NAME.txt: LibreOffice's own plain-text export (UTF-8) of every
# DOCX fixture (fixtures/docx/*.docx and fixtures/renditions/*.docx). The test
# `libreoffice_exports_agree` in tests/docx.rs compares our text with these, so CI needs no
# LibreOffice. Needs `soffice` (apt-get install libreoffice-writer-nogui).
set -eu
cd "$(dirname "$0")/.."
out=fixtures/docx/lo
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for f in fixtures/docx/*.docx fixtures/renditions/*.docx; do
    [ -e "$f" ] || continue
    soffice -env:UserInstallation=file://"$profile" --headless \
        --convert-to "txt:Text (encoded):UTF8" --outdir "$out" "$f" >/dev/null 2>&1
    echo "$out/$(basename "${f%.docx}").txt"
done
