//! Every record produced from `fixtures/` (and a few failing inputs) validates against the
//! JSON Schema that `minutes schema` prints, and the schema documents every field.

use minutes::batch::discover;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn schema() -> Value {
    serde_json::from_str(&minutes::output::schema_json()).expect("the schema is JSON")
}

fn check_all(validator: &jsonschema::Validator, paths: &[PathBuf]) -> usize {
    let options = minutes::IngestOptions::default();
    let mut failures = Vec::new();
    for path in paths {
        let record = minutes::process_path(path, &options);
        let value = serde_json::to_value(&record).unwrap();
        for err in validator.iter_errors(&value) {
            failures.push(format!("{}: {} at {}", path.display(), err, err.instance_path()));
        }
    }
    assert!(failures.is_empty(), "records that do not match the schema:\n{}", failures.join("\n"));
    paths.len()
}

#[test]
fn the_schema_is_a_valid_json_schema() {
    let schema = schema();
    if let Err(err) = jsonschema::meta::validate(&schema) {
        panic!("invalid schema: {err}");
    }
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(schema["title"], "Record");
}

#[test]
fn every_fixture_record_validates() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let found = discover(&[root], Vec::new(), &Default::default());
    assert!(found.errors.is_empty(), "{:?}", found.errors);
    assert!(found.files.len() >= 5);
    let paths: Vec<PathBuf> = found.files.into_iter().map(|f| f.path).collect();
    check_all(&validator, &paths);
}

#[test]
fn failed_records_validate_too() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    let cases: [(&str, &[u8]); 4] = [
        ("empty.txt", b""),
        ("binary.txt", &[0, 159, 146, 150, 0, 1, 2, 255, 254, 0, 0, 7]),
        ("broken.pdf", b"%PDF-1.7\n\x00\x01garbage"),
        ("broken.docx", b"PK\x03\x04word/document.xml garbage"),
    ];
    for (name, bytes) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        paths.push(path);
    }
    paths.push(dir.path().join("does-not-exist.txt"));
    check_all(&validator, &paths);
}

/// The README promises that every field is documented in the schema.
#[test]
fn every_property_has_a_description() {
    fn walk(value: &Value, at: &str, missing: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    for (name, prop) in props {
                        if prop.get("description").is_none() {
                            missing.push(format!("{at}/{name}"));
                        }
                    }
                }
                for (key, child) in map {
                    walk(child, &format!("{at}/{key}"), missing);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, at, missing)),
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&schema(), "", &mut missing);
    assert!(missing.is_empty(), "properties without a description: {missing:?}");
}
