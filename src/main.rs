//! The `minutes` command line (temporary minimal driver; see cli.rs).
fn main() {
    let opts = minutes::IngestOptions::default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for arg in std::env::args().skip(1) {
        let r = minutes::process_path(std::path::Path::new(&arg), &opts);
        let _ = minutes::output::write_jsonl(&mut out, &r);
    }
}
