//! Documents per second of the DOCX ingester alone and of the whole pipeline
//! (`process_bytes`: ingest + extract), single-threaded, over the files named on the command
//! line: `cargo run --release --example docx_bench -- fixtures/renditions/*.docx`.
use std::time::{Duration, Instant};

fn rate(files: &[Vec<u8>], mut f: impl FnMut(&[u8])) -> f64 {
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < Duration::from_secs(3) {
        for b in files {
            f(b);
            n += 1;
        }
    }
    n as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let files: Vec<Vec<u8>> =
        std::env::args().skip(1).filter_map(|p| std::fs::read(p).ok()).collect();
    let opts = minutes::IngestOptions::default();
    let ingest = rate(&files, |b| {
        let _ = minutes::ingest::docx::ingest(b, &opts);
    });
    let pipeline = rate(&files, |b| {
        let _ = minutes::process_bytes("x.docx", b, &opts);
    });
    println!(
        "{} files; ingest: {ingest:.0} docs/s; whole pipeline: {pipeline:.0} docs/s (1 thread)",
        files.len()
    );
}
