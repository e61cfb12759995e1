//! The batch driver: finds the input files ([`discover`]) and processes them in parallel
//! while a single writer receives the results in input order ([`run_ordered`]; with a
//! time budget per file, [`run_ordered_within`] and its [`Watchdog`]).
//!
//! Order costs a little parallelism, bounded on purpose: a worker may run at most
//! `WINDOW_PER_JOB * jobs` files ahead of the writer, so memory holds at most that many
//! finished results however many files there are. A slow file therefore stalls the other
//! workers once they are a window ahead of it; with a window of sixteen files per thread
//! that rarely happens, and the writer is woken about once per twelve files rather than for
//! every file (a wake and a sleep cost about as much as a small file).
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
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// How many finished results per worker thread may wait for the writer.
pub const WINDOW_PER_JOB: usize = 16;

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
    /// Files found while walking that [`Walk::extensions`] left out.
    pub skipped: usize,
}

/// How [`discover`] walks.
#[derive(Clone, Debug, Default)]
pub struct Walk {
    /// Files and directories never returned or entered: the outputs of the run.
    pub exclude: Vec<FileId>,
    /// Follow symbolic links met while walking (loops are detected and reported).
    pub follow: bool,
    /// Keep only the files found while walking whose extension (compared in ASCII lower
    /// case, without the dot) is one of these; `None` keeps every file. Paths named on the
    /// command line or in a list are always kept.
    pub extensions: Option<Vec<String>>,
}

impl Walk {
    /// Whether a file found while walking is kept by [`Walk::extensions`].
    fn keeps(&self, path: &Path) -> bool {
        let Some(wanted) = &self.extensions else { return true };
        let Some(ext) = path.extension().and_then(|e| e.to_str()) else { return false };
        wanted.iter().any(|w| w.eq_ignore_ascii_case(ext))
    }
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
/// `walk.exclude` lists files and directories never returned (the run's outputs), and
/// `walk.extensions` which files found while walking are kept (the others are counted in
/// [`Discovery::skipped`]).
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
            if walk.keeps(&path) {
                found.files.push(Input { path, skip: clamp(filter.skip) });
            } else {
                found.skipped += 1;
            }
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

/// The per-file time budget (`--timeout`) of [`run_ordered_within`], and its counts.
///
/// A pipeline call cannot be stopped safely from outside, so a file past its budget is
/// *abandoned*: the run goes on without its result (the file gets a `timeout` result
/// instead) and the thread working on it runs the call to its end in the background,
/// drops the result and exits. Abandoned threads are counted ([`Watchdog::abandoned`])
/// and bounded: while `max_live` of them are still running, workers wait for one to end
/// before taking another file, so a run never has more than `max_live` pipelines running
/// past their budget (each within the per-file size limits).
pub struct Watchdog {
    limit: Option<Duration>,
    max_live: usize,
    counts: Arc<Counts>,
}

/// The counts a [`Watchdog`] shares with the threads of a run.
#[derive(Default)]
struct Counts {
    /// Threads abandoned so far.
    abandoned: AtomicUsize,
    /// Abandoned threads still running: read without the lock on the fast path, changed
    /// under `lock` so that waiters on `freed` miss no change.
    live: AtomicUsize,
    lock: Mutex<()>,
    freed: Condvar,
}

impl Counts {
    /// Called by an abandoned thread as it ends.
    fn leave(&self) {
        let _guard = lock(&self.lock);
        self.live.fetch_sub(1, Ordering::SeqCst);
        self.freed.notify_all();
    }
}

/// Why the budgeted part of a file gave no result ([`Budget::run`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overrun {
    /// It took longer than the budget and was abandoned: the caller's result is dropped
    /// (the file's result comes from [`Budgeted::timed_out`]), so it should return at
    /// once, writing nothing.
    TimedOut,
    /// It panicked.
    Crashed,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Watchdog {
    /// A watchdog giving each file `limit` (none: no budget, nothing is watched), with at
    /// most `max_live` abandoned threads running at once.
    pub fn new(limit: Option<Duration>, max_live: usize) -> Watchdog {
        Watchdog { limit, max_live: max_live.max(1), counts: Arc::default() }
    }

    /// The budget per file, if any.
    pub fn limit(&self) -> Option<Duration> {
        self.limit
    }

    /// The number of threads abandoned so far.
    pub fn abandoned(&self) -> usize {
        self.counts.abandoned.load(Ordering::SeqCst)
    }

    /// The number of abandoned threads still running.
    pub fn still_running(&self) -> usize {
        self.counts.live.load(Ordering::SeqCst)
    }
}

/// The work of a run with a time budget per input ([`run_ordered_within`]). It is shared
/// with threads that may outlive the run (abandoned ones), hence `'static`.
pub trait Budgeted: Send + Sync + 'static {
    /// One input.
    type Input: Send + Sync + 'static;
    /// What [`Budgeted::timed_out`] needs to give the result of an input whose budgeted
    /// part overran (cheap to clone: an `Arc`).
    type Held: Clone + Send + 'static;
    /// The result for one input.
    type Output: Send + 'static;

    /// Processes `input`, running the part under the budget through [`Budget::run`].
    fn process(&self, input: &Self::Input, budget: &Budget<Self::Held>) -> Self::Output;

    /// The result for an input whose budgeted part ran out of time (called on the
    /// monitor thread, once, with what [`Budget::run`] was given).
    fn timed_out(&self, held: Self::Held) -> Self::Output;
}

/// `Slot::running` of a worker between budgeted parts.
const IDLE: usize = 0;
/// `Slot::running` of an abandoned worker.
const ABANDONED: usize = usize::MAX;

/// What a worker shows the monitor.
struct Slot<H> {
    /// `IDLE`, `ABANDONED`, or 1 + the index of the input whose budgeted part runs.
    running: AtomicUsize,
    /// When that part started, in nanoseconds since the run's clock started.
    since: AtomicU64,
    /// A copy of what that part was given, for its timeout result.
    held: Mutex<Option<H>>,
}

impl<H> Slot<H> {
    fn new() -> Slot<H> {
        Slot { running: AtomicUsize::new(IDLE), since: AtomicU64::new(0), held: Mutex::new(None) }
    }
}

/// A worker's handle on the time budget, passed to [`Budgeted::process`].
pub struct Budget<H> {
    /// `None` without a budget.
    watched: Option<(Arc<Slot<H>>, Instant)>,
    /// The input being processed.
    index: std::cell::Cell<usize>,
}

impl<H: Clone> Budget<H> {
    /// No budget: [`Budget::run`] runs the job and only catches a panic.
    pub fn unlimited() -> Budget<H> {
        Budget { watched: None, index: std::cell::Cell::new(0) }
    }

    /// Runs `job` (the budgeted part of the current input) on this thread. Costs a clock
    /// read, an uncontended lock and a few atomics: the monitor thread does the watching.
    /// `Err(TimedOut)` means this thread was abandoned while `job` ran: the input's result
    /// comes from [`Budgeted::timed_out`] with `held`, and the caller's will be dropped.
    pub fn run<R>(&self, held: &H, job: impl FnOnce() -> R) -> Result<R, Overrun> {
        let Some((slot, clock)) = &self.watched else {
            return panic::catch_unwind(AssertUnwindSafe(job)).map_err(|_| Overrun::Crashed);
        };
        let running = self.index.get() + 1;
        *lock(&slot.held) = Some(held.clone());
        slot.since.store(nanos(clock.elapsed()), Ordering::SeqCst);
        slot.running.store(running, Ordering::SeqCst);
        let result = panic::catch_unwind(AssertUnwindSafe(job));
        // The monitor abandons a slot by the same exchange, so exactly one side wins.
        if slot.running.compare_exchange(running, IDLE, Ordering::SeqCst, Ordering::SeqCst).is_err()
        {
            return Err(Overrun::TimedOut);
        }
        lock(&slot.held).take();
        result.map_err(|_| Overrun::Crashed)
    }

    /// True once this thread has been abandoned.
    fn abandoned(&self) -> bool {
        self.watched
            .as_ref()
            .is_some_and(|(slot, _)| slot.running.load(Ordering::SeqCst) == ABANDONED)
    }
}

fn nanos(d: Duration) -> u64 {
    d.as_nanos().min(u64::MAX as u128) as u64
}

/// A result, or the panic of the thread that was making it, with its input's index.
type Message<T> = (usize, std::thread::Result<T>);

/// Runs `work` on every input on `jobs` threads within `watchdog`'s budget per input, and
/// passes the results to `write`, on the calling thread, in input order.
///
/// Without a budget this is [`run_ordered`]. With one, the common case costs (almost)
/// nothing: each worker thread runs its inputs itself from start to end, and the
/// budgeted part only publishes its input's index and start time in the worker's slot
/// (atomics, no hand-over to another thread). One monitor thread sleeps until the
/// earliest deadline of the running parts. When a part overruns, the monitor marks that
/// worker abandoned (one compare-exchange decides between it and the worker finishing),
/// makes the input's result with [`Budgeted::timed_out`] and sends it to the writer in
/// the overrunning input's place, and starts a replacement worker that goes on with the
/// remaining inputs; the abandoned thread drops its result when its part ends, and exits.
///
/// Results are written in input order, at most `WINDOW_PER_JOB * jobs` waiting at any
/// time (as in [`run_ordered`]). A panic in `process` outside [`Budget::run`] stops the
/// run and is resumed on the calling thread; if `write` fails, the workers stop after
/// their current input and the error is returned. Workers are detached threads (an
/// abandoned one cannot be joined), so the run returns once every worker not abandoned
/// has ended. If no worker thread can be started the inputs are processed on the calling
/// thread without a budget; if a replacement cannot be started, the monitor becomes the
/// worker (without a budget from then on), rather than leave inputs unprocessed.
pub fn run_ordered_within<W: Budgeted, E>(
    work: Arc<W>,
    inputs: Arc<[W::Input]>,
    jobs: usize,
    watchdog: &Watchdog,
    mut write: impl FnMut(W::Output) -> Result<(), E>,
) -> Result<(), E> {
    let jobs = jobs.max(1).min(inputs.len());
    let Some(limit) = watchdog.limit.filter(|_| jobs > 0) else {
        let unlimited = |input: &W::Input| work.process(input, &Budget::unlimited());
        return run_ordered(&inputs, jobs, unlimited, write);
    };
    let run = Arc::new(Staff {
        work,
        inputs,
        limit,
        max_live: watchdog.max_live,
        counts: Arc::clone(&watchdog.counts),
        clock: Instant::now(),
        next: AtomicUsize::new(0),
        gate: Gate::new(WINDOW_PER_JOB * jobs),
        mailbox: Mailbox::new(WINDOW_PER_JOB * jobs),
        slots: Mutex::new(Vec::new()),
        active: Mutex::new(0),
        idle: Condvar::new(),
        monitor: Mutex::new(false),
        wake: Condvar::new(),
    });
    let mut started = 0;
    for _ in 0..jobs {
        if Staff::hire(&run).is_err() {
            break;
        }
        started += 1;
    }
    if started == 0 {
        // No thread at all: process here, without a budget, rather than not at all.
        let budget = Budget::unlimited();
        for input in run.inputs.iter() {
            write(run.work.process(input, &budget))?;
        }
        return Ok(());
    }
    let monitor = {
        let run = Arc::clone(&run);
        std::thread::Builder::new().name("minutes-monitor".into()).spawn(move || run.watch())
    };
    let (outcome, panicked) = write_in_order(run.inputs.len(), &run.mailbox, &run.gate, write);
    {
        // Wake workers waiting for an abandoned thread to end: they stop instead.
        let _guard = lock(&run.counts.lock);
        run.counts.freed.notify_all();
    }
    // Every worker not abandoned ends (the monitor still abandons one that overruns).
    let mut active = lock(&run.active);
    while *active > 0 {
        active = run.idle.wait(active).unwrap_or_else(PoisonError::into_inner);
    }
    drop(active);
    *lock(&run.monitor) = true;
    run.wake.notify_all();
    if let Ok(monitor) = monitor {
        let _ = monitor.join();
    }
    if let Some(payload) = panicked {
        panic::resume_unwind(payload);
    }
    outcome
}

/// The state shared by the writer, the workers and the monitor of [`run_ordered_within`].
struct Staff<W: Budgeted> {
    work: Arc<W>,
    inputs: Arc<[W::Input]>,
    limit: Duration,
    max_live: usize,
    counts: Arc<Counts>,
    /// The clock of the slots' start times.
    clock: Instant,
    /// The next input index to hand out.
    next: AtomicUsize,
    gate: Gate,
    mailbox: Mailbox<W::Output>,
    /// The slots of the workers started, for the monitor.
    slots: Mutex<Vec<Arc<Slot<W::Held>>>>,
    /// Workers started and neither ended nor abandoned; `idle` is signalled at 0.
    active: Mutex<usize>,
    idle: Condvar,
    /// Set when the monitor should end; `wake` is signalled then.
    monitor: Mutex<bool>,
    wake: Condvar,
}

impl<W: Budgeted> Staff<W> {
    /// Starts a worker thread.
    fn hire(run: &Arc<Staff<W>>) -> std::io::Result<()> {
        let slot = Arc::new(Slot::new());
        *lock(&run.active) += 1;
        let budget = Budget { watched: Some((Arc::clone(&slot), run.clock)), index: 0.into() };
        // Watched from its first input on.
        lock(&run.slots).push(Arc::clone(&slot));
        let worker = Arc::clone(run);
        let spawned = std::thread::Builder::new()
            .name("minutes-worker".into())
            .stack_size(8 << 20)
            .spawn(move || worker.work_on(&budget));
        spawned.map(drop).inspect_err(|_| {
            lock(&run.slots).retain(|s| !Arc::ptr_eq(s, &slot));
            run.retire();
        })
    }

    /// A worker ended or was abandoned.
    fn retire(&self) {
        let mut active = lock(&self.active);
        *active -= 1;
        if *active == 0 {
            self.idle.notify_all();
        }
    }

    /// A worker's loop: takes inputs until there are none or the run stops.
    fn work_on(&self, budget: &Budget<W::Held>) {
        loop {
            if self.counts.live.load(Ordering::SeqCst) >= self.max_live {
                let mut guard = lock(&self.counts.lock);
                while self.counts.live.load(Ordering::SeqCst) >= self.max_live
                    && !self.gate.stopped()
                {
                    guard = self.counts.freed.wait(guard).unwrap_or_else(PoisonError::into_inner);
                }
            }
            let index = self.next.fetch_add(1, Ordering::Relaxed);
            if !admit(index, self.inputs.len(), &self.gate, &self.mailbox) {
                break;
            }
            budget.index.set(index);
            let started = Instant::now();
            let result = panic::catch_unwind(AssertUnwindSafe(|| {
                self.work.process(&self.inputs[index], budget)
            }));
            if budget.abandoned() {
                // The monitor gave this input its result and replaced this thread.
                drop(result);
                self.counts.leave();
                return;
            }
            let failed = result.is_err();
            self.mailbox.post((index, result), failed || started.elapsed() >= PROMPT);
            if failed {
                break;
            }
        }
        self.retire();
    }

    /// The monitor's loop: sleeps until the earliest deadline of the running budgeted
    /// parts (or one budget ahead: a part started later has a later deadline), abandons
    /// those past it, and ends when told.
    fn watch(self: Arc<Self>) {
        let limit = nanos(self.limit);
        let mut stop = lock(&self.monitor);
        while !*stop {
            let now = nanos(self.clock.elapsed());
            let mut wake = now.saturating_add(limit);
            let slots: Vec<Arc<Slot<W::Held>>> = lock(&self.slots).clone();
            for slot in slots {
                let running = slot.running.load(Ordering::SeqCst);
                if running == IDLE || running == ABANDONED {
                    continue;
                }
                let deadline = slot.since.load(Ordering::SeqCst).saturating_add(limit);
                if deadline > now {
                    wake = wake.min(deadline);
                    continue;
                }
                let abandon = slot.running.compare_exchange(
                    running,
                    ABANDONED,
                    Ordering::SeqCst,
                    Ordering::SeqCst,
                );
                if abandon.is_ok() {
                    drop(stop);
                    self.abandon(&slot, running - 1);
                    stop = lock(&self.monitor);
                }
            }
            if *stop {
                break;
            }
            // At least a millisecond: a tiny budget must not make the monitor spin.
            let wait = Duration::from_nanos(wake.saturating_sub(nanos(self.clock.elapsed())))
                .max(Duration::from_millis(1));
            stop = self.wake.wait_timeout(stop, wait).unwrap_or_else(PoisonError::into_inner).0;
        }
    }

    /// Gives the input at `index`, whose worker was just abandoned, its timeout result,
    /// and puts a new worker in the abandoned one's place.
    fn abandon(self: &Arc<Self>, slot: &Slot<W::Held>, index: usize) {
        {
            let _guard = lock(&self.counts.lock);
            self.counts.live.fetch_add(1, Ordering::SeqCst);
        }
        self.counts.abandoned.fetch_add(1, Ordering::SeqCst);
        lock(&self.slots).retain(|s| !std::ptr::eq(Arc::as_ptr(s), slot));
        let held = lock(&slot.held).take();
        if !self.gate.stopped()
            && let Some(held) = held
        {
            let result = panic::catch_unwind(AssertUnwindSafe(|| self.work.timed_out(held)));
            self.mailbox.post((index, result), true);
        }
        if self.gate.stopped() {
            self.retire();
            return;
        }
        match Staff::hire(self) {
            Ok(()) => self.retire(),
            // No thread can be started: work here in the abandoned worker's place (it is
            // still counted active), unwatched, rather than leave inputs unprocessed.
            Err(_) => self.work_on(&Budget::unlimited()),
        }
    }
}

/// The single writer of both runs: receives the results from `mailbox` and passes them to
/// `write` in input order, through a reorder buffer of at most the window's size. Returns
/// the write error or the worker's panic that stopped it, if any; the gate is stopped.
fn write_in_order<T, E>(
    count: usize,
    mailbox: &Mailbox<T>,
    gate: &Gate,
    mut write: impl FnMut(T) -> Result<(), E>,
) -> (Result<(), E>, Option<Box<dyn std::any::Any + Send>>) {
    let mut outcome = Ok(());
    let mut panicked = None;
    let mut pending = BTreeMap::new();
    let mut batch = Vec::new();
    let mut written = 0;
    'receive: while written < count {
        mailbox.collect(&mut batch);
        for (index, result) in batch.drain(..) {
            match result {
                Ok(value) => pending.insert(index, value),
                Err(payload) => {
                    panicked = Some(payload);
                    break 'receive;
                }
            };
            while let Some(value) = pending.remove(&written) {
                if let Err(err) = write(value) {
                    outcome = Err(err);
                    break 'receive;
                }
                written += 1;
                gate.advance(written);
            }
        }
    }
    gate.stop();
    (outcome, panicked)
}

/// Whether a worker may process input `index` of `count`: waits until it is within the
/// window; false when there are no more inputs or the run stopped. The writer is woken
/// first whenever the worker stops or is about to wait for it, so that nothing queued is
/// left unwritten while every worker waits.
fn admit<T>(index: usize, count: usize, gate: &Gate, mailbox: &Mailbox<T>) -> bool {
    if index >= count {
        mailbox.wake();
        return false;
    }
    if !gate.open_for(index) {
        mailbox.wake();
    }
    gate.wait_for(index)
}

/// A result that took this long is written at once, not batched with the next ones, so
/// that progress and the output keep up with slow files.
const PROMPT: Duration = Duration::from_millis(2);

/// Results on their way from the workers to the writer: a queue under a mutex and a
/// condvar the writer sleeps on. Unlike a channel's receiver, the writer does not spin or
/// yield before sleeping (on one worker that cost a context switch or two per file).
/// Workers wake it once per batch of quick results, at once for a slow or failed one, and
/// before they wait for it or stop; it takes everything queued at once.
struct Mailbox<T> {
    inbox: Mutex<Inbox<T>>,
    posted: Condvar,
    /// Results queued before a post wakes the writer (one wake per batch, not per file).
    batch: usize,
}

struct Inbox<T> {
    messages: Vec<Message<T>>,
    /// The writer sleeps on `posted`.
    sleeping: bool,
}

impl<T> Mailbox<T> {
    /// A mailbox for a reorder window of `window` results: a post wakes the writer once
    /// three quarters of it are queued.
    fn new(window: usize) -> Mailbox<T> {
        Mailbox {
            inbox: Mutex::new(Inbox { messages: Vec::new(), sleeping: false }),
            posted: Condvar::new(),
            batch: (window * 3 / 4).max(1),
        }
    }

    /// Queues `message`; wakes the writer if it sleeps and the batch is full or the
    /// message is `urgent` (a panic, a timeout, a file that took [`PROMPT`] or more: the
    /// batch saves a wake per file only where a wake costs as much as the file). A worker that is about to wait for the
    /// writer, or has no more inputs, calls [`Mailbox::wake`], so nothing queued is left
    /// unwritten while every worker waits.
    fn post(&self, message: Message<T>, urgent: bool) {
        let mut inbox = lock(&self.inbox);
        inbox.messages.push(message);
        if inbox.sleeping && (urgent || inbox.messages.len() >= self.batch) {
            inbox.sleeping = false;
            self.posted.notify_one();
        }
    }

    /// Wakes the writer if it sleeps while something is queued.
    fn wake(&self) {
        let mut inbox = lock(&self.inbox);
        if inbox.sleeping && !inbox.messages.is_empty() {
            inbox.sleeping = false;
            self.posted.notify_one();
        }
    }

    /// Waits until something is queued, then moves all of it, in posting order, into
    /// `into` (which must be empty).
    fn collect(&self, into: &mut Vec<Message<T>>) {
        let mut inbox = lock(&self.inbox);
        while inbox.messages.is_empty() {
            inbox.sleeping = true;
            inbox = self.posted.wait(inbox).unwrap_or_else(PoisonError::into_inner);
        }
        inbox.sleeping = false;
        std::mem::swap(&mut inbox.messages, into);
    }
}

/// How far the writer has got, for workers to stay within the window. The fast path is
/// two atomic loads; the mutex and condvar are only touched when a worker must wait.
struct Gate {
    window: usize,
    /// Results written so far (= index of the next one the writer wants).
    written: AtomicUsize,
    /// Set when the writer is done or failed; workers stop taking inputs.
    stop: AtomicBool,
    /// Workers waiting in [`Gate::wait_for`].
    waiting: AtomicUsize,
    lock: Mutex<()>,
    moved: Condvar,
}

impl Gate {
    fn new(window: usize) -> Gate {
        Gate {
            window,
            written: AtomicUsize::new(0),
            stop: AtomicBool::new(false),
            waiting: AtomicUsize::new(0),
            lock: Mutex::new(()),
            moved: Condvar::new(),
        }
    }

    fn open_for(&self, index: usize) -> bool {
        index < self.written.load(Ordering::SeqCst) + self.window
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Waits until input `index` is within the window; false if the run stopped.
    ///
    /// The worker holding index `written` never waits here, so this cannot deadlock:
    /// indexes are handed out in increasing order.
    fn wait_for(&self, index: usize) -> bool {
        if self.open_for(index) || self.stopped() {
            return !self.stopped();
        }
        let mut guard = lock(&self.lock);
        self.waiting.fetch_add(1, Ordering::SeqCst);
        while !self.open_for(index) && !self.stopped() {
            guard = self.moved.wait(guard).unwrap_or_else(PoisonError::into_inner);
        }
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        !self.stopped()
    }

    /// The writer has written `written` results.
    fn advance(&self, written: usize) {
        self.written.store(written, Ordering::SeqCst);
        // A waiter registers before it tests `written` (both sequentially consistent), so
        // either it sees the new count or this sees it waiting.
        if self.waiting.load(Ordering::SeqCst) > 0 {
            let _guard = lock(&self.lock);
            self.moved.notify_all();
        }
    }

    /// The writer is done or failed.
    fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        let _guard = lock(&self.lock);
        self.moved.notify_all();
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

    let gate = Gate::new(WINDOW_PER_JOB * jobs);
    let next = AtomicUsize::new(0);
    let mailbox = Mailbox::new(WINDOW_PER_JOB * jobs);
    let mut outcome = Ok(());
    let mut panicked = None;
    pool.in_place_scope(|scope| {
        for _ in 0..jobs {
            let (gate, next, process, mailbox) = (&gate, &next, &process, &mailbox);
            scope.spawn(move |_| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    if !admit(index, inputs.len(), gate, mailbox) {
                        return;
                    }
                    let started = Instant::now();
                    let result = panic::catch_unwind(AssertUnwindSafe(|| process(&inputs[index])));
                    let failed = result.is_err();
                    mailbox.post((index, result), failed || started.elapsed() >= PROMPT);
                    if failed {
                        return;
                    }
                }
            });
        }
        (outcome, panicked) = write_in_order(inputs.len(), &mailbox, &gate, &mut write);
    });
    if let Some(payload) = panicked {
        panic::resume_unwind(payload);
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::sync::mpsc;

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

        let walk =
            Walk { exclude: vec![FileId::of(&root.join("b.txt")).unwrap()], ..Walk::default() };
        let found = discover(&[root.to_path_buf(), root.join("b.txt")], Vec::new(), &walk);
        assert!(!found.files.iter().any(|p| p.path.ends_with("b.txt")));
    }

    #[test]
    fn extensions_filter_walked_files_but_not_named_ones() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in ["a.TXT", "b.json", "c.pdf", "d", "e/f.txt", "g.txt.bak"] {
            let path = root.join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, "x").unwrap();
        }
        let walk = Walk { extensions: Some(vec!["txt".into(), "pdf".into()]), ..Walk::default() };
        let found = discover(&[root.to_path_buf(), root.join("b.json")], Vec::new(), &walk);
        let rel: Vec<_> = found.files.iter().map(Input::relative).collect();
        assert_eq!(rel, ["a.TXT", "c.pdf", "e/f.txt", "b.json"]);
        assert_eq!(found.skipped, 3, "b.json, d and g.txt.bak found while walking");
        let found = discover(&[root.to_path_buf()], Vec::new(), &Walk::default());
        assert_eq!((found.files.len(), found.skipped), (6, 0));
    }

    /// Test work: input `n` gives `n * 10`, or `-n` if it timed out. An input listed in
    /// `hang` blocks in its budgeted part until the test sends on `release`; `crash`
    /// panics there, `n == 99` panics outside it.
    struct Blocking {
        hang: Vec<i64>,
        crash: Option<i64>,
        release: Mutex<mpsc::Receiver<()>>,
    }

    impl Budgeted for Blocking {
        type Input = i64;
        type Held = i64;
        type Output = i64;

        fn process(&self, &n: &i64, budget: &Budget<i64>) -> i64 {
            assert_ne!(n, 99, "outside the budget");
            let job = || {
                if self.hang.contains(&n) {
                    let _ = lock(&self.release).recv();
                }
                assert_ne!(Some(n), self.crash, "inside the budget");
                n * 10
            };
            match budget.run(&n, job) {
                Ok(value) => value,
                Err(Overrun::TimedOut) => i64::MIN,
                Err(Overrun::Crashed) => 0,
            }
        }

        fn timed_out(&self, n: i64) -> i64 {
            -n
        }
    }

    fn blocking(hang: Vec<i64>, crash: Option<i64>) -> (Arc<Blocking>, mpsc::Sender<()>) {
        let (release, wait) = mpsc::channel();
        (Arc::new(Blocking { hang, crash, release: Mutex::new(wait) }), release)
    }

    fn run_within(work: &Arc<Blocking>, n: i64, jobs: usize, dog: &Watchdog) -> Vec<i64> {
        let inputs: Arc<[i64]> = (1..=n).collect();
        let mut out = Vec::new();
        run_ordered_within(Arc::clone(work), inputs, jobs, dog, |r| {
            out.push(r);
            Ok::<(), ()>(())
        })
        .unwrap();
        out
    }

    fn wait_until(what: impl Fn() -> bool) {
        let start = Instant::now();
        while !what() {
            assert!(start.elapsed() < Duration::from_secs(10), "timed out waiting");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    // Budgets are generous (300 ms) so that a loaded machine does not time out the
    // inputs that do not hang.
    #[test]
    fn an_input_past_its_budget_gets_its_timeout_result_in_order() {
        for jobs in [1, 2, 3] {
            let dog = Watchdog::new(Some(Duration::from_millis(300)), 2);
            let (work, release) = blocking(vec![5], None);
            let out = run_within(&work, 40, jobs, &dog);
            let want: Vec<i64> = (1..=40).map(|n| if n == 5 { -5 } else { n * 10 }).collect();
            assert_eq!(out, want, "jobs={jobs}");
            assert_eq!((dog.abandoned(), dog.still_running()), (1, 1));
            release.send(()).unwrap();
            wait_until(|| dog.still_running() == 0);
            assert_eq!(dog.abandoned(), 1);
        }
    }

    #[test]
    fn a_panic_inside_the_budget_is_that_input_s_result() {
        let dog = Watchdog::new(Some(Duration::from_secs(60)), 2);
        let (work, _release) = blocking(Vec::new(), Some(7));
        let out = run_within(&work, 9, 2, &dog);
        assert_eq!(out, [10, 20, 30, 40, 50, 60, 0, 80, 90]);
        assert_eq!(dog.abandoned(), 0);
    }

    #[test]
    fn at_most_max_live_abandoned_threads_run() {
        let dog = Watchdog::new(Some(Duration::from_millis(150)), 1);
        let (work, release) = blocking(vec![2, 3], None);
        let releaser = std::thread::spawn(move || {
            // With one worker and a cap of one, input 3 starts only when input 2's
            // abandoned thread ends (at 400 ms), and input 4 when input 3's does.
            std::thread::sleep(Duration::from_millis(400));
            let _ = release.send(());
            std::thread::sleep(Duration::from_millis(400));
            let _ = release.send(());
        });
        let start = Instant::now();
        let out = run_within(&work, 6, 1, &dog);
        assert_eq!(out, [10, -2, -3, 40, 50, 60]);
        assert!(start.elapsed() >= Duration::from_millis(750), "{:?}", start.elapsed());
        assert_eq!(dog.abandoned(), 2);
        releaser.join().unwrap();
        wait_until(|| dog.still_running() == 0);
    }

    #[test]
    fn without_a_budget_nothing_is_abandoned() {
        let dog = Watchdog::new(None, 1);
        let (work, _release) = blocking(Vec::new(), Some(3));
        assert_eq!(run_within(&work, 4, 2, &dog), [10, 20, 0, 40]);
        assert_eq!(dog.abandoned(), 0);
    }

    #[test]
    fn a_write_error_stops_a_budgeted_run() {
        let dog = Watchdog::new(Some(Duration::from_secs(60)), 2);
        let (work, _release) = blocking(Vec::new(), None);
        let inputs: Arc<[i64]> = (1..=10_000).collect();
        let mut written = 0;
        let result = run_ordered_within(work, inputs, 2, &dog, |n| {
            written += 1;
            if n == 100 { Err("disk full") } else { Ok(()) }
        });
        assert_eq!((result, written), (Err("disk full"), 10));
    }

    #[test]
    #[should_panic(expected = "outside the budget")]
    fn a_panic_outside_the_budget_is_resumed_on_the_caller() {
        let dog = Watchdog::new(Some(Duration::from_secs(60)), 2);
        let (work, _release) = blocking(Vec::new(), None);
        run_within(&work, 120, 2, &dog);
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
