//! Running the `minutes` binary from the integration tests (`mod util;`).

use std::path::Path;
use std::process::{Command, Stdio};

/// The outcome of one run of the binary.
pub struct Run {
    /// The exit status.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Standard output read as JSON Lines of `T`.
    pub fn json_lines<T: serde::de::DeserializeOwned>(&self) -> Vec<T> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }
}

/// Runs `minutes ARGS...` in `dir`, with no standard input.
pub fn minutes_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_minutes"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code().expect("exited normally"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `minutes ARGS...` in the repository's root.
pub fn minutes(args: &[&str]) -> Run {
    minutes_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}
