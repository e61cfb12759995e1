//! Output: records as JSON Lines. Reads only model types.

use crate::model::Record;
use std::io::{self, Write};

/// Writes `record` as one line of JSON followed by `\n`.
pub fn write_jsonl<W: Write>(out: &mut W, record: &Record) -> io::Result<()> {
    serde_json::to_writer(&mut *out, record).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// The JSON Schema of a record, pretty-printed.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Record);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}
