//! The `minutes` command line: parses arguments, runs a command, maps the outcome to an
//! exit status (0 all files processed, 1 some file failed, 2 the run could not proceed).
//! Errors are printed once, here, with their context (`{:#}`).

mod check_cmd;
mod cli;

use anyhow::{Context, Result};
use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use minutes::batch::{self, FileId};
use minutes::model::{Record, Status};
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let opts = cli::Opts::parse();
    let result = match opts.command {
        cli::Command::Check(args) => check_cmd::run(&args),
        cli::Command::Extract(args) => extract(&args),
        cli::Command::Schema => schema(),
        cli::Command::Text(args) => text(&args),
    };
    match result {
        Ok(code) => code,
        // `minutes extract dir | head`: the reader has all it wants.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("minutes: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

/// `minutes text FILE`: the normalised text of one file.
fn text(args: &cli::TextArgs) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.path)
        .with_context(|| format!("cannot read {}", args.path.display()))?;
    let ext = args.path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let options = minutes::IngestOptions { ocr: args.ocr, ..Default::default() };
    match minutes::ingest::ingest(&bytes, ext.as_deref(), &options) {
        Ok(doc) => {
            let mut out = io::stdout().lock();
            out.write_all(doc.text.as_bytes())
                .and_then(|()| out.flush())
                .context("cannot write to standard output")?;
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            eprintln!("minutes: {}: {}", args.path.display(), err);
            Ok(ExitCode::from(1))
        }
    }
}

fn schema() -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    writeln!(out, "{}", minutes::output::schema_json())
        .and_then(|()| out.flush())
        .context("cannot write to standard output")?;
    Ok(ExitCode::SUCCESS)
}

/// What a worker hands to the writer for one file: the JSON line, ready to write.
struct Done {
    status: Status,
    line: Vec<u8>,
    /// `path: kind: message` for a failed file.
    error: Option<String>,
}

/// Counts of records by status.
#[derive(Default)]
struct Tally {
    ok: u64,
    partial: u64,
    failed: u64,
}

fn extract(args: &cli::ExtractArgs) -> Result<ExitCode> {
    let start = Instant::now();
    let options = args.ingest_options();

    // Create the output first: if it cannot be written, nothing else is worth doing.
    let (mut out, to_terminal, exclude): (Box<dyn Write>, bool, Option<FileId>) = match &args.output
    {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create output file {}", path.display()))?;
            let id = FileId::of(path).ok();
            (Box::new(io::BufWriter::with_capacity(1 << 16, file)), false, id)
        }
        None => {
            let stdout = io::stdout();
            let tty = stdout.is_terminal();
            (Box::new(io::BufWriter::with_capacity(1 << 16, stdout.lock())), tty, None)
        }
    };

    let found = batch::discover(&args.paths, exclude.as_ref());
    for err in &found.errors {
        eprintln!("minutes: {err}");
    }

    let progress = progress_bar(found.files.len() as u64, args.quiet || to_terminal);
    let mut tally = Tally::default();
    batch::run_ordered(
        &found.files,
        args.jobs(),
        |path| {
            let record = minutes::process_path(path, &options);
            done(path, &record)
        },
        |done| -> Result<()> {
            match done.status {
                Status::Ok => tally.ok += 1,
                Status::Partial => tally.partial += 1,
                Status::Failed => tally.failed += 1,
            }
            if let (Some(message), false) = (&done.error, args.quiet) {
                progress.suspend(|| eprintln!("minutes: {message}"));
            }
            out.write_all(&done.line).context("cannot write the output")?;
            if to_terminal {
                out.flush().context("cannot write the output")?;
            }
            progress.set_message(format!("{} failed", tally.failed));
            progress.inc(1);
            Ok(())
        },
    )?;
    out.flush().context("cannot write the output")?;
    drop(out);
    progress.finish_and_clear();

    let total = tally.ok + tally.partial + tally.failed;
    let mut summary = format!(
        "{total} file{}: {} ok, {} partial, {} failed in {:.2} s",
        if total == 1 { "" } else { "s" },
        tally.ok,
        tally.partial,
        tally.failed,
        start.elapsed().as_secs_f64()
    );
    if !found.errors.is_empty() {
        let n = found.errors.len();
        summary += &format!("; {n} path{} could not be read", if n == 1 { "" } else { "s" });
    }
    eprintln!("{summary}");

    Ok(if tally.failed > 0 || !found.errors.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs on a worker: serialises the record so the writer only copies bytes.
fn done(path: &Path, record: &Record) -> Done {
    let mut line = Vec::with_capacity(4096);
    minutes::output::write_jsonl(&mut line, record).expect("a record always serialises");
    let error = record.error.as_ref().map(|e| {
        let shown = path.display().to_string();
        // I/O errors already name the path; do not say it twice.
        let message = e.message.strip_prefix(&format!("{shown}: ")).unwrap_or(&e.message);
        let kind = serde_json::to_value(e.kind).ok();
        let kind = kind.as_ref().and_then(|k| k.as_str()).unwrap_or("error");
        format!("{shown}: {kind}: {message}")
    });
    Done { status: record.status, line, error }
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
