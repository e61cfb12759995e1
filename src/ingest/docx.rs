//! DOCX: not read yet (issue #4). Recognised by content and reported as unsupported.

use super::{Document, IngestError, IngestOptions};

/// Reads a DOCX.
pub fn ingest(_bytes: &[u8], _options: &IngestOptions) -> Result<Document, IngestError> {
    Err(IngestError::Unsupported {
        format: "DOCX".into(),
        hint: "this build of minutes reads text only; DOCX support is in progress".into(),
    })
}
