//! Errors of the library that are not about one document's content (those become a
//! record's `error`, see [`crate::ingest::IngestError`]).

use std::path::PathBuf;

/// An error with the path it happened at.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading a file or directory failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A file is larger than the limit.
    #[error("{}: {bytes} bytes exceeds the limit of {limit} bytes (raise it with --max-file-size)", path.display())]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Writing an export (CSV, SQLite) failed.
    #[error("{}: {source}", path.display())]
    Export {
        /// The file being written.
        path: PathBuf,
        /// The underlying error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// Two inputs would write their records to the same file of an output directory.
    #[error(
        "{} and {} would both be written to {output} in the output directory; give their \
         common directory as one PATH, or use --files-from, which mirrors whole paths",
        first.display(),
        second.display()
    )]
    OutputClash {
        /// The earlier input.
        first: PathBuf,
        /// The later input.
        second: PathBuf,
        /// The output they share, relative to the output directory.
        output: String,
    },
}
