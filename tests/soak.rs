//! Soak test (issue 6): 10,000 generated files, mixed formats, 5% corrupt, a few empty and
//! one unreadable, through `minutes extract --out-dir`. The run must finish without a
//! panic with exactly one manifest entry per file, the expected counts by status and by
//! error kind, and peak memory within 20% of a run over 1,000 of the same files.
//!
//! The files are tiny, so the test runs in well under a minute in a debug build on two
//! cores; `scripts/bench_memory.sh` measures the same with the release binary.

#![cfg(target_os = "linux")]

use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

const DIRS: usize = 10;
const PER_DIR: usize = 1_000;

fn fixture(rel: &str) -> Vec<u8> {
    fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

/// Deterministic pseudo-random bytes.
fn noise(seed: usize, len: usize) -> Vec<u8> {
    let mut x = seed as u64 ^ 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// What a generated file should give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Want {
    Ok,
    Partial,
    Malformed,
    Unsupported,
    Empty,
    Unreadable,
}

/// Writes the `n`-th file under `dir` and says what it should give. Of every 100 files:
/// 85 text, 7 DOCX, 3 PDF, and 5 corrupt (truncated DOCX and PDF, binary data);
/// files 500, 4,500 and 8,500 are empty.
fn generate(dir: &Path, n: usize, docx: &[u8], pdf: &[u8]) -> Want {
    let name = |ext: &str| dir.join(format!("f{n:05}.{ext}"));
    let (path, bytes, want) = match (n % 100, n) {
        (_, 500 | 4_500 | 8_500) => (name("txt"), Vec::new(), Want::Empty),
        // Cut in half, the DOCX reader recovers the parts from the local zip headers.
        (0, _) => (name("docx"), docx[..docx.len() / 2].to_vec(), Want::Partial),
        (20, _) => (name("docx"), docx[..docx.len() / 5].to_vec(), Want::Malformed),
        (40 | 60, _) => (name("pdf"), pdf[..pdf.len() / 2 + n % 64].to_vec(), Want::Malformed),
        (80, _) => (name("doc"), noise(n, 900), Want::Unsupported),
        (1..=7, _) => (name("docx"), docx.to_vec(), Want::Ok),
        (8..=10, _) => (name("pdf"), pdf.to_vec(), Want::Ok),
        _ => {
            let text = format!(
                "Parish Council\nMinutes of the meeting held on {} May 2019\n\n\
                 Present: Cllr A. Jones (Chair), Cllr B. Smith, Mr C. Person{n}\n\n\
                 1. Apologies\nNone.\n\n2. Accounts\nRESOLVED: That the precept rise by {}%.\n",
                1 + n % 28,
                n % 40
            );
            (name("txt"), text.into_bytes(), Want::Ok)
        }
    };
    fs::write(path, bytes).unwrap();
    want
}

/// Runs `minutes extract` and returns the report and the manifest entries.
fn run(inputs: &Path, out: &Path, extra: &[&str]) -> (Value, Vec<Value>) {
    let report = out.with_extension("report.json");
    let status = Command::new(env!("CARGO_BIN_EXE_minutes"))
        .arg("extract")
        .arg(inputs)
        .arg("--out-dir")
        .arg(out)
        .arg("--report")
        .arg(&report)
        .args(["-q", "-j", "2"])
        .args(extra)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1), "failed files give exit status 1, anything else is wrong");
    let report: Value = serde_json::from_slice(&fs::read(&report).unwrap()).unwrap();
    let manifest = fs::read_to_string(out.join("manifest.jsonl")).unwrap();
    let entries = manifest.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (report, entries)
}

#[test]
fn ten_thousand_files_one_entry_each_and_flat_memory() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("archive");
    let docx = fixture("fixtures/docx/tracked.docx");
    let pdf = fixture("fixtures/pdf/table.pdf");
    let mut wants = BTreeMap::new();
    for d in 0..DIRS {
        let sub = root.join(format!("d{d}"));
        fs::create_dir_all(&sub).unwrap();
        for i in 0..PER_DIR {
            *wants.entry(generate(&sub, d * PER_DIR + i, &docx, &pdf)).or_insert(0) += 1;
        }
    }
    // One file that cannot be read: without permission, or (as root, who may read
    // anything) a link, followed with --follow, to a file whose read fails.
    let locked = root.join("d3/locked.txt");
    fs::write(&locked, "x").unwrap();
    let mut extra = vec![];
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read(&locked).is_ok() {
            fs::remove_file(&locked).unwrap();
            std::os::unix::fs::symlink("/proc/self/mem", &locked).unwrap();
            extra.push("--follow");
        }
    }
    // The locked file replaces file 3,999 (d3 has 1,000 files with it).
    let last = root.join("d3/f03999.txt");
    assert!(last.exists());
    fs::remove_file(&last).unwrap();
    *wants.get_mut(&Want::Ok).unwrap() -= 1;
    *wants.entry(Want::Unreadable).or_insert(0) += 1;
    assert_eq!(wants.values().sum::<usize>(), DIRS * PER_DIR);

    let (small, small_entries) = run(&root.join("d0"), &dir.path().join("out1k"), &extra);
    assert_eq!(small_entries.len(), PER_DIR);
    let (report, entries) = run(&root, &dir.path().join("out10k"), &extra);

    // Exactly one entry per file, every one with a record file.
    assert_eq!(entries.len(), DIRS * PER_DIR);
    let mut outputs: Vec<&str> = entries.iter().map(|e| e["output"].as_str().unwrap()).collect();
    outputs.sort_unstable();
    outputs.dedup();
    assert_eq!(outputs.len(), DIRS * PER_DIR);
    // Counts by status and by error kind.
    let count = |status: &str| entries.iter().filter(|e| e["status"] == status).count();
    let failed = DIRS * PER_DIR - wants[&Want::Ok] - wants[&Want::Partial];
    let want = (wants[&Want::Ok], wants[&Want::Partial], failed);
    assert_eq!((count("ok"), count("partial"), count("failed")), want);
    let kind = |k: &str| entries.iter().filter(|e| e["error_kind"] == k).count();
    assert_eq!(kind("malformed"), wants[&Want::Malformed]);
    assert_eq!(kind("unsupported_format"), wants[&Want::Unsupported]);
    assert_eq!(kind("empty"), wants[&Want::Empty]);
    assert_eq!(kind("unreadable"), 1);
    assert_eq!(kind("internal"), 0, "a panic was caught");
    assert_eq!(report["files"], DIRS * PER_DIR);
    assert_eq!(report["failed"], failed);
    let grouped: u64 =
        report["failures"].as_array().unwrap().iter().map(|g| g["count"].as_u64().unwrap()).sum();
    assert_eq!(grouped as usize, failed);
    // Copies of the same DOCX are reported once, with all their paths.
    let copies = report["duplicates"].as_array().unwrap();
    assert!(
        copies.iter().any(|c| c["paths"].as_array().unwrap().len() == 7 * DIRS * PER_DIR / 100)
    );

    // Flat memory: ten times the files, at most 20% more peak memory.
    let peak = |r: &Value| r["peak_rss_bytes"].as_u64().unwrap() as f64;
    let (small, large) = (peak(&small), peak(&report));
    eprintln!("peak RSS: 1,000 files {:.1} MB, 10,000 files {:.1} MB", small / 1e6, large / 1e6);
    assert!(large <= small * 1.2, "peak RSS grew from {small} to {large} bytes");
}
