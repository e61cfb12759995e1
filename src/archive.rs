//! Runs into an output directory (`minutes extract --out-dir DIR`): one pretty-printed JSON
//! record per input, each written atomically, and a manifest that makes a run resumable and
//! auditable.
//!
//! - **Layout.** The record of an input goes to `DIR/<relative path>.json`, where the
//!   relative path is [`crate::batch::Input::relative`] (the input's path below the
//!   directory it was found in). A record is first written to a hidden `.NAME.tmp` beside
//!   its target and then renamed over it, so a killed run leaves either the old record,
//!   the new one or a hidden temporary file, never half a record. The temporary name is the
//!   same on every run, so the next run that processes the input replaces it.
//! - **Manifest.** `DIR/manifest.jsonl` (`manifest-K-of-N.jsonl` for shard K of N) has
//!   one JSON line per input, an [`Entry`]. During a run each entry is appended, in input
//!   order, as one whole line with one `write` call, after its record has been renamed into
//!   place. When the run completes the manifest is compacted (again through a temporary
//!   file and a rename): entries of earlier runs for inputs not in this run are kept, and
//!   this run's entries follow, one per input, in input order.
//! - **Resume.** An input is skipped (entry status `skipped`, record left as it is) when the
//!   last entry for its output says `ok` or `skipped` for the same path, the same SHA-256
//!   and the same tool and schema versions, and its record file exists. Anything else
//!   (a failed or partial record, a changed file, a new version of `minutes`, `--force`)
//!   processes the input again. A manifest cut short by a kill ends in a partial line:
//!   it is ignored and cut off before this run appends.

use crate::Error;
use crate::model::{ErrorKind, Record, Status};
use crate::output::{temporary_path, write_atomically};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

/// The version of `minutes` written into every manifest entry.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One line of the manifest: what became of one input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The input's path, as in the record's `source.path`.
    pub path: String,
    /// The record's file, relative to the output directory, with `/` separators.
    pub output: String,
    /// SHA-256 of the input's bytes; null if it could not be read.
    pub sha256: Option<String>,
    /// Size of the input in bytes; null if it could not be read.
    pub size: Option<u64>,
    /// `ok`, `partial` or `failed` (the record's status), or `skipped`: unchanged since an
    /// `ok` record of an earlier run, which was kept.
    pub status: EntryStatus,
    /// The record's error kind for a failed input.
    pub error_kind: Option<ErrorKind>,
    /// Wall-clock time spent on the input, in milliseconds.
    pub elapsed_ms: u64,
    /// The version of `minutes` that wrote the record.
    pub tool_version: String,
    /// The record's schema version.
    pub schema_version: String,
    /// The record's document id.
    pub id: Option<String>,
}

/// What became of an input in a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryStatus {
    /// Processed; the record's status is `ok`.
    Ok,
    /// Processed; the record's status is `partial`.
    Partial,
    /// Processed; the record's status is `failed`.
    Failed,
    /// Not processed: unchanged since an `ok` record, which was kept.
    Skipped,
}

impl From<Status> for EntryStatus {
    fn from(status: Status) -> EntryStatus {
        match status {
            Status::Ok => EntryStatus::Ok,
            Status::Partial => EntryStatus::Partial,
            Status::Failed => EntryStatus::Failed,
        }
    }
}

impl Entry {
    /// The entry for `record`, just written to `output`.
    pub fn of(record: &Record, output: &str, elapsed: Duration) -> Entry {
        Entry {
            path: record.source.path.clone(),
            output: output.to_string(),
            sha256: record.source.sha256.clone(),
            size: record.source.bytes,
            status: record.status.into(),
            error_kind: record.error.as_ref().map(|e| e.kind),
            elapsed_ms: elapsed.as_millis() as u64,
            tool_version: TOOL_VERSION.to_string(),
            schema_version: record.schema_version.clone(),
            id: record.id.clone(),
        }
    }

    /// The entry for an input skipped because it is unchanged.
    pub fn skipped(path: &str, output: &str, bytes: &[u8], elapsed: Duration) -> Entry {
        let sha256 = hex::encode(Sha256::digest(bytes));
        Entry {
            path: path.to_string(),
            output: output.to_string(),
            id: Some(crate::document_id(&sha256)),
            sha256: Some(sha256),
            size: Some(bytes.len() as u64),
            status: EntryStatus::Skipped,
            error_kind: None,
            elapsed_ms: elapsed.as_millis() as u64,
            tool_version: TOOL_VERSION.to_string(),
            schema_version: crate::model::SCHEMA_VERSION.to_string(),
        }
    }

    /// The entry as one manifest line, ending in `\n`.
    pub fn to_line(&self) -> Vec<u8> {
        let mut line = serde_json::to_vec(self).unwrap_or_default();
        line.push(b'\n');
        line
    }
}

/// A 128-bit key for a string (the first bytes of its SHA-256): how the manifest and the
/// clash check index outputs without keeping their names in memory.
pub fn key(s: &str) -> u128 {
    let digest = Sha256::digest(s.as_bytes());
    let mut bytes = [0; 16];
    bytes.copy_from_slice(&digest[..16]);
    u128::from_le_bytes(bytes)
}

/// What the manifest says about an output whose record can be kept.
struct Kept {
    path: u128,
    sha256: [u8; 32],
}

/// An output directory being written by a run. Shared by the workers (which write
/// records) and the single writer (which appends manifest entries).
pub struct Archive {
    dir: PathBuf,
    manifest: PathBuf,
    /// Outputs whose record can be kept if their input is unchanged (empty with `--force`).
    kept: HashMap<u128, Kept>,
    /// The manifest, open for appending this run's entries.
    journal: Mutex<File>,
    /// Where this run's entries start in the manifest.
    start: u64,
    /// Lines of the manifest that could not be read (a line cut short by a kill).
    damaged: usize,
}

impl Archive {
    /// Opens (creating it if needed) the output directory `dir` with its manifest named
    /// `manifest`, and reads what earlier runs did. With `force` nothing is kept.
    pub fn open(dir: &Path, manifest: &str, force: bool) -> Result<Archive, Error> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        fs::create_dir_all(dir).map_err(io(dir))?;
        let path = dir.join(manifest);
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&path)
            .map_err(io(&path))?;
        let mut kept = HashMap::new();
        let mut start = 0u64;
        let mut damaged = 0;
        let mut reader = BufReader::new(&mut file);
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line).map_err(io(&path))?;
            if n == 0 {
                break;
            }
            if line.last() != Some(&b'\n') {
                // A line cut short by a kill: cut it off so appends start on a new line.
                damaged += 1;
                break;
            }
            start += n as u64;
            let Ok(entry) = serde_json::from_slice::<Entry>(&line) else {
                damaged += 1;
                continue;
            };
            let output = key(&entry.output);
            match Archive::keepable(&entry) {
                Some(sha256) if !force => {
                    kept.insert(output, Kept { path: key(&entry.path), sha256 });
                }
                _ => {
                    kept.remove(&output);
                }
            }
        }
        drop(reader);
        file.set_len(start).map_err(io(&path))?;
        file.seek(SeekFrom::End(0)).map_err(io(&path))?;
        Ok(Archive {
            dir: dir.to_path_buf(),
            manifest: path,
            kept,
            journal: Mutex::new(file),
            start,
            damaged,
        })
    }

    /// The SHA-256 of an entry whose record can be kept, if it can.
    fn keepable(entry: &Entry) -> Option<[u8; 32]> {
        let usable = matches!(entry.status, EntryStatus::Ok | EntryStatus::Skipped)
            && entry.tool_version == TOOL_VERSION
            && entry.schema_version == crate::model::SCHEMA_VERSION;
        let mut sha256 = [0; 32];
        hex::decode_to_slice(entry.sha256.as_deref()?, &mut sha256).ok()?;
        usable.then_some(sha256)
    }

    /// The output directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Lines of the manifest that could not be read (normally only the last line of a
    /// killed run).
    pub fn damaged_lines(&self) -> usize {
        self.damaged
    }

    /// True if an earlier run left a record for `output` that may be kept: then the input
    /// is worth hashing to see whether it changed.
    pub fn has_kept(&self, output: &str) -> bool {
        self.kept.contains_key(&key(output))
    }

    /// True if the record of `output` can be kept for the input `path` with these bytes:
    /// same path, same content, same tool and schema versions, and the record file exists.
    pub fn unchanged(&self, output: &str, path: &str, bytes: &[u8]) -> bool {
        self.kept.get(&key(output)).is_some_and(|kept| {
            kept.path == key(path)
                && kept.sha256[..] == Sha256::digest(bytes)[..]
                && self.record_path(output).is_file()
        })
    }

    /// Where the record of `output` lives.
    pub fn record_path(&self, output: &str) -> PathBuf {
        self.dir.join(output)
    }

    /// Reads back the record of `output` written by an earlier run.
    pub fn read_record(&self, output: &str) -> Result<Record, Error> {
        let path = self.record_path(output);
        let bytes = fs::read(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        serde_json::from_slice(&bytes)
            .map_err(|e| Error::Io { path, source: io::Error::new(io::ErrorKind::InvalidData, e) })
    }

    /// Writes `record` to `output`, pretty-printed, atomically (temporary file + rename).
    pub fn write_record(&self, output: &str, record: &Record) -> Result<(), Error> {
        let mut json = serde_json::to_vec_pretty(record).map_err(|e| Error::Io {
            path: self.record_path(output),
            source: io::Error::other(e),
        })?;
        json.push(b'\n');
        write_atomically(&self.record_path(output), &json)
    }

    /// Appends `entry` to the manifest as one whole line.
    pub fn append(&self, entry: &Entry) -> Result<(), Error> {
        let mut journal = self.journal.lock().unwrap_or_else(PoisonError::into_inner);
        journal
            .write_all(&entry.to_line())
            .map_err(|source| Error::Io { path: self.manifest.clone(), source })
    }

    /// Ends a complete run: rewrites the manifest with the entries of earlier runs for
    /// outputs not in `outputs` (the keys of this run's outputs, see [`key`]), then this
    /// run's entries in input order.
    pub fn finish(self, outputs: &HashSet<u128>) -> Result<(), Error> {
        let io = |source| Error::Io { path: self.manifest.clone(), source };
        let journal = self.journal.into_inner().unwrap_or_else(PoisonError::into_inner);
        drop(journal);
        // First pass: the last line of each earlier output that is not in this run.
        let mut last = HashMap::new();
        for_each_line(&self.manifest, self.start, |n, line| {
            if let Ok(entry) = serde_json::from_slice::<Entry>(line) {
                let k = key(&entry.output);
                if !outputs.contains(&k) {
                    last.insert(k, n);
                }
            }
        })
        .map_err(io)?;
        // Second pass, streamed to a temporary file (the manifest can be large): those
        // lines, then this run's entries.
        let temporary = temporary_path(&self.manifest);
        let mut out = io::BufWriter::new(File::create(&temporary).map_err(io)?);
        let mut failed = Ok(());
        for_each_line(&self.manifest, self.start, |n, line| {
            let keep = serde_json::from_slice::<Entry>(line)
                .is_ok_and(|e| last.get(&key(&e.output)) == Some(&n));
            if keep && failed.is_ok() {
                failed = out.write_all(line);
            }
        })
        .and(failed)
        .map_err(io)?;
        let mut file = File::open(&self.manifest).map_err(io)?;
        file.seek(SeekFrom::Start(self.start)).map_err(io)?;
        io::copy(&mut file, &mut out).map_err(io)?;
        out.into_inner().map_err(|e| io(e.into_error()))?;
        fs::rename(&temporary, &self.manifest).map_err(io)
    }
}

/// Calls `f` with the number and bytes (with their `\n`) of each line of `path` before
/// byte `end`.
fn for_each_line(path: &Path, end: u64, mut f: impl FnMut(usize, &[u8])) -> io::Result<()> {
    let mut reader = BufReader::new(File::open(path)?);
    let mut line = Vec::new();
    let mut at = 0u64;
    let mut n = 0;
    while at < end {
        line.clear();
        let len = reader.read_until(b'\n', &mut line)?;
        if len == 0 {
            break;
        }
        at += len as u64;
        f(n, &line);
        n += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(output: &str, status: EntryStatus, sha: &str) -> Entry {
        Entry {
            path: format!("in/{output}"),
            output: format!("{output}.json"),
            sha256: Some(sha.repeat(64 / sha.len())),
            size: Some(1),
            status,
            error_kind: None,
            elapsed_ms: 1,
            tool_version: TOOL_VERSION.to_string(),
            schema_version: crate::model::SCHEMA_VERSION.to_string(),
            id: None,
        }
    }

    #[test]
    fn a_cut_line_is_dropped_and_the_last_entry_wins() {
        let dir = tempfile::tempdir().unwrap();
        let mut manifest = Vec::new();
        manifest.extend(entry("a", EntryStatus::Ok, "a").to_line());
        manifest.extend(entry("b", EntryStatus::Ok, "b").to_line());
        manifest.extend(b"not json\n");
        manifest.extend(entry("b", EntryStatus::Failed, "b").to_line());
        manifest.extend(entry("c", EntryStatus::Skipped, "c").to_line());
        let cut = entry("d", EntryStatus::Ok, "d").to_line();
        manifest.extend(&cut[..cut.len() / 2]);
        fs::write(dir.path().join("manifest.jsonl"), &manifest).unwrap();

        let archive = Archive::open(dir.path(), "manifest.jsonl", false).unwrap();
        assert_eq!(archive.damaged_lines(), 2);
        assert!(archive.has_kept("a.json") && archive.has_kept("c.json"));
        assert!(!archive.has_kept("b.json"), "a later failed entry cancels the ok one");
        assert!(!archive.has_kept("d.json"), "a cut line counts for nothing");
        // This run does `a` and `d`; `b` and `c` stay from earlier runs.
        archive.append(&entry("d", EntryStatus::Ok, "d")).unwrap();
        archive.append(&entry("a", EntryStatus::Skipped, "a")).unwrap();
        let this_run: HashSet<u128> = ["a.json", "d.json"].iter().map(|o| key(o)).collect();
        archive.finish(&this_run).unwrap();
        let text = fs::read_to_string(dir.path().join("manifest.jsonl")).unwrap();
        let outputs: Vec<(String, EntryStatus)> = text
            .lines()
            .map(|l| serde_json::from_str::<Entry>(l).unwrap())
            .map(|e| (e.output, e.status))
            .collect();
        let want = [
            ("b.json", EntryStatus::Failed),
            ("c.json", EntryStatus::Skipped),
            ("d.json", EntryStatus::Ok),
            ("a.json", EntryStatus::Skipped),
        ];
        assert_eq!(outputs, want.map(|(o, s)| (o.to_string(), s)));

        let forced = Archive::open(dir.path(), "manifest.jsonl", true).unwrap();
        assert!(!forced.has_kept("a.json"));
    }
}
