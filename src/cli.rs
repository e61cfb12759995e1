//! Command-line arguments (clap derive). `help = ...` is the short `-h` text, the doc
//! comment is the long `--help` text, as in fd.

use clap::{Args, Parser, Subcommand};
use minutes::batch::Shard;
use minutes::{IngestOptions, Limits};
use std::path::PathBuf;
use std::time::Duration;

const EXAMPLES: &str = "\
EXAMPLES:
    Extract every document under a folder into one JSON Lines file:
        minutes extract minutes/ -o minutes.jsonl

    Extract two files and look at the first record:
        minutes extract 2020-09-10.pdf 2020-10-08.docx | head -n 1 | jq .

    Use one thread and no progress bar (e.g. in a cron job):
        minutes extract --jobs 1 --quiet archive/ -o archive.jsonl

    Print the JSON Schema of a record:
        minutes schema > minutes.schema.json

EXIT STATUS:
    0  every file was processed (warnings and `partial` records allowed)
    1  some file failed: a `failed` record, or a path that could not be read
    2  the run could not proceed: bad arguments, output file not writable

Report a bug: open an issue in the minutes repository with the command
line, the record's `error` and, if you can share it, the input file.";

const EXTRACT_EXAMPLES: &str = "\
EXAMPLES:
    minutes extract fixtures/ -o minutes.jsonl
    minutes extract --jobs 4 a.pdf b.docx c.txt > records.jsonl
    minutes extract --max-file-size 20M --max-pages 200 archive/ > out.jsonl
    minutes extract archive/ --out-dir out/ --csv tables/ --sqlite minutes.db
    find archive -name '*.pdf' -print0 | minutes extract --files-from - -0 \
        --out-dir out/ --shard 0/4 --report report.json

Each input file gives exactly one line of JSON (see `minutes schema`), in
input order whatever --jobs is. A file that cannot be read gives a record
with \"status\": \"failed\" and an \"error\" saying why; the batch goes on
and the exit status is 1.";

/// Turn council meeting minutes (TXT, PDF, DOCX) into structured JSON records.
///
/// minutes reads minutes, agendas and reports as plain text (any common encoding),
/// PDF or DOCX, and writes one JSON record per file: the meeting, who attended or sent
/// apologies, the agenda items with their decisions and actions, and every percentage,
/// each with evidence pointing back into the text.
#[derive(Debug, Parser)]
#[command(
    name = "minutes",
    version,
    about = "Turn council meeting minutes (TXT, PDF, DOCX) into JSON records.",
    after_help = "Use --help for examples and exit codes.",
    after_long_help = EXAMPLES,
    max_term_width = 79,
    propagate_version = true
)]
pub struct Opts {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check minutes before publication: missing date or chair, numbering, decisions,
    /// attendance, percentages, unreadable pages.
    ///
    /// Runs the extract pipeline on every file, then rules with stable codes (M001 ...)
    /// over the record and the text. Findings go to standard output in input order.
    Check(crate::check_cmd::CheckArgs),
    /// Extract records from files and directories, one JSON line per file.
    #[command(after_long_help = EXTRACT_EXAMPLES)]
    Extract(ExtractArgs),
    /// Print the JSON Schema of a record.
    ///
    /// The schema (JSON Schema draft 2020-12) describes exactly one line of the output of
    /// `minutes extract`; every field carries its description.
    Schema,
    /// Print the normalised text of one file: the text that evidence offsets point into.
    ///
    /// Every `evidence` in a record (line, char_start, char_end) refers to this text, so it is
    /// the way to check a value against its source: the text is exactly what the extractors
    /// read (lines from 1, offsets in Unicode scalar values from 0).
    Text(TextArgs),
}

/// Arguments of `minutes text`.
#[derive(Debug, Args)]
pub struct TextArgs {
    /// The file to read.
    #[arg(value_name = "FILE")]
    pub path: PathBuf,

    /// OCR pages without a text layer (needs tesseract on the PATH).
    #[arg(long)]
    pub ocr: bool,
}

/// Options shared by the commands that process files (`extract`, `check`).
#[derive(Debug, Args)]
pub struct Processing {
    /// Number of files processed in parallel [default: all cores].
    ///
    /// The output order does not depend on NUM: results are written in input order.
    /// `--jobs 1` processes files one after another on the main thread.
    #[arg(
        short = 'j',
        long,
        value_name = "NUM",
        value_parser = clap::value_parser!(u32).range(1..=1024),
        help_heading = "Processing"
    )]
    pub jobs: Option<u32>,

    /// OCR PDF pages that have no text layer (needs `tesseract` on the PATH).
    #[arg(long, help_heading = "Processing")]
    pub ocr: bool,
}

impl Processing {
    /// The number of worker threads: `--jobs`, or all cores.
    pub fn jobs(&self) -> usize {
        match self.jobs {
            Some(n) => n as usize,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

/// Arguments of `minutes extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files, directories or glob patterns to read.
    ///
    /// A directory is walked recursively in sorted order (entries sorted by name in each
    /// directory). Hidden files and directories (names starting with '.') are skipped and
    /// symbolic links found while walking are not followed (see --follow); paths named here
    /// are always read. A PATH with a glob character (* ? [ {) that names no file is a
    /// pattern: 'archive/**/*.pdf' (quote it; * does not match '/'). Every regular file
    /// found gives a record: the format is decided by the content (the extension only
    /// breaks ties), so an unsupported file gives a failed record.
    #[arg(value_name = "PATH", required_unless_present = "files_from")]
    pub paths: Vec<PathBuf>,

    /// Also read the paths listed in FILE, one per line ('-': standard input).
    ///
    /// Each listed path is read like a PATH (a directory is walked). With -0 the paths are
    /// separated by NUL bytes (find -print0). In an output directory, a listed path's
    /// record mirrors the whole path as written.
    #[arg(long, value_name = "FILE", help_heading = "Input")]
    pub files_from: Option<PathBuf>,

    /// The --files-from list is separated by NUL bytes, not lines.
    #[arg(short = '0', long = "null", requires = "files_from", help_heading = "Input")]
    pub null: bool,

    /// Follow symbolic links while walking directories (loops are reported).
    #[arg(short = 'L', long, help_heading = "Input")]
    pub follow: bool,

    /// Read only the files with extension EXT found while walking (repeatable, or
    /// comma-separated: -e pdf,docx).
    ///
    /// Extensions are compared without case and without the dot. Paths named on the
    /// command line or in --files-from are always read. Without -e every file found gives a
    /// record, so files in formats minutes does not read are reported, not passed over.
    #[arg(
        short = 'e',
        long = "extension",
        value_name = "EXT",
        value_delimiter = ',',
        help_heading = "Input"
    )]
    pub extensions: Vec<String>,

    /// Process only shard K of N (K from 0): a deterministic partition by path hash.
    ///
    /// Every input belongs to exactly one of the N shards (by a hash of its path below its
    /// PATH argument), so N runs with K = 0..N-1, e.g. a Slurm array job or a Kubernetes
    /// Indexed Job, together process every file once. With --out-dir the manifest is
    /// named manifest-K-of-N.jsonl, so the shards can share one output directory.
    #[arg(long, value_name = "K/N", value_parser = parse_shard, help_heading = "Input")]
    pub shard: Option<Shard>,

    /// Write the records to FILE instead of standard output.
    ///
    /// FILE is written under a temporary name and renamed when the run ends, so it is never
    /// left half-written (a FILE that is not a regular file, e.g. /dev/stdout, is written
    /// directly). If it cannot be created, minutes stops with exit status 2. FILE itself is
    /// never read as an input.
    #[arg(short = 'o', long = "output", value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,

    /// Write one pretty JSON record per input into DIR, with a manifest; resumable.
    ///
    /// Records mirror the input tree below each PATH (a/b.pdf -> DIR/a/b.pdf.json) and are
    /// written atomically. DIR/manifest.jsonl gets one line per input (path, sha256, size,
    /// status, error kind, time, versions). A rerun skips inputs unchanged since an ok
    /// record, and redoes the rest. Records go to standard output only with -o.
    #[arg(long, value_name = "DIR", help_heading = "Output")]
    pub out_dir: Option<PathBuf>,

    /// With --out-dir: process every input again, even unchanged ones.
    #[arg(long, requires = "out_dir", help_heading = "Output")]
    pub force: bool,

    /// Write the tables as CSV files into DIR.
    ///
    /// meetings.csv, files.csv, attendance.csv, items.csv, decisions.csv, actions.csv
    /// and percentages.csv, keyed by document_id (and item_id, item_order) so they join.
    #[arg(long, value_name = "DIR", help_heading = "Output")]
    pub csv: Option<PathBuf>,

    /// Write the same tables into a new SQLite database FILE (replaced if it exists).
    #[arg(long, value_name = "FILE", help_heading = "Output")]
    pub sqlite: Option<PathBuf>,

    /// Write a JSON report of the run to FILE: counts, failures by kind, duplicates.
    #[arg(long, value_name = "FILE", help_heading = "Output")]
    pub report: Option<PathBuf>,

    /// Show no progress bar and no per-file error lines.
    ///
    /// Records still carry their errors. Errors about paths that give no record (a path
    /// that does not exist, a directory that cannot be read) and the one-line summary
    /// are still printed on standard error.
    #[arg(short = 'q', long, help_heading = "Output")]
    pub quiet: bool,

    /// Parallelism and OCR.
    #[command(flatten)]
    pub processing: Processing,

    /// Largest input file to read [default: 256M].
    ///
    /// BYTES is a number with an optional suffix K, M or G (powers of 1024). Larger files
    /// give a failed record with error kind `too_large`.
    #[arg(long, value_name = "BYTES", value_parser = parse_size, help_heading = "Limits")]
    pub max_file_size: Option<u64>,

    /// Largest total of decompressed data per file (PDF streams, DOCX parts)
    /// [default: 512M].
    ///
    /// BYTES is a number with an optional suffix K, M or G (powers of 1024). Protects
    /// against compression bombs: a file over the limit gives a failed record.
    #[arg(
        long,
        value_name = "BYTES",
        value_parser = parse_size,
        help_heading = "Limits",
        hide_short_help = true
    )]
    pub max_decompressed_size: Option<u64>,

    /// Most pages read from one PDF [default: 5000].
    #[arg(long, value_name = "NUM", help_heading = "Limits")]
    pub max_pages: Option<u32>,

    /// Wall-clock budget per file [default: 120s; 0: none].
    ///
    /// DURATION is a number of seconds, or a number with ms, s, m or h. A file still being
    /// processed after it gives a failed record with error kind `timeout` and the run goes
    /// on; the thread working on it is abandoned and finishes in the background (at most
    /// --jobs such threads at once; the summary counts them).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, help_heading = "Limits")]
    pub timeout: Option<Duration>,
}

impl ExtractArgs {
    /// The ingest options these arguments ask for.
    pub fn ingest_options(&self) -> IngestOptions {
        let defaults = Limits::default();
        IngestOptions {
            limits: Limits {
                max_file_bytes: self.max_file_size.unwrap_or(defaults.max_file_bytes),
                max_decompressed_bytes: self
                    .max_decompressed_size
                    .unwrap_or(defaults.max_decompressed_bytes),
                max_pages: self.max_pages.unwrap_or(defaults.max_pages),
            },
            ocr: self.processing.ocr,
        }
    }

    /// The per-file time budget: `--timeout`, 120 s by default, none for 0.
    pub fn time_limit(&self) -> Option<Duration> {
        let limit = self.timeout.unwrap_or(Duration::from_secs(120));
        (!limit.is_zero()).then_some(limit)
    }

    /// True if records go to standard output: no -o, and no other output asked for.
    pub fn records_to_stdout(&self) -> bool {
        self.output.is_none()
            && self.out_dir.is_none()
            && self.csv.is_none()
            && self.sqlite.is_none()
    }

    /// The number of worker threads: `--jobs`, or all cores.
    pub fn jobs(&self) -> usize {
        self.processing.jobs()
    }
}

/// The extensions to keep while walking, from `-e` values (`.PDF` is `pdf`); `None`
/// when there are none.
pub fn extensions(values: &[String]) -> Option<Vec<String>> {
    let kept: Vec<String> = values
        .iter()
        .map(|v| v.trim().trim_start_matches('.').to_ascii_lowercase())
        .filter(|v| !v.is_empty())
        .collect();
    (!kept.is_empty()).then_some(kept)
}

/// Parses a shard such as `0/3` (shard 0 of 3).
fn parse_shard(s: &str) -> Result<Shard, String> {
    let bad = || format!("{s:?} is not a shard like 0/4 (K from 0 to N-1)");
    let (k, n) = s.split_once('/').ok_or_else(bad)?;
    let index: u32 = k.trim().parse().map_err(|_| bad())?;
    let count: u32 = n.trim().parse().map_err(|_| bad())?;
    if count == 0 || index >= count {
        return Err(bad());
    }
    Ok(Shard { index, count })
}

/// Parses a duration such as `90`, `90s`, `500ms`, `2m` or `1h`.
fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len());
    let (number, unit) = s.split_at(split);
    let n: f64 = number.parse().map_err(|_| format!("{s:?} is not a duration like 90s"))?;
    let seconds = match unit.trim() {
        "" | "s" => n,
        "ms" => n / 1000.0,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        other => return Err(format!("unknown unit {other:?}: use ms, s, m or h")),
    };
    Duration::try_from_secs_f64(seconds).map_err(|e| format!("{s}: {e}"))
}

/// Parses a size such as `1048576`, `512K`, `64M` or `1G` (powers of 1024).
fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, unit) = match s.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => s.split_at(i),
        None => (s, ""),
    };
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => return Err(format!("unknown unit {unit:?}: use a number with K, M or G")),
    };
    let n: u64 = digits.parse().map_err(|_| format!("{s:?} is not a size like 64M"))?;
    n.checked_mul(1 << shift).ok_or_else(|| format!("{s} is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Opts::command().debug_assert();
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("512K"), Ok(512 << 10));
        assert_eq!(parse_size("64m"), Ok(64 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert!(parse_size("").is_err());
        assert!(parse_size("12X").is_err());
        assert!(parse_size("99999999999999G").is_err());
    }

    #[test]
    fn shards_and_durations() {
        assert_eq!(parse_shard("1/3"), Ok(Shard { index: 1, count: 3 }));
        assert!(parse_shard("3/3").is_err() && parse_shard("0/0").is_err());
        assert!(parse_shard("1").is_err());
        assert_eq!(parse_duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert!(parse_duration("soon").is_err() && parse_duration("5d").is_err());
    }

    #[test]
    fn help_fits_79_columns() {
        let mut cmd = Opts::command();
        let mut helps = vec![cmd.render_help(), cmd.render_long_help()];
        let extract = cmd.find_subcommand_mut("extract").unwrap();
        helps.extend([extract.render_help(), extract.render_long_help()]);
        for help in helps.iter().map(|h| h.to_string()) {
            assert!(help.lines().all(|l| l.chars().count() <= 79), "{help}");
        }
    }
}
