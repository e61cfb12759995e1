//! The `minutes` command line: parses arguments, runs a command, maps the outcome to an
//! exit status (0 all files processed, 1 some file failed, 2 the run could not proceed).
//! Errors are printed once, here, with their context (`{:#}`).

mod check_cmd;
mod cli;
mod extract_cmd;

use anyhow::{Context, Result};
use clap::Parser;
use std::io::{self, Write};
use std::process::ExitCode;

/// mimalloc rather than the system allocator: the pipeline makes many small strings, and
/// glibc's malloc leaves its fast single-thread path as soon as a second thread exists
/// (the time budget's monitor, the workers), which cost ~10% of a one-thread run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let opts = cli::Opts::parse();
    let result = match opts.command {
        cli::Command::Check(args) => check_cmd::run(&args),
        cli::Command::Extract(args) => extract_cmd::run(&args),
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
            // The first page's running header is not part of the text (no evidence points
            // into it): shown on standard error, so standard output stays the text.
            if let Some(header) = &doc.header {
                for line in header.lines() {
                    eprintln!("minutes: {}: page header: {line}", args.path.display());
                }
            }
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
