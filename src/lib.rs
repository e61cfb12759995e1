//! The flow runs one way: [`ingest`] (bytes -> normalised text) -> [`segment`] (agenda items)
//! -> [`extract`] (one module per field) -> [`model`] (the record) -> [`output`] -> the CLI.
//! [`check`] reads a record and the text it came from ([`process_path_with_text`]) and
//! reports what is wrong with the minutes.
//!
//! ```
//! let text = "Parish Council\nMinutes of the meeting held on 3 March 2021\n\n\
//!             Present: Cllr A. Jones (Chair), Cllr B. Smith\n\n\
//!             1. Apologies\nNone.\n\n2. Budget\nRESOLVED: That the budget be approved.\n";
//! let record = minutes::process_bytes("parish.txt", text.as_bytes(), &Default::default());
//! assert_eq!(record.meeting.date.as_deref(), Some("2021-03-03"));
//! assert_eq!(record.attendance[0].name, "A. Jones");
//! assert_eq!(record.items[1].decisions[0].text, "That the budget be approved.");
//! ```
#![deny(missing_docs)]

pub mod archive;
pub mod batch;
pub mod check;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod model;
pub mod output;
pub mod pattern;
pub mod segment;
pub mod text;

use model::{ErrorInfo, ErrorKind, Record, Source, Status};
use sha2::{Digest, Sha256};
use std::path::Path;

pub use error::Error;
pub use ingest::{IngestOptions, Limits};

/// The stable id of a document whose bytes have the SHA-256 `sha256` (lower-case hex):
/// its first 16 hex digits. Ids depend on the bytes only, not on the path, so copies of a
/// file share an id; items add `/ORDER` to it (see [`model::Item::id`]).
pub fn document_id(sha256: &str) -> String {
    sha256.get(..16).unwrap_or(sha256).to_string()
}

/// An empty record for the file at `path`; `bytes`, when the file was read, give its hash,
/// size and id.
fn new_record(path: &str, bytes: Option<&[u8]>) -> Record {
    let sha256 = bytes.map(|b| hex::encode(Sha256::digest(b)));
    Record {
        schema_version: model::SCHEMA_VERSION.to_string(),
        id: sha256.as_deref().map(document_id),
        source: Source {
            path: path.to_string(),
            sha256,
            bytes: bytes.map(|b| b.len() as u64),
            ..Source::default()
        },
        ..Record::default()
    }
}

/// Processes a file's bytes into a record. Never panics: a panic inside the pipeline is
/// caught and reported as an `internal` error.
pub fn process_bytes(path: &str, bytes: &[u8], options: &IngestOptions) -> Record {
    process_bytes_with_text(path, bytes, options).record
}

/// A record with what it was extracted from, for readers of both such as [`check`]: the
/// same work as [`process_bytes`], nothing done twice.
#[derive(Debug, Default)]
pub struct Processed {
    /// The record, exactly as [`process_bytes`] gives it.
    pub record: Record,
    /// The document whose normalised text the evidence points into; `None` when the file
    /// could not be read.
    pub document: Option<ingest::Document>,
    /// Attendance entries folded together while merging (see
    /// [`extract::attendance::Merged`]).
    pub merged: Vec<extract::attendance::Merged>,
}

/// [`process_bytes`], keeping the document and the attendance merges.
pub fn process_bytes_with_text(path: &str, bytes: &[u8], options: &IngestOptions) -> Processed {
    let mut processed = Processed::default();
    let mut record = new_record(path, Some(bytes));
    let extension =
        Path::new(path).extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase());
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        ingest::ingest(bytes, extension.as_deref(), options).map(|doc| {
            let extraction = extract::extract(&doc);
            (doc, extraction)
        })
    }));
    match outcome {
        Ok(Ok((doc, mut extraction))) => {
            record.source.format = doc.format;
            record.source.encoding = doc.encoding.clone();
            record.source.pages =
                if doc.page_starts.is_empty() { None } else { Some(doc.page_starts.len() as u32) };
            record.source.text_layer = doc.text_layer.clone();
            record.status = if doc.incomplete { Status::Partial } else { Status::Ok };
            record.warnings.extend(doc.warnings.iter().cloned());
            processed.merged = std::mem::take(&mut extraction.merged);
            extraction.fill(&mut record);
            if let Some(id) = &record.id {
                for item in &mut record.items {
                    item.id = format!("{id}/{}", item.order);
                }
            }
            processed.document = Some(doc);
        }
        Ok(Err(err)) => fail(&mut record, err.kind(), err.to_string()),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            fail(
                &mut record,
                ErrorKind::Internal,
                format!("minutes crashed on this file ({what}); please report it with the file"),
            );
        }
    }
    processed.record = record;
    processed
}

/// Reads and processes one file. A file that cannot be read gives a failed record.
pub fn process_path(path: &Path, options: &IngestOptions) -> Record {
    process_path_with_text(path, options).record
}

/// [`process_path`], keeping the document and the attendance merges (see [`Processed`]).
pub fn process_path_with_text(path: &Path, options: &IngestOptions) -> Processed {
    let shown = path.display().to_string();
    match read_file(path, &options.limits) {
        Ok(bytes) => process_bytes_with_text(&shown, &bytes, options),
        Err(err) => Processed { record: unread_record(&shown, &err), ..Processed::default() },
    }
}

/// A failed record for a file that was read (`bytes`) but gave no result, e.g. because it
/// ran out of time: `kind` and `message` say why.
pub fn failed_record(path: &str, bytes: &[u8], kind: ErrorKind, message: String) -> Record {
    let mut record = new_record(path, Some(bytes));
    fail(&mut record, kind, message);
    record
}

/// The failed record for a file that [`read_file`] could not read.
pub fn unread_record(path: &str, err: &Error) -> Record {
    let mut record = new_record(path, None);
    let kind = match err {
        Error::TooLarge { .. } => ErrorKind::TooLarge,
        _ => ErrorKind::Unreadable,
    };
    fail(&mut record, kind, err.to_string());
    record
}

/// Reads the file at `path`, refusing one larger than `limits.max_file_bytes` (checked
/// before reading, and again while reading in case the file grows).
pub fn read_file(path: &Path, limits: &Limits) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let max = limits.max_file_bytes;
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let file = std::fs::File::open(path).map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    if len > max {
        return Err(Error::TooLarge { path: path.to_path_buf(), bytes: len, limit: max });
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(max + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > max {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            bytes: bytes.len() as u64,
            limit: max,
        });
    }
    Ok(bytes)
}

fn fail(record: &mut Record, kind: ErrorKind, message: String) {
    record.status = Status::Failed;
    record.error = Some(ErrorInfo { kind, message });
}
