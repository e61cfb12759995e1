//! Output: records as JSON Lines, and the analyst exports ([`csv`], [`sqlite`]) built on
//! one flat view of a record ([`tables`]). Reads only model types.

pub mod csv;
pub mod sqlite;
pub mod tables;

use crate::Error;
use crate::model::Record;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Appends `record` to `out` as one line of JSON followed by `\n`.
///
/// The JSON is written by `sonic-rs`, whose serde serializer writes the same bytes as
/// `serde_json`'s compact one (tests below hold it to that) but escapes strings with SIMD:
/// a record is mostly text, and this halves the cost of writing it. Where `sonic-rs`
/// refuses a value that `serde_json` writes (a non-finite number, which `serde_json` writes
/// as `null`), the line is written by `serde_json`.
pub fn write_jsonl(out: &mut Vec<u8>, record: &Record) -> io::Result<()> {
    let start = out.len();
    if sonic_rs::to_writer(&mut *out, record).is_err() {
        out.truncate(start);
        serde_json::to_writer(&mut *out, record).map_err(io::Error::other)?;
    }
    out.push(b'\n');
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Percentage, PercentageKind};
    use proptest::prelude::*;

    /// A record with `text` in string fields and `value` in number fields.
    fn record_with(text: &str, value: f64) -> Record {
        let mut record = Record::default();
        record.meeting.title = Some(text.to_string());
        record.meeting.body = Some(format!("{text}{text}"));
        record.percentages.push(Percentage {
            value,
            raw: text.to_string(),
            kind: PercentageKind::Percent,
            range_to: Some(value / 3.0),
            item: Some(7),
            context: text.to_string(),
            evidence: Evidence::default(),
        });
        record
    }

    fn line(record: &Record) -> Vec<u8> {
        let mut out = Vec::new();
        write_jsonl(&mut out, record).unwrap();
        out
    }

    fn serde_json_line(record: &Record) -> Vec<u8> {
        let mut expected = serde_json::to_vec(record).unwrap();
        expected.push(b'\n');
        expected
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let texts = [
            "",
            "plain",
            "quote \" backslash \\ slash /",
            "controls \u{0}\u{1}\u{8}\u{9}\u{a}\u{c}\u{d}\u{1f} and \u{7f}",
            "£ – “curly” ’ NBSP\u{a0} LS\u{2028} PS\u{2029} 🙂 Siân Ó Briain",
            "a long line of text that is longer than one SIMD register of sixteen or thirty-two bytes \"with\" escapes \n at the end",
        ];
        for text in texts {
            for value in [0.0, 53.6, 50.0, 0.1, 17.5, 1e-7, 123456789.125, 1e21, 1e300, -2.5] {
                let record = record_with(text, value);
                assert_eq!(line(&record), serde_json_line(&record), "{text:?} {value}");
            }
        }
        // A number `sonic-rs` refuses is written as `serde_json` writes it.
        for value in [f64::NAN, f64::INFINITY] {
            let record = record_with("x", value);
            assert_eq!(line(&record), serde_json_line(&record), "{value}");
        }
        let line = line(&record_with("x", 53.6));
        assert!(line.ends_with(b"}\n") && !line[..line.len() - 1].contains(&b'\n'));
    }

    proptest! {
        #[test]
        fn any_text_and_number_are_written_as_serde_json_writes_them(
            text in any::<String>(),
            value in any::<f64>().prop_filter("finite", |v| v.is_finite()),
        ) {
            let record = record_with(&text, value);
            prop_assert_eq!(line(&record), serde_json_line(&record));
        }
    }
}
