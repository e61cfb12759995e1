//! Findings written out: for people (rustc-like), as JSON Lines, as GitHub workflow
//! commands, and as SARIF 2.1.0 for code-scanning upload. Reads only [`Finding`]s and
//! the rule table.

use super::rules::RULES;
use super::{Finding, Severity};
use serde_json::{Value, json};
use std::io::{self, Write};

/// The output formats of `minutes check`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// rustc-like: `file:line: error[M030]: message`, then the line quoted.
    #[default]
    Human,
    /// One JSON object per finding per line.
    Json,
    /// GitHub Actions workflow commands (`::error file=...,line=...,title=M030::...`).
    Github,
    /// One SARIF 2.1.0 log for the whole run.
    Sarif,
}

/// Writes one file's findings in a streaming format (every format but SARIF, which
/// [`sarif`] writes once for the whole run).
pub fn write_findings<W: Write>(
    out: &mut W,
    format: Format,
    findings: &[Finding],
) -> io::Result<()> {
    for f in findings {
        match format {
            Format::Human => write_human(out, f)?,
            Format::Json => {
                serde_json::to_writer(&mut *out, f).map_err(io::Error::other)?;
                out.write_all(b"\n")?;
            }
            Format::Github => write_github(out, f)?,
            Format::Sarif => {}
        }
    }
    Ok(())
}

/// `path:line: severity[CODE]: message (page N)`, then ` N | the line` when there is one,
/// then a blank line.
fn write_human<W: Write>(out: &mut W, f: &Finding) -> io::Result<()> {
    match f.line {
        Some(line) => write!(out, "{}:{line}: ", f.path)?,
        None => write!(out, "{}: ", f.path)?,
    }
    write!(out, "{}[{}]: {}", f.severity.as_str(), f.code, f.message)?;
    if let Some(page) = f.page {
        write!(out, " (page {page})")?;
    }
    writeln!(out)?;
    if let (Some(line), Some(snippet)) = (f.line, &f.snippet) {
        let gutter = line.to_string().len();
        writeln!(out, "{:gutter$} |", "")?;
        writeln!(out, "{line} | {snippet}")?;
        writeln!(out, "{:gutter$} |", "")?;
    }
    writeln!(out)
}

/// `::error file=PATH,line=N,col=C,title=CODE::MESSAGE`, escaped as GitHub's workflow
/// commands require.
fn write_github<W: Write>(out: &mut W, f: &Finding) -> io::Result<()> {
    let level = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    write!(out, "::{level} file={}", escape_property(&f.path))?;
    if let Some(line) = f.line {
        write!(out, ",line={line}")?;
    }
    if let Some(col) = f.column {
        write!(out, ",col={col}")?;
    }
    let mut message = f.message.clone();
    if let Some(page) = f.page {
        message += &format!(" (page {page})");
    }
    writeln!(out, ",title={}::{}", escape_property(&f.code), escape_data(&message))
}

/// Escapes a workflow command's message.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The SARIF 2.1.0 log of a whole run: one run, the rule table as the driver's rules,
/// one result per finding. Pages go in a result's `properties`.
pub fn sarif(findings: &[Finding]) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": r.summary },
                "defaultConfiguration": { "level": level(r.severity) },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut location = json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&f.path) },
                }
            });
            if let Some(line) = f.line {
                let mut region = json!({ "startLine": line });
                if let Some(col) = f.column {
                    region["startColumn"] = json!(col);
                }
                if let Some(snippet) = &f.snippet {
                    region["snippet"] = json!({ "text": snippet });
                }
                location["physicalLocation"]["region"] = region;
            }
            let mut result = json!({
                "ruleId": f.code,
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [location],
            });
            if let Some(index) = RULES.iter().position(|r| r.code == f.code) {
                result["ruleIndex"] = json!(index);
            }
            if let Some(page) = f.page {
                result["properties"] = json!({ "page": page });
            }
            result
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "minutes",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

fn level(s: Severity) -> &'static str {
    s.as_str()
}

/// A path as a relative URI reference: `/` separators, and every byte outside the
/// unreserved set and `/` percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding() -> Finding {
        Finding {
            code: "M030".into(),
            severity: Severity::Error,
            message: "A, B: 100% done\nnext".into(),
            path: "dir/a,b:c.txt".into(),
            line: Some(7),
            column: Some(3),
            page: Some(2),
            snippet: Some("Apologies: A".into()),
        }
    }

    fn render(format: Format) -> String {
        let mut out = Vec::new();
        write_findings(&mut out, format, &[finding()]).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn github_escapes() {
        assert_eq!(
            render(Format::Github),
            "::error file=dir/a%2Cb%3Ac.txt,line=7,col=3,title=M030::A, B: 100%25 done%0Anext (page 2)\n"
        );
    }

    #[test]
    fn human_quotes_the_line() {
        assert_eq!(
            render(Format::Human),
            "dir/a,b:c.txt:7: error[M030]: A, B: 100% done\nnext (page 2)\n  |\n7 | Apologies: A\n  |\n\n"
        );
    }

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("a b/c%d.txt"), "a%20b/c%25d.txt");
        assert_eq!(uri(r"a\b.txt"), "a/b.txt");
    }
}
