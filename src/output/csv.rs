//! The CSV export (`--csv DIR`): one file per table of [`super::tables`], with a header
//! row, quoted where needed (RFC 4180). Each file is written to a hidden temporary name
//! and renamed into place when the run completes.

use super::tables::{Rows, TABLES, Value};
use super::temporary_path;
use crate::Error;
use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};

/// CSV files being written.
pub struct CsvExport {
    writers: Vec<(PathBuf, csv::Writer<BufWriter<File>>)>,
}

fn export_error(path: &Path, err: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::Export { path: path.to_path_buf(), source: Box::new(err) }
}

impl CsvExport {
    /// Creates `dir` if needed and starts a file per table.
    pub fn create(dir: &Path) -> Result<CsvExport, Error> {
        fs::create_dir_all(dir).map_err(|e| export_error(dir, e))?;
        let mut writers = Vec::new();
        for table in &TABLES {
            let path = dir.join(format!("{}.csv", table.name));
            let temporary = temporary_path(&path);
            let file = File::create(&temporary).map_err(|e| export_error(&temporary, e))?;
            let mut writer = csv::Writer::from_writer(BufWriter::with_capacity(1 << 16, file));
            writer
                .write_record(table.columns.iter().map(|c| c.0))
                .map_err(|e| export_error(&temporary, e))?;
            writers.push((path, writer));
        }
        Ok(CsvExport { writers })
    }

    /// Appends one record's rows.
    pub fn append(&mut self, rows: &Rows) -> Result<(), Error> {
        for ((path, writer), rows) in self.writers.iter_mut().zip(&rows.tables) {
            for row in rows {
                writer.write_record(row.iter().map(field)).map_err(|e| export_error(path, e))?;
            }
        }
        Ok(())
    }

    /// Flushes every file and moves it into place.
    pub fn finish(self) -> Result<(), Error> {
        for (path, writer) in self.writers {
            let temporary = temporary_path(&path);
            let mut buffered =
                writer.into_inner().map_err(|e| export_error(&path, e.into_error()))?;
            std::io::Write::flush(&mut buffered).map_err(|e| export_error(&path, e))?;
            drop(buffered);
            fs::rename(&temporary, &path).map_err(|e| export_error(&path, e))?;
        }
        Ok(())
    }
}

/// A cell as CSV text: empty for null, numbers in Rust's shortest round-trip form.
fn field(value: &Value) -> Vec<u8> {
    match value {
        Value::Null => Vec::new(),
        Value::Int(n) => n.to_string().into_bytes(),
        Value::Real(x) => x.to_string().into_bytes(),
        Value::Text(s) => s.as_bytes().to_vec(),
    }
}
