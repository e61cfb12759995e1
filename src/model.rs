//! The record: serde types that are the JSON output and, through schemars, its JSON Schema.
//!
//! This module depends on nothing else in the crate. Field names follow the schema v1;
//! where Open Civic Data, Popolo or OParl have a name for the same thing the README gives the
//! mapping (for example `honorific` is Popolo's `honorific_prefix`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the record layout. Bumped on any incompatible change.
pub const SCHEMA_VERSION: &str = "1";

/// One record per input file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Record {
    /// Always "1" for this layout.
    pub schema_version: String,
    /// Stable document id: the first 16 hex digits of the file's SHA-256, so the same bytes
    /// give the same id on every run and machine (two copies of a file share it); null if
    /// the file could not be read.
    pub id: Option<String>,
    /// Where the record came from: path, format, hash, size, pages, text encoding.
    pub source: Source,
    /// `ok`: read and extracted; `partial`: read, but part of the document could not be
    /// (e.g. a page without a text layer); `failed`: nothing could be extracted, see `error`.
    pub status: Status,
    /// Why the file failed (or null).
    pub error: Option<ErrorInfo>,
    /// What the document is: minutes, an agenda, a report, or unknown.
    pub kind: Kind,
    /// The meeting the document is about.
    pub meeting: Meeting,
    /// Everyone listed as attending, substituting, observing, absent or sending apologies.
    pub attendance: Vec<Attendee>,
    /// Agenda items (minutes), in document order.
    pub items: Vec<Item>,
    /// Every percentage in the document, in document order.
    pub percentages: Vec<Percentage>,
    /// Things the reader should know: a missing date, an unreadable page, ...
    pub warnings: Vec<Warning>,
}

/// The input file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// The path as given on the command line (or found by walking a directory).
    pub path: String,
    /// Format detected from the content (the extension is only a hint); null if unknown.
    pub format: Option<SourceFormat>,
    /// SHA-256 of the file's bytes, lower-case hex; null if the file could not be read.
    pub sha256: Option<String>,
    /// Size of the file in bytes; null if the file could not be read.
    pub bytes: Option<u64>,
    /// Number of pages (PDF); null for formats without pages.
    pub pages: Option<u32>,
    /// Character encoding of a text file ("utf-8", "utf-16le", "windows-1252", ...); null
    /// for other formats.
    pub encoding: Option<String>,
    /// Diagnosis of the text layer (PDF): characters per page, unmapped glyphs.
    pub text_layer: Option<TextLayer>,
}

/// Formats `minutes` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    /// Plain text in any common encoding.
    Txt,
    /// Portable Document Format.
    Pdf,
    /// Office Open XML word-processing document (.docx, .docm, .dotx).
    Docx,
}

/// Diagnosis of a PDF's text layer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TextLayer {
    /// Characters of text found on each page, first page first.
    pub chars_per_page: Vec<u64>,
    /// Glyphs whose Unicode value could not be found (not emitted as text).
    pub unmapped_glyphs: u64,
    /// Pages (1-based) with no text layer, e.g. scanned images.
    pub pages_without_text: Vec<u32>,
    /// Pages (1-based) whose text came from OCR.
    pub ocr_pages: Vec<u32>,
}

/// Outcome of processing one file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Read and extracted.
    #[default]
    Ok,
    /// Read in part; the warnings say what is missing.
    Partial,
    /// Could not be read; `error` says why.
    Failed,
}

/// Why a file failed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ErrorInfo {
    /// A stable, machine-readable kind.
    pub kind: ErrorKind,
    /// A human-readable explanation, saying what to do where possible.
    pub message: String,
}

/// Stable error kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The file could not be opened or read (permissions, I/O error).
    Unreadable,
    /// The file is empty (zero bytes, or nothing but white space).
    Empty,
    /// The content is not a format `minutes` reads (legacy .doc, .odt, .rtf, images, binary).
    UnsupportedFormat,
    /// The file is in a supported format but damaged beyond reading.
    Malformed,
    /// The file is encrypted and cannot be opened without a password.
    Encrypted,
    /// The file, or a part of it, exceeds a resource limit.
    TooLarge,
    /// Processing took longer than the per-file time budget.
    Timeout,
    /// A bug in `minutes` (a caught panic). Please report it.
    Internal,
}

impl ErrorKind {
    /// The kind's name as written in records (`"too_large"`).
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Unreadable => "unreadable",
            ErrorKind::Empty => "empty",
            ErrorKind::UnsupportedFormat => "unsupported_format",
            ErrorKind::Malformed => "malformed",
            ErrorKind::Encrypted => "encrypted",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Internal => "internal",
        }
    }
}

/// What kind of document this is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Minutes (or notes, or a summary) of a meeting that took place.
    Minutes,
    /// An agenda or notice of a meeting still to take place.
    Agenda,
    /// A report to a meeting.
    Report,
    /// Could not tell.
    #[default]
    Unknown,
}

/// The meeting. Fields follow OParl `Meeting` / Open Civic Data `Event`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Meeting {
    /// The council or organisation ("Lancashire County Council").
    pub organisation: Option<String>,
    /// The committee, board or panel that met ("Corporate Parenting Board").
    pub body: Option<String>,
    /// The document's title line as written.
    pub title: Option<String>,
    /// Date of the meeting, ISO 8601 (YYYY-MM-DD). Numeric dates are read day first (UK),
    /// unless the document is clearly US month-first.
    pub date: Option<String>,
    /// Start time, 24-hour "HH:MM".
    pub start_time: Option<String>,
    /// End time, 24-hour "HH:MM".
    pub end_time: Option<String>,
    /// Where the meeting was held, as written.
    pub location: Option<String>,
    /// Where each of the values above was found.
    pub evidence: MeetingEvidence,
}

/// Evidence for the meeting fields.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MeetingEvidence {
    /// Where the organisation was found.
    pub organisation: Option<Evidence>,
    /// Where the body was found.
    pub body: Option<Evidence>,
    /// Where the title was found.
    pub title: Option<Evidence>,
    /// Where the date was found.
    pub date: Option<Evidence>,
    /// Where the time(s) were found.
    pub time: Option<Evidence>,
    /// Where the location was found.
    pub location: Option<Evidence>,
}

/// A person's part in the meeting. Follows Popolo `Person` + `Membership`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Attendee {
    /// The person's name without honorific, post-nominals or role ("Ian Brown", "B. Seaton").
    pub name: String,
    /// How the person took part.
    pub status: AttendanceStatus,
    /// The person's role in the meeting, if stated.
    pub role: Option<Role>,
    /// Honorific before the name ("County Councillor", "Mrs", "Dr"); Popolo `honorific_prefix`.
    pub honorific: Option<String>,
    /// Letters after the name ("CC", "MP", "OBE"); Popolo `honorific_suffix`.
    pub post_nominals: Option<String>,
    /// The organisation, office or description the person is listed with.
    pub organisation: Option<String>,
    /// Why, when or how the person took part, as the entry says it: a reason for absence
    /// ("illness", "work commitments"), a time or items ("from 7.45pm", "item 6 only"), a
    /// way of taking part ("via Zoom"), "minutes" for who took them.
    pub note: Option<String>,
    /// The group heading the person is listed under ("Members", "Co-opted members").
    pub group: Option<String>,
    /// For a substitute: the member they replaced.
    pub on_behalf_of: Option<String>,
    /// The text the entry was read from.
    pub raw: String,
    /// Where it was read.
    pub evidence: Evidence,
}

/// How a person took part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceStatus {
    /// A member present.
    Present,
    /// Present but not a member: officers, guests, speakers.
    InAttendance,
    /// A member substituting for another (see `on_behalf_of`).
    Substitute,
    /// Observing the meeting.
    Observer,
    /// Sent apologies for absence.
    Apologies,
    /// Absent (without apologies, or listed as absent).
    Absent,
}

/// A role in the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Chair (chairman, chairwoman, chairperson, mayor presiding, cathaoirleach).
    Chair,
    /// Vice-chair (deputy chair, leas-chathaoirleach).
    ViceChair,
    /// Clerk or secretary to the meeting.
    Clerk,
}

/// An agenda item (OParl `AgendaItem`, Open Civic Data event agenda item).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Item {
    /// Stable item id: the record's `id`, a slash and the item's `order` ("9f86d081884c7d65/3").
    pub id: String,
    /// Position in the document, from 1.
    pub order: u32,
    /// The number as written ("8", "45/19", "CPB/23/12", "5(a)"), without trailing dot;
    /// null for an unnumbered item.
    pub number: Option<String>,
    /// The heading, without number and trailing full stop.
    pub title: String,
    /// The item's text after the heading, reflowed into paragraphs.
    pub text: String,
    /// Decisions taken under this item.
    pub decisions: Vec<Decision>,
    /// Actions recorded under this item.
    pub actions: Vec<Action>,
    /// Where the item's heading is.
    pub evidence: Evidence,
}

/// A decision ("Resolved", "Agreed").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Decision {
    /// The keyword as written, normalised to title case ("Resolved", "Agreed").
    pub verb: String,
    /// The whole decision, reflowed, without the keyword.
    pub text: String,
    /// The clause tree, if the decision is made of labelled clauses.
    pub clauses: Vec<Clause>,
    /// Where the decision is.
    pub evidence: Evidence,
}

/// A labelled clause of a decision: (a), (i), 1., ...
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Clause {
    /// The label without brackets or dots ("a", "ii", "3").
    pub label: String,
    /// The clause text, reflowed, without sub-clauses.
    pub text: String,
    /// Sub-clauses.
    pub clauses: Vec<Clause>,
    /// Where the clause is.
    pub evidence: Evidence,
}

/// An action ("Action: ...").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Action {
    /// The action, reflowed.
    pub text: String,
    /// Who the action falls to, where a line names only them under the paragraph that says
    /// what ("ACTION: SP", "Action: Clerk / JT"): the text is then that paragraph, or the
    /// line itself when nothing stands above it in its item. Null otherwise.
    #[serde(default)]
    pub owner: Option<String>,
    /// Where it is.
    pub evidence: Evidence,
}

/// A percentage in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Percentage {
    /// The number ("53.6%" gives 53.6; "fifty per cent" gives 50).
    pub value: f64,
    /// The text as written.
    pub raw: String,
    /// `percent` or `percentage_point`.
    pub kind: PercentageKind,
    /// Upper bound of a range ("15-20%" gives value 15, range_to 20).
    pub range_to: Option<f64>,
    /// `order` of the item it occurs in; null in the preamble.
    pub item: Option<u32>,
    /// The sentence it occurs in.
    pub context: String,
    /// Where it is.
    pub evidence: Evidence,
}

/// Percent or percentage point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PercentageKind {
    /// A share ("53.6%").
    Percent,
    /// A difference between percentages ("3 percentage points").
    PercentagePoint,
}

/// Where a value was found, in the document's normalised text (see the README).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// Line number, from 1, of `char_start`.
    pub line: u32,
    /// Offset of the first character, counted in Unicode scalar values from 0.
    pub char_start: u64,
    /// Offset one past the last character.
    pub char_end: u64,
    /// Page number, from 1 (PDF only).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page: Option<u32>,
    /// Paragraph number, from 1, in the source document (DOCX only: body paragraphs and
    /// tables in document order, empty ones included, as Word counts them).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub paragraph: Option<u32>,
    /// True when the text came from OCR.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub ocr: bool,
}

/// A warning about the document or its extraction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Warning {
    /// Stable code (`no_date`, `no_text_layer`, ...).
    pub code: String,
    /// Explanation.
    pub message: String,
}

impl Warning {
    /// A warning with the given code and message.
    pub fn new(code: &str, message: impl Into<String>) -> Warning {
        Warning { code: code.to_string(), message: message.into() }
    }
}
