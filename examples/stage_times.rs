//! Times each pipeline stage on the given files (a profiling aid):
//! `cargo run --release --example stage_times -- FILE...`
//!
//! One untimed pass first compiles the regexes, so the figures are the steady state of a
//! long batch. Under callgrind, count only the timed passes with
//! `--collect-atstart=no --toggle-collect='stage_times::measured'`.
use minutes::extract;
use minutes::segment;
use minutes::text::Text;
use std::time::Instant;

fn main() {
    let files: Vec<Vec<u8>> =
        std::env::args().skip(1).filter_map(|p| std::fs::read(p).ok()).collect();
    let total: usize = files.iter().map(Vec::len).sum();
    let reps: usize = std::env::var("REPS").ok().and_then(|r| r.parse().ok()).unwrap_or(20);
    let mut warm = [0f64; 8];
    timed(&files, 1, &mut warm);
    let mut t = [0f64; 8];
    measured(&files, reps, &mut t);
    let mb = (total * reps) as f64 / 1e6;
    for (name, v) in [
        "ingest",
        "segment",
        "kind",
        "meeting",
        "attendance",
        "decisions",
        "percentages",
        "paragraphs",
    ]
    .iter()
    .zip(t)
    {
        println!("{name:12} {:8.3} s  {:8.1} MB/s", v, mb / v);
    }
    println!(
        "total        {:8.3} s  {:8.1} MB/s",
        t.iter().sum::<f64>(),
        mb / t.iter().sum::<f64>()
    );
}

/// The timed passes (a separate function so callgrind can count only them).
#[inline(never)]
fn measured(files: &[Vec<u8>], reps: usize, t: &mut [f64; 8]) {
    timed(files, reps, t)
}

/// Runs every stage `reps` times over `files`, adding seconds per stage to `t`.
#[inline(never)]
fn timed(files: &[Vec<u8>], reps: usize, t: &mut [f64; 8]) {
    for _ in 0..reps {
        for b in files {
            let s = Instant::now();
            let Ok(doc) = minutes::ingest::ingest(b, Some("txt"), &Default::default()) else {
                continue;
            };
            t[0] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let text = Text::new(&doc);
            let seg = segment::segment(&text);
            t[1] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = extract::kind::classify(&text, &seg);
            t[2] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = extract::meeting::extract(&text, &seg);
            t[3] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = extract::attendance::extract(&text, &seg);
            t[4] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let formal = extract::decisions::is_formal(text.src);
            for it in &seg.items {
                let _ = extract::decisions::extract(&text, it, formal);
            }
            t[5] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = extract::percentages::extract(&text, &seg);
            t[6] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = extract::paragraphs(&doc.text);
            t[7] += s.elapsed().as_secs_f64();
        }
    }
}
