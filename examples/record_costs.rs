//! Times what the CLI does per file around the pipeline (a profiling aid):
//! `cargo run --release --example record_costs -- FILE...` prints, per MB of input, the
//! time of the whole pipeline (`process_bytes`), of the SHA-256 every record carries, and
//! of serialising the record as a JSON line.
use sha2::{Digest, Sha256};
use std::time::Instant;

fn main() {
    let files: Vec<(String, Vec<u8>)> =
        std::env::args().skip(1).filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b))).collect();
    let reps: usize = std::env::var("REPS").ok().and_then(|r| r.parse().ok()).unwrap_or(20);
    let options = Default::default();
    let records: Vec<_> =
        files.iter().map(|(p, b)| minutes::process_bytes(p, b, &options)).collect();
    let mb = files.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 * reps as f64 / 1e6;
    let time = |f: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..reps {
            f();
        }
        start.elapsed().as_secs_f64()
    };
    let pipeline = time(&|| {
        for (p, b) in &files {
            std::hint::black_box(minutes::process_bytes(p, b, &options));
        }
    });
    let sha = time(&|| {
        for (_, b) in &files {
            std::hint::black_box(Sha256::digest(b));
        }
    });
    let json_bytes: usize = records
        .iter()
        .map(|r| {
            let mut line = Vec::new();
            minutes::output::write_jsonl(&mut line, r).map_or(0, |()| line.len())
        })
        .sum();
    let json = time(&|| {
        for r in &records {
            let mut line = Vec::with_capacity(4096);
            let _ = minutes::output::write_jsonl(&mut line, r);
            std::hint::black_box(line);
        }
    });
    for (name, t) in [("pipeline", pipeline), ("sha256", sha), ("json line", json)] {
        println!(
            "{name:10} {:8.4} s  {:8.1} MB/s  {:5.1}% of pipeline",
            t,
            mb / t,
            100.0 * t / pipeline
        );
    }
    println!("JSON: {:.2} bytes per input byte", json_bytes as f64 / (mb * 1e6 / reps as f64));
}
