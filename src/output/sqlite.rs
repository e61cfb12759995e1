//! The SQLite export (`--sqlite FILE`): the tables of [`super::tables`] with primary keys,
//! foreign keys (enforced while loading) and indexes, in one transaction. The database is
//! built under a hidden temporary name and renamed over FILE when the run completes.

use super::tables::{Rows, TABLES, Type, Value};
use super::temporary_path;
use crate::Error;
use rusqlite::Connection;
use rusqlite::types::ToSqlOutput;
use std::fs;
use std::path::{Path, PathBuf};

/// A database being written.
pub struct SqliteExport {
    path: PathBuf,
    db: Connection,
    inserts: Vec<String>,
}

fn export_error(path: &Path, err: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::Export { path: path.to_path_buf(), source: Box::new(err) }
}

/// The `CREATE TABLE` statements, parents first.
pub fn schema_sql() -> String {
    let mut sql = String::new();
    for table in &TABLES {
        let mut parts: Vec<String> = table
            .columns
            .iter()
            .map(|(name, ty)| {
                let ty = match ty {
                    Type::Text => "TEXT",
                    Type::Integer => "INTEGER",
                    Type::Real => "REAL",
                };
                let not_null = if table.primary_key.contains(name) { " NOT NULL" } else { "" };
                format!("{name} {ty}{not_null}")
            })
            .collect();
        parts.push(format!("PRIMARY KEY ({})", table.primary_key.join(", ")));
        for (column, parent, key) in table.foreign_keys {
            parts.push(format!("FOREIGN KEY ({column}) REFERENCES {parent} ({key})"));
        }
        sql += &format!("CREATE TABLE {} (\n  {}\n);\n", table.name, parts.join(",\n  "));
    }
    sql
}

/// The `CREATE INDEX` statements.
pub fn index_sql() -> String {
    let mut sql = String::new();
    for table in &TABLES {
        for columns in table.indexes {
            let name = format!("{}_{}", table.name, columns.join("_"));
            sql += &format!("CREATE INDEX {name} ON {} ({});\n", table.name, columns.join(", "));
        }
    }
    sql
}

impl SqliteExport {
    /// Starts a new database for `path`.
    pub fn create(path: &Path) -> Result<SqliteExport, Error> {
        let temporary = temporary_path(path);
        match fs::remove_file(&temporary) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(export_error(&temporary, e));
            }
            _ => {}
        }
        let fail = |e| export_error(&temporary, e);
        let db = Connection::open(&temporary).map_err(fail)?;
        db.execute_batch(
            // No journal: the database is a temporary file until it is complete. A small
            // page cache keeps memory flat however many records are loaded.
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -1024;",
        )
        .map_err(fail)?;
        db.execute_batch(&schema_sql()).map_err(fail)?;
        db.execute_batch("BEGIN").map_err(fail)?;
        let inserts = TABLES
            .iter()
            .map(|t| {
                let marks = vec!["?"; t.columns.len()].join(", ");
                format!("INSERT INTO {} VALUES ({marks})", t.name)
            })
            .collect();
        Ok(SqliteExport { path: path.to_path_buf(), db, inserts })
    }

    /// Inserts one record's rows.
    pub fn append(&mut self, rows: &Rows) -> Result<(), Error> {
        let temporary = temporary_path(&self.path);
        for (sql, rows) in self.inserts.iter().zip(&rows.tables) {
            if rows.is_empty() {
                continue;
            }
            let mut insert =
                self.db.prepare_cached(sql).map_err(|e| export_error(&temporary, e))?;
            for row in rows {
                insert
                    .execute(rusqlite::params_from_iter(row.iter()))
                    .map_err(|e| export_error(&temporary, e))?;
            }
        }
        Ok(())
    }

    /// Adds the indexes, commits and moves the database into place.
    pub fn finish(self) -> Result<(), Error> {
        let temporary = temporary_path(&self.path);
        let fail = |e| export_error(&temporary, e);
        self.db.execute_batch(&index_sql()).map_err(fail)?;
        self.db.execute_batch("COMMIT").map_err(fail)?;
        self.db.close().map_err(|(_, e)| fail(e))?;
        fs::rename(&temporary, &self.path).map_err(|e| export_error(&self.path, e))
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        use rusqlite::types::ValueRef;
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(n) => ValueRef::Integer(*n),
            Value::Real(x) => ValueRef::Real(*x),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}
