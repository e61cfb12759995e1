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
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, mpsc};
use std::time::Duration;

/// How many finished results per worker thread may wait for the writer.
pub const WINDOW_PER_JOB: usize = 4;

/// One file to process, and how its output is named in an output directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// The file's path, as given or as found by walking.
    pub path: PathBuf,
    /// How many leading components of `path` are not mirrored in an output directory.
    skip: u16,
}

impl Input {
    /// An input whose output mirrors its whole path (a path read from `--files-from`).
    pub fn new(path: PathBuf) -> Input {
        Input { path, skip: 0 }
    }

    /// The path its record gets below an output directory, with `/` separators: the path
    /// below the directory argument it was found in (or the glob's fixed prefix), just the
    /// file name for a file argument, the whole path for a path read from `--files-from`.
    /// Root and `.` components are dropped and `..` becomes `__`, so the result always stays
    /// inside the output directory.
    pub fn relative(&self) -> String {
        let mut out = String::new();
        for part in self.path.components().skip(self.skip as usize) {
            let name = match part {
                Component::Normal(name) => name.to_string_lossy(),
                Component::ParentDir => "__".into(),
                Component::CurDir | Component::RootDir | Component::Prefix(_) => continue,
            };
            if !out.is_empty() {
                out.push('/');
            }
            out.push_str(&name);
        }
        out
    }
}

/// The files found under the paths given, and the paths that could not be read.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Regular files to process, in input order.
    pub files: Vec<Input>,
    /// Paths that give no record: paths that do not exist, directories that cannot be
    /// listed, globs that match nothing. Each one should be reported, and makes the run a
    /// failure.
    pub errors: Vec<Error>,
}

/// How [`discover`] walks.
#[derive(Clone, Debug, Default)]
pub struct Walk {
    /// Files and directories never returned or entered: the outputs of the run.
    pub exclude: Vec<FileId>,
    /// Follow symbolic links met while walking (loops are detected and reported).
    pub follow: bool,
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

/// True if `arg` is a glob pattern rather than a path: it has a glob character and names
/// nothing on disk.
fn is_glob(arg: &Path) -> bool {
    arg.to_str().is_some_and(|s| s.contains(['*', '?', '[', '{']))
        && fs::symlink_metadata(arg).is_err()
}

/// Finds the files to process under `paths` (command-line arguments), then under `listed`
/// (paths read from a list), in order.
///
/// An argument that is not a directory is taken as it is (even a hidden file or a
/// symbolic link, since it was named). A directory is walked recursively, each
/// directory's entries sorted by name; hidden entries (names starting with `.`), special
/// files (sockets, FIFOs, devices) and, unless `walk.follow`, symbolic links found while
/// walking are skipped. An argument with a glob character (`*`, `?`, `[`, `{`) that names
/// nothing is a glob pattern (`archive/**/*.pdf`, `*` not matching `/`): the directory
/// before its first glob character is walked and the files matching the pattern kept.
/// `walk.exclude` lists files and directories never returned (the run's outputs).
pub fn discover(paths: &[PathBuf], listed: Vec<PathBuf>, walk: &Walk) -> Discovery {
    let mut found = Discovery::default();
    for path in paths {
        if is_glob(path) {
            glob(path, walk, &mut found);
        } else {
            let skip = path.components().count();
            add(path.clone(), skip, skip.saturating_sub(1), walk, &mut found);
        }
    }
    for path in listed {
        add(path, 0, 0, walk, &mut found);
    }
    found
}

/// Adds a named path: a directory is walked (its files mirror below `dir_skip`
/// components), anything else is one input (mirrored below `file_skip` components).
fn add(path: PathBuf, dir_skip: usize, file_skip: usize, walk: &Walk, found: &mut Discovery) {
    match fs::metadata(&path) {
        Err(source) => found.errors.push(Error::Io { path, source }),
        Ok(meta) if meta.is_dir() => {
            let filter = Filter { skip: dir_skip, glob: None, max_depth: usize::MAX };
            walk_dir(&path, &filter, walk, found);
        }
        Ok(_) => {
            let excluded = FileId::of(&path).is_ok_and(|id| walk.exclude.contains(&id));
            if !excluded {
                found.files.push(Input { path, skip: clamp(file_skip) });
            }
        }
    }
}

fn clamp(skip: usize) -> u16 {
    skip.min(u16::MAX as usize) as u16
}

/// Which files of a walk are wanted.
struct Filter {
    /// Components not mirrored.
    skip: usize,
    /// The pattern files must match (a glob argument).
    glob: Option<globset::GlobMatcher>,
    /// Deepest level entered (1: the directory's own entries).
    max_depth: usize,
}

/// Walks the fixed prefix of a glob pattern and keeps the files that match it.
fn glob(pattern: &Path, walk: &Walk, found: &mut Discovery) {
    let text = pattern.to_string_lossy();
    let matcher = match globset::GlobBuilder::new(&text).literal_separator(true).build() {
        Ok(glob) => glob.compile_matcher(),
        Err(err) => {
            let source = std::io::Error::new(std::io::ErrorKind::InvalidInput, err);
            found.errors.push(Error::Io { path: pattern.to_path_buf(), source });
            return;
        }
    };
    let parts: Vec<Component> = pattern.components().collect();
    let fixed = parts
        .iter()
        .take_while(|c| !c.as_os_str().to_string_lossy().contains(['*', '?', '[', '{']))
        .count();
    let base: PathBuf = parts[..fixed].iter().collect();
    let rest = &parts[fixed..];
    let deep = rest.iter().any(|c| c.as_os_str().to_string_lossy().contains("**"));
    let filter = Filter {
        skip: fixed,
        glob: Some(matcher),
        max_depth: if deep { usize::MAX } else { rest.len() },
    };
    let before = found.files.len();
    walk_dir(&base, &filter, walk, found);
    if found.files.len() == before {
        let source = std::io::Error::new(std::io::ErrorKind::NotFound, "no file matches");
        found.errors.push(Error::Io { path: pattern.to_path_buf(), source });
    }
}

/// Depth-first walk of `root` with an explicit stack (deep trees cannot overflow the call
/// stack). Each directory's entries are sorted by name, so the order is deterministic.
fn walk_dir(root: &Path, filter: &Filter, walk: &Walk, found: &mut Discovery) {
    // With `follow`, the directories being walked, to detect symbolic link loops.
    let mut ancestors: Vec<FileId> = Vec::new();
    if walk.follow {
        ancestors.extend(FileId::of(root).ok());
    }
    let mut stack = vec![list(root, walk, found).into_iter()];
    while let Some(entries) = stack.last_mut() {
        let Some((path, is_dir)) = entries.next() else {
            stack.pop();
            ancestors.truncate(stack.len());
            continue;
        };
        if is_dir {
            if stack.len() >= filter.max_depth {
                continue;
            }
            if walk.follow {
                let id = FileId::of(&path).ok();
                if id.as_ref().is_some_and(|id| ancestors.contains(id)) {
                    let source = std::io::Error::other("symbolic link loop, not followed");
                    found.errors.push(Error::Io { path, source });
                    continue;
                }
                ancestors.extend(id);
            }
            let children = list(&path, walk, found);
            stack.push(children.into_iter());
        } else if filter.glob.as_ref().is_none_or(|g| g.is_match(&path)) {
            found.files.push(Input { path, skip: clamp(filter.skip) });
        }
    }
}

/// The entries of `dir` to visit (visible regular files and directories, and with
/// `follow` what symbolic links point to), sorted by name. `true` marks a directory.
fn list(dir: &Path, walk: &Walk, found: &mut Discovery) -> Vec<(PathBuf, bool)> {
    let io = |source| Error::Io { path: dir.to_path_buf(), source };
    let listed = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let read = match fs::read_dir(listed) {
        Ok(read) => read,
        Err(err) => {
            found.errors.push(io(err));
            return Vec::new();
        }
    };
    let mut entries: Vec<(OsString, bool)> = Vec::new();
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
        let mut file_type: Option<FileType> = match entry.file_type() {
            Ok(t) => Some(t),
            Err(source) => {
                found.errors.push(Error::Io { path: dir.join(&name), source });
                continue;
            }
        };
        if walk.follow && file_type.is_some_and(|t| t.is_symlink()) {
            file_type = match fs::metadata(dir.join(&name)) {
                Ok(meta) => Some(meta.file_type()),
                Err(source) => {
                    found.errors.push(Error::Io { path: dir.join(&name), source });
                    continue;
                }
            };
        }
        let Some(file_type) = file_type else { continue };
        let excluded =
            || !walk.exclude.is_empty() && walk.exclude.iter().any(|id| id.is_entry(&entry));
        if (file_type.is_dir() || file_type.is_file()) && !excluded() {
            entries.push((name, file_type.is_dir()));
        }
    }
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    entries.into_iter().map(|(name, is_dir)| (dir.join(name), is_dir)).collect()
}

/// Reads a list of paths (`--files-from`): one per line, or separated by NUL bytes with
/// `nul`. Empty entries are skipped; in lines, a `\r` before the `\n` is dropped.
pub fn read_path_list(
    mut reader: impl std::io::BufRead,
    nul: bool,
) -> std::io::Result<Vec<PathBuf>> {
    let separator = if nul { b'\0' } else { b'\n' };
    let mut paths = Vec::new();
    let mut entry = Vec::new();
    loop {
        entry.clear();
        if reader.read_until(separator, &mut entry)? == 0 {
            return Ok(paths);
        }
        if entry.last() == Some(&separator) {
            entry.pop();
        }
        if !nul && entry.last() == Some(&b'\r') {
            entry.pop();
        }
        if !entry.is_empty() {
            paths.push(path_from_bytes(&entry));
        }
    }
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// One of `count` deterministic partitions of the inputs (`--shard K/N`, K from 0): an
/// input belongs to shard `hash(relative path) mod count`, the hash being the first 8
/// bytes of the SHA-256 of [`Input::relative`], so every machine agrees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// This shard, from 0.
    pub index: u32,
    /// The number of shards.
    pub count: u32,
}

impl Shard {
    /// True if `input` belongs to this shard.
    pub fn contains(&self, input: &Input) -> bool {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(input.relative().as_bytes());
        let mut head = [0; 8];
        head.copy_from_slice(&digest[..8]);
        u64::from_be_bytes(head) % u64::from(self.count.max(1)) == u64::from(self.index)
    }
}

/// Runs jobs with a wall-clock budget each (`--timeout`).
///
/// A pipeline call cannot be stopped safely from outside, so each job runs on a helper
/// thread and the caller waits at most the budget for it. Helpers are kept and reused
/// (one per caller thread in practice), so a run does not start a thread per file. A job
/// still running at its deadline is *abandoned*: the caller goes on without its result
/// (the file gets a `timeout` record), and its helper runs the job to its end in the
/// background, drops the result and exits. Abandoned helpers are counted
/// ([`Watchdog::abandoned`]) and bounded: while `max_live` of them are still running, the
/// next job waits for one to finish, so a run never has more than `max_live` pipelines
/// running past their budget (each within the per-file size limits).
pub struct Watchdog {
    limit: Option<Duration>,
    max_live: usize,
    /// Abandoned helpers still running.
    live: Arc<(Mutex<usize>, Condvar)>,
    /// Helpers abandoned so far.
    abandoned: AtomicUsize,
    /// Helpers waiting for a job.
    idle: Mutex<Vec<Helper>>,
}

/// A job for a helper thread.
type Task = Box<dyn FnOnce() + Send>;

/// A helper thread, fed through a channel; it exits when the channel is dropped.
struct Helper {
    tasks: mpsc::Sender<Task>,
}

/// Why a job run by a [`Watchdog`] gave no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overrun {
    /// It took longer than the budget; its helper thread was abandoned.
    TimedOut,
    /// It panicked (its helper thread ended with it).
    Crashed,
}

/// A job's progress, shared by its helper and the caller.
#[derive(Default)]
struct JobState {
    done: bool,
    abandoned: bool,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Watchdog {
    /// A watchdog giving each job `limit` (none: jobs run on the caller's thread, without
    /// a budget), with at most `max_live` abandoned helpers running at once.
    pub fn new(limit: Option<Duration>, max_live: usize) -> Watchdog {
        Watchdog {
            limit,
            max_live: max_live.max(1),
            live: Arc::new((Mutex::new(0), Condvar::new())),
            abandoned: AtomicUsize::new(0),
            idle: Mutex::new(Vec::new()),
        }
    }

    /// The budget per job, if any.
    pub fn limit(&self) -> Option<Duration> {
        self.limit
    }

    /// The number of helpers abandoned so far.
    pub fn abandoned(&self) -> usize {
        self.abandoned.load(Ordering::Relaxed)
    }

    /// The number of abandoned helpers still running.
    pub fn still_running(&self) -> usize {
        *lock(&self.live.0)
    }

    /// An idle helper, or a new one; none if no thread can be started.
    fn helper(&self) -> Option<Helper> {
        if let Some(helper) = lock(&self.idle).pop() {
            return Some(helper);
        }
        let (tasks, queue) = mpsc::channel::<Task>();
        std::thread::Builder::new()
            .name("minutes-file".into())
            .stack_size(8 << 20)
            .spawn(move || {
                for task in queue {
                    task();
                }
            })
            .ok()?;
        Some(Helper { tasks })
    }

    /// Runs `job` within the budget.
    pub fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Overrun> {
        let Some(limit) = self.limit else { return Ok(job()) };
        {
            let (count, freed) = &*self.live;
            let mut live = lock(count);
            while *live >= self.max_live {
                live = freed.wait(live).unwrap_or_else(PoisonError::into_inner);
            }
        }
        let state = Arc::new(Mutex::new(JobState::default()));
        let (tx, rx) = mpsc::sync_channel(1);
        let (job_state, live) = (Arc::clone(&state), Arc::clone(&self.live));
        let task: Task = Box::new(move || {
            let _ = tx.send(job());
            let mut state = lock(&job_state);
            state.done = true;
            if state.abandoned {
                let (count, freed) = &*live;
                *lock(count) -= 1;
                freed.notify_all();
            }
        });
        let helper = match self.helper() {
            None => None,
            Some(helper) => match helper.tasks.send(task) {
                Ok(()) => Some(helper),
                Err(mpsc::SendError(task)) => {
                    // The helper is gone: run here, without a budget, rather than not at all.
                    task();
                    return rx.try_recv().map_err(|_| Overrun::Crashed);
                }
            },
        };
        let Some(helper) = helper else {
            return Err(Overrun::Crashed);
        };
        match rx.recv_timeout(limit) {
            Ok(value) => {
                lock(&self.idle).push(helper);
                Ok(value)
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(Overrun::Crashed),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let mut state = lock(&state);
                if state.done {
                    // It finished between the timeout and the lock.
                    lock(&self.idle).push(helper);
                    return rx.try_recv().map_err(|_| Overrun::Crashed);
                }
                state.abandoned = true;
                *lock(&self.live.0) += 1;
                self.abandoned.fetch_add(1, Ordering::Relaxed);
                // Dropping `helper` closes its channel: it exits after this job.
                Err(Overrun::TimedOut)
            }
        }
    }
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
        let found = discover(&[root.to_path_buf(), missing.clone()], Vec::new(), &Walk::default());
        let rel: Vec<_> =
            found.files.iter().map(|p| p.path.strip_prefix(root).unwrap().to_path_buf()).collect();
        let want: Vec<PathBuf> =
            ["a/c.txt", "a/z.txt", "b.txt", "c.txt"].iter().map(PathBuf::from).collect();
        assert_eq!(rel, want);
        assert_eq!(found.errors.len(), 1);
        assert!(found.errors[0].to_string().contains("missing"));

        let walk = Walk { exclude: vec![FileId::of(&root.join("b.txt")).unwrap()], follow: false };
        let found = discover(&[root.to_path_buf(), root.join("b.txt")], Vec::new(), &walk);
        assert!(!found.files.iter().any(|p| p.path.ends_with("b.txt")));
    }

    #[test]
    fn the_watchdog_abandons_a_job_past_its_budget_and_goes_on() {
        let watchdog = Watchdog::new(Some(Duration::from_millis(50)), 1);
        assert_eq!(watchdog.run(|| 7), Ok(7));
        let (release, wait) = mpsc::channel::<()>();
        let stuck = watchdog.run(move || wait.recv().is_ok());
        assert_eq!(stuck, Err(Overrun::TimedOut));
        assert_eq!((watchdog.abandoned(), watchdog.still_running()), (1, 1));
        // The cap of one live abandoned helper is reached: the next job waits for it.
        release.send(()).unwrap();
        assert_eq!(watchdog.run(|| 8), Ok(8));
        assert_eq!(watchdog.still_running(), 0);
        let unlimited = Watchdog::new(None, 1);
        assert_eq!(unlimited.run(|| 9), Ok(9));
    }

    #[test]
    fn inputs_mirror_below_their_argument() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in ["a/x.txt", "a/b/y.pdf", "a/b/c/z.pdf", "top.docx"] {
            let path = root.join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, "x").unwrap();
        }
        let rel = |found: &Discovery| -> Vec<String> {
            found.files.iter().map(Input::relative).collect()
        };
        let walk = Walk::default();
        let found = discover(&[root.join("a"), root.join("top.docx")], Vec::new(), &walk);
        assert_eq!(rel(&found), ["b/c/z.pdf", "b/y.pdf", "x.txt", "top.docx"]);
        let found = discover(&[root.join("a/*/*.pdf")], Vec::new(), &walk);
        assert_eq!(rel(&found), ["b/y.pdf"]);
        let found = discover(&[root.join("a/**/*.pdf")], Vec::new(), &walk);
        assert_eq!(rel(&found), ["b/c/z.pdf", "b/y.pdf"]);
        let found = discover(&[root.join("a/*.none")], Vec::new(), &walk);
        assert_eq!(found.errors.len(), 1);
        let listed = Input::new(PathBuf::from("./archive/../2020/x.pdf"));
        assert_eq!(listed.relative(), "archive/__/2020/x.pdf");
        assert_eq!(Input::new(PathBuf::from("/srv/a.txt")).relative(), "srv/a.txt");
    }

    #[test]
    fn path_lists_split_on_lines_or_nul() {
        let lines = read_path_list(&b"a.txt\r\n\nb c.txt\n"[..], false).unwrap();
        assert_eq!(lines, [PathBuf::from("a.txt"), PathBuf::from("b c.txt")]);
        let nul = read_path_list(&b"a\nb.txt\0c.txt\0"[..], true).unwrap();
        assert_eq!(nul, [PathBuf::from("a\nb.txt"), PathBuf::from("c.txt")]);
    }

    #[cfg(unix)]
    #[test]
    fn follow_walks_links_and_stops_at_loops() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("real")).unwrap();
        fs::write(root.join("real/a.txt"), "x").unwrap();
        fs::create_dir_all(root.join("tree")).unwrap();
        std::os::unix::fs::symlink(root.join("real"), root.join("tree/linked")).unwrap();
        std::os::unix::fs::symlink(root.join("tree"), root.join("tree/loop")).unwrap();
        let tree = [root.join("tree")];
        let found = discover(&tree, Vec::new(), &Walk::default());
        assert!(found.files.is_empty() && found.errors.is_empty());
        let found = discover(&tree, Vec::new(), &Walk { follow: true, ..Walk::default() });
        let rel: Vec<String> = found.files.iter().map(Input::relative).collect();
        assert_eq!(rel, ["linked/a.txt"]);
        assert_eq!(found.errors.len(), 1, "{:?}", found.errors);
    }

    #[test]
    fn shards_partition_the_inputs() {
        let inputs: Vec<Input> =
            (0..300).map(|i| Input::new(PathBuf::from(format!("d/{i}.txt")))).collect();
        let mut seen = vec![0; inputs.len()];
        for index in 0..3 {
            let shard = Shard { index, count: 3 };
            let mine = inputs.iter().enumerate().filter(|(_, input)| shard.contains(input));
            let mut n = 0;
            for (i, _) in mine {
                seen[i] += 1;
                n += 1;
            }
            assert!(n > 50, "shard {index} has {n} of 300");
        }
        assert!(seen.iter().all(|&n| n == 1));
    }
}
