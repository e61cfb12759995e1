//! The OPC package (the zip) under a DOCX: opening it and reading parts within limits.
//!
//! Owns every resource check on the container: entry count, declared and actual
//! decompressed size of each part, the total over all parts read, and the compression ratio.
//! Sizes are checked on the declared header first (cheap, before inflating anything) and again
//! while inflating, so a header that lies cannot make us allocate more than the limit.
//!
//! When the central directory is missing or damaged (a truncated download), the local file
//! headers are scanned from the start instead and whatever parts can be inflated are kept,
//! flagged as truncated when they end early.

use super::super::{IngestError, Limits};
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// Most entries a package may list. Real DOCX files have tens; thousands means a crafted file.
pub const MAX_ENTRIES: usize = 10_000;
/// Largest decompressed/compressed ratio accepted for a part bigger than [`RATIO_FLOOR`].
/// XML compresses about 5-30x; deflate tops out near 1032x on runs of one byte.
pub const MAX_RATIO: u64 = 200;
/// Parts smaller than this are never refused for their ratio.
pub const RATIO_FLOOR: u64 = 4 * 1024 * 1024;

/// One part's bytes, and whether it ended early (truncated or corrupt compressed data).
#[derive(Debug)]
pub struct Part {
    /// The decompressed bytes that could be read.
    pub bytes: Vec<u8>,
    /// True when the part could not be read to its end.
    pub truncated: bool,
}

/// An opened package.
pub enum Package<'a> {
    /// A zip with a readable central directory.
    Archive(Box<zip::ZipArchive<Cursor<&'a [u8]>>>),
    /// A damaged zip whose parts were recovered from local headers (name -> part).
    Recovered(HashMap<String, Part>),
}

/// Reads parts out of a [`Package`], keeping count of the total decompressed.
pub struct Reader<'a> {
    package: Package<'a>,
    limits: Limits,
    /// Decompressed bytes read so far over all parts.
    total: u64,
    /// True when the package had to be recovered from local headers.
    pub recovered: bool,
}

fn malformed(message: impl Into<String>) -> IngestError {
    IngestError::Malformed { format: "DOCX", message: message.into() }
}

fn too_large(what: impl Into<String>, limit: impl Into<String>) -> IngestError {
    IngestError::TooLarge { what: what.into(), limit: limit.into() }
}

impl<'a> Reader<'a> {
    /// Opens the zip in `bytes`. A zip without a usable central directory is recovered from
    /// its local headers; one with neither gives [`IngestError::Malformed`].
    pub fn open(bytes: &'a [u8], limits: &Limits) -> Result<Reader<'a>, IngestError> {
        match zip::ZipArchive::new(Cursor::new(bytes)) {
            Ok(archive) => {
                if archive.len() > MAX_ENTRIES {
                    return Err(too_large(
                        format!("zip with {} entries", archive.len()),
                        format!("{MAX_ENTRIES} entries"),
                    ));
                }
                Ok(Reader {
                    package: Package::Archive(Box::new(archive)),
                    limits: limits.clone(),
                    total: 0,
                    recovered: false,
                })
            }
            Err(err) => {
                let parts = recover(bytes, limits)?;
                if parts.is_empty() {
                    return Err(malformed(format!("not a readable zip archive ({err})")));
                }
                Ok(Reader {
                    package: Package::Recovered(parts),
                    limits: limits.clone(),
                    total: 0,
                    recovered: true,
                })
            }
        }
    }

    /// Reads the part `name` (no leading slash). `Ok(None)` when the package has no such part.
    pub fn read(&mut self, name: &str) -> Result<Option<Part>, IngestError> {
        Ok(self.read_prefix(name, u64::MAX)?.map(|(part, _)| part))
    }

    /// Reads at most the first `max` decompressed bytes of part `name`, and whether that is
    /// the whole part (what a prefix holds may be all a caller needs: inflating stops there).
    pub fn read_prefix(
        &mut self,
        name: &str,
        max: u64,
    ) -> Result<Option<(Part, bool)>, IngestError> {
        let remaining = self.limits.max_decompressed_bytes.saturating_sub(self.total);
        let mut whole = true;
        let part = match &mut self.package {
            Package::Recovered(parts) => match parts.remove(name) {
                Some(part) => part,
                None => return Ok(None),
            },
            Package::Archive(archive) => {
                let index = match archive.index_for_name(name) {
                    Some(i) => i,
                    None => match case_insensitive_index(archive, name) {
                        Some(i) => i,
                        None => return Ok(None),
                    },
                };
                // Inflate ourselves from the raw data: the zip crate stops at the declared
                // size, which hides a header that lies about it.
                let entry = match archive.by_index_raw(index) {
                    Ok(entry) => entry,
                    Err(err) => return Err(malformed(format!("part {name}: {err}"))),
                };
                if entry.encrypted() {
                    return Err(IngestError::Encrypted { format: "DOCX" });
                }
                let declared = entry.size();
                check_declared(name, declared, entry.compressed_size(), remaining, &self.limits)?;
                if max < declared {
                    whole = false;
                }
                let cap = if whole { None } else { Some(max) };
                match entry.compression() {
                    zip::CompressionMethod::Stored => {
                        read_limited(name, entry, declared, remaining, cap)?
                    }
                    zip::CompressionMethod::Deflated => read_limited(
                        name,
                        flate2::read::DeflateDecoder::new(entry),
                        declared,
                        remaining,
                        cap,
                    )?,
                    other => {
                        return Err(malformed(format!(
                            "part {name} uses compression {other}, which DOCX files do not"
                        )));
                    }
                }
            }
        };
        self.total += part.bytes.len() as u64;
        if self.total > self.limits.max_decompressed_bytes {
            return Err(too_large(
                "decompressed DOCX parts",
                format!("{} bytes", self.limits.max_decompressed_bytes),
            ));
        }
        Ok(Some((part, whole)))
    }
}

fn case_insensitive_index(archive: &zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<usize> {
    archive.file_names_raw().position(|raw| {
        raw.eq_ignore_ascii_case(name.as_bytes()) || raw == format!("/{name}").as_bytes()
    })
}

/// Refuses a part on its header: over the remaining budget, or a suspicious ratio.
fn check_declared(
    name: &str,
    declared: u64,
    compressed: u64,
    remaining: u64,
    limits: &Limits,
) -> Result<(), IngestError> {
    if declared > remaining {
        return Err(too_large(
            format!("decompressed DOCX part {name} ({declared} bytes declared)"),
            format!("{} bytes", limits.max_decompressed_bytes),
        ));
    }
    if declared > RATIO_FLOOR && declared / compressed.max(1) > MAX_RATIO {
        return Err(too_large(
            format!("compression ratio of DOCX part {name} ({declared} from {compressed} bytes)"),
            format!("{MAX_RATIO}:1"),
        ));
    }
    Ok(())
}

/// Inflates `entry`, never holding more than `min(declared, remaining) + 1` bytes: a part that
/// inflates past its declared size is a lying header and is refused. With `prefix`, stops
/// after that many bytes.
fn read_limited<R: Read>(
    name: &str,
    entry: R,
    declared: u64,
    remaining: u64,
    prefix: Option<u64>,
) -> Result<Part, IngestError> {
    let cap = declared.min(remaining);
    if let Some(n) = prefix.filter(|&n| n <= cap) {
        let mut bytes = Vec::with_capacity(n as usize);
        let truncated = entry.take(n).read_to_end(&mut bytes).is_err();
        return Ok(Part { bytes, truncated });
    }
    let mut bytes = Vec::with_capacity(cap.min(64 * 1024 * 1024) as usize);
    let mut limited = entry.take(cap.saturating_add(1));
    // Corrupt deflate data: keep the prefix, flag it.
    let truncated = limited.read_to_end(&mut bytes).is_err();
    if bytes.len() as u64 > cap {
        return Err(too_large(
            format!("decompressed DOCX part {name} (inflates past its declared {declared} bytes)"),
            format!("{cap} bytes"),
        ));
    }
    Ok(Part { bytes, truncated })
}

/// Names of parts worth recovering from a damaged package: XML and relationships, not media.
fn wanted(name: &str) -> bool {
    (name.ends_with(".xml") || name.ends_with(".rels")) && !name.starts_with("customXml/")
}

/// Scans local file headers from the start of `bytes`, keeping the XML parts that inflate.
fn recover(bytes: &[u8], limits: &Limits) -> Result<HashMap<String, Part>, IngestError> {
    let mut parts = HashMap::new();
    let mut cursor = Cursor::new(bytes);
    let mut total = 0u64;
    for _ in 0..MAX_ENTRIES {
        let entry = match zip::read::read_zipfile_from_stream(&mut cursor) {
            Ok(Some(entry)) => entry,
            Ok(None) | Err(_) => break,
        };
        let name = match entry.name() {
            Ok(n) => n.to_string(),
            Err(_) => break,
        };
        if !wanted(&name) || entry.encrypted() {
            continue;
        }
        let remaining = limits.max_decompressed_bytes.saturating_sub(total);
        let declared = entry.size();
        // A streamed entry may not know its size (data descriptor): cap at the budget.
        let declared = if declared == 0 { remaining } else { declared };
        check_declared(&name, declared, entry.compressed_size(), remaining, limits)?;
        let part = read_limited(&name, entry, declared, remaining, None)?;
        total += part.bytes.len() as u64;
        let stop = part.truncated;
        parts.insert(name, part);
        if stop {
            // The stream position is unreliable after a broken entry.
            break;
        }
    }
    Ok(parts)
}
