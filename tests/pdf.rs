//! PDF ingestion: renditions of the seed minutes read back to the seed's words, tables keep
//! rows, scans are partial, encrypted and damaged files give errors, never panics.

use minutes::IngestOptions;
use minutes::ingest::pdf::ingest;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Words for comparison: split at white space, outer punctuation trimmed, lower case;
/// tokens with no letter or digit (bullets, dashes) are dropped.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().replace('’', "'"))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Word-level similarity: 2 × LCS / (|a| + |b|).
fn similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    2.0 * prev[b.len()] as f64 / (a.len() + b.len()) as f64
}

fn renditions() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures/renditions"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    v.sort();
    v
}

fn seed_of(pdf: &Path) -> String {
    let name = pdf.file_name().unwrap().to_string_lossy();
    let n = &name[..3];
    std::fs::read_to_string(root().join(format!("fixtures/seeds/{n}.txt"))).unwrap()
}

#[test]
fn renditions_match_their_seed() {
    let mut report = String::new();
    for pdf in renditions() {
        let name = pdf.file_name().unwrap().to_string_lossy().to_string();
        let doc = ingest(&std::fs::read(&pdf).unwrap(), &IngestOptions::default()).unwrap();
        if name.contains("scanned") {
            continue;
        }
        let sim = similarity(&words(&doc.text), &words(&seed_of(&pdf)));
        report.push_str(&format!("{name}: {sim:.4}\n"));
        assert!(!doc.incomplete, "{name}");
        assert!(doc.page_starts.len() >= 1 && doc.page_starts[0] == 0);
        assert!(sim >= 0.97, "{name}: similarity {sim:.4}\n{report}");
    }
    eprintln!("{report}");
}

#[test]
fn attendee_table_keeps_rows() {
    for f in ["fixtures/renditions/002.lo.pdf", "fixtures/renditions/002.alt.pdf"] {
        let doc = ingest(&read(f), &IngestOptions::default()).unwrap();
        let line = doc.text.lines().find(|l| l.contains("Brendan Lee")).unwrap_or_default();
        assert!(
            line.contains("Brendan Lee\t")
                && line.replace('’', "'").contains("Children's Social Care"),
            "{f}: {line:?}"
        );
        assert!(!doc.text.contains("Page 1 of 8"), "{f}");
    }
}

#[test]
fn scanned_is_partial() {
    let doc =
        ingest(&read("fixtures/renditions/002.scanned.pdf"), &IngestOptions::default()).unwrap();
    assert!(doc.incomplete);
    assert!(doc.warnings.iter().any(|w| w.code == "no_text_layer"));
    let layer = doc.text_layer.unwrap();
    assert_eq!(layer.pages_without_text.len(), layer.chars_per_page.len());
}

/// Prints the text of the PDF named by `PDF=...` (debugging aid).
#[test]
#[ignore]
fn dump() {
    let path = std::env::var("PDF").unwrap_or_else(|_| "fixtures/renditions/002.lo.pdf".into());
    let doc =
        ingest(&std::fs::read(root().join(&path)).unwrap(), &IngestOptions::default()).unwrap();
    println!("{}", doc.text);
    println!("---\n{:?}\n{:?}\n{:?}", doc.page_starts, doc.text_layer, doc.warnings);
}
