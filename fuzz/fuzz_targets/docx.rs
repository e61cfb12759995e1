//! Fuzzes the DOCX ingester: any bytes give a document or an error, never a panic or hang.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = minutes::ingest::docx::ingest(data, &minutes::IngestOptions::default());
});
