//! The batch driver: finds the input files ([`discover`]) and processes them in parallel
//! while a single writer receives the results in input order ([`run_ordered`]).
//!
//! Order costs a little parallelism, bounded on purpose: a worker may run at most
//! `WINDOW_PER_JOB * jobs` files ahead of the writer, so memory holds at most that many
//! finished results however many files there are. A slow file therefore stalls the other
//! workers once they are a window ahead of it; with a window of four files per thread that
//! rarely happens.
//!
//! ```
//! let inputs = vec![3, 1, 2];
//! let mut out = Vec::new();
//! minutes::batch::run_ordered(&inputs, 2, |n| n * 10, |r| {
//!     out.push(r);
//!     Ok::<(), ()>(())
//! })
//! .unwrap();
//! assert_eq!(out, [30, 10, 20]);
//! ```

use crate::Error;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs::{self, FileType};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError, mpsc};

/// How many finished results per worker thread may wait for the writer.
pub const WINDOW_PER_JOB: usize = 4;

/// The files found under the paths given, and the paths that could not be read.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Regular files to process, in input order.
    pub files: Vec<PathBuf>,
    /// Paths that give no record: paths that do not exist, directories that cannot be
    /// listed. Each one should be reported, and makes the run a failure.
    pub errors: Vec<Error>,
}

/// The identity of a file on disk, to recognise it under another name (e.g. the output
/// file inside an input directory).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileId {
    #[cfg(unix)]
    dev: u64,
    #[cfg(unix)]
    ino: u64,
    #[cfg(not(unix))]
    canonical: PathBuf,
}

impl FileId {
    /// The identity of the file at `path` (symbolic links followed).
    pub fn of(path: &Path) -> std::io::Result<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let meta = fs::metadata(path)?;
            Ok(FileId { dev: meta.dev(), ino: meta.ino() })
        }
        #[cfg(not(unix))]
        {
            Ok(FileId { canonical: fs::canonicalize(path)? })
        }
    }

    /// True if `entry` is this file. Cheap on Unix: the inode comes with the entry.
    fn is_entry(&self, entry: &fs::DirEntry) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirEntryExt;
            entry.ino() == self.ino && FileId::of(&entry.path()).is_ok_and(|id| id == *self)
        }
        #[cfg(not(unix))]
        {
            FileId::of(&entry.path()).is_ok_and(|id| id == *self)
        }
    }
}

/// Finds the files to process under `paths`, in order.
///
/// A path that is not a directory is taken as it is (even a hidden file or a symbolic
/// link, since it was named). A directory is walked recursively, each directory's entries
/// sorted by name; hidden entries (names starting with `.`), symbolic links and special
/// files (sockets, FIFOs, devices) found while walking are skipped. `exclude` is a file
/// never returned, typically the output file.
pub fn discover(paths: &[PathBuf], exclude: Option<&FileId>) -> Discovery {
    let mut found = Discovery::default();
    for path in paths {
        match fs::metadata(path) {
            Err(source) => found.errors.push(Error::Io { path: path.clone(), source }),
            Ok(meta) if meta.is_dir() => walk(path, exclude, &mut found),
            Ok(_) => {
                if exclude.is_none_or(|id| FileId::of(path).ok().as_ref() != Some(id)) {
                    found.files.push(path.clone());
                }
            }
        }
    }
    found
}

/// Depth-first walk of `root` with an explicit stack (deep trees cannot overflow the call
/// stack). Each directory's entries are sorted by name, so the order is deterministic.
fn walk(root: &Path, exclude: Option<&FileId>, found: &mut Discovery) {
    let mut stack = vec![list(root, exclude, found).into_iter()];
    while let Some(entries) = stack.last_mut() {
        let Some((path, file_type)) = entries.next() else {
            stack.pop();
            continue;
        };
        if file_type.is_dir() {
            let children = list(&path, exclude, found);
            stack.push(children.into_iter());
        } else {
            found.files.push(path);
        }
    }
}

/// The entries of `dir` to visit (visible regular files and directories), sorted by name.
fn list(dir: &Path, exclude: Option<&FileId>, found: &mut Discovery) -> Vec<(PathBuf, FileType)> {
    let io = |source| Error::Io { path: dir.to_path_buf(), source };
    let read = match fs::read_dir(dir) {
        Ok(read) => read,
        Err(err) => {
            found.errors.push(io(err));
            return Vec::new();
        }
    };
    let mut entries: Vec<(OsString, PathBuf, FileType)> = Vec::new();
    for entry in read {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                found.errors.push(io(err));
                continue;
            }
        };
        let name = entry.file_name();
        if name.as_encoded_bytes().first() == Some(&b'.') {
            continue;
        }
        // `DirEntry::file_type` does not follow symbolic links.
        let file_type = match entry.file_type() {
            Ok(t) => t,
            Err(source) => {
                found.errors.push(Error::Io { path: entry.path(), source });
                continue;
            }
        };
        let wanted = file_type.is_dir()
            || (file_type.is_file() && exclude.is_none_or(|id| !id.is_entry(&entry)));
        if wanted {
            entries.push((name, entry.path(), file_type));
        }
    }
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    entries.into_iter().map(|(_, path, file_type)| (path, file_type)).collect()
}

/// Runs `process` on every input on `jobs` threads and passes the results to `write`, on
/// the calling thread, in input order, as soon as each one's turn comes.
///
/// With `jobs <= 1` everything runs on the calling thread, one input after another.
/// Otherwise a rayon pool of `jobs` threads pulls inputs from a shared counter; at most
/// `WINDOW_PER_JOB * jobs` results wait for the writer at any time, so memory does not
/// grow with the number of inputs. If `write` fails, the workers stop after their current
/// input and the error is returned. A panic in `process` stops the run and is resumed on
/// the calling thread.
pub fn run_ordered<I, T, E>(
    inputs: &[I],
    jobs: usize,
    process: impl Fn(&I) -> T + Sync,
    mut write: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E>
where
    I: Sync,
    T: Send,
{
    let jobs = jobs.min(inputs.len());
    let pool = match jobs {
        0 | 1 => None,
        _ => rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .thread_name(|i| format!("minutes-worker-{i}"))
            .build()
            .ok(),
    };
    let Some(pool) = pool else {
        for input in inputs {
            write(process(input))?;
        }
        return Ok(());
    };

    let window = WINDOW_PER_JOB * jobs;
    let shared = Shared {
        next: AtomicUsize::new(0),
        gate: Mutex::new(Gate { written: 0, stop: false }),
        moved: Condvar::new(),
    };
    let (tx, rx) = mpsc::channel::<(usize, std::thread::Result<T>)>();
    let mut outcome = Ok(());
    let mut panicked = None;
    pool.in_place_scope(|scope| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (shared, process) = (&shared, &process);
            scope.spawn(move |_| shared.work(inputs, window, process, tx));
        }
        drop(tx);

        // The single writer: a reorder buffer of at most `window` results.
        let mut pending = BTreeMap::new();
        let mut written = 0;
        'receive: while written < inputs.len() {
            let Ok((index, result)) = rx.recv() else { break };
            match result {
                Ok(value) => pending.insert(index, value),
                Err(payload) => {
                    panicked = Some(payload);
                    break;
                }
            };
            while let Some(value) = pending.remove(&written) {
                if let Err(err) = write(value) {
                    outcome = Err(err);
                    break 'receive;
                }
                written += 1;
                shared.lock().written = written;
                shared.moved.notify_all();
            }
        }
        shared.lock().stop = true;
        shared.moved.notify_all();
    });
    if let Some(payload) = panicked {
        panic::resume_unwind(payload);
    }
    outcome
}

/// State shared by the workers and the writer: only an atomic and a mutex + condvar.
struct Shared {
    /// The next input index to hand out.
    next: AtomicUsize,
    /// How far the writer has got, and whether to stop.
    gate: Mutex<Gate>,
    /// Signalled when `gate` changes.
    moved: Condvar,
}

struct Gate {
    /// Number of results written so far (= index of the next one the writer wants).
    written: usize,
    /// Set when the writer is done or failed; workers stop taking inputs.
    stop: bool,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Gate> {
        // A poisoned gate only means a worker panicked; the data is still consistent.
        self.gate.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn work<I, T>(
        &self,
        inputs: &[I],
        window: usize,
        process: &(impl Fn(&I) -> T + Sync),
        tx: mpsc::Sender<(usize, std::thread::Result<T>)>,
    ) {
        loop {
            let index = self.next.fetch_add(1, Ordering::Relaxed);
            if index >= inputs.len() {
                return;
            }
            {
                let mut gate = self.lock();
                // The worker holding index `written` never waits here, so this cannot
                // deadlock: indexes are handed out in increasing order.
                while index >= gate.written + window && !gate.stop {
                    gate = self.moved.wait(gate).unwrap_or_else(PoisonError::into_inner);
                }
                if gate.stop {
                    return;
                }
            }
            let result = panic::catch_unwind(AssertUnwindSafe(|| process(&inputs[index])));
            let failed = result.is_err();
            if tx.send((index, result)).is_err() || failed {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn order_is_kept_for_any_job_count() {
        let inputs: Vec<u64> = (0..500).collect();
        for jobs in [1, 2, 3, 8] {
            let mut out = Vec::new();
            run_ordered(
                &inputs,
                jobs,
                |&n| {
                    // Uneven work so that results finish out of order.
                    std::thread::sleep(std::time::Duration::from_micros((n * 7919) % 200));
                    n * 2
                },
                |r| {
                    out.push(r);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(out, inputs.iter().map(|n| n * 2).collect::<Vec<_>>(), "jobs={jobs}");
        }
    }

    #[test]
    fn results_in_flight_stay_within_the_window() {
        let inputs: Vec<usize> = (0..2000).collect();
        let jobs = 4;
        let in_flight = AtomicUsize::new(0);
        let mut peak = 0;
        run_ordered(
            &inputs,
            jobs,
            |&n| {
                if n % 97 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                in_flight.fetch_add(1, Ordering::SeqCst);
                n
            },
            |_| {
                peak = peak.max(in_flight.fetch_sub(1, Ordering::SeqCst));
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert!(peak <= WINDOW_PER_JOB * jobs + jobs, "peak {peak}");
    }

    #[test]
    fn a_write_error_stops_the_run() {
        let inputs: Vec<usize> = (0..10_000).collect();
        let processed = AtomicUsize::new(0);
        let mut written = 0;
        let result = run_ordered(
            &inputs,
            3,
            |&n| {
                processed.fetch_add(1, Ordering::SeqCst);
                n
            },
            |n| {
                written += 1;
                if n == 10 { Err("disk full") } else { Ok(()) }
            },
        );
        assert_eq!(result, Err("disk full"));
        assert_eq!(written, 11);
        assert!(processed.load(Ordering::SeqCst) < 100);
    }

    #[test]
    #[should_panic(expected = "boom")]
    fn a_panic_is_resumed_on_the_caller() {
        let inputs: Vec<usize> = (0..100).collect();
        let _ = run_ordered(
            &inputs,
            2,
            |&n| if n == 50 { panic!("boom") } else { n },
            |_| Ok::<(), ()>(()),
        );
    }

    #[test]
    fn discovery_sorts_skips_hidden_and_reports_missing_paths() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in ["b.txt", "a/z.txt", "a/c.txt", ".hidden/x.txt", "a/.h.txt", "c.txt"] {
            let path = root.join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, "x").unwrap();
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join("c.txt"), root.join("d-link.txt")).unwrap();
        let missing = root.join("missing");
        let found = discover(&[root.to_path_buf(), missing.clone()], None);
        let rel: Vec<_> =
            found.files.iter().map(|p| p.strip_prefix(root).unwrap().to_path_buf()).collect();
        let want: Vec<PathBuf> =
            ["a/c.txt", "a/z.txt", "b.txt", "c.txt"].iter().map(PathBuf::from).collect();
        assert_eq!(rel, want);
        assert_eq!(found.errors.len(), 1);
        assert!(found.errors[0].to_string().contains("missing"));

        let exclude = FileId::of(&root.join("b.txt")).unwrap();
        let found = discover(&[root.to_path_buf(), root.join("b.txt")], Some(&exclude));
        assert!(!found.files.iter().any(|p| p.ends_with("b.txt")));
    }
}
