#!/bin/sh
# Regenerates, with LibreOffice, so that CI needs no LibreOffice:
# - fixtures/docx/lo/NAME.txt: its plain-text export (UTF-8) of every DOCX fixture
#   (fixtures/docx/*.docx and fixtures/renditions/*.docx), compared with our text by the test
#   `libreoffice_exports_agree` in tests/docx.rs;
# - fixtures/docx/lo_written/NNN.docx: the seed renditions saved again as DOCX by LibreOffice
#   (another producer's markup), which must read exactly as the originals.
# Needs `soffice` (apt-get install libreoffice-writer-nogui).
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
mkdir -p fixtures/docx/lo_written
for f in fixtures/renditions/*.docx; do
    soffice -env:UserInstallation=file://"$profile" --headless \
        --convert-to "docx:MS Word 2007 XML" --outdir fixtures/docx/lo_written "$f" >/dev/null 2>&1
    echo "fixtures/docx/lo_written/$(basename "$f")"
done
