//! PDF: not read yet (issue #3). Recognised by content and reported as unsupported.

use super::{Document, IngestError, IngestOptions};

/// Reads a PDF.
pub fn ingest(_bytes: &[u8], _options: &IngestOptions) -> Result<Document, IngestError> {
    Err(IngestError::Unsupported {
        format: "PDF".into(),
        hint: "this build of minutes reads text only; PDF support is in progress".into(),
    })
}
