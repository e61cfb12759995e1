//! Profiling helper: ingests the DOCX files named on the command line many times
//! (`perf record cargo run --release --example docx_profile -- FILES`).
fn main() {
    let files: Vec<Vec<u8>> =
        std::env::args().skip(1).filter_map(|p| std::fs::read(p).ok()).collect();
    let opts = minutes::IngestOptions::default();
    let start = std::time::Instant::now();
    for _ in 0..300 {
        for b in &files {
            let _ = minutes::ingest::docx::ingest(b, &opts);
        }
    }
    println!("{:?} per ingest", start.elapsed() / (300 * files.len().max(1)) as u32);
}
