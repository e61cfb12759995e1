//! `minutes check`: the extract pipeline, then the rules of [`minutes::check`], with the
//! findings written in input order. Exit status: 0 no errors (warnings allowed unless
//! `--deny-warnings`), 1 errors found, 2 the check could not run (bad configuration, a
//! path that does not exist, output not writable).

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use minutes::batch;
use minutes::check::format::{self, Format};
use minutes::check::{self as rules, Config, ConfigError, Tally};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const CHECK_EXAMPLES: &str = "\
EXAMPLES:
    minutes check minutes/
    minutes check --format github minutes/        (in GitHub Actions)
    minutes check --format sarif minutes/ > minutes.sarif
    minutes check --config ci/minutes.toml --deny-warnings 2024-*.pdf

CONFIGURATION (minutes.toml in the current directory, or --config FILE):
    [rules]
    M004 = \"off\"          # or \"error\", \"warning\", \"note\"

    [[require]]
    body = \"Planning\"     # bodies whose name contains this; \"*\" for all
    sections = [\"Declarations of interest\"]

EXIT STATUS:
    0  no errors (warnings allowed unless --deny-warnings)
    1  errors found (or warnings, with --deny-warnings)
    2  the check could not run: bad configuration, a path that does not
       exist, output not writable

The rules and their codes are listed in the README.";

/// Arguments of `minutes check`.
#[derive(Debug, Args)]
#[command(after_long_help = CHECK_EXAMPLES)]
pub struct CheckArgs {
    /// Files or directories to check.
    ///
    /// Directories are walked as by `minutes extract`: recursively, in sorted order,
    /// skipping hidden entries and symbolic links. Only documents found while walking are
    /// checked (.txt, .text, .md, .markdown, .pdf, .docx, .docm, .dotx, .dotm, and .doc,
    /// .odt, .rtf, which are reported as formats to convert), so a repository's README,
    /// scripts and data files are passed over; see -e and --all-files. Files named here
    /// are always checked.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Check only the files with extension EXT found while walking, instead of the
    /// document extensions (repeatable, or comma-separated: -e pdf,docx).
    #[arg(
        short = 'e',
        long = "extension",
        value_name = "EXT",
        value_delimiter = ',',
        conflicts_with = "all_files",
        help_heading = "Input"
    )]
    pub extensions: Vec<String>,

    /// Check every file found while walking, whatever its extension.
    #[arg(long, help_heading = "Input")]
    pub all_files: bool,

    /// Output format: human, json, github or sarif.
    ///
    /// human: `file:line: error[M030]: message` with the line quoted. json: one object per
    /// finding per line (code, severity, message, path, line, column, page, snippet).
    /// github: workflow commands that annotate the files in GitHub Actions. sarif: one
    /// SARIF 2.1.0 log, for code-scanning upload.
    #[arg(long, value_name = "FORMAT", default_value = "human", help_heading = "Output")]
    pub format: FormatArg,

    /// Exit with status 1 when there are warnings, not only errors.
    #[arg(long, help_heading = "Output")]
    pub deny_warnings: bool,

    /// Read the configuration from FILE [default: ./minutes.toml if present].
    #[arg(long, value_name = "FILE", help_heading = "Rules")]
    pub config: Option<PathBuf>,

    /// Parallelism and OCR.
    #[command(flatten)]
    pub processing: crate::cli::Processing,
}

/// `--format` values.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    /// For people.
    Human,
    /// JSON Lines.
    Json,
    /// GitHub workflow commands.
    Github,
    /// SARIF 2.1.0.
    Sarif,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
            FormatArg::Github => Format::Github,
            FormatArg::Sarif => Format::Sarif,
        }
    }
}

/// The configuration: `--config FILE`, else `minutes.toml` here if there is one.
fn config(args: &CheckArgs) -> Result<Config> {
    let default = Path::new("minutes.toml");
    let path = match &args.config {
        Some(path) => path.as_path(),
        None if default.is_file() => default,
        None => return Ok(Config::default()),
    };
    Config::load(path).map_err(|err| match err {
        // Already names the file.
        ConfigError::Io { .. } => anyhow::Error::new(err),
        _ => anyhow::Error::new(err).context(path.display().to_string()),
    })
}

/// Runs `minutes check`.
pub fn run(args: &CheckArgs) -> Result<ExitCode> {
    let config = config(args)?;
    let format = Format::from(args.format);
    let options = minutes::IngestOptions { ocr: args.processing.ocr, ..Default::default() };
    let jobs = args.processing.jobs();

    let extensions = if args.all_files {
        None
    } else {
        crate::cli::extensions(&args.extensions).or_else(|| {
            Some(minutes::ingest::DOCUMENT_EXTENSIONS.iter().map(|e| e.to_string()).collect())
        })
    };
    let walk = batch::Walk { extensions, ..batch::Walk::default() };
    let found = batch::discover(&args.paths, Vec::new(), &walk);
    for err in &found.errors {
        eprintln!("minutes: {err}");
    }

    let stdout = io::stdout();
    let to_terminal = stdout.is_terminal();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut tally = Tally::default();
    let mut all = Vec::new();
    batch::run_ordered(
        &found.files,
        jobs,
        |input| rules::check(&minutes::process_path_with_text(&input.path, &options), &config),
        |findings| -> Result<()> {
            tally.add(&findings);
            if format == Format::Sarif {
                all.extend(findings);
                return Ok(());
            }
            format::write_findings(&mut out, format, &findings)
                .context("cannot write the findings")?;
            if to_terminal {
                out.flush().context("cannot write the findings")?;
            }
            Ok(())
        },
    )?;
    if format == Format::Sarif {
        serde_json::to_writer_pretty(&mut out, &format::sarif(&all))
            .context("cannot write the findings")?;
        writeln!(out).context("cannot write the findings")?;
    }
    out.flush().context("cannot write the findings")?;

    let files = found.files.len();
    let plural = |n: u64, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let skipped = match found.skipped {
        0 => String::new(),
        n => format!(
            " ({} of other types passed over; --all-files checks them)",
            plural(n as u64, "file")
        ),
    };
    eprintln!(
        "{} checked: {}, {}, {}{skipped}",
        plural(files as u64, "file"),
        plural(tally.errors, "error"),
        plural(tally.warnings, "warning"),
        plural(tally.notes, "note"),
    );
    Ok(if !found.errors.is_empty() {
        ExitCode::from(2)
    } else if tally.errors > 0 || args.deny_warnings && tally.warnings > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
