//! Simple benchmarks to check for performance regressions in the per-document pipeline.
//! Run with: `cargo bench --bench pipeline` (reports MB/s per seed document).
//!
//! `pipeline` times `minutes::process_bytes` (ingest, segment, extract, record) on each
//! text in `fixtures/seeds/`; `ingest` times decoding and normalising alone; `jsonl` times
//! serialising the finished record. The whole tool over many files is timed by
//! `scripts/bench_cli.sh`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let mut seeds: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/seeds exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap())
        })
        .collect();
    seeds.sort();
    seeds
}

fn pipeline(c: &mut Criterion) {
    let options = minutes::IngestOptions::default();
    let seeds = seeds();

    let mut group = c.benchmark_group("pipeline");
    for (name, bytes) in &seeds {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), bytes, |b, bytes| {
            b.iter(|| minutes::process_bytes(name, black_box(bytes), &options))
        });
    }
    let total: u64 = seeds.iter().map(|(_, b)| b.len() as u64).sum();
    group.throughput(Throughput::Bytes(total));
    group.bench_function("all-seeds", |b| {
        b.iter(|| {
            for (name, bytes) in &seeds {
                black_box(minutes::process_bytes(name, black_box(bytes), &options));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Bytes(total));
    group.bench_function("all-seeds", |b| {
        b.iter(|| {
            for (name, bytes) in &seeds {
                let ext = Path::new(name).extension().and_then(|e| e.to_str());
                black_box(minutes::ingest::ingest(black_box(bytes), ext, &options).ok());
            }
        })
    });
    group.finish();

    let records: Vec<_> =
        seeds.iter().map(|(name, bytes)| minutes::process_bytes(name, bytes, &options)).collect();
    let mut group = c.benchmark_group("jsonl");
    group.throughput(Throughput::Bytes(total));
    group.bench_function("all-seeds", |b| {
        let mut out = Vec::with_capacity(1 << 20);
        b.iter(|| {
            out.clear();
            for record in &records {
                minutes::output::write_jsonl(&mut out, record).unwrap();
            }
            black_box(out.len())
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    // Short runs: the machine is shared; the numbers are for spotting regressions.
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = pipeline
}
criterion_main!(benches);
