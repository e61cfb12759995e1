//! Golden tests: whole records for every text fixture, the seed documents' gold facts, the
//! style fixtures' facts, and the text renditions of the seeds.
//!
//! Expected records live in `fixtures/expected/<name>.json`. After a deliberate change to the
//! output, regenerate them with `MINUTES_BLESS=1 cargo test --test golden` and review the
//! diff (`git diff fixtures/expected`).

mod facts;

use minutes::model::Record;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The record for a fixture, with `source.path` relative to the repository.
fn record(rel: &str) -> Record {
    let path = root().join(rel);
    let mut r = minutes::process_path(&path, &Default::default());
    r.source.path = rel.to_string();
    r
}

fn text_fixtures() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["fixtures/seeds", "fixtures/styles"] {
        let mut names: Vec<String> = std::fs::read_dir(root().join(dir))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        names.sort();
        out.extend(names.into_iter().map(|n| format!("{dir}/{n}")));
    }
    out
}

fn stem(rel: &str) -> String {
    let name =
        Path::new(rel).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    name.split('.').next().unwrap_or_default().to_string()
}

#[test]
fn golden_records() {
    let bless = std::env::var_os("MINUTES_BLESS").is_some();
    let dir = root().join("fixtures/expected");
    std::fs::create_dir_all(&dir).expect("create fixtures/expected");
    let mut failures = Vec::new();
    for rel in text_fixtures() {
        let got = serde_json::to_string_pretty(&record(&rel)).expect("serialise") + "\n";
        let file = dir.join(format!("{}.json", stem(&rel)));
        if bless {
            std::fs::write(&file, &got).expect("write expected record");
            continue;
        }
        match std::fs::read_to_string(&file) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!(
                "{rel}: record differs from {}\n{}",
                file.display(),
                first_difference(&want, &got)
            )),
            Err(e) => {
                failures.push(format!("{rel}: {}: {e} (run with MINUTES_BLESS=1)", file.display()))
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n\nIf the change is intended: MINUTES_BLESS=1 cargo test --test golden",
        failures.join("\n\n")
    );
}

fn first_difference(want: &str, got: &str) -> String {
    for (k, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n  expected: {w}\n       got: {g}", k + 1);
        }
    }
    format!("lengths differ: expected {} lines, got {}", want.lines().count(), got.lines().count())
}

/// Every fact in the hand annotations of the five seed documents holds.
#[test]
fn seed_gold_facts() {
    let mut report = Vec::new();
    for n in ["000", "001", "002", "003", "004"] {
        let rec = record(&format!("fixtures/seeds/{n}.txt"));
        let gold = facts::load(&root().join(format!("fixtures/gold/{n}.json")));
        let score = facts::score(&rec, &gold);
        for (field, f1, detail) in &score.fields {
            if *f1 < 1.0 {
                report.push(format!("{n} {field}: F1 {f1:.2}\n{detail}"));
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// The later style batches, each written blind to the code before the rules it then
/// informed: (file-name prefix, floor for each document, floor for the batch's mean, what the
/// batch scored blind). The floors catch regressions; they are not the targets.
const BATCHES: &[(&str, f64, f64, &str)] = &[
    ("b2-", 0.20, 0.80, "0.75; hostile layouts: a PDF flattened column by column, Markdown"),
    ("b3-", 0.60, 0.90, "0.860, 0.893 with three body facts corrected to the convention"),
    ("b4-", 0.70, 0.88, "0.858"),
    ("b5-", 0.75, 0.94, "0.875"),
    ("b6-", 0.75, 0.94, "0.804; 0.870 after its item and decision rules"),
    ("b7-", 0.75, 0.92, "0.910; 0.922 with the sixth batch's attendance rules"),
    (
        "b8-",
        0.90,
        0.97,
        "0.834; 0.928 after its attendance rules, 1.000 after its meeting, item and decision rules",
    ),
    (
        "b9-",
        0.95,
        0.99,
        "0.898, with and without the eighth batch's rules; 0.940 after its first attendance rules, 0.996 after its meeting, item and decision rules",
    ),
    (
        "b10-",
        0.75,
        0.99,
        "0.896, also with the b9 rules; 0.959 after its attendance rules, 0.962 after its decision rules, 0.997 after the b12 body, item and decision rules",
    ),
    (
        "b11-",
        0.40,
        0.99,
        "0.759; 0.773 with the b10 attendance rules; 0.904 after its kind, body and item rules, 0.910 after its decision rules, 0.936 with the town-meeting motions and spaced column headings, 0.941 with the b12 decision rules, 0.999 after its attendance rules",
    ),
    (
        "b12-",
        0.60,
        0.98,
        "0.863; IDB, unitary, fire report, governors, county planning, Irish county and MD, Texas, US planning, select board, NZ agenda, Quebec; 0.928 after its body, kind, item and decision rules, 0.988 after its attendance rules",
    ),
    (
        "b13-",
        0.50,
        0.96,
        "0.835; university senate, US HOA, Scottish licensing, parish, NSW audit committee, Isle of Man commissioners, allotment e-mail notes, US library board, Kenyan county assembly, national landscape JAC, US county agenda, NHS performance report; 0.935 after its body, item and motion rules, 0.978 after its attendance and decision rules",
    ),
    (
        "b14-",
        0.55,
        0.99,
        "0.860; county full council, town finance committee, Welsh cabinet, harbour trust, Texas city council, Saskatchewan town, Scottish CC informal, Irish ETB, combined authority agenda, MAT report, trade union branch, NI planning committee; 0.924 after its body and item rules and the b11-b12 attendance rules, 0.997 after its kind, attendance and decision rules",
    ),
    (
        "b15-",
        0.55,
        0.98,
        "0.919; US city council (pdftotext raw), US county commissioners (pdftotext -layout, margin captions), US board of education, English parish, district planning, Irish municipal district, Scottish committee, Western Australian shire, Ontario town, police and crime panel, Welsh town council, borough committee agenda",
    ),
    (
        "b18-",
        0.50,
        0.99,
        "0.866; Legistar US city committee, ModernGov web page, CivicPlus village board, Irish county monthly (PDF text), e-mailed friends-of-park notes, NZ district committee, NI borough council, NHS ICB committee (pipe tables), BC regional district board, parish annual meeting",
    ),
    (
        "b19-",
        0.50,
        0.97,
        "0.953; English county scrutiny (ModernGov PDF text), Welsh county borough planning, Scottish licensing board, Irish municipal district, Ohio township trustees, English town planning committee (one fact corrected to the README's 'starting at to' after scoring; see its notes)",
    ),
    (
        "b21-",
        0.50,
        0.99,
        "0.932; English parish (clerk's Word text), Scottish community council, county cabinet (ModernGov PDF text), Iowa school board, Irish municipal district ('MD.45/24'), Manitoba town council, NHS council of governors, Welsh town council (bilingual labels); 0.994 after the twelfth session's rules",
    ),
    (
        "b23-",
        0.50,
        0.97,
        "0.857 (scored after the thirteenth session's first decision rules); NZ city community board, Nova Scotia county council, Louisiana police jury (unheaded prose), borough planning sub-committee (ModernGov PDF text), English parish, Welsh health board committee (bilingual), Irish regional health forum, Scottish valuation joint board; 0.983 after the thirteenth session's rules",
    ),
    (
        "b25-",
        0.95,
        0.99,
        "0.914; mayoral combined authority scrutiny, California school board, Saskatchewan rural municipality (margin captions), Irish municipal district (web copy), English parish, NHS foundation trust board, Victorian shire council, Scottish education committee; 1.000 after the fourteenth session's rules",
    ),
    (
        "b27-",
        0.50,
        0.95,
        "0.879; Northern Ireland district committee ('E.118/25'), Kansas county commission (capital headings), English county cabinet, NZ regional council committee (one-line mover / seconder / outcome), Welsh community council (informal), academy trust board; 0.962 after the fourteenth session's rules",
    ),
    (
        "b28-",
        0.50,
        0.95,
        "0.902; English licensing sub-committee, Iowa county supervisors ('On motion of X, seconded by Y, the Board approved'), Irish strategic policy committee, Western Australian shire (approved leave of absence), crematorium joint committee (a table with a drawn rule), Welsh primary school governing body; 0.965 after the fifteenth session's rules",
    ),
    (
        "b29-",
        0.50,
        0.95,
        "0.905; Washington city council (prose roll call, consent entries '7.A'), English schools forum (flattened members table), Irish local community development committee (members by strand), Newfoundland town council (motion blocks), county pension fund committee (initials and surnames), Connecticut zoning board of appeals (alternates seated); 0.987 after the sixteenth session's rules",
    ),
    (
        "b31-",
        0.90,
        0.98,
        "0.888; Scottish community council (formal sederunt, 'CC/24/031'), Tennessee regional planning commission (transcript prose, surname roll call), Welsh town council ('Cyng.', resolutions in running prose), NZ primary school board (motion blocks, one-line mover / seconder / outcome), English SACRE (members by groups A-D), Irish municipal district annual meeting (elections, 'proposed ..., seconded ... and agreed'); 1.000 after the seventeenth session's rules",
    ),
    (
        "b33-",
        0.90,
        0.98,
        "0.894; NSW shire ordinary meeting (resolution blocks 'Moved Cr X / Seconded Cr Y', leave of absence), NHS foundation trust board (directors by type, 'BoD 24/108', APPROVED / RESOLVED to), California city council (roster, roll call by surname, AYES / NOES / ABSTAIN blocks), Irish education and training board (prose attendance, 'the Board agreed'), village hall trustees (initials in brackets, 'it was agreed'), BC regional district board (MOVED by / SECONDED by / THAT / CARRIED, alternate directors); 1.000 after the eighteenth session's rules",
    ),
    (
        "b35-",
        0.95,
        0.99,
        "0.943; Scottish council committee (run-in 'Present:-' paragraph, surnames only, 'A25/031' refs, 'The Committee resolved:-' roman clauses, division), US state harness racing commission (agenda list not items, 'ITEM n:' taken out of order, 'On a motion by ..., the Commission voted 4-0 to'), English parish council (running minute numbers '2415.', 'It was resolved' in prose, minute-book footer), Tasmanian council special committee (Present and Apologies side by side in space columns, 'DECISION:' blocks), Irish housing association board (unnumbered capitals headings, 'DECISION: The Board approved', ACTION lines), BC regional library board (trustees by municipality, consent agenda, 'R25-0NN' resolutions); 0.996 after the nineteenth session's rules",
    ),
    (
        "b37-",
        0.80,
        0.95,
        "0.740; US county planning commission as pdftotext -layout gives a pleading-paper PDF (margin line numbers, members and staff side by side, right-aligned vote tallies), Welsh county borough governance and audit committee (bilingual labels, 'Cyng. / Cllr', 'PENDERFYNWYD / RESOLVED'), English port health authority (members under 'Representing X Council' headings, '31 -- TITLE' minute numbers, 'Resolved – That'), Irish regional assembly (members by council in a label column, 'Proposed by ..., seconded by ..., it was agreed'), Northern Territory city council committee ('The Right Worshipful Lord Mayor', 'Member X', 'FGC/2025/0nn' resolutions), Illinois library district board (prose roll call by office and surname); 0.997 after the nineteenth session's rules",
    ),
];

/// Word and PDF documents written blind (`fixtures/documents`: each `.docx`, the `.pdf`
/// LibreOffice made of it, and one facts file for both): per batch, the per-document floor,
/// the floor on the batch's macro-F1 in each format, and how the batch scored when it
/// arrived.
const DOCUMENT_BATCHES: &[(&str, f64, f64, &str)] = &[
    (
        "b16-",
        0.50,
        0.98,
        "0.856 (docx) and 0.852 (pdf); county cabinet, town council, Irish city council, US city council, Scottish CC informal, NHS trust board, parish council, school governing board; 0.996 and 0.992 after the eleventh session's rules",
    ),
    (
        "b17-",
        0.50,
        0.98,
        "0.890 (docx) and 0.883 (pdf); ModernGov borough executive, Irish county council, US county supervisors, Queensland regional council, district planning, housing association board, Welsh community council (bilingual), town council extraordinary meeting",
    ),
    (
        "b20-",
        0.90,
        0.98,
        "0.890 (docx) and 0.891 (pdf); parish council, district committee, Irish municipal district (motion tables), US city council (roll-call table), NSW shire council, NHS trust board; 0.989 and 0.988 after the thirteenth session's rules",
    ),
    (
        "b22-",
        0.50,
        0.96,
        "0.876 (docx) and 0.879 (pdf); district planning committee, town council, Irish county council (proposer/seconder tables), Minnesota county board, Victorian shire council, NHS integrated care board (name only in the first page's header); 0.993 and 0.954 after the twelfth session's rules",
    ),
    (
        "b24-",
        0.90,
        0.99,
        "0.925 (docx) and 0.885 (pdf); county scrutiny (ModernGov Word export), parish council (clerk's template, minute/action table), NZ district council (decision-box tables), Kansas city commission (X-mark roll call), Scottish transport partnership (sederunt table), safeguarding adults board (name/role/organisation tables); 0.999 and 0.995 after the thirteenth session's rules",
    ),
    (
        "b26-",
        0.80,
        0.95,
        "0.955 (docx) and 0.870 (pdf); district planning committee, Washington city council (X-mark roll call), Irish education and training board, hospice board of trustees, Welsh town council (two-column section), further education college corporation; 0.978 and 0.957 after the fourteenth session's rules",
    ),
    (
        "b30-",
        0.50,
        0.90,
        "0.920 (docx) and 0.833 (pdf); unitary council scrutiny (ModernGov Word export), Oregon school district board (name/position/present/absent table), Irish local community development committee (member/sector table), NSW regional council (resolution blocks, division table), housing association board (name/role/attendance table); 0.970 and 0.943 after the sixteenth session's rules",
    ),
    (
        "b32-",
        0.90,
        0.98,
        "0.969 (docx) and 0.978 (pdf); Northern Ireland district committee (present / in attendance table, 'Agreed:'), Ontario municipal council (resolution tables, recorded vote), English combined authority (member / representing table), Illinois park district board (office / present / absent roll call), university board of governors (name / category table, KPI table); 1.000 and 1.000 after the seventeenth session's rules",
    ),
    (
        "b34-",
        0.80,
        0.95,
        "0.861 (docx) and 0.848 (pdf); Welsh county cabinet (name / portfolio table, Word-lettered RESOLVED clauses), Irish county council monthly meeting (attendance in one paragraph, 'MM/24/118' in a borderless table, 'On the proposal of'), Iowa county board of supervisors (PROCEEDINGS heading, roll-call table, 'Motion by X, second by Y'), English academy trust (labelled attendance, apologies 'not received', 'Trustees RESOLVED to'), NZ regional council committee (single-cell resolution boxes); 1.000 and 0.973 after the eighteenth session's rules (the academy trust's PDF runs its attendance labels together)",
    ),
    (
        "b36-",
        0.95,
        0.98,
        "0.922 (docx) and 0.917 (pdf); Scottish council area committee (Present and Apologies side by side in one table, merged 'In Attendance:' row), New York town board (tick-column roll-call register, WHEREAS / RESOLVED with Word-lettered clauses), English fire authority audit committee (register table with appointed-by, party and code columns, a substitute inside the member's cell, 'FA25/047' refs), Alberta municipal district council (division / name / title table, 'MOTION 2026-0NN', moved with no seconder), Tasmanian council ordinary meeting (councillor / position / attendance-status table with leave of absence, for/against vote tables); 1.000 and 0.996 after the nineteenth session's rules",
    ),
];

/// The Word and PDF documents meet their facts, each batch and format on its own.
#[test]
fn document_fixture_facts() {
    let dir = root().join("fixtures/documents");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("fixtures/documents: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".facts.json"))
        .collect();
    names.sort();
    let mut weak = Vec::new();
    for (prefix, doc_floor, batch_floor, blind) in DOCUMENT_BATCHES {
        let batch: Vec<&String> = names.iter().filter(|n| n.starts_with(prefix)).collect();
        assert!(
            batch.len() >= 5,
            "expected at least 5 documents in {prefix}, found {}",
            batch.len()
        );
        for ext in ["docx", "pdf"] {
            let mut scores = Vec::new();
            for facts_name in &batch {
                let stem = facts_name.trim_end_matches(".facts.json");
                let rel = format!("fixtures/documents/{stem}.{ext}");
                let gold = facts::load(&dir.join(facts_name.as_str()));
                let m = facts::score(&record(&rel), &gold).macro_f1();
                eprintln!("{m:.3} {rel}");
                if m < *doc_floor {
                    weak.push(format!("{rel}: {m:.3}"));
                }
                scores.push(m);
            }
            let mean = scores.iter().sum::<f64>() / scores.len() as f64;
            assert!(
                mean >= *batch_floor,
                "macro-F1 over the {prefix} {ext} documents is {mean:.3}, under {batch_floor} (blind: {blind})"
            );
        }
    }
    assert!(weak.is_empty(), "documents under their floor:\n{}", weak.join("\n"));
}

/// The style fixtures (other councils' layouts) meet their facts. The first batch
/// (`fixtures/styles/*.txt` without a batch prefix) was written first and the rules were
/// developed against it; the later ones are in [`BATCHES`].
#[test]
fn style_fixture_facts() {
    let mut first = Vec::new();
    let mut batches: Vec<Vec<f64>> = vec![Vec::new(); BATCHES.len()];
    let mut weak = Vec::new();
    let mut table = Vec::new();
    for rel in text_fixtures().into_iter().filter(|r| r.starts_with("fixtures/styles/")) {
        let facts_path = root().join(rel.replace(".txt", ".facts.json"));
        let gold = facts::load(&facts_path);
        let score = facts::score(&record(&rel), &gold);
        let m = score.macro_f1();
        table.push(format!("{m:.3} {rel}"));
        let name = rel.trim_start_matches("fixtures/styles/");
        let batch = BATCHES.iter().position(|b| name.starts_with(b.0));
        let floor = batch.map_or(0.85, |k| BATCHES[k].1);
        if m < floor {
            let details: Vec<String> = score
                .fields
                .iter()
                .filter(|f| f.1 < 1.0)
                .map(|f| format!("  {} {:.2}\n{}", f.0, f.1, f.2))
                .collect();
            weak.push(format!("{rel}: {m:.3}\n{}", details.join("\n")));
        }
        match batch {
            Some(k) => batches[k].push(m),
            None => first.push(m),
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    eprintln!("{}", table.join("\n"));
    assert!(first.len() >= 15, "expected at least 15 style fixtures, found {}", first.len());
    assert!(weak.is_empty(), "documents under their floor:\n{}", weak.join("\n"));
    assert!(
        mean(&first) >= 0.97,
        "macro-F1 over the first style batch is {:.3}, under 0.97",
        mean(&first)
    );
    for ((prefix, _, floor, blind), scores) in BATCHES.iter().zip(&batches) {
        assert!(!scores.is_empty(), "no fixtures in batch {prefix}");
        assert!(
            mean(scores) >= *floor,
            "macro-F1 over batch {prefix} is {:.3}, under {floor} (blind: {blind})",
            mean(scores)
        );
    }
}

/// Clears what depends on the file's bytes rather than its content: `source` and the ids.
fn forget_file(record: &mut Record) {
    record.source = Default::default();
    record.id = None;
    for item in &mut record.items {
        item.id.clear();
    }
}

/// The Windows-1252, UTF-16 and CRLF renditions give the seed's record, apart from `source`
/// and the ids (which come from the bytes).
#[test]
fn text_renditions_match_the_seed() {
    let mut failures = Vec::new();
    for n in ["000", "001", "002", "003", "004"] {
        let mut want = record(&format!("fixtures/seeds/{n}.txt"));
        forget_file(&mut want);
        for (variant, encoding) in
            [("cp1252", "windows-1252"), ("utf16", "utf-16le"), ("crlf", "utf-8")]
        {
            let rel = format!("fixtures/renditions/{n}.{variant}.txt");
            let mut got = record(&rel);
            if got.source.encoding.as_deref() != Some(encoding) {
                failures.push(format!(
                    "{rel}: encoding {:?}, expected {encoding}",
                    got.source.encoding
                ));
            }
            forget_file(&mut got);
            if got != want {
                let w = serde_json::to_string_pretty(&want).unwrap_or_default();
                let g = serde_json::to_string_pretty(&got).unwrap_or_default();
                failures.push(format!(
                    "{rel}: record differs from seed {n}\n{}",
                    first_difference(&w, &g)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The gold rules out: attendance for the report, items for 001's numbered questions, a
/// percentage for "17.5".
#[test]
fn seed_traps() {
    let r000 = record("fixtures/seeds/000.txt");
    assert_eq!(r000.kind, minutes::model::Kind::Report);
    assert!(r000.attendance.is_empty());
    assert!(r000.items.iter().all(|i| i.decisions.is_empty()));
    let r001 = record("fixtures/seeds/001.txt");
    assert!(r001.items.iter().all(|i| !i.title.contains('?')), "numbered questions became items");
    assert!(r001.percentages.is_empty(), "money became a percentage");
    let r002 = record("fixtures/seeds/002.txt");
    assert!(!r002.attendance.iter().any(|a| a.name == "Jayne Rear"
        && a.status != minutes::model::AttendanceStatus::Apologies
        && a.status != minutes::model::AttendanceStatus::Absent));
    let williamson =
        r002.attendance.iter().find(|a| a.name == "Phillippa Williamson").expect("Williamson");
    assert_eq!(williamson.status, minutes::model::AttendanceStatus::Substitute);
    assert_eq!(williamson.on_behalf_of.as_deref(), Some("Jayne Rear"));
    assert_eq!(r002.items[5].actions.len(), 1, "item 6's Action: block");
    assert!(r002.items[5].decisions.is_empty());
    let r004 = record("fixtures/seeds/004.txt");
    assert!(r004.percentages.is_empty(), "17.5 is an age");
    let chair = r004.attendance.iter().find(|a| a.name == "B. Seaton").expect("Seaton");
    assert_eq!(chair.role, Some(minutes::model::Role::Chair));
    assert_eq!(chair.honorific.as_deref(), Some("Mrs"));
    assert_eq!(chair.post_nominals.as_deref(), Some("CC"));
}

/// Evidence offsets point at the value in the normalised text.
#[test]
fn evidence_points_at_the_text() {
    let rec = record("fixtures/seeds/002.txt");
    let bytes = std::fs::read(root().join("fixtures/seeds/002.txt")).expect("read");
    let doc = minutes::ingest::ingest(&bytes, Some("txt"), &Default::default()).expect("ingest");
    let chars: Vec<char> = doc.text.chars().collect();
    let at = |e: &minutes::model::Evidence| {
        chars[e.char_start as usize..e.char_end as usize].iter().collect::<String>()
    };
    for p in &rec.percentages {
        assert_eq!(at(&p.evidence), p.raw);
    }
    for a in &rec.attendance {
        assert!(at(&a.evidence).contains(&a.name), "{} not in {:?}", a.name, at(&a.evidence));
    }
    for i in &rec.items {
        assert!(at(&i.evidence).contains(&i.title), "{} not in {:?}", i.title, at(&i.evidence));
        let line = doc.text.lines().nth(i.evidence.line as usize - 1).unwrap_or_default();
        assert!(
            i.title.starts_with(line.trim()) || line.contains(i.number.as_deref().unwrap_or(""))
        );
    }
}
