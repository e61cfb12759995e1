//! `minutes extract`: creates the outputs, finds the inputs, runs the worker on each input
//! ([`work`]: read, skip if unchanged, process within the time budget, write the record
//! file) and hands the results in input order to one writer (JSON Lines, manifest, CSV,
//! SQLite), then prints the summary and writes the report.

use crate::cli::ExtractArgs;
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use minutes::archive::{self, Archive, Entry, EntryStatus};
use minutes::batch::{self, Budget, FileId, Input, Overrun, Walk, Watchdog};
use minutes::model::{ErrorKind, Record};
use minutes::output::csv::CsvExport;
use minutes::output::sqlite::SqliteExport;
use minutes::output::tables::{self, Rows};
use minutes::{Error, IngestOptions};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::{self, File};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

/// Where the JSON Lines go.
struct Jsonl {
    out: Box<dyn Write>,
    /// The file and its temporary name, for `-o FILE` written atomically.
    rename: Option<(PathBuf, PathBuf)>,
    to_terminal: bool,
}

impl Jsonl {
    /// `-o FILE`: a regular (or new) file is written under a temporary name and renamed at
    /// the end; anything else (`/dev/stdout`, a FIFO) is written directly.
    fn create(path: &Path) -> Result<Jsonl> {
        let context = || format!("cannot create output file {}", path.display());
        let meta = fs::metadata(path).ok();
        if meta.as_ref().is_some_and(|m| m.is_dir()) {
            return Err(io::Error::other("it is a directory")).with_context(context);
        }
        let (file, rename) = if meta.as_ref().is_none_or(|m| m.is_file()) {
            let temporary = minutes::output::temporary_path(path);
            let file = File::create(&temporary).with_context(context)?;
            (file, Some((temporary, path.to_path_buf())))
        } else {
            (File::create(path).with_context(context)?, None)
        };
        let out = Box::new(io::BufWriter::with_capacity(1 << 16, file));
        Ok(Jsonl { out, rename, to_terminal: false })
    }

    fn stdout() -> Jsonl {
        let stdout = io::stdout();
        let to_terminal = stdout.is_terminal();
        let out = Box::new(io::BufWriter::with_capacity(1 << 16, stdout.lock()));
        Jsonl { out, rename: None, to_terminal }
    }

    fn write(&mut self, line: &[u8]) -> Result<()> {
        self.out.write_all(line).context("cannot write the output")?;
        if self.to_terminal {
            self.out.flush().context("cannot write the output")?;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        self.out.flush().context("cannot write the output")?;
        drop(self.out);
        if let Some((temporary, path)) = self.rename {
            fs::rename(&temporary, &path)
                .with_context(|| format!("cannot write output file {}", path.display()))?;
        }
        Ok(())
    }
}

/// Hidden hooks for the tests (not documented in `--help`): `MINUTES_TEST_DELAY_MS`
/// sleeps that long before each file, `MINUTES_TEST_HANG` makes the processing of files
/// whose path contains it sleep for an hour (to test `--timeout` without a slow input).
#[derive(Default)]
struct TestHooks {
    delay: Option<Duration>,
    hang: Option<String>,
}

impl TestHooks {
    fn from_env() -> TestHooks {
        let delay = std::env::var("MINUTES_TEST_DELAY_MS").ok().and_then(|v| v.parse().ok());
        TestHooks {
            delay: delay.map(Duration::from_millis),
            hang: std::env::var("MINUTES_TEST_HANG").ok().filter(|v| !v.is_empty()),
        }
    }
}

/// What every worker shares. Workers are threads that may outlive the run (one abandoned
/// past the time budget), so this is `'static`, and the output directory is reached
/// through a [`Weak`] reference: a worker holds it only while reading or writing a
/// record, never while the pipeline runs, so an abandoned worker never holds it and the
/// run gets the archive back whole to finish its manifest.
struct Worker {
    options: IngestOptions,
    archive: Option<Weak<Archive>>,
    /// The time budget per file (for the timeout message).
    limit: Option<Duration>,
    /// Whether the writer wants each record as a JSON line, and as table rows.
    want_line: bool,
    want_rows: bool,
    hooks: TestHooks,
}

/// A file read and about to be processed: what its timeout record needs too.
struct ReadFile {
    /// `path` as shown in the record.
    shown: String,
    bytes: Vec<u8>,
    /// Its record file in the output directory.
    output: Option<String>,
    started: Instant,
}

impl Worker {
    /// The output directory, while the run lasts.
    fn archive(&self) -> Result<Option<Arc<Archive>>> {
        match &self.archive {
            None => Ok(None),
            Some(weak) => match weak.upgrade() {
                Some(archive) => Ok(Some(archive)),
                None => anyhow::bail!("the run has ended"),
            },
        }
    }
}

impl batch::Budgeted for Worker {
    type Input = Input;
    type Held = Arc<ReadFile>;
    type Output = Result<Done>;

    fn process(&self, input: &Input, budget: &Budget<Arc<ReadFile>>) -> Result<Done> {
        work(self, input, budget)
    }

    fn timed_out(&self, file: Arc<ReadFile>) -> Result<Done> {
        let record = minutes::failed_record(
            &file.shown,
            &file.bytes,
            ErrorKind::Timeout,
            format!(
                "processing took longer than the time budget of {:?} and was abandoned \
                 (raise it with --timeout)",
                self.limit.unwrap_or_default()
            ),
        );
        finish(self, record, file.output.clone(), file.started)
    }
}

/// What a worker hands to the writer for one input.
struct Done {
    /// `path` as shown in the record.
    path: String,
    status: EntryStatus,
    /// The error kind and the `path: kind: message` line of a failed input.
    error: Option<(ErrorKind, String)>,
    sha256: Option<String>,
    entry: Option<Entry>,
    line: Option<Vec<u8>>,
    rows: Option<Rows>,
}

/// Turns one input into a [`Done`]. Errors are the run's (a record file that cannot be
/// written), not the input's: those are in the record.
fn work(worker: &Worker, input: &Input, budget: &Budget<Arc<ReadFile>>) -> Result<Done> {
    let started = Instant::now();
    if let Some(delay) = worker.hooks.delay {
        std::thread::sleep(delay);
    }
    let shown = input.path.display().to_string();
    let output = worker.archive.as_ref().map(|_| input.relative() + ".json");
    let bytes = match minutes::read_file(&input.path, &worker.options.limits) {
        Ok(bytes) => bytes,
        Err(err) => {
            return finish(worker, minutes::unread_record(&shown, &err), output, started);
        }
    };
    if let (Some(archive), Some(output)) = (worker.archive()?, output.as_deref())
        && archive.has_kept(output)
        && archive.unchanged(output, &shown, &bytes)
    {
        // The record is read back only if another output needs it.
        let record = if worker.want_line || worker.want_rows {
            archive.read_record(output).ok()
        } else {
            None
        };
        if record.is_some() || !(worker.want_line || worker.want_rows) {
            let entry = Entry::skipped(&shown, output, &bytes, started.elapsed());
            return done(worker, record.as_ref(), Some(entry), &shown);
        }
    }
    let file = Arc::new(ReadFile { shown, bytes, output, started });
    let hang = worker.hooks.hang.as_ref().is_some_and(|h| file.shown.contains(h.as_str()));
    let job = || {
        if hang {
            std::thread::sleep(Duration::from_secs(3600));
        }
        minutes::process_bytes(&file.shown, &file.bytes, &worker.options)
    };
    let record = match budget.run(&file, job) {
        Ok(record) => record,
        // The monitor gave the file its timeout record; this result is dropped.
        Err(Overrun::TimedOut) => anyhow::bail!("abandoned past the time budget"),
        Err(Overrun::Crashed) => minutes::failed_record(
            &file.shown,
            &file.bytes,
            ErrorKind::Internal,
            "the thread processing this file crashed; please report it with the file".into(),
        ),
    };
    finish(worker, record, file.output.clone(), started)
}

/// Writes the record file (with an output directory) and hands the record on.
fn finish(
    worker: &Worker,
    record: Record,
    output: Option<String>,
    started: Instant,
) -> Result<Done> {
    let entry = match (worker.archive()?, output) {
        (Some(archive), Some(output)) => {
            archive.write_record(&output, &record).context("cannot write a record")?;
            Some(Entry::of(&record, &output, started.elapsed()))
        }
        _ => None,
    };
    let shown = record.source.path.clone();
    done(worker, Some(&record), entry, &shown)
}

/// Runs on a worker: serialises the record so the writer only copies bytes.
fn done(
    worker: &Worker,
    record: Option<&Record>,
    entry: Option<Entry>,
    path: &str,
) -> Result<Done> {
    let line = match record {
        Some(record) if worker.want_line => {
            let mut line = Vec::with_capacity(4096);
            minutes::output::write_jsonl(&mut line, record).context("cannot serialise a record")?;
            Some(line)
        }
        _ => None,
    };
    let rows = record.filter(|_| worker.want_rows).map(tables::rows);
    let status = match &entry {
        Some(entry) => entry.status,
        None => record.map_or(EntryStatus::Failed, |r| r.status.into()),
    };
    let error = record.and_then(|r| r.error.as_ref()).map(|e| {
        // I/O errors already name the path; do not say it twice.
        let message = e.message.strip_prefix(&format!("{path}: ")).unwrap_or(&e.message);
        (e.kind, format!("{path}: {}: {message}", e.kind.name()))
    });
    let sha256 = match &entry {
        Some(entry) => entry.sha256.clone(),
        None => record.and_then(|r| r.source.sha256.clone()),
    };
    Ok(Done { path: path.to_string(), status, error, sha256, entry, line, rows })
}

/// Counts of inputs by outcome, failures by kind, and copies of the same content.
#[derive(Default)]
struct Tally {
    ok: u64,
    partial: u64,
    failed: u64,
    skipped: u64,
    /// Failed inputs by error kind: (path, message).
    failures: BTreeMap<&'static str, Vec<(String, String)>>,
    /// The first input with each content (by the first 128 bits of its SHA-256).
    first: HashMap<u128, u32>,
    /// Contents found more than once, by their first input: the content's key and the
    /// inputs that have it, first first.
    copies: BTreeMap<u32, (u128, Vec<u32>)>,
}

impl Tally {
    /// Counts `done`, the input at `index`; false if its content was seen before.
    fn count(&mut self, index: u32, done: &Done) -> bool {
        match done.status {
            EntryStatus::Ok => self.ok += 1,
            EntryStatus::Partial => self.partial += 1,
            EntryStatus::Failed => self.failed += 1,
            EntryStatus::Skipped => self.skipped += 1,
        }
        if let Some((kind, line)) = &done.error {
            let message = line.strip_prefix(&format!("{}: ", done.path)).unwrap_or(line);
            self.failures.entry(kind.name()).or_default().push((done.path.clone(), message.into()));
        }
        let key = done.sha256.as_deref().and_then(|s| u128::from_str_radix(s.get(..32)?, 16).ok());
        let Some(key) = key else { return true };
        match self.first.get(&key) {
            None => {
                self.first.insert(key, index);
                true
            }
            Some(&first) => {
                self.copies.entry(first).or_insert_with(|| (key, vec![first])).1.push(index);
                false
            }
        }
    }

    fn total(&self) -> u64 {
        self.ok + self.partial + self.failed + self.skipped
    }
}

/// The `--report` file.
#[derive(Serialize)]
struct Report<'a> {
    tool_version: &'a str,
    schema_version: &'a str,
    files: u64,
    ok: u64,
    partial: u64,
    failed: u64,
    skipped: u64,
    /// Failed inputs grouped by error kind, most frequent first.
    failures: Vec<FailureGroup<'a>>,
    /// Paths that gave no record (missing, unlistable, a glob matching nothing).
    path_errors: Vec<String>,
    /// Inputs with the same content (same SHA-256, same document id).
    duplicates: Vec<Duplicate>,
    /// Threads abandoned past the time budget.
    abandoned_threads: usize,
    elapsed_ms: u64,
    /// Peak resident memory of the process (Linux), in bytes.
    peak_rss_bytes: Option<u64>,
}

#[derive(Serialize)]
struct FailureGroup<'a> {
    kind: &'a str,
    count: usize,
    files: Vec<Failure<'a>>,
}

#[derive(Serialize)]
struct Failure<'a> {
    path: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct Duplicate {
    id: String,
    paths: Vec<String>,
}

/// The identity of `path` if it exists, to keep the run's outputs out of its inputs.
fn existing_id(path: Option<&PathBuf>) -> Option<FileId> {
    path.and_then(|p| FileId::of(p).ok())
}

/// The keys of the inputs' record files in the output directory; an error if two inputs
/// would share one.
fn output_keys(files: &[Input]) -> Result<HashSet<u128>, Error> {
    let mut keys = HashSet::with_capacity(files.len());
    for (i, input) in files.iter().enumerate() {
        let output = input.relative() + ".json";
        if !keys.insert(archive::key(&output)) {
            let first = files[..i].iter().find(|f| f.relative() + ".json" == output);
            return Err(Error::OutputClash {
                first: first.map_or_else(PathBuf::new, |f| f.path.clone()),
                second: input.path.clone(),
                output,
            });
        }
    }
    Ok(keys)
}

/// Reads the `--files-from` list.
fn listed_paths(args: &ExtractArgs) -> Result<Vec<PathBuf>> {
    let Some(list) = &args.files_from else { return Ok(Vec::new()) };
    let context = || format!("cannot read the list of files {}", list.display());
    if list.as_os_str() == "-" {
        batch::read_path_list(io::stdin().lock(), args.null).with_context(context)
    } else {
        let file = File::open(list).with_context(context)?;
        batch::read_path_list(io::BufReader::new(file), args.null).with_context(context)
    }
}

/// `minutes extract`.
pub fn run(args: &ExtractArgs) -> Result<ExitCode> {
    let start = Instant::now();

    // Create the outputs first: if they cannot be written, nothing else is worth doing.
    let mut jsonl = match &args.output {
        Some(path) => Some(Jsonl::create(path)?),
        None if args.records_to_stdout() => Some(Jsonl::stdout()),
        None => None,
    };
    let archive = match &args.out_dir {
        Some(dir) => {
            let manifest = match args.shard {
                Some(s) => format!("manifest-{}-of-{}.jsonl", s.index, s.count),
                None => "manifest.jsonl".to_string(),
            };
            let archive = Archive::open(dir, &manifest, args.force)
                .with_context(|| format!("cannot use output directory {}", dir.display()))?;
            if archive.damaged_lines() > 0 {
                eprintln!(
                    "minutes: {}: ignored {} damaged manifest line(s) left by an interrupted run",
                    dir.join(&manifest).display(),
                    archive.damaged_lines()
                );
            }
            Some(Arc::new(archive))
        }
        None => None,
    };
    let mut csv = match &args.csv {
        Some(dir) => Some(CsvExport::create(dir).context("cannot write the CSV export")?),
        None => None,
    };
    let mut sqlite = match &args.sqlite {
        Some(file) => Some(SqliteExport::create(file).context("cannot write the SQLite export")?),
        None => None,
    };

    let walk = Walk {
        exclude: [&args.output, &args.out_dir, &args.csv, &args.sqlite, &args.report]
            .into_iter()
            .filter_map(|p| existing_id(p.as_ref()))
            .collect(),
        follow: args.follow,
        extensions: crate::cli::extensions(&args.extensions),
    };
    let mut found = batch::discover(&args.paths, listed_paths(args)?, &walk);
    for err in &found.errors {
        eprintln!("minutes: {err}");
    }
    if let Some(shard) = args.shard {
        found.files.retain(|input| shard.contains(input));
    }
    let keys = match &archive {
        Some(_) => output_keys(&found.files).context("cannot mirror the inputs")?,
        None => HashSet::new(),
    };

    let watchdog = Watchdog::new(args.time_limit(), args.jobs());
    let worker = Arc::new(Worker {
        options: args.ingest_options(),
        archive: archive.as_ref().map(Arc::downgrade),
        limit: watchdog.limit(),
        want_line: jsonl.is_some(),
        want_rows: csv.is_some() || sqlite.is_some(),
        hooks: TestHooks::from_env(),
    });
    let files: Arc<[Input]> = std::mem::take(&mut found.files).into();
    let to_terminal = jsonl.as_ref().is_some_and(|j| j.to_terminal);
    let progress = progress_bar(files.len() as u64, args.quiet || to_terminal);
    let mut tally = Tally::default();
    let mut index = 0u32;
    let mut exported_paths = HashSet::new();
    batch::run_ordered_within(
        worker,
        Arc::clone(&files),
        args.jobs(),
        &watchdog,
        |done| -> Result<()> {
            let done = done?;
            let failed = matches!(done.status, EntryStatus::Failed);
            let first_copy = tally.count(index, &done);
            index += 1;
            if let (Some((_, message)), false) = (&done.error, args.quiet) {
                progress.suspend(|| eprintln!("minutes: {message}"));
            }
            if let (Some(archive), Some(entry)) = (&archive, &done.entry) {
                archive.append(entry).context("cannot write the manifest")?;
            }
            if let (Some(jsonl), Some(line)) = (&mut jsonl, &done.line) {
                jsonl.write(line)?;
            }
            if let Some(mut rows) = done.rows {
                if !first_copy {
                    rows.keep_file_only();
                }
                // A path named twice is one file.
                if !exported_paths.insert(archive::key(&done.path)) {
                    rows.tables[tables::FILES].clear();
                }
                if let Some(csv) = &mut csv {
                    csv.append(&rows).context("cannot write the CSV export")?;
                }
                if let Some(sqlite) = &mut sqlite {
                    sqlite.append(&rows).context("cannot write the SQLite export")?;
                }
            }
            if failed {
                progress.set_message(format!("{} failed", tally.failed));
            }
            progress.inc(1);
            Ok(())
        },
    )?;
    progress.finish_and_clear();
    if let Some(jsonl) = jsonl {
        jsonl.finish()?;
    }
    if let Some(archive) = archive {
        // Workers hold it only through weak references (see `Worker`).
        let archive = Arc::try_unwrap(archive)
            .map_err(|_| anyhow::anyhow!("the output directory is still in use by a worker"))?;
        archive.finish(&keys).context("cannot write the manifest")?;
    }
    if let Some(csv) = csv {
        csv.finish().context("cannot write the CSV export")?;
    }
    if let Some(sqlite) = sqlite {
        sqlite.finish().context("cannot write the SQLite export")?;
    }

    let copies: Vec<Duplicate> = tally
        .copies
        .values()
        .map(|(key, group)| Duplicate {
            id: format!("{key:032x}")[..16].to_string(),
            paths: group.iter().map(|&i| files[i as usize].path.display().to_string()).collect(),
        })
        .collect();
    if found.skipped > 0 {
        let n = found.skipped;
        eprintln!("{n} file{} of other extensions passed over (-e)", if n == 1 { "" } else { "s" });
    }
    summarise(args, &tally, &found.errors, &copies, &watchdog, start);
    if let Some(path) = &args.report {
        let report = report(&tally, &found.errors, copies, &watchdog, start);
        let mut json = serde_json::to_vec_pretty(&report).context("cannot write the report")?;
        json.push(b'\n');
        minutes::output::write_atomically(path, &json)
            .with_context(|| format!("cannot write the report {}", path.display()))?;
    }

    Ok(if tally.failed > 0 || !found.errors.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The end-of-run lines on standard error: failures by kind, copies, then one line of
/// counts (always last).
fn summarise(
    args: &ExtractArgs,
    tally: &Tally,
    path_errors: &[Error],
    copies: &[Duplicate],
    watchdog: &Watchdog,
    start: Instant,
) {
    if !tally.failures.is_empty() {
        let mut kinds: Vec<(&str, usize)> =
            tally.failures.iter().map(|(kind, files)| (*kind, files.len())).collect();
        kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let kinds: Vec<String> = kinds.iter().map(|(kind, n)| format!("{n} {kind}")).collect();
        eprintln!("failed by kind: {}", kinds.join(", "));
    }
    if !copies.is_empty() {
        let files: usize = copies.iter().map(|c| c.paths.len()).sum();
        eprintln!(
            "{files} files are copies of {} document(s) (same SHA-256){}",
            copies.len(),
            if args.report.is_some() { "; the report lists them" } else { "" }
        );
    }
    if watchdog.abandoned() > 0 {
        eprintln!(
            "{} file(s) timed out; their threads were abandoned ({} still running at exit)",
            watchdog.abandoned(),
            watchdog.still_running()
        );
    }
    let total = tally.total();
    let mut summary = format!(
        "{total} file{}: {} ok, {} partial, {} failed",
        if total == 1 { "" } else { "s" },
        tally.ok,
        tally.partial,
        tally.failed,
    );
    if args.out_dir.is_some() {
        summary += &format!(", {} skipped (unchanged)", tally.skipped);
    }
    summary += &format!(" in {:.2} s", start.elapsed().as_secs_f64());
    if !path_errors.is_empty() {
        let n = path_errors.len();
        summary += &format!("; {n} path{} could not be read", if n == 1 { "" } else { "s" });
    }
    eprintln!("{summary}");
}

fn report<'a>(
    tally: &'a Tally,
    path_errors: &[Error],
    duplicates: Vec<Duplicate>,
    watchdog: &Watchdog,
    start: Instant,
) -> Report<'a> {
    let mut failures: Vec<FailureGroup> = tally
        .failures
        .iter()
        .map(|(kind, files)| FailureGroup {
            kind,
            count: files.len(),
            files: files.iter().map(|(path, message)| Failure { path, message }).collect(),
        })
        .collect();
    failures.sort_by(|a, b| b.count.cmp(&a.count).then(a.kind.cmp(b.kind)));
    Report {
        tool_version: archive::TOOL_VERSION,
        schema_version: minutes::model::SCHEMA_VERSION,
        files: tally.total(),
        ok: tally.ok,
        partial: tally.partial,
        failed: tally.failed,
        skipped: tally.skipped,
        failures,
        path_errors: path_errors.iter().map(ToString::to_string).collect(),
        duplicates,
        abandoned_threads: watchdog.abandoned(),
        elapsed_ms: start.elapsed().as_millis() as u64,
        peak_rss_bytes: peak_rss(),
    }
}

/// Peak resident memory of this process (`VmHWM`), on Linux.
fn peak_rss() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// A progress bar on standard error, drawn only when it is a terminal.
fn progress_bar(len: u64, hidden: bool) -> ProgressBar {
    if hidden || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style =
        ProgressStyle::with_template("{bar:30} {pos}/{len} files  {rate}  ETA {eta}  {msg}")
            .expect("the template is valid")
            .with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} files/s", state.per_sec());
            });
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    bar.set_style(style);
    bar.set_message("0 failed");
    bar
}
