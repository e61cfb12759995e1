//! Archive runs end to end (issue 6): the output directory and its manifest, resume after
//! a kill, shards, exports (CSV, SQLite), input discovery (globs, --files-from), the time
//! budget, duplicates and the report. Uses `fixtures/` and temporary directories only.

use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn minutes_with(args: &[&str], env: &[(&str, &str)], stdin: Option<&[u8]>) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_minutes"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().expect("the binary runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().expect("exited normally"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn minutes(args: &[&str]) -> Run {
    minutes_with(args, &[], None)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A small minute, different for each `i`.
fn tiny(i: usize) -> String {
    format!(
        "Town Council\nMinutes of the meeting held on {} March 2021\n\n\
         Present: Cllr A. Jones (Chair), Cllr B. Smith, Cllr C. Number{i}\n\n\
         1. Apologies\nNone.\n\n2. Budget\nRESOLVED: That the budget rise by {}%:\n\
         (a) first {i};\n(b) second.\n",
        1 + i % 28,
        i % 50
    )
}

/// A tree of `n` small minutes in nested directories, a few of them failing.
fn tree(root: &Path, n: usize) {
    for i in 0..n {
        let path = root.join(format!("y{}/m{i:04}.txt", 2000 + i % 7));
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let bytes = match i % 50 {
            7 => Vec::new(),
            13 => format!("%PDF-1.7\n{i} 0 obj garbage").into_bytes(),
            _ => tiny(i).into_bytes(),
        };
        fs::write(path, bytes).unwrap();
    }
}

/// Every file under `dir` (relative path -> bytes), hidden ones included.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    out
}

/// Manifest lines as JSON, with the run-dependent fields normalised: `elapsed_ms` removed,
/// and `skipped` (kept from an earlier run) read as the `ok` it stands for.
fn manifest(path: &Path) -> Vec<Value> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
            v.as_object_mut().unwrap().remove("elapsed_ms");
            if v["status"] == "skipped" {
                v["status"] = "ok".into();
            }
            v
        })
        .collect()
}

#[test]
fn out_dir_mirrors_the_tree_and_a_rerun_skips_unchanged_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("in"), dir.path().join("out"));
    tree(&input, 30);
    let run = minutes(&["extract", s(&input), "--out-dir", s(&out), "-j", "2"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout, "", "records go to the directory, not standard output");
    assert!(
        run.stderr.contains("30 files: 28 ok, 0 partial, 2 failed, 0 skipped"),
        "{}",
        run.stderr
    );
    let record: Value =
        serde_json::from_slice(&fs::read(out.join("y2000/m0000.txt.json")).unwrap()).unwrap();
    assert_eq!(record["source"]["path"], s(&input.join("y2000/m0000.txt")));
    assert_eq!(record["id"].as_str().unwrap().len(), 16);
    assert_eq!(record["items"][1]["id"], format!("{}/2", record["id"].as_str().unwrap()));
    let entries = manifest(&out.join("manifest.jsonl"));
    assert_eq!(entries.len(), 30);
    let first = &entries[0];
    assert_eq!(first["output"], "y2000/m0000.txt.json");
    assert_eq!(first["id"], record["id"]);
    assert_eq!(first["sha256"], record["source"]["sha256"]);
    assert_eq!(first["tool_version"], env!("CARGO_PKG_VERSION"));
    assert!(entries.iter().any(|e| e["error_kind"] == "empty"));
    assert_eq!(files(&out).len(), 31, "30 records and the manifest, no temporary file");

    // Unchanged: skipped. Failed ones are retried.
    let run = minutes(&["extract", s(&input), "--out-dir", s(&out), "-j", "2"]);
    assert!(
        run.stderr.contains("30 files: 0 ok, 0 partial, 2 failed, 28 skipped"),
        "{}",
        run.stderr
    );
    // One input changed: processed again.
    fs::write(input.join("y2003/m0003.txt"), tiny(1003)).unwrap();
    let run = minutes(&["extract", s(&input), "--out-dir", s(&out)]);
    assert!(
        run.stderr.contains("30 files: 1 ok, 0 partial, 2 failed, 27 skipped"),
        "{}",
        run.stderr
    );
    let changed = fs::read_to_string(out.join("y2003/m0003.txt.json")).unwrap();
    assert!(changed.contains("Number1003"));
    // --force redoes everything; the manifest still has one line per input.
    let run = minutes(&["extract", s(&input), "--out-dir", s(&out), "--force"]);
    assert!(
        run.stderr.contains("30 files: 28 ok, 0 partial, 2 failed, 0 skipped"),
        "{}",
        run.stderr
    );
    assert_eq!(manifest(&out.join("manifest.jsonl")).len(), 30);
}

/// The number of whole lines in a file (0 if it does not exist yet).
fn lines_in(path: &Path) -> usize {
    fs::read(path).map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
}

/// Killing a run at any moment and running it again gives the same record files and the
/// same manifest as a run that was never interrupted.
#[test]
fn a_killed_run_resumes_to_the_same_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    tree(&input, 300);
    let (whole, resumed) = (dir.path().join("whole"), dir.path().join("resumed"));
    let run = minutes(&["extract", s(&input), "--out-dir", s(&whole), "-j", "2"]);
    assert_eq!(run.code, 1, "{}", run.stderr);

    // Slowed down (5 ms a file) so that the kill lands in the middle of the run.
    let mut child = Command::new(env!("CARGO_BIN_EXE_minutes"))
        .args(["extract", s(&input), "--out-dir", s(&resumed), "-j", "2", "-q"])
        .env("MINUTES_TEST_DELAY_MS", "5")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let journal = resumed.join("manifest.jsonl");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if lines_in(&journal) >= 40 || Instant::now() > deadline {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap(); // SIGKILL: no chance to tidy up
    child.wait().unwrap();
    let done = lines_in(&journal);
    assert!((40..300).contains(&done), "killed after {done} of 300 manifest lines");

    let run = minutes(&["extract", s(&input), "--out-dir", s(&resumed), "-j", "2"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(" skipped (unchanged)"), "{}", run.stderr);
    let (want, got) = (files(&whole), files(&resumed));
    assert_eq!(want.keys().collect::<Vec<_>>(), got.keys().collect::<Vec<_>>());
    for (name, bytes) in &want {
        if name != "manifest.jsonl" {
            assert!(got[name] == *bytes, "{name} differs after the resumed run");
        }
    }
    assert_eq!(manifest(&whole.join("manifest.jsonl")), manifest(&journal));
}

/// The union of three shards' outputs is the output of one run, byte for byte after
/// sorting.
#[test]
fn three_shards_make_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    tree(&input, 90);
    let (single, sharded) = (dir.path().join("single"), dir.path().join("sharded"));
    let run = minutes(&[
        "extract",
        s(&input),
        "--out-dir",
        s(&single),
        "-o",
        s(&dir.path().join("all.jsonl")),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut lines = Vec::new();
    let mut manifests = Vec::new();
    for k in 0..3 {
        let shard = format!("{k}/3");
        let jsonl = dir.path().join(format!("shard{k}.jsonl"));
        let run = minutes(&[
            "extract",
            s(&input),
            "--shard",
            &shard,
            "--out-dir",
            s(&sharded),
            "-o",
            s(&jsonl),
        ]);
        assert!(run.code <= 1, "{}", run.stderr);
        let text = fs::read_to_string(&jsonl).unwrap();
        assert!(text.lines().count() > 10, "shard {k} is too small");
        lines.extend(text.lines().map(str::to_string));
        manifests.extend(manifest(&sharded.join(format!("manifest-{k}-of-3.jsonl"))));
    }
    let mut want: Vec<String> = fs::read_to_string(dir.path().join("all.jsonl"))
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    want.sort();
    lines.sort();
    assert!(want == lines, "the shards' records differ from the single run's");
    let key = |v: &Value| v["output"].as_str().unwrap().to_string();
    let mut single_manifest = manifest(&single.join("manifest.jsonl"));
    single_manifest.sort_by_key(key);
    manifests.sort_by_key(key);
    assert_eq!(single_manifest, manifests);
    let mut records = files(&sharded);
    records.retain(|name, _| !name.starts_with("manifest"));
    let mut single_records = files(&single);
    single_records.remove("manifest.jsonl");
    assert!(records == single_records, "record files differ");
}

fn sqlite_count(db: &rusqlite::Connection, sql: &str) -> i64 {
    db.query_row(sql, [], |row| row.get(0)).unwrap()
}

#[test]
fn csv_and_sqlite_exports_of_the_fixtures_load_and_join() {
    let dir = tempfile::tempdir().unwrap();
    let (csv_dir, db_path) = (dir.path().join("csv"), dir.path().join("minutes.db"));
    let copy = dir.path().join("copy.txt");
    fs::copy("fixtures/seeds/003.txt", &copy).unwrap();
    // 003.txt is named twice (one file) and copied (another file, the same document).
    #[rustfmt::skip]
    let run = minutes(&[
        "extract", "fixtures/seeds", "fixtures/styles", "fixtures/seeds/003.txt", s(&copy),
        "--csv", s(&csv_dir), "--sqlite", s(&db_path), "-j", "2",
    ]);
    assert!(run.code <= 1, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    let db = rusqlite::Connection::open(&db_path).unwrap();
    // A join across attendance, items and decisions: who was present when each clause
    // was decided.
    let joined = sqlite_count(
        &db,
        "SELECT count(*) FROM decisions d
           JOIN items i ON i.item_id = d.item_id
           JOIN attendance a ON a.document_id = i.document_id
          WHERE a.status = 'present' AND d.clause_path <> ''",
    );
    assert!(joined > 50, "{joined} rows");
    let clause: String = db
        .query_row(
            "SELECT d.clause_path FROM decisions d JOIN meetings m USING (document_id)
              WHERE m.path LIKE '%003.txt' AND d.label = 'ii'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(clause, "ii");
    let problems: Vec<String> = db
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query_map([], |row| row.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    let indexes = sqlite_count(&db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'");
    assert!(indexes >= 8);
    // 003.txt and its copy: two files, one document.
    let files = sqlite_count(&db, "SELECT count(*) FROM files");
    let documents = sqlite_count(&db, "SELECT count(*) FROM meetings");
    assert_eq!(files, documents + 1, "{}", run.stderr);
    assert!(run.stderr.contains("3 files are copies of 1 document(s)"), "{}", run.stderr);

    // The CSV files have the same tables, columns and rows.
    for table in ["meetings", "files", "attendance", "items", "decisions", "actions", "percentages"]
    {
        let mut reader = csv::Reader::from_path(csv_dir.join(format!("{table}.csv"))).unwrap();
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        let columns: Vec<String> = db
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(header, columns, "{table}");
        let rows = reader.records().map(Result::unwrap).count() as i64;
        assert_eq!(rows, sqlite_count(&db, &format!("SELECT count(*) FROM {table}")), "{table}");
    }
    assert!(!files_named_tmp(dir.path()), "temporary files left behind");
}

fn files_named_tmp(dir: &Path) -> bool {
    files(dir).keys().any(|k| k.ends_with(".tmp"))
}

#[test]
fn globs_and_file_lists_find_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    tree(&input, 20);
    let out = dir.path().join("out");
    let pattern = input.join("y200[01]/*.txt");
    let run = minutes(&["extract", s(&pattern), "--out-dir", s(&out), "-q"]);
    assert_eq!(run.code, 1, "{}", run.stderr); // m0007 is empty
    let names: Vec<String> = files(&out).into_keys().collect();
    assert_eq!(names.len(), 6 + 1, "{names:?}");
    assert!(names.contains(&"y2000/m0007.txt.json".to_string()), "{names:?}");

    // --files-from: lines from a file or standard input, or NUL-separated.
    let a = input.join("y2000/m0000.txt");
    let b = input.join("y2001/m0001.txt");
    let list = format!("{}\n\n{}\n", s(&a), s(&b));
    let run = minutes_with(&["extract", "--files-from", "-"], &[], Some(list.as_bytes()));
    assert_eq!(run.stdout.lines().count(), 2, "{}", run.stderr);
    let list = format!("{}\0{}\0", s(&a), s(&b));
    let file = dir.path().join("list");
    fs::write(&file, list).unwrap();
    let run = minutes(&["extract", "--files-from", s(&file), "-0", s(&a)]);
    assert_eq!(run.stdout.lines().count(), 3, "{}", run.stderr);
    // Listed paths mirror their whole path, so these two do not clash.
    let out = dir.path().join("listed");
    let run = minutes(&["extract", "--files-from", s(&file), "-0", "--out-dir", s(&out)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        out.join(input.strip_prefix("/").unwrap_or(&input)).join("y2001/m0001.txt.json").is_file()
    );
    // Two file arguments with the same name would clash in an output directory.
    let c = dir.path().join("m0000.txt");
    fs::write(&c, tiny(0)).unwrap();
    let run = minutes(&["extract", s(&a), s(&c), "--out-dir", s(&dir.path().join("clash"))]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("would both be written to m0000.txt.json"), "{}", run.stderr);
    // A glob that matches nothing is a path error.
    let run = minutes(&["extract", s(&input.join("*.none"))]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no file matches"), "{}", run.stderr);
}

/// A file that takes longer than --timeout gets a `timeout` record and the run goes on.
/// The hang is injected (`MINUTES_TEST_HANG`), so the test does not depend on timing. The
/// budget is 5 s, not 1 s: a debug build's first file on each worker also builds the
/// patterns, and on a loaded two-core CI machine that took over a second.
#[test]
fn a_file_over_its_time_budget_times_out_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    tree(&input, 10);
    let report = dir.path().join("report.json");
    let run = minutes_with(
        &["extract", s(&input), "--timeout", "5s", "-j", "2", "--report", s(&report)],
        &[("MINUTES_TEST_HANG", "m0004")],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let records: Vec<Value> =
        run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), 10);
    let stuck =
        records.iter().find(|r| r["source"]["path"].as_str().unwrap().ends_with("m0004.txt"));
    let stuck = stuck.unwrap();
    assert_eq!(stuck["error"]["kind"], "timeout");
    assert!(stuck["source"]["sha256"].is_string() && stuck["id"].is_string());
    assert_eq!(records.iter().filter(|r| r["status"] == "ok").count(), 8); // and m0007 is empty
    assert!(run.stderr.contains("1 file(s) timed out"), "{}", run.stderr);
    let report: Value = serde_json::from_slice(&fs::read(&report).unwrap()).unwrap();
    assert_eq!(report["abandoned_threads"], 1);
    let groups = report["failures"].as_array().unwrap();
    let timeout = groups.iter().find(|g| g["kind"] == "timeout").unwrap();
    assert_eq!(timeout["count"], 1);
}

/// With an output directory, the timed-out file's record says `timeout`, the manifest is
/// finished although the abandoned thread still runs, and the next run redoes the file.
#[test]
fn a_timed_out_file_is_in_the_archive_and_redone_by_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    tree(&input, 10);
    let out = dir.path().join("out");
    let run = minutes_with(
        &["extract", s(&input), "--timeout", "5s", "-j", "2", "--out-dir", s(&out)],
        &[("MINUTES_TEST_HANG", "m0004")],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let record = |out: &Path| -> Value {
        serde_json::from_slice(&fs::read(out.join("y2004/m0004.txt.json")).unwrap()).unwrap()
    };
    assert_eq!(record(&out)["error"]["kind"], "timeout");
    let entries = manifest(&out.join("manifest.jsonl"));
    assert_eq!(entries.len(), 10);
    assert_eq!(entries.iter().filter(|e| e["status"] == "failed").count(), 2, "{entries:?}");
    assert!(files(&out).keys().all(|name| !name.ends_with(".tmp")), "{:?}", files(&out).keys());
    let again = minutes(&["extract", s(&input), "--out-dir", s(&out)]);
    assert!(again.stderr.contains("8 skipped (unchanged)"), "{}", again.stderr);
    assert_eq!(record(&out)["status"], "ok");
}

#[test]
fn the_report_groups_failures_and_lists_copies() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    tree(&input, 100);
    fs::write(input.join("copy-of-m0000.txt"), tiny(0)).unwrap();
    let report = dir.path().join("report.json");
    let run = minutes(&[
        "extract",
        s(&input),
        "--report",
        s(&report),
        "-o",
        s(&dir.path().join("r.jsonl")),
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("failed by kind: 2 empty, 2 malformed\n"), "{}", run.stderr);
    let report: Value = serde_json::from_slice(&fs::read(&report).unwrap()).unwrap();
    assert_eq!((report["files"].as_u64(), report["failed"].as_u64()), (Some(101), Some(4)));
    let kinds: Vec<(&str, u64)> = report["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["kind"].as_str().unwrap(), g["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(kinds, [("empty", 2), ("malformed", 2)]);
    // The two empty files are copies of each other too.
    let copies = report["duplicates"].as_array().unwrap();
    assert_eq!(copies.len(), 2, "{copies:?}");
    let paths: Vec<PathBuf> = copies
        .iter()
        .flat_map(|c| {
            c["paths"].as_array().unwrap().iter().map(|p| PathBuf::from(p.as_str().unwrap()))
        })
        .collect();
    assert!(paths.contains(&input.join("copy-of-m0000.txt")));
    assert!(paths.contains(&input.join("y2000/m0000.txt")));
}
