//! Ingest: the bytes of a file in some format become a [`Document`], normalised text with
//! provenance (pages, paragraphs). Ingesters know formats, never minutes.
//!
//! Every format produces text the same way: lines separated by `\n`, table cells joined by a
//! tab, white space and punctuation normalised by [`normalise::normalise`]. The extractors see
//! only that text, so the same document gives the same record in every format.

pub mod docx;
pub mod markdown;
pub mod normalise;
pub mod pdf;
pub mod sniff;
pub mod txt;

use std::fmt;

pub use sniff::Sniffed;

/// File extensions of documents: the formats read (text, Markdown, PDF, Word) and the
/// document formats recognised but not read (legacy Word, OpenDocument, RTF), which give a
/// record saying how to convert them. Lower case, without the dot.
pub const DOCUMENT_EXTENSIONS: &[&str] =
    &["txt", "text", "md", "markdown", "pdf", "docx", "docm", "dotx", "dotm", "doc", "odt", "rtf"];

/// The normalised text of one document, with where each part came from.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// The normalised text: `\n` line ends, no control characters but tab, see
    /// [`normalise::normalise`]. All evidence offsets point into this text.
    pub text: String,
    /// The detected format.
    pub format: Option<crate::model::SourceFormat>,
    /// Text encoding (text files only).
    pub encoding: Option<String>,
    /// Byte offsets into `text` where each page starts (first is 0); empty if the format has
    /// no pages.
    pub page_starts: Vec<usize>,
    /// Pages (1-based) whose text came from OCR.
    pub ocr_pages: Vec<u32>,
    /// (byte offset, paragraph number) where each source paragraph's text starts (DOCX:
    /// body paragraphs and tables counted from 1 in document order); empty for formats
    /// without paragraph structure.
    pub paragraph_starts: Vec<(usize, u32)>,
    /// The first page's running header, where the format keeps one apart from the body (a
    /// Word header part; the lines a PDF repeats at the top of its pages, as on its first
    /// page), one line per header line. Not part of `text`: no evidence points into it.
    /// Templates often name the organisation only there.
    pub header: Option<String>,
    /// Text-layer diagnosis (PDF).
    pub text_layer: Option<crate::model::TextLayer>,
    /// Problems found while reading that did not stop it.
    pub warnings: Vec<crate::model::Warning>,
    /// True when part of the document could not be read (the record becomes `partial`).
    pub incomplete: bool,
}

impl Document {
    /// A document made of already-decoded text (normalised here).
    pub fn from_text(text: &str, format: crate::model::SourceFormat) -> Document {
        Document { text: normalise::normalise(text), format: Some(format), ..Document::default() }
    }

    /// The page (1-based) that byte offset `pos` falls on, if the document has pages.
    pub fn page_of(&self, pos: usize) -> Option<u32> {
        if self.page_starts.is_empty() {
            return None;
        }
        let idx = self.page_starts.partition_point(|&s| s <= pos);
        Some(idx.max(1) as u32)
    }
}

/// Resource limits for one file. The defaults suit a small machine.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest input file, in bytes.
    pub max_file_bytes: u64,
    /// Largest total of decompressed data (PDF streams, DOCX parts), in bytes.
    pub max_decompressed_bytes: u64,
    /// Most pages read from a PDF.
    pub max_pages: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_file_bytes: 256 * 1024 * 1024,
            max_decompressed_bytes: 512 * 1024 * 1024,
            max_pages: 5_000,
        }
    }
}

/// Why a file could not be ingested.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IngestError {
    /// The file has no content.
    #[error("the file is empty")]
    Empty,
    /// A format we recognise but do not read.
    #[error("{format} files are not supported: {hint}")]
    Unsupported {
        /// What the content looks like ("legacy Word .doc (OLE2)").
        format: String,
        /// What to do about it.
        hint: String,
    },
    /// A supported format, damaged beyond reading.
    #[error("{format} error: {message}")]
    Malformed {
        /// "PDF", "DOCX", "text".
        format: &'static str,
        /// What is wrong.
        message: String,
    },
    /// Encrypted with a password we do not have.
    #[error("the {format} is encrypted with a password; decrypt it first (e.g. qpdf --decrypt)")]
    Encrypted {
        /// "PDF", "DOCX".
        format: &'static str,
    },
    /// A resource limit was exceeded.
    #[error("{what} exceeds the limit of {limit} (raise it with the matching --max-* flag)")]
    TooLarge {
        /// What was too large ("file", "decompressed DOCX part word/document.xml").
        what: String,
        /// The limit, with its unit.
        limit: String,
    },
}

impl IngestError {
    /// The record's error kind for this error.
    pub fn kind(&self) -> crate::model::ErrorKind {
        use crate::model::ErrorKind;
        match self {
            IngestError::Empty => ErrorKind::Empty,
            IngestError::Unsupported { .. } => ErrorKind::UnsupportedFormat,
            IngestError::Malformed { .. } => ErrorKind::Malformed,
            IngestError::Encrypted { .. } => ErrorKind::Encrypted,
            IngestError::TooLarge { .. } => ErrorKind::TooLarge,
        }
    }
}

/// Options that change how files are read.
#[derive(Clone, Debug, Default)]
pub struct IngestOptions {
    /// Resource limits.
    pub limits: Limits,
    /// OCR pages without a text layer (needs `tesseract` on the PATH).
    pub ocr: bool,
}

/// Whether lining up a table row's cells paragraph by paragraph (row line i takes paragraph
/// i of every cell, as both the Word and the PDF readers render a cell of several
/// paragraphs) would multiply the text: `height` lines of `cells` cells each against the
/// `paragraphs` there are. A crafted row (one tall cell among thousands) joins each cell's
/// paragraphs with spaces instead.
pub(crate) fn zip_would_multiply(height: usize, cells: usize, paragraphs: usize) -> bool {
    height > 1 && height.saturating_mul(cells) > 4 * paragraphs + 64
}

/// Reads `bytes` as whatever format their content shows; `extension` (lower case, no dot)
/// breaks ties.
pub fn ingest(
    bytes: &[u8],
    extension: Option<&str>,
    options: &IngestOptions,
) -> Result<Document, IngestError> {
    if bytes.len() as u64 > options.limits.max_file_bytes {
        return Err(IngestError::TooLarge {
            what: format!("file of {} bytes", bytes.len()),
            limit: format!("{} bytes", options.limits.max_file_bytes),
        });
    }
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    match sniff::sniff(bytes, extension) {
        Sniffed::Pdf => pdf::ingest(bytes, options),
        Sniffed::Docx => docx::ingest(bytes, options),
        Sniffed::Text => txt::ingest(bytes),
        Sniffed::Unsupported { format, hint } => {
            Err(IngestError::Unsupported { format: format.to_string(), hint: hint.to_string() })
        }
    }
}

impl fmt::Display for Sniffed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Sniffed::Pdf => f.write_str("PDF"),
            Sniffed::Docx => f.write_str("DOCX"),
            Sniffed::Text => f.write_str("text"),
            Sniffed::Unsupported { format, .. } => f.write_str(format),
        }
    }
}
