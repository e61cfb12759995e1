//! Output: records as JSON Lines, and the analyst exports ([`csv`], [`sqlite`]) built on
//! one flat view of a record ([`tables`]). Reads only model types.

pub mod csv;
pub mod sqlite;
pub mod tables;

use crate::Error;
use crate::model::Record;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

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

/// The hidden temporary file beside `target` that [`write_atomically`] renames over it.
pub fn temporary_path(target: &Path) -> PathBuf {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    target.with_file_name(format!(".{name}.tmp"))
}

/// Writes `bytes` to `target` through a temporary file and a rename, creating the parent
/// directories, so readers (and a later run) never see half a file.
pub fn write_atomically(target: &Path, bytes: &[u8]) -> Result<(), Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(io(parent))?;
    }
    let temporary = temporary_path(target);
    fs::write(&temporary, bytes).map_err(io(&temporary))?;
    fs::rename(&temporary, target).map_err(io(target))
}
