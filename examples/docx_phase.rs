//! Profiling helper: ingests one DOCX many times (`perf record` this).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "fixtures/renditions/002.docx".into());
    let Ok(bytes) = std::fs::read(&path) else { return };
    let opts = minutes::IngestOptions::default();
    let start = std::time::Instant::now();
    for _ in 0..500 {
        let _ = minutes::ingest::docx::ingest(&bytes, &opts);
    }
    println!("{:?} per ingest", start.elapsed() / 500);
}
