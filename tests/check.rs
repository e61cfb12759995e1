//! `minutes check` end to end (issue 5): every rule fires on its failing fixture and not on
//! its passing one, exit codes, the four output formats (github byte for byte, SARIF
//! against the SARIF 2.1.0 schema), configuration, and the seeds. Uses `fixtures/` and
//! temporary directories only.

mod util;

use minutes::check::{Finding, RULES, Severity};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use util::{Run, minutes, minutes_in};

impl Run {
    fn findings(&self) -> Vec<Finding> {
        self.json_lines()
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `minutes check --format json ARGS...`, findings grouped by path.
fn check_json(args: &[&str]) -> (Run, BTreeMap<String, Vec<Finding>>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = minutes(&all);
    let mut by_path: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    for f in run.findings() {
        by_path.entry(f.path.clone()).or_default().push(f);
    }
    (run, by_path)
}

fn codes(findings: Option<&Vec<Finding>>) -> Vec<&str> {
    findings.map_or(Vec::new(), |v| v.iter().map(|f| f.code.as_str()).collect())
}

/// For every rule, files that must trigger it and files that must not; `config` is passed
/// with `--config` when set. Text fixtures live in `fixtures/check/` as
/// `mNNN[-what]-fail.txt` and `mNNN-pass.txt`.
struct Case {
    code: &'static str,
    fail: Vec<String>,
    pass: Vec<String>,
    config: Option<&'static str>,
}

fn cases(scratch: &Path) -> Vec<Case> {
    let dir = root().join("fixtures/check");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let empty = scratch.join("empty.txt");
    fs::write(&empty, "").unwrap();
    RULES
        .iter()
        .map(|rule| {
            let prefix = rule.code.to_lowercase();
            let pick = |suffix: &str| -> Vec<String> {
                names
                    .iter()
                    .filter(|n| n.starts_with(&prefix) && n.ends_with(suffix))
                    .map(|n| format!("fixtures/check/{n}"))
                    .collect()
            };
            let (mut fail, mut pass) = (pick("-fail.txt"), pick("-pass.txt"));
            match rule.code {
                "M050" => {
                    fail.push("fixtures/renditions/002.scanned.pdf".into());
                    pass.push("fixtures/renditions/002.lo.pdf".into());
                }
                "M052" => {
                    fail.push("fixtures/pdf/encrypted.pdf".into());
                    fail.push(empty.to_string_lossy().into_owned());
                }
                _ => {}
            }
            let config = (rule.code == "M013").then_some("fixtures/check/m013.toml");
            Case { code: rule.code, fail, pass, config }
        })
        .collect()
}

#[test]
fn every_rule_fires_on_its_failing_fixtures_and_not_on_its_passing_ones() {
    let scratch = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    for case in cases(scratch.path()) {
        if case.fail.is_empty() || case.pass.is_empty() {
            problems.push(format!("{}: needs a failing and a passing fixture", case.code));
            continue;
        }
        let mut args: Vec<&str> = Vec::new();
        if let Some(config) = case.config {
            args.extend(["--config", config]);
        }
        args.extend(case.fail.iter().chain(&case.pass).map(String::as_str));
        let (run, found) = check_json(&args);
        assert_ne!(run.code, 2, "{}: {}", case.code, run.stderr);
        for path in &case.fail {
            let got = codes(found.get(path));
            if !got.contains(&case.code) {
                problems.push(format!("{}: not found in {path} (found {got:?})", case.code));
            }
        }
        for path in &case.pass {
            let got = codes(found.get(path));
            if got.contains(&case.code) {
                problems.push(format!("{}: found in {path}, which should pass", case.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn passing_fixtures_are_clean_of_every_rule() {
    let names: Vec<String> = fs::read_dir(root().join("fixtures/check"))
        .unwrap()
        .map(|e| format!("fixtures/check/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|n| n.ends_with("-pass.txt"))
        .collect();
    let args: Vec<&str> = names.iter().map(String::as_str).collect();
    let (run, found) = check_json(&args);
    assert!(found.is_empty(), "{}", run.stdout);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains(&format!("{} files checked: 0 errors", names.len())));
}

/// Each failing fixture is written to break one rule: no other error creeps in.
#[test]
fn failing_fixtures_break_only_their_own_rule() {
    let names: Vec<String> = fs::read_dir(root().join("fixtures/check"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("-fail.txt"))
        .collect();
    for name in names {
        let path = format!("fixtures/check/{name}");
        let mut args = vec![path.as_str()];
        if name.starts_with("m013") {
            args.splice(0..0, ["--config", "fixtures/check/m013.toml"]);
        }
        let (_, found) = check_json(&args);
        let own = name[..4].to_uppercase();
        let other: Vec<&str> = codes(found.get(&path)).into_iter().filter(|c| *c != own).collect();
        assert!(other.is_empty(), "{name}: also {other:?}");
    }
}

#[test]
fn the_seeds_are_clean_but_for_what_they_really_lack() {
    let (run, found) = check_json(&["fixtures/seeds"]);
    let got: BTreeMap<&str, Vec<&str>> =
        found.iter().map(|(p, f)| (p.as_str(), codes(Some(f)))).collect();
    let want: BTreeMap<&str, Vec<&str>> = [
        // A report, not minutes: one finding and no noise.
        ("fixtures/seeds/000.txt", vec!["M005"]),
        // The Corporate Parenting Board's minutes name no chair.
        ("fixtures/seeds/002.txt", vec!["M004"]),
        // One item published on its own: no heading, so no date, body or attendance.
        ("fixtures/seeds/003.txt", vec!["M001", "M002", "M003"]),
    ]
    .into_iter()
    .collect();
    assert_eq!(got, want);
    assert_eq!(run.code, 1, "seed 003's missing date is an error");
    assert!(
        run.stderr.contains("5 files checked: 2 errors, 3 warnings, 0 notes"),
        "{}",
        run.stderr
    );
}

#[test]
fn exit_codes() {
    // Warnings only (M004): 0, or 1 with --deny-warnings.
    assert_eq!(minutes(&["check", "fixtures/check/m004-fail.txt"]).code, 0);
    assert_eq!(minutes(&["check", "--deny-warnings", "fixtures/check/m004-fail.txt"]).code, 1);
    assert_eq!(minutes(&["check", "--deny-warnings", "fixtures/check/m004-pass.txt"]).code, 0);
    // An error (M030): 1.
    assert_eq!(minutes(&["check", "fixtures/check/m030-fail.txt"]).code, 1);
    // A path that does not exist: the check could not run on it.
    let run = minutes(&["check", "fixtures/check/m030-pass.txt", "fixtures/no-such-file.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no-such-file.txt"), "{}", run.stderr);
    // Bad arguments.
    assert_eq!(minutes(&["check", "--format", "xml", "fixtures/check"]).code, 2);
    assert_eq!(minutes(&["check"]).code, 2);
}

#[test]
fn a_walked_directory_gives_only_its_documents_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::copy("fixtures/check/m030-pass.txt", root.join("minutes.txt")).unwrap();
    fs::write(root.join("facts.json"), "{\"notes\": \"Minutes of the meeting\"}\n").unwrap();
    fs::write(root.join("build.py"), "print('minutes')\n").unwrap();
    let path = |name: &str| root.join(name).to_string_lossy().into_owned();
    let dir_arg = root.to_string_lossy().into_owned();

    let (run, by_path) = check_json(&[&dir_arg]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(by_path.keys().all(|p| p.ends_with("minutes.txt")), "{by_path:?}");
    assert!(run.stderr.contains("1 file checked"), "{}", run.stderr);
    assert!(run.stderr.contains("2 files of other types passed over"), "{}", run.stderr);

    // Named files are always checked; --all-files and -e widen or narrow the walk.
    let (_, by_path) = check_json(&[&dir_arg, &path("facts.json")]);
    assert!(by_path.contains_key(&path("facts.json")), "{by_path:?}");
    let (run, by_path) = check_json(&["--all-files", &dir_arg]);
    assert!(run.stderr.contains("3 files checked"), "{}", run.stderr);
    assert!(by_path.contains_key(&path("build.py")), "{by_path:?}");
    let (run, _) = check_json(&["-e", ".JSON", &dir_arg]);
    assert!(run.stderr.contains("1 file checked"), "{}", run.stderr);
    assert!(run.stderr.contains("2 files of other types"), "{}", run.stderr);
}

#[test]
fn a_bad_configuration_stops_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("minutes.toml");
    let fixture = root().join("fixtures/check/m004-fail.txt");
    let fixture = fixture.to_str().unwrap();
    for (toml, says) in [
        ("[rules]\nM999 = \"off\"\n", "unknown rule \"M999\""),
        ("[rules]\nM004 = \"loud\"\n", "unknown severity \"loud\""),
        ("[rule]\nM004 = \"off\"\n", "unknown field `rule`"),
        ("[rules\n", "invalid configuration"),
    ] {
        fs::write(&config, toml).unwrap();
        // Found as ./minutes.toml, and named with --config.
        for run in [
            minutes_in(dir.path(), &["check", fixture]),
            minutes(&["check", "--config", config.to_str().unwrap(), fixture]),
        ] {
            assert_eq!(run.code, 2, "{toml}");
            assert!(run.stderr.contains(says), "{toml}: {}", run.stderr);
            assert!(run.stderr.contains("minutes.toml"), "{}", run.stderr);
            assert!(run.stdout.is_empty());
        }
    }
    let run = minutes(&["check", "--config", "fixtures/no-such.toml", fixture]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot read fixtures/no-such.toml"), "{}", run.stderr);
}

#[test]
fn configuration_turns_rules_off_and_changes_severity() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = root().join("fixtures/check/m004-fail.txt");
    let fixture = fixture.to_str().unwrap();
    // No configuration: M004 is a warning.
    let run = minutes_in(dir.path(), &["check", "--format", "json", fixture]);
    assert_eq!(run.findings()[0].severity, Severity::Warning);

    fs::write(dir.path().join("minutes.toml"), "[rules]\nM004 = \"off\"\n").unwrap();
    let run = minutes_in(dir.path(), &["check", "--format", "json", fixture]);
    assert!(run.findings().is_empty());

    fs::write(dir.path().join("minutes.toml"), "[rules]\nM004 = \"error\"\n").unwrap();
    let run = minutes_in(dir.path(), &["check", "--format", "json", fixture]);
    assert_eq!(run.findings()[0].severity, Severity::Error);
    assert_eq!(run.code, 1);

    // --config wins over ./minutes.toml.
    let other = dir.path().join("other.toml");
    fs::write(&other, "[rules]\nM004 = \"note\"\n").unwrap();
    let run = minutes_in(
        dir.path(),
        &["check", "--format", "json", "--config", other.to_str().unwrap(), fixture],
    );
    assert_eq!(run.findings()[0].severity, Severity::Note);
    assert_eq!(run.code, 0);
}

#[test]
fn human_format_quotes_the_line() {
    let run = minutes(&["check", "fixtures/check/m030-fail.txt"]);
    assert_eq!(
        run.stdout,
        "fixtures/check/m030-fail.txt:6: error[M030]: C. Patel is listed as present (line 5) \
         and as sending apologies\n  |\n6 | Apologies: Cllr C. Patel\n  |\n\n"
    );
    assert!(run.stderr.ends_with("1 file checked: 1 error, 0 warnings, 0 notes\n"));
}

#[test]
fn json_findings_have_stable_fields() {
    let run = minutes(&["check", "--format", "json", "fixtures/check/m021-fail.txt"]);
    let value: serde_json::Value =
        serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(
        value,
        serde_json::json!({
            "code": "M021",
            "severity": "error",
            "message": "clause (c) follows (a): a label is missing",
            "path": "fixtures/check/m021-fail.txt",
            "line": 17,
            "column": 1,
            "page": null,
            "snippet": "(c) the Clerk write to the applicant."
        })
    );
}

/// The files of the github fixture, in the order given; the expected output is committed
/// in `fixtures/check/expected.github` (regenerate with `MINUTES_BLESS=1`).
const GITHUB_FILES: &[&str] = &[
    "fixtures/check/m030-fail.txt",
    "fixtures/check/m004-fail.txt",
    "fixtures/check/m040-fail.txt",
    "fixtures/check/m010-order-fail.txt",
    "fixtures/renditions/002.lo.pdf",
    "fixtures/pdf/encrypted.pdf",
];

#[test]
fn github_format_byte_for_byte() {
    let mut args = vec!["check", "--format", "github", "--jobs", "2"];
    args.extend_from_slice(GITHUB_FILES);
    let run = minutes(&args);
    let expected_path = root().join("fixtures/check/expected.github");
    if std::env::var_os("MINUTES_BLESS").is_some() {
        fs::write(&expected_path, &run.stdout).unwrap();
    }
    let expected = fs::read_to_string(&expected_path).unwrap();
    assert_eq!(run.stdout, expected);
    assert_eq!(run.code, 1);
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    // The official OASIS schema (its $id names sarif-schema-2.1.0.json), vendored as
    // published. Its pattern for `run.language` has a bare `]`, a literal in ECMAScript
    // regular expressions but rejected by the jsonschema crate's check of the schema
    // itself; escaping it changes nothing the pattern matches (and we never write
    // `language`).
    let schema =
        fs::read_to_string(root().join("fixtures/sarif/sarif-schema-2.1.0.json")).unwrap().replace(
            r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
            r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$""#,
        );
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    assert_eq!(
        schema["$id"],
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
    );
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut args = vec!["check", "--format", "sarif"];
    args.extend_from_slice(GITHUB_FILES);
    args.extend(["fixtures/check", "fixtures/seeds"]);
    let run = minutes(&args);
    let log: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let errors: Vec<String> =
        validator.iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // The schema does check: a level SARIF does not know is refused.
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&bad));

    // Every finding is a result; every rule is described, and each result points at its
    // rule.
    let mut json_args = vec!["check", "--format", "json"];
    json_args.extend(args[3..].iter().copied());
    let findings = minutes(&json_args).findings();
    let sarif_run = &log["runs"][0];
    let results = sarif_run["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), RULES.len());
    for (result, finding) in results.iter().zip(&findings) {
        assert_eq!(result["ruleId"], finding.code);
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], finding.code);
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"].as_u64(), finding.line.map(u64::from));
    }
    // PDF pages travel in the result's properties.
    assert!(results.iter().any(|r| r["properties"]["page"] == 1));
}

#[test]
fn findings_follow_input_order_then_line_whatever_the_jobs() {
    let files = [
        "fixtures/check/m010-order-fail.txt",
        "fixtures/seeds",
        "fixtures/check/m030-fail.txt",
        "fixtures/check/m004-fail.txt",
    ];
    let mut one = vec!["check", "--format", "json", "--jobs", "1"];
    one.extend(files);
    let mut three = vec!["check", "--format", "json", "--jobs", "3"];
    three.extend(files);
    let (a, b) = (minutes(&one), minutes(&three));
    assert_eq!(a.stdout, b.stdout);
    let findings = a.findings();
    let order: Vec<(&str, Option<u32>)> =
        findings.iter().map(|f| (f.path.as_str(), f.line)).collect();
    let path_rank = |p: &str| {
        files.iter().position(|f| p.starts_with(f)).unwrap() * 10_000
            + if p.starts_with("fixtures/seeds/") { p[15..18].parse::<usize>().unwrap() } else { 0 }
    };
    let mut sorted = order.clone();
    sorted.sort_by_key(|&(p, l)| (path_rank(p), l));
    assert_eq!(order, sorted);
}

#[test]
fn crlf_and_utf16_give_the_same_lines() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(root().join("fixtures/check/m030-fail.txt")).unwrap();
    let crlf = dir.path().join("crlf.txt");
    fs::write(&crlf, text.replace('\n', "\r\n")).unwrap();
    let utf16 = dir.path().join("utf16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(&utf16, bytes).unwrap();
    let run = minutes_in(dir.path(), &["check", "--format", "json", "crlf.txt", "utf16.txt"]);
    let lines: Vec<(String, Option<u32>, Option<u32>)> =
        run.findings().into_iter().map(|f| (f.code, f.line, f.column)).collect();
    let want = ("M030".to_string(), Some(6), Some(12));
    assert_eq!(lines, [want.clone(), want]);
}

#[test]
fn pdf_findings_name_the_page() {
    let (_, found) = check_json(&["fixtures/renditions/002.scanned.pdf"]);
    let pages: Vec<Option<u32>> =
        found.values().flatten().filter(|f| f.code == "M050").map(|f| f.page).collect();
    assert_eq!(pages, (1..=8).map(Some).collect::<Vec<_>>());
}

#[test]
fn check_help_fits_79_columns() {
    for flag in ["-h", "--help"] {
        let run = minutes(&["check", flag]);
        assert_eq!(run.code, 0);
        assert!(run.stdout.lines().all(|l| l.chars().count() <= 79), "{}", run.stdout);
        assert!(run.stdout.contains("--format"));
    }
}

/// Shapes that would make a quadratic rule hang: the check stays a small part of the
/// pipeline's time on each.
#[test]
fn pathological_inputs_check_quickly() {
    let head = "Minutes of the meeting of the Board held on 3 March 2021\n\n";
    let inputs = [
        (0..5_000).map(|i| format!("Present: Cllr A{i}\nApologies: Cllr A{i}\n")).collect(),
        "RESOLVED\n".repeat(20_000),
        (1..10_000).map(|i| format!("{}. Item\nText.\n", i / 2)).collect(),
        "It was 500% and 40% of the total, split 30% and 20%.\n".repeat(5_000),
        "Present: Cllr A, Cllr B\n".repeat(10_000),
    ];
    for body in inputs {
        let text = format!("{head}{body}");
        let processed =
            minutes::process_bytes_with_text("big.txt", text.as_bytes(), &Default::default());
        let start = std::time::Instant::now();
        let findings = minutes::check::check(&processed, &Default::default());
        let took = start.elapsed();
        assert!(took.as_secs_f64() < 5.0, "{took:?} for {}", &body[..40]);
        assert!(!findings.is_empty());
    }
}

/// RULES.md documents every rule of the table under its code, with its name, default
/// severity and scope.
#[test]
fn rules_md_documents_every_rule() {
    let doc = fs::read_to_string(root().join("RULES.md")).unwrap();
    for rule in RULES {
        let scope = match rule.scope {
            minutes::check::Scope::Minutes => "minutes",
            minutes::check::Scope::All => "all",
        };
        let want = format!(
            "### {}\n\n**{}** · {} · {scope}.",
            rule.code,
            rule.name,
            rule.severity.as_str()
        );
        assert!(doc.contains(&want), "RULES.md lacks {want:?}");
    }
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    for rule in RULES {
        let scope = if rule.scope == minutes::check::Scope::All { "all" } else { "minutes" };
        let row = format!(
            "| [{}](RULES.md#{}) | {} | {} | {scope} | {} |",
            rule.code,
            rule.code.to_lowercase(),
            rule.name,
            rule.severity.as_str(),
            rule.summary
        );
        assert!(readme.contains(&row), "README.md lacks {row:?}");
    }
}
