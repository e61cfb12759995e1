#!/usr/bin/env bash
# Regenerates fixtures/pdf/: the synthetic PDFs (written by a test) and their encrypted
# copies (qpdf). Needs qpdf (apt-get install qpdf).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --test pdf write_fixtures -- --ignored
cd fixtures/pdf
qpdf --encrypt secret owner 256 -- table.pdf encrypted.pdf
qpdf --allow-weak-crypto --encrypt "" owner 128 -- table.pdf encrypted_empty_password.pdf
qpdf --encrypt "" owner 256 -- furniture.pdf encrypted_aes256_empty.pdf
qpdf --allow-weak-crypto --encrypt "" owner 40 -- identity_h.pdf encrypted_rc4_40_empty.pdf
# A real producer: LibreOffice converts the HTML source (bordered table, two columns).
soffice -env:UserInstallation=file:///tmp/lo_pdf_profile --headless --convert-to pdf lo_columns_table.html
soffice -env:UserInstallation=file:///tmp/lo_pdf_profile --headless --convert-to pdf lo_unicode.html
soffice -env:UserInstallation=file:///tmp/lo_pdf_profile --headless --convert-to pdf lo_furniture.fodt
