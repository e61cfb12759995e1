//! Check: rules over a record and its normalised text, for `minutes check`.
//!
//! [`check`] takes what [`crate::process_path_with_text`] gives (the record, the document
//! and the attendance merges: the work of `extract`, done once) and returns
//! [`Finding`]s: a stable code ("M030"), a severity, a one-line message and a location
//! (line, column and page in the normalised text, with the line quoted). The rules are
//! one table, [`rules::RULES`], from which the documentation, the configuration's
//! validation and SARIF's rule metadata all come; [`config`] reads `minutes.toml` and
//! [`format`](mod@format) writes findings as text, JSON Lines, GitHub workflow commands or SARIF.
//!
//! ```
//! let text = "Parish Council\nMinutes of the meeting held on 3 March 2021\n\n\
//!             Present: Cllr A. Jones (Chair), Cllr B. Smith\n\
//!             Apologies: Cllr B. Smith\n\n\
//!             1. Apologies\nNone.\n\n2. Budget\nRESOLVED: That the budget be approved.\n";
//! let processed = minutes::process_bytes_with_text("parish.txt", text.as_bytes(), &Default::default());
//! let findings = minutes::check::check(&processed, &Default::default());
//! assert!(findings.iter().any(|f| f.code == "M030" && f.line == Some(5)));
//! ```

pub mod config;
pub mod format;
pub mod rules;

pub use config::{Config, ConfigError};
pub use rules::{RULES, Rule, Scope};

use crate::Processed;
use crate::ingest::Document;
use crate::model::{Evidence, Kind, Record, Status};
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// How serious a finding is. `error` fails the check; `warning` fails it only with
/// `--deny-warnings`; `note` never does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never fails the check.
    Note,
    /// Probably a mistake.
    Warning,
    /// A mistake.
    Error,
}

impl Severity {
    /// The lower-case name: "error", "warning", "note".
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding: a rule broken at a place. The field names are stable (they are the JSON
/// output of `minutes check --format json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's code, "M001" to "M052".
    pub code: String,
    /// The severity, after configuration.
    pub severity: Severity,
    /// One line saying what is wrong.
    pub message: String,
    /// The file, as given on the command line or found by walking a directory.
    pub path: String,
    /// Line, from 1, in the normalised text (`minutes text FILE`); null for a finding
    /// about the whole file that has no text.
    pub line: Option<u32>,
    /// Column, from 1, in characters; null without a line.
    pub column: Option<u32>,
    /// Page, from 1 (PDF only).
    pub page: Option<u32>,
    /// The line quoted; null without a line.
    pub snippet: Option<String>,
}

/// Runs every enabled rule over one processed file. Findings come in line order (findings
/// about the whole file first), then in code order.
pub fn check(processed: &Processed, config: &Config) -> Vec<Finding> {
    let record = &processed.record;
    let text = processed.document.as_ref().map(Text::new);
    let mut cx = Cx {
        record,
        doc: processed.document.as_ref(),
        text: text.as_ref(),
        config,
        out: Vec::new(),
    };
    if record.status == Status::Failed {
        rules::unreadable(&mut cx);
    } else {
        if record.kind == Kind::Minutes {
            rules::minutes_rules(&mut cx, &processed.merged);
        } else {
            rules::not_minutes(&mut cx);
        }
        rules::document_rules(&mut cx);
    }
    let mut out = cx.out;
    out.sort_by(|a, b| (a.line, &a.code).cmp(&(b.line, &b.code)));
    out
}

/// Where a finding is.
#[derive(Clone, Copy, Debug)]
enum Loc {
    /// The file as a whole: its first non-blank line, if it has text.
    File,
    /// An extracted value's evidence.
    Evidence(Evidence),
    /// A line, by index from 0.
    Line(usize),
}

/// What the rules read, and the findings so far.
struct Cx<'a> {
    record: &'a Record,
    doc: Option<&'a Document>,
    text: Option<&'a Text<'a>>,
    config: &'a Config,
    out: Vec<Finding>,
}

impl Cx<'_> {
    /// True when the rule `code` is on.
    fn enabled(&self, code: &str) -> bool {
        self.config.severity(code).is_some()
    }

    /// Adds a finding for rule `code` at `loc`, unless the rule is off.
    fn emit(&mut self, code: &'static str, loc: Loc, message: String) {
        let Some(severity) = self.config.severity(code) else { return };
        let mut finding = Finding {
            code: code.to_string(),
            severity,
            message,
            path: self.record.source.path.clone(),
            line: None,
            column: None,
            page: None,
            snippet: None,
        };
        if let Some(text) = self.text {
            let (index, column, page) = match loc {
                Loc::File => {
                    let first = text.lines.iter().position(|l| !l.is_blank()).unwrap_or(0);
                    (first, None, None)
                }
                Loc::Line(i) => (i, None, None),
                Loc::Evidence(ev) => {
                    let i = (ev.line as usize).saturating_sub(1);
                    let start = text.lines.get(i).map_or(0, |l| text.char_offset(l.start));
                    (i, ev.char_start.checked_sub(start).map(|c| c as u32 + 1), ev.page)
                }
            };
            if let Some(line) = text.lines.get(index) {
                finding.line = Some(index as u32 + 1);
                finding.column = Some(column.unwrap_or(1));
                finding.page = page.or_else(|| self.doc.and_then(|d| d.page_of(line.start)));
                finding.snippet = Some(line.text.to_string());
            }
        }
        self.out.push(finding);
    }
}

/// Counts of findings by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Errors.
    pub errors: u64,
    /// Warnings.
    pub warnings: u64,
    /// Notes.
    pub notes: u64,
}

impl Tally {
    /// Counts `findings`.
    pub fn add(&mut self, findings: &[Finding]) {
        for f in findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Note => self.notes += 1,
            }
        }
    }
}
