//! A flat, relational view of records, shared by the CSV and SQLite exports so both have
//! exactly the same tables and columns.
//!
//! Every row carries its `document_id` (the record's `id`), and rows about an item carry
//! its `item_id` and `item_order`, so the tables join. One row per document in
//! `meetings` (copies of a file share a document), one row per input file in `files`.
//! `decisions` has a row for each decision (`clause_path` empty) and one for each of its
//! clauses at any depth (`clause_path` the labels from the top, `3/i`). Evidence becomes
//! the columns `line`, `char_start`, `char_end`, `page` and `paragraph`.

use crate::model::{Clause, Evidence, Record};

/// A cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// No value: an empty CSV field, SQL NULL.
    Null,
    /// An integer.
    Int(i64),
    /// A number.
    Real(f64),
    /// Text.
    Text(String),
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Int(n.into())
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Int(n.min(i64::MAX as u64) as i64)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::from(n as u64)
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Value {
        Value::Real(n)
    }
}

/// SQL column types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// `TEXT`.
    Text,
    /// `INTEGER`.
    Integer,
    /// `REAL`.
    Real,
}

/// A table's layout: columns, keys and indexes.
#[derive(Debug)]
pub struct Table {
    /// Table (and CSV file) name.
    pub name: &'static str,
    /// Columns, in order.
    pub columns: &'static [(&'static str, Type)],
    /// The primary key's columns.
    pub primary_key: &'static [&'static str],
    /// Foreign keys: (column, table, column).
    pub foreign_keys: &'static [(&'static str, &'static str, &'static str)],
    /// Indexes beyond the primary key, each a list of columns.
    pub indexes: &'static [&'static [&'static str]],
}

use Type::{Integer, Real, Text};

const EVIDENCE: [(&str, Type); 5] = [
    ("line", Integer),
    ("char_start", Integer),
    ("char_end", Integer),
    ("page", Integer),
    ("paragraph", Integer),
];

macro_rules! columns {
    ($($name:literal: $ty:ident),* ; evidence) => {
        &[$(($name, $ty),)* EVIDENCE[0], EVIDENCE[1], EVIDENCE[2], EVIDENCE[3], EVIDENCE[4]]
    };
    ($($name:literal: $ty:ident),*) => { &[$(($name, $ty)),*] };
}

/// Index of each table in [`TABLES`] and in [`Rows`].
pub const MEETINGS: usize = 0;
/// See [`MEETINGS`].
pub const FILES: usize = 1;
/// See [`MEETINGS`].
pub const ATTENDANCE: usize = 2;
/// See [`MEETINGS`].
pub const ITEMS: usize = 3;
/// See [`MEETINGS`].
pub const DECISIONS: usize = 4;
/// See [`MEETINGS`].
pub const ACTIONS: usize = 5;
/// See [`MEETINGS`].
pub const PERCENTAGES: usize = 6;

/// The tables, parents before children (the order to create and fill them in).
pub const TABLES: [Table; 7] = [
    Table {
        name: "meetings",
        columns: columns!(
            "document_id": Text, "path": Text, "sha256": Text, "format": Text, "bytes": Integer,
            "pages": Integer, "encoding": Text, "status": Text, "error_kind": Text,
            "error_message": Text, "kind": Text, "organisation": Text, "body": Text,
            "title": Text, "date": Text, "start_time": Text, "end_time": Text,
            "location": Text, "warnings": Text
        ),
        primary_key: &["document_id"],
        foreign_keys: &[],
        indexes: &[&["date"], &["body"]],
    },
    Table {
        name: "files",
        columns: columns!(
            "path": Text, "document_id": Text, "sha256": Text, "bytes": Integer,
            "status": Text, "error_kind": Text, "error_message": Text
        ),
        primary_key: &["path"],
        foreign_keys: &[("document_id", "meetings", "document_id")],
        indexes: &[&["document_id"]],
    },
    Table {
        name: "attendance",
        columns: columns!(
            "document_id": Text, "position": Integer, "name": Text, "status": Text,
            "role": Text, "honorific": Text, "post_nominals": Text, "organisation": Text,
            "note": Text, "group_name": Text, "on_behalf_of": Text, "raw": Text; evidence
        ),
        primary_key: &["document_id", "position"],
        foreign_keys: &[("document_id", "meetings", "document_id")],
        indexes: &[&["name"]],
    },
    Table {
        name: "items",
        columns: columns!(
            "item_id": Text, "document_id": Text, "item_order": Integer, "number": Text,
            "title": Text, "text": Text; evidence
        ),
        primary_key: &["item_id"],
        foreign_keys: &[("document_id", "meetings", "document_id")],
        indexes: &[&["document_id", "item_order"]],
    },
    Table {
        name: "decisions",
        columns: columns!(
            "document_id": Text, "item_id": Text, "item_order": Integer, "decision": Integer,
            "clause_path": Text, "label": Text, "verb": Text, "text": Text; evidence
        ),
        primary_key: &["item_id", "decision", "clause_path"],
        foreign_keys: &[
            ("document_id", "meetings", "document_id"),
            ("item_id", "items", "item_id"),
        ],
        indexes: &[&["document_id", "item_order"]],
    },
    Table {
        name: "actions",
        columns: columns!(
            "document_id": Text, "item_id": Text, "item_order": Integer, "action": Integer,
            "text": Text, "owner": Text; evidence
        ),
        primary_key: &["item_id", "action"],
        foreign_keys: &[
            ("document_id", "meetings", "document_id"),
            ("item_id", "items", "item_id"),
        ],
        indexes: &[&["document_id", "item_order"]],
    },
    Table {
        name: "percentages",
        columns: columns!(
            "document_id": Text, "position": Integer, "item_id": Text, "item_order": Integer,
            "value": Real, "range_to": Real, "kind": Text, "raw": Text, "context": Text;
            evidence
        ),
        primary_key: &["document_id", "position"],
        foreign_keys: &[
            ("document_id", "meetings", "document_id"),
            ("item_id", "items", "item_id"),
        ],
        indexes: &[&["item_id"]],
    },
];

/// The rows of one record, one list per table of [`TABLES`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rows {
    /// Rows by table index ([`MEETINGS`], [`FILES`], ...).
    pub tables: [Vec<Vec<Value>>; 7],
}

impl Rows {
    /// True if the record has a document (an id), so rows beyond `files`.
    pub fn has_document(&self) -> bool {
        !self.tables[MEETINGS].is_empty()
    }

    /// Drops the document's rows, keeping the `files` row: for a copy of a document
    /// already exported.
    pub fn keep_file_only(&mut self) {
        for (i, table) in self.tables.iter_mut().enumerate() {
            if i != FILES {
                table.clear();
            }
        }
    }
}

/// The name of a serde enum value (`"in_attendance"`).
fn name<T: serde::Serialize>(value: &T) -> Value {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Value::Text(s),
        _ => Value::Null,
    }
}

fn evidence(row: &mut Vec<Value>, e: &Evidence) {
    row.extend([
        e.line.into(),
        e.char_start.into(),
        e.char_end.into(),
        e.page.into(),
        e.paragraph.into(),
    ]);
}

/// The rows of `record`.
pub fn rows(record: &Record) -> Rows {
    let mut rows = Rows::default();
    let t = &mut rows.tables;
    let error_kind = record.error.as_ref().map_or(Value::Null, |e| name(&e.kind));
    let error_message: Value = record.error.as_ref().map(|e| e.message.as_str()).into();
    let status = name(&record.status);
    let source = &record.source;
    t[FILES].push(vec![
        source.path.as_str().into(),
        record.id.as_deref().into(),
        source.sha256.as_deref().into(),
        source.bytes.into(),
        status.clone(),
        error_kind.clone(),
        error_message.clone(),
    ]);
    let Some(doc) = record.id.as_deref() else { return rows };
    let m = &record.meeting;
    let warnings: Vec<&str> = record.warnings.iter().map(|w| w.code.as_str()).collect();
    t[MEETINGS].push(vec![
        doc.into(),
        source.path.as_str().into(),
        source.sha256.as_deref().into(),
        source.format.as_ref().map_or(Value::Null, name),
        source.bytes.into(),
        source.pages.into(),
        source.encoding.as_deref().into(),
        status,
        error_kind,
        error_message,
        name(&record.kind),
        m.organisation.as_deref().into(),
        m.body.as_deref().into(),
        m.title.as_deref().into(),
        m.date.as_deref().into(),
        m.start_time.as_deref().into(),
        m.end_time.as_deref().into(),
        m.location.as_deref().into(),
        warnings.join(" ").into(),
    ]);
    for (i, a) in record.attendance.iter().enumerate() {
        let mut row = vec![
            doc.into(),
            (i + 1).into(),
            a.name.as_str().into(),
            name(&a.status),
            a.role.as_ref().map_or(Value::Null, name),
            a.honorific.as_deref().into(),
            a.post_nominals.as_deref().into(),
            a.organisation.as_deref().into(),
            a.note.as_deref().into(),
            a.group.as_deref().into(),
            a.on_behalf_of.as_deref().into(),
            a.raw.as_str().into(),
        ];
        evidence(&mut row, &a.evidence);
        t[ATTENDANCE].push(row);
    }
    for item in &record.items {
        let mut row = vec![
            item.id.as_str().into(),
            doc.into(),
            item.order.into(),
            item.number.as_deref().into(),
            item.title.as_str().into(),
            item.text.as_str().into(),
        ];
        evidence(&mut row, &item.evidence);
        t[ITEMS].push(row);
        let head = |n: usize| -> Vec<Value> {
            vec![doc.into(), item.id.as_str().into(), item.order.into(), (n + 1).into()]
        };
        for (d, decision) in item.decisions.iter().enumerate() {
            let mut row = head(d);
            row.extend([
                "".into(),
                Value::Null,
                decision.verb.as_str().into(),
                decision.text.as_str().into(),
            ]);
            evidence(&mut row, &decision.evidence);
            t[DECISIONS].push(row);
            clauses(&mut t[DECISIONS], &head(d), &decision.verb, "", &decision.clauses);
        }
        for (a, action) in item.actions.iter().enumerate() {
            let mut row = head(a);
            row.push(action.text.as_str().into());
            row.push(action.owner.as_deref().into());
            evidence(&mut row, &action.evidence);
            t[ACTIONS].push(row);
        }
    }
    for (i, p) in record.percentages.iter().enumerate() {
        let item_id = p.item.map(|order| format!("{doc}/{order}"));
        let mut row = vec![
            doc.into(),
            (i + 1).into(),
            item_id.into(),
            p.item.into(),
            p.value.into(),
            p.range_to.into(),
            name(&p.kind),
            p.raw.as_str().into(),
            p.context.as_str().into(),
        ];
        evidence(&mut row, &p.evidence);
        t[PERCENTAGES].push(row);
    }
    rows
}

/// One decision row per clause, depth first, `clause_path` the labels from the top.
fn clauses(out: &mut Vec<Vec<Value>>, head: &[Value], verb: &str, path: &str, list: &[Clause]) {
    for clause in list {
        let path =
            if path.is_empty() { clause.label.clone() } else { format!("{path}/{}", clause.label) };
        let mut row = head.to_vec();
        row.extend([
            path.as_str().into(),
            clause.label.as_str().into(),
            verb.into(),
            clause.text.as_str().into(),
        ]);
        evidence(&mut row, &clause.evidence);
        out.push(row);
        clauses(out, head, verb, &path, &clause.clauses);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_its_table_s_columns() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds/003.txt");
        let record = crate::process_path(std::path::Path::new(path), &Default::default());
        let rows = rows(&record);
        for (table, rows) in TABLES.iter().zip(&rows.tables) {
            for row in rows {
                assert_eq!(row.len(), table.columns.len(), "{}", table.name);
            }
        }
        let paths: Vec<&Value> = rows.tables[DECISIONS].iter().map(|r| &r[4]).collect();
        assert_eq!(paths, [&Value::from(""), &"i".into(), &"ii".into(), &"iii".into()]);
    }
}
