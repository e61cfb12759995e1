//! Fuzzes the whole pipeline on text input: decoding, segmentation and every extractor.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = minutes::process_bytes("fuzz.txt", data, &minutes::IngestOptions::default());
});
