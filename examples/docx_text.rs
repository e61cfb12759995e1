//! Prints the normalised text the DOCX ingester gives for each file named on the command line.
fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        match minutes::ingest::docx::ingest(&bytes, &minutes::IngestOptions::default()) {
            Ok(doc) => {
                for w in &doc.warnings {
                    eprintln!("{path}: warning {}: {}", w.code, w.message);
                }
                println!("{}", doc.text);
            }
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}
