//! The `minutes` binary end to end: discovery order, parallel output order, error records,
//! exit codes, the output file, help and schema. Uses `fixtures/` and temporary
//! directories only.

mod util;

use serde_json::Value;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use util::{Run, minutes};

impl Run {
    fn records(&self) -> Vec<Value> {
        self.json_lines()
    }
}

fn paths(records: &[Value]) -> Vec<String> {
    records.iter().map(|r| r["source"]["path"].as_str().unwrap().to_string()).collect()
}

fn seed(name: &str) -> Vec<u8> {
    fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds").join(name)).unwrap()
}

#[test]
fn seeds_give_five_records_in_sorted_order() {
    let run = minutes(&["extract", "fixtures/seeds"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let records = run.records();
    let want: Vec<String> = (0..5)
        .map(|i| format!("fixtures/seeds/{i:03}.txt").replace('/', std::path::MAIN_SEPARATOR_STR))
        .collect();
    assert_eq!(paths(&records), want);
    for r in &records {
        assert_eq!(r["status"], "ok", "{r}");
        assert_eq!(r["schema_version"], "1");
        assert_eq!(r["source"]["format"], "txt");
    }
    let summary = run.stderr.lines().last().unwrap();
    assert!(summary.starts_with("5 files: 5 ok, 0 partial, 0 failed in "), "{summary}");
    assert!(summary.ends_with(" s"), "{summary}");
}

#[test]
fn output_does_not_depend_on_the_number_of_jobs() {
    // Seeds and their renditions: ok and failed records mixed, files of varied sizes.
    let one = minutes(&["extract", "--jobs", "1", "fixtures/seeds", "fixtures/renditions"]);
    let four = minutes(&["extract", "--jobs", "4", "fixtures/seeds", "fixtures/renditions"]);
    assert_eq!(one.code, four.code);
    assert!(one.records().len() >= 30);
    assert!(one.stdout == four.stdout, "--jobs 1 and --jobs 4 differ");
    // Paths given one by one keep the order they were given in.
    let run = minutes(&["extract", "-j", "3", "fixtures/seeds/004.txt", "fixtures/seeds/000.txt"]);
    let got = paths(&run.records());
    assert!(got[0].ends_with("004.txt") && got[1].ends_with("000.txt"), "{got:?}");
}

#[test]
fn many_files_stream_in_order_with_several_jobs() {
    let dir = tempfile::tempdir().unwrap();
    // Small texts of uneven length, so that workers finish out of order.
    for i in 0..120 {
        let body = "The committee noted the report.\n".repeat(1 + (i * 37) % 60);
        let text = format!("Town Council\nMinutes of meeting {i}\n\n1. Reports\n{body}");
        fs::write(dir.path().join(format!("m{i:04}.txt")), text).unwrap();
    }
    let d = dir.path().to_str().unwrap();
    let run = minutes(&["extract", "-j", "3", d]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let got = paths(&run.records());
    let want: Vec<String> =
        (0..120).map(|i| dir.path().join(format!("m{i:04}.txt")).display().to_string()).collect();
    assert_eq!(got, want);
    assert!(run.stderr.contains("120 files: 120 ok, 0 partial, 0 failed"), "{}", run.stderr);
}

#[test]
fn bad_inputs_give_failed_records_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a-good.txt"), seed("003.txt")).unwrap();
    fs::write(d.join("b-empty.txt"), b"").unwrap();
    let random: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    fs::write(d.join("c-random.txt"), &random).unwrap();
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.extend(&random);
    fs::write(d.join("d-garbage.pdf"), &pdf).unwrap();
    let mut docx = b"PK\x03\x04".to_vec();
    docx.extend(&random);
    fs::write(d.join("e-garbage.docx"), &docx).unwrap();
    fs::write(d.join("f-good.txt"), seed("000.txt")).unwrap();

    let missing = d.join("no-such-file.txt");
    let run = minutes(&["extract", d.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let records = run.records();
    let names: Vec<String> = paths(&records)
        .iter()
        .map(|p| Path::new(p).file_name().unwrap().to_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "a-good.txt",
            "b-empty.txt",
            "c-random.txt",
            "d-garbage.pdf",
            "e-garbage.docx",
            "f-good.txt"
        ]
    );
    assert_eq!(records[0]["status"], "ok");
    assert_eq!(records[5]["status"], "ok");
    assert_eq!(records[1]["error"]["kind"], "empty");
    for r in &records[1..5] {
        assert_eq!(r["status"], "failed", "{r}");
        let message = r["error"]["message"].as_str().unwrap();
        assert!(message.len() > 10, "unclear error: {r}");
        // A failed record has nothing extracted.
        assert_eq!(r["items"], Value::Array(vec![]));
        assert_eq!(r["attendance"], Value::Array(vec![]));
    }
    // One stderr line per failed file, one for the missing path, then the summary.
    assert!(run.stderr.contains("b-empty.txt: empty: "), "{}", run.stderr);
    assert!(run.stderr.contains("no-such-file.txt: "), "{}", run.stderr);
    let summary = run.stderr.lines().last().unwrap();
    assert!(summary.starts_with("6 files: 2 ok, 0 partial, 4 failed in "), "{summary}");
    assert!(summary.ends_with("; 1 path could not be read"), "{summary}");

    // --quiet keeps the missing path and the summary, drops per-file lines.
    let run = minutes(&["extract", "-q", d.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(!run.stderr.contains("b-empty.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("no-such-file.txt"), "{}", run.stderr);
    // The failures by kind come before the summary.
    assert_eq!(run.stderr.lines().count(), 3, "{}", run.stderr);
    assert!(
        run.stderr.contains("failed by kind: 2 malformed, 1 empty, 1 unsupported_format\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_nonexistent_path_alone_exits_1() {
    let run = minutes(&["extract", "fixtures/no-such-dir"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("minutes: fixtures/no-such-dir: "), "{}", run.stderr);
    assert!(run.stderr.contains("0 files: 0 ok, 0 partial, 0 failed"), "{}", run.stderr);
}

#[test]
fn an_unreadable_path_is_reported_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("good.txt"), seed("001.txt")).unwrap();
    // A path through a regular file cannot be read, even by root.
    let through_file = d.join("good.txt").join("child");
    let run = minutes(&["extract", through_file.to_str().unwrap(), d.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.records().len(), 1);
    assert!(run.stderr.contains("child: "), "{}", run.stderr);

    // A directory without permission (not enforced for root: skip that part then).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = d.join("locked");
        fs::create_dir(&locked).unwrap();
        fs::write(locked.join("inside.txt"), seed("000.txt")).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        let enforced = fs::read_dir(&locked).is_err();
        let run = minutes(&["extract", d.to_str().unwrap()]);
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        if enforced {
            assert_eq!(run.code, 1, "{}", run.stderr);
            assert_eq!(run.records().len(), 1);
            assert!(run.stderr.contains("locked: "), "{}", run.stderr);
            assert!(run.stderr.contains("1 path could not be read"), "{}", run.stderr);
        } else {
            eprintln!("running with permission override (root): chmod 000 part skipped");
        }
    }
}

#[test]
fn unwritable_output_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("missing-dir").join("out.jsonl");
    let run = minutes(&["extract", "fixtures/seeds", "-o", target.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot create output file"), "{}", run.stderr);
    assert!(run.stderr.contains("out.jsonl"), "{}", run.stderr);
    // A directory is not a file either.
    let run = minutes(&["extract", "fixtures/seeds", "-o", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(minutes(&["extract"]).code, 2);
    assert_eq!(minutes(&["extract", "--jobs", "0", "fixtures"]).code, 2);
    assert_eq!(minutes(&["extract", "--max-file-size", "lots", "fixtures"]).code, 2);
    assert_eq!(minutes(&["frobnicate"]).code, 2);
}

#[test]
fn the_output_file_is_written_and_never_read_as_input() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), seed("000.txt")).unwrap();
    fs::write(d.join("b.txt"), seed("003.txt")).unwrap();
    let out = d.join("out.jsonl");
    for _ in 0..2 {
        let run = minutes(&["extract", d.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(run.stdout, "");
        assert_eq!(fs::read_to_string(&out).unwrap().lines().count(), 2);
    }
}

#[test]
fn hidden_files_and_symlinks_are_skipped_when_walking() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), seed("000.txt")).unwrap();
    fs::write(d.join(".hidden.txt"), seed("000.txt")).unwrap();
    fs::create_dir(d.join(".git")).unwrap();
    fs::write(d.join(".git").join("x.txt"), seed("000.txt")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("a.txt"), d.join("link.txt")).unwrap();
    let run = minutes(&["extract", d.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(paths(&run.records()), [d.join("a.txt").display().to_string()]);
    // Named explicitly, a hidden file is read.
    let run = minutes(&["extract", d.join(".hidden.txt").to_str().unwrap()]);
    assert_eq!(run.records().len(), 1);
}

#[test]
fn extension_filters_keep_walked_files_of_those_types() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), seed("000.txt")).unwrap();
    fs::write(d.join("b.PDF"), b"not really a pdf").unwrap();
    fs::write(d.join("c.json"), b"{}").unwrap();
    let at = |name: &str| d.join(name).display().to_string();
    // Without -e every file gives a record.
    assert_eq!(minutes(&["extract", d.to_str().unwrap()]).records().len(), 3);
    let run = minutes(&["extract", "-e", "txt,.pdf", d.to_str().unwrap()]);
    assert_eq!(paths(&run.records()), [at("a.txt"), at("b.PDF")]);
    assert!(run.stderr.contains("1 file of other extensions passed over"), "{}", run.stderr);
    // A file named on the command line is read whatever its extension.
    let run = minutes(&["extract", "-e", "txt", d.to_str().unwrap(), &at("c.json")]);
    assert_eq!(paths(&run.records()), [at("a.txt"), at("c.json")]);
}

#[test]
fn too_large_files_fail_with_their_limit() {
    let run = minutes(&["extract", "--max-file-size", "1K", "fixtures/seeds/000.txt"]);
    assert_eq!(run.code, 1);
    let records = run.records();
    assert_eq!(records[0]["error"]["kind"], "too_large");
    assert!(run.stderr.contains("--max-file-size"), "{}", run.stderr);
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let text = seed("002.txt");
    for i in 0..400 {
        fs::write(dir.path().join(format!("{i:04}.txt")), &text).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_minutes"))
        .args(["extract", "-j", "2", dir.path().to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is dropped here: the pipe is closed after one line.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with('{'));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.to_lowercase().contains("broken pipe"), "{stderr}");
}

#[test]
fn schema_prints_a_json_schema() {
    let run = minutes(&["schema"]);
    assert_eq!(run.code, 0);
    let schema: Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(jsonschema::meta::is_valid(&schema));
    assert_eq!(schema["title"], "Record");
    assert!(schema["properties"]["attendance"].is_object());
}

#[test]
fn help_reads_well() {
    let run = minutes(&["--help"]);
    assert_eq!(run.code, 0);
    for want in ["extract", "schema", "EXAMPLES:", "EXIT STATUS:", "Report a bug"] {
        assert!(run.stdout.contains(want), "--help lacks {want}:\n{}", run.stdout);
    }
    let run = minutes(&["extract", "--help"]);
    assert_eq!(run.code, 0);
    for want in ["[PATH]...", "--output <FILE>", "--jobs <NUM>", "--max-file-size <BYTES>"] {
        assert!(run.stdout.contains(want), "extract --help lacks {want}:\n{}", run.stdout);
    }
    let short = minutes(&["extract", "-h"]);
    assert!(short.stdout.len() < run.stdout.len());
    assert!(minutes(&["--version"]).stdout.starts_with("minutes "));
}

#[test]
fn text_prints_the_text_and_shows_the_page_header_apart() {
    let doc = "fixtures/documents/b22-vic-shire-ordinary-meeting-name-position-tables-typed-9-2-1-officer-rec-box-carried.docx";
    let run = minutes(&["text", doc]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The text starts with the body's own heading; the header is on standard error.
    assert!(run.stdout.starts_with("MINUTES OF THE ORDINARY COUNCIL MEETING"), "{}", run.stdout);
    assert!(!run.stdout.contains("WIRRABILLA SHIRE COUNCIL"));
    assert!(run.stderr.contains("page header: WIRRABILLA SHIRE COUNCIL"), "{}", run.stderr);
    // A text file has no page header.
    let run = minutes(&["text", "fixtures/seeds/000.txt"]);
    assert!(!run.stderr.contains("page header"), "{}", run.stderr);
}
