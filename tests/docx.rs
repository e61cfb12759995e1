//! DOCX ingester, end to end: the seed renditions against their seed text, fixtures built
//! with docx-rs's writer (numbering with restarts and overrides, numbering from a style,
//! tracked changes, fields, header/footer/footnote, merged and nested table cells), the
//! committed LibreOffice text exports, and damaged or hostile packages (mutations, bombs).
//!
//! `cargo test --test docx -- --ignored regenerate_fixtures` rewrites `fixtures/docx/*.docx`;
//! `scripts/docx_lo_exports.sh` then rewrites `fixtures/docx/lo/*.txt`.

#[path = "facts/mod.rs"]
#[allow(dead_code)]
mod facts;

use docx_rs::{
    AbstractNumbering, BreakType, Delete, FieldCharType, Footer, Footnote, Header, Hyperlink,
    HyperlinkType, IndentLevel, Insert, InstrText, Level, LevelJc, LevelOverride, LevelSuffixType,
    LevelText, MoveFrom, MoveTo, NumberFormat, Numbering, NumberingId, Paragraph, Run, Start,
    Style, StyleType, Sym, Table, TableCell, TableRow, VMergeType,
};
use minutes::ingest::{IngestError, IngestOptions, docx};
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn text(bytes: &[u8]) -> String {
    match docx::ingest(bytes, &IngestOptions::default()) {
        Ok(doc) => {
            assert!(!doc.incomplete, "unexpectedly incomplete: {:?}", doc.warnings);
            doc.text
        }
        Err(e) => panic!("ingest failed: {e}"),
    }
}

fn pack(d: docx_rs::Docx) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    d.build().pack(&mut out).expect("docx-rs packs");
    out.into_inner()
}

/// Rewrites one part of a package (docx-rs cannot write everything Word writes).
fn patch(bytes: &[u8], part: &str, f: impl Fn(&str) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("name").to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).expect("read");
        if name == part {
            data = f(&String::from_utf8(data).expect("utf8")).into_bytes();
        }
        out.start_file(name, opts).expect("start");
        out.write_all(&data).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

/// A package made of the given parts, stored uncompressed.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in parts {
        out.start_file(*name, opts).expect("start");
        out.write_all(data).expect("write");
    }
    out.finish().expect("finish").into_inner()
}

/// The parts of a package.
fn parts_of(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).expect("entry");
            let mut data = Vec::new();
            entry.read_to_end(&mut data).expect("read");
            (entry.name().expect("name").to_string(), data)
        })
        .collect()
}

fn p(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

fn level(ilvl: usize, start: usize, fmt: &str, text: &str) -> Level {
    Level::new(
        ilvl,
        Start::new(start),
        NumberFormat::new(fmt),
        LevelText::new(text),
        LevelJc::new("left"),
    )
}

fn numbered(text: &str, num: usize, ilvl: usize) -> Paragraph {
    p(text).numbering(NumberingId::new(num), IndentLevel::new(ilvl))
}

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

/// Nested clauses: decimal / (letter) / roman) levels, restarts, a second list instance with
/// a start override, a level-replacing override, lvlRestart 0, "%1.%2", isLgl, and the other
/// formats.
fn numbering_fixture() -> Vec<u8> {
    let clauses = AbstractNumbering::new(11)
        .add_level(level(0, 1, "decimal", "%1."))
        .add_level(level(1, 1, "lowerLetter", "(%2)"))
        .add_level(level(2, 1, "lowerRoman", "%3)"))
        .add_level(level(3, 1, "decimal", "%1.%4").level_restart(0))
        .add_level(level(4, 1, "upperRoman", "%2.%5").is_lgl());
    let others = AbstractNumbering::new(12)
        .add_level(level(0, 1, "upperLetter", "%1."))
        .add_level(level(1, 1, "upperRoman", "%2."))
        .add_level(level(2, 1, "decimalZero", "%3"))
        .add_level(level(3, 1, "bullet", "\u{F0B7}"))
        .add_level(level(4, 1, "none", ""))
        .add_level(level(5, 3, "decimal", "Item %6:").suffix(LevelSuffixType::Nothing));
    pack(
        docx_rs::Docx::new()
            .add_abstract_numbering(clauses)
            .add_abstract_numbering(others)
            .add_numbering(Numbering::new(11, 11))
            .add_numbering(Numbering::new(12, 11).add_override(LevelOverride::new(0).start(7)))
            .add_numbering(Numbering::new(13, 12))
            .add_numbering(Numbering::new(14, 11).add_override(LevelOverride::new(0).level(level(
                0,
                20,
                "upperLetter",
                "Part %1",
            ))))
            .add_paragraph(p("Agenda"))
            .add_paragraph(numbered("Apologies", 11, 0))
            .add_paragraph(numbered("Minutes", 11, 0))
            .add_paragraph(numbered("That the minutes be approved.", 11, 1))
            .add_paragraph(numbered("That the chair sign them.", 11, 1))
            .add_paragraph(numbered("first sub-clause", 11, 2))
            .add_paragraph(numbered("second sub-clause", 11, 2))
            .add_paragraph(numbered("Planning", 11, 0))
            .add_paragraph(numbered("Letters restart after a higher level.", 11, 1))
            .add_paragraph(numbered("Never restarts (1)", 11, 3))
            .add_paragraph(numbered("Legal numbering", 11, 4))
            .add_paragraph(numbered("Budget", 12, 0))
            .add_paragraph(numbered("Precept", 12, 0))
            .add_paragraph(numbered("Highways", 11, 0))
            .add_paragraph(numbered("Never restarts (2)", 11, 3))
            .add_paragraph(numbered("Upper letter", 13, 0))
            .add_paragraph(numbered("Upper roman", 13, 1))
            .add_paragraph(numbered("Zero padded", 13, 2))
            .add_paragraph(numbered("A bullet", 13, 3))
            .add_paragraph(numbered("No label", 13, 4))
            .add_paragraph(numbered("starts at three", 13, 5))
            .add_paragraph(numbered("Appendix", 14, 0)),
    )
}

const NUMBERING_TEXT: &str = "Agenda\n\n1. Apologies\n\n2. Minutes\n\n(a) That the minutes be \
approved.\n\n(b) That the chair sign them.\n\ni) first sub-clause\n\nii) second sub-clause\n\n3. \
Planning\n\n(a) Letters restart after a higher level.\n\n3.1 Never restarts (1)\n\n1.1 Legal \
numbering\n\n7. Budget\n\n8. Precept\n\n9. Highways\n\n9.2 Never restarts (2)\n\nA. Upper \
letter\n\nI. Upper roman\n\n01 Zero padded\n\n• A bullet\n\nNo label\n\nItem 3:starts at \
three\n\nPart J Appendix";

/// Numbering that comes from paragraph styles (and a `basedOn` chain), with a paragraph that
/// switches it off.
fn style_numbering_fixture() -> Vec<u8> {
    let list = AbstractNumbering::new(11)
        .add_level(level(0, 8, "decimal", "%1.").paragraph_style("Item"))
        .add_level(level(1, 1, "lowerLetter", "(%2)").paragraph_style("Clause"));
    let d = docx_rs::Docx::new()
        .add_style(Style::new("Item", StyleType::Paragraph).name("Item"))
        .add_style(Style::new("Clause", StyleType::Paragraph).name("Clause").based_on("Item"))
        .add_style(
            Style::new("Resolution", StyleType::Paragraph).name("Resolution").based_on("Clause"),
        )
        .add_abstract_numbering(list)
        .add_numbering(Numbering::new(11, 11))
        .add_paragraph(p("Parish Council"))
        .add_paragraph(p("Minutes").style("Item"))
        .add_paragraph(p("RESOLVED: That the minutes be signed.").style("Clause"))
        .add_paragraph(p("That the clerk write to the county.").style("Resolution"))
        .add_paragraph(p("Finance").style("Item"))
        .add_paragraph(
            p("Not numbered here")
                .style("Item")
                .numbering(NumberingId::new(0), IndentLevel::new(0)),
        );
    // docx-rs writes no numPr in styles: add them as Word does.
    patch(&pack(d), "word/styles.xml", |s| {
        s.replacen(
            "<w:name w:val=\"Item\" />",
            "<w:name w:val=\"Item\" /><w:pPr><w:numPr><w:numId w:val=\"11\" /></w:numPr></w:pPr>",
            1,
        )
        .replacen(
            "<w:name w:val=\"Clause\" />",
            "<w:name w:val=\"Clause\" /><w:pPr><w:numPr><w:ilvl w:val=\"1\" /></w:numPr></w:pPr>",
            1,
        )
    })
}

const STYLE_NUMBERING_TEXT: &str = "Parish Council\n\n8. Minutes\n\n(a) RESOLVED: That the minutes \
be signed.\n\n(b) That the clerk write to the county.\n\n9. Finance\n\nNot numbered here";

/// Numbering from a style defined after 100 KiB of other styles (past the prefix of
/// `styles.xml` read first).
#[test]
fn style_numbering_beyond_the_styles_prefix() {
    let filler: String = (0..1500)
        .map(|i| format!("<w:style w:type=\"paragraph\" w:styleId=\"Filler{i}\"><w:name w:val=\"Filler {i}\" /><w:basedOn w:val=\"Normal\" /></w:style>"))
        .collect();
    let bytes = patch(&style_numbering_fixture(), "word/styles.xml", |s| {
        let at = s.find("<w:style w:type=\"paragraph\" w:styleId=\"Item\"").expect("Item style");
        format!("{}{filler}{}", &s[..at], &s[at..])
    });
    assert!(parts_of(&bytes).iter().any(|(n, d)| n == "word/styles.xml" && d.len() > 100_000));
    assert_eq!(text(&bytes), STYLE_NUMBERING_TEXT);
}

/// Tracked insertions, deletions, a move, a deleted paragraph mark, formatting history.
fn tracked_fixture() -> Vec<u8> {
    let d = docx_rs::Docx::new()
        .add_paragraph(
            p("RESOLVED: That the budget of ")
                .add_delete(Delete::new().add_run(Run::new().add_delete_text("£1,000")))
                .add_insert(Insert::new(Run::new().add_text("£1,200")).author("Clerk"))
                .add_run(Run::new().add_text(" be approved.")),
        )
        .add_paragraph(
            p("Item moved: ")
                .add_move_from(MoveFrom::new().add_run(Run::new().add_text("old place")))
                .add_move_to(MoveTo::new(Run::new().add_text("new place"))),
        )
        .add_paragraph(p("This paragraph continues ").delete("Clerk", "2024-01-01T00:00:00Z"))
        .add_paragraph(p("on the next one."))
        .add_paragraph(p("Kept."));
    patch(&pack(d), "word/document.xml", |s| {
        // MoveFrom text as Word writes it (w:delText inside w:moveFrom is also fine).
        s.replacen(
            "<w:t xml:space=\"preserve\">Kept.</w:t>",
            "<w:t xml:space=\"preserve\">Kept.</w:t></w:r><w:del w:id=\"90\" w:author=\"a\"><w:r><w:delText>Removed words.</w:delText></w:r></w:del><w:r>",
            1,
        )
    })
}

const TRACKED_TEXT: &str = "RESOLVED: That the budget of £1,200 be approved.\n\nItem moved: new \
place\n\nThis paragraph continues on the next one.\n\nKept.";

/// Fields, hyperlinks, symbols, tabs and breaks; a header, a footer and a footnote that must
/// stay out of the body.
fn fields_fixture() -> Vec<u8> {
    let d = docx_rs::Docx::new()
        .header(Header::new().add_paragraph(p("HEADER Borough Council")))
        .footer(Footer::new().add_paragraph(p("FOOTER Page")))
        .add_paragraph(
            p("Meeting held on ")
                .add_run(Run::new().add_field_char(FieldCharType::Begin, false))
                .add_run(
                    Run::new()
                        .add_instr_text(InstrText::Unsupported("DATE \\@ \"d MMMM yyyy\"".into())),
                )
                .add_run(Run::new().add_field_char(FieldCharType::Separate, false))
                .add_run(Run::new().add_text("3 March 2021"))
                .add_run(Run::new().add_field_char(FieldCharType::End, false))
                .add_run(Run::new().add_text(".")),
        )
        .add_paragraph(
            p("See ")
                .add_hyperlink(
                    Hyperlink::new("https://example.org", HyperlinkType::External)
                        .add_run(Run::new().add_text("the council website")),
                )
                .add_run(Run::new().add_text(" for papers.")),
        )
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_sym(Sym::new("Symbol", "F0B7")))
                .add_run(Run::new().add_tab().add_text("Wingdings bullet item")),
        )
        .add_paragraph(
            p("Line one")
                .add_run(Run::new().add_break(BreakType::TextWrapping).add_text("line two"))
                .add_run(Run::new().add_break(BreakType::Page).add_text("after page break")),
        )
        .add_paragraph(
            p("Footnoted")
                .add_run(
                    Run::new()
                        .add_footnote_reference(Footnote::new().add_content(p("FOOTNOTE text"))),
                )
                .add_run(Run::new().add_text(" sentence.")),
        );
    patch(&pack(d), "word/document.xml", |s| {
        s.replacen(
            "<w:t xml:space=\"preserve\">Line one</w:t>",
            "<w:t xml:space=\"preserve\">Line one co</w:t><w:softHyphen/><w:t>op</w:t><w:noBreakHyphen/><w:t>run</w:t>",
            1,
        )
        .replacen(
            "<w:t xml:space=\"preserve\"> for papers.</w:t>",
            "<w:t xml:space=\"preserve\"> for papers.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\"> HIDDEN text</w:t>",
            1,
        )
        .replacen(
            "<w:t xml:space=\"preserve\">See </w:t>",
            "<w:t xml:space=\"preserve\">See </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> </w:t>",
            1,
        )
    })
}

const FIELDS_TEXT: &str = "Meeting held on 3 March 2021.\n\nSee 2 the council website for \
papers.\n\n•\tWingdings bullet item\n\nLine one coop-run\nline two\nafter page break\n\nFootnoted \
sentence.";

/// An attendance table: a merged heading row, vertically merged group cells, two people in
/// one cell pair, a nested table, an empty row; then a numbered item inside a table.
fn table_fixture() -> Vec<u8> {
    let cell = |t: &str| TableCell::new().add_paragraph(p(t));
    let bullets = AbstractNumbering::new(11).add_level(
        level(0, 1, "bullet", "\u{F0B7}").fonts(docx_rs::RunFonts::new().ascii("Symbol")),
    );
    let items = AbstractNumbering::new(12).add_level(level(0, 5, "decimal", "%1."));
    let inner = Table::new(vec![
        TableRow::new(vec![cell("Officers"), cell("Role")]),
        TableRow::new(vec![cell("J. Clerk"), cell("Clerk")]),
    ]);
    let table = Table::new(vec![
        TableRow::new(vec![TableCell::new().add_paragraph(p("Members present")).grid_span(3)]),
        TableRow::new(vec![
            cell("Labour").vertical_merge(VMergeType::Restart),
            cell("Cllr A. Jones"),
            TableCell::new()
                .add_paragraph(p("Chair").numbering(NumberingId::new(11), IndentLevel::new(0))),
        ]),
        TableRow::new(vec![
            TableCell::new().add_paragraph(Paragraph::new()).vertical_merge(VMergeType::Continue),
            TableCell::new().add_paragraph(p("Cllr B. Smith")).add_paragraph(p("Cllr C. Brown")),
            TableCell::new()
                .add_paragraph(p("Vice-chair").numbering(NumberingId::new(11), IndentLevel::new(0)))
                .add_paragraph(p("Member").numbering(NumberingId::new(11), IndentLevel::new(0))),
        ]),
        TableRow::new(vec![cell(""), cell(""), cell("")]),
        TableRow::new(vec![
            TableCell::new().add_table(inner).add_paragraph(Paragraph::new()).grid_span(3),
        ]),
        TableRow::new(vec![
            TableCell::new().add_paragraph(numbered("Apologies", 12, 0)),
            cell("None received"),
            cell(""),
        ]),
    ]);
    pack(
        docx_rs::Docx::new()
            .add_abstract_numbering(bullets)
            .add_abstract_numbering(items)
            .add_numbering(Numbering::new(11, 11))
            .add_numbering(Numbering::new(12, 12))
            .add_paragraph(p("Present:"))
            .add_table(table)
            .add_paragraph(numbered("Minutes", 12, 0)),
    )
}

const TABLE_TEXT: &str = "Present:\n\nMembers present\nLabour\tCllr A. Jones\t• Chair\nCllr B. \
Smith\t• Vice-chair\nCllr C. Brown\t• Member\nOfficers\tRole\nJ. Clerk\tClerk\n5. \
Apologies\tNone received\n\n6. Minutes";

fn fixtures() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    vec![
        ("numbering", numbering_fixture(), NUMBERING_TEXT),
        ("style_numbering", style_numbering_fixture(), STYLE_NUMBERING_TEXT),
        ("tracked", tracked_fixture(), TRACKED_TEXT),
        ("fields", fields_fixture(), FIELDS_TEXT),
        ("tables", table_fixture(), TABLE_TEXT),
    ]
}

#[test]
fn built_fixtures_read_as_word_shows_them() {
    for (name, bytes, expected) in fixtures() {
        assert_eq!(text(&bytes), expected, "fixture {name} (built)");
        let committed = root().join(format!("fixtures/docx/{name}.docx"));
        if let Ok(bytes) = std::fs::read(&committed) {
            assert_eq!(text(&bytes), expected, "fixture {name} (committed)");
        }
    }
}

#[test]
#[ignore = "writes fixtures/docx/*.docx"]
fn regenerate_fixtures() {
    let dir = root().join("fixtures/docx");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (name, bytes, _) in fixtures() {
        std::fs::write(dir.join(format!("{name}.docx")), bytes).expect("write");
    }
}

// ---------------------------------------------------------------------------------------
// Seed renditions
// ---------------------------------------------------------------------------------------

fn renditions() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures/renditions"))
        .expect("renditions")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    v.sort();
    v
}

/// Words, lower-cased, bullets and punctuation-only tokens dropped.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Longest common subsequence length of two word lists.
fn lcs(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { cur[j].max(prev[j + 1]) };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] as usize
}

#[test]
fn renditions_match_their_seeds() {
    let label = regex::Regex::new(r"(?m)^[\s\-•·]*(\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s+(\w+)")
        .expect("regex");
    let image = regex::Regex::new(r"\[image:[^\]]*\]").expect("regex");
    assert!(renditions().len() >= 5);
    for path in renditions() {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let ours = text(&std::fs::read(&path).expect("read"));
        let seed = std::fs::read_to_string(root().join(format!("fixtures/seeds/{stem}.txt")))
            .expect("seed");
        // Seeds mark images as "[image: x.jpg]"; a DOCX has no text for them.
        let seed_clean = image.replace_all(&seed, "");
        let (a, b) = (words(&seed_clean), words(&ours));
        let common = lcs(&a, &b);
        let ratio = 2.0 * common as f64 / (a.len() + b.len()) as f64;
        assert!(ratio > 0.99, "{stem}: word-level similarity {ratio:.4}");
        // Every numbering label of the seed is in our text, with the word after it.
        let flat = ours.replace('\t', " ");
        for cap in label.captures_iter(&seed) {
            let want = format!("{} {}", &cap[1], &cap[2]);
            assert!(flat.contains(&want), "{stem}: label {want:?} missing");
        }
    }
}

#[test]
fn renditions_have_numbering_labels_and_attendee_rows() {
    let t = |n: &str| {
        text(&std::fs::read(root().join(format!("fixtures/renditions/{n}.docx"))).expect("read"))
    };
    let t004 = t("004");
    for want in [
        "\n8. Minutes.",
        "\n12. National requirements",
        "\ni) It was noted",
        "\nxii) While",
        "\n(a) That the presentations",
        "\n(b) That members",
    ] {
        assert!(t004.contains(want), "004 lacks {want:?}");
    }
    let t002 = t("002");
    for want in [
        "\nCounty Councillor Ian Brown\t• Lancashire County Council\n",
        "\nMaureen Huddleston\t• Clinical Commissioning Groups\nJenny Donnelly\t• Clinical Commissioning Groups\n",
        "\nMembers\n",
        "\nOther Attendees\n",
    ] {
        assert!(t002.contains(want), "002 lacks {want:?}");
    }
}

/// The pipeline gives the same facts from the DOCX as from the seed's own text.
#[test]
fn renditions_give_the_seed_facts() {
    let opts = IngestOptions::default();
    for path in renditions() {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let seed_path = root().join(format!("fixtures/seeds/{stem}.txt"));
        let from_docx =
            minutes::process_bytes("x.docx", &std::fs::read(&path).expect("read"), &opts);
        let from_txt =
            minutes::process_bytes("x.txt", &std::fs::read(&seed_path).expect("read"), &opts);
        // Decision texts may differ in markers the seed has and Word's numbering does not
        // ("- (a)" against "(a)"): their number is compared, their text by the gold test.
        let items = |r: &minutes::model::Record| {
            r.items.iter().map(|i| (i.number.clone(), i.decisions.len())).collect::<Vec<_>>()
        };
        // A DOCX table reads row by row, a flattened text export column by column: the same
        // people, maybe in another order.
        let names = |r: &minutes::model::Record| {
            let mut v = r.attendance.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
            v.sort();
            v
        };
        let pct = |r: &minutes::model::Record| {
            r.percentages.iter().map(|p| p.value.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(names(&from_docx), names(&from_txt), "{stem}: attendance");
        assert_eq!(items(&from_docx), items(&from_txt), "{stem}: items and decisions");
        assert_eq!(pct(&from_docx), pct(&from_txt), "{stem}: percentages");
    }
}

/// The renditions as LibreOffice writes them (its own numbering, styles and table markup)
/// read exactly as the originals.
#[test]
fn libreoffice_written_renditions_read_the_same() {
    let mut n = 0;
    for path in renditions() {
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let written = root().join("fixtures/docx/lo_written").join(&name);
        let Ok(bytes) = std::fs::read(&written) else { continue };
        assert_eq!(text(&bytes), text(&std::fs::read(&path).expect("read")), "{name}");
        n += 1;
    }
    assert_eq!(n, renditions().len());
}

/// Every fact of the seeds' hand annotations (`fixtures/gold`) holds for the DOCX renditions.
#[test]
fn renditions_meet_the_gold_facts() {
    let mut report = Vec::new();
    for path in renditions() {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let rec = minutes::process_path(&path, &IngestOptions::default());
        let gold = facts::load(&root().join(format!("fixtures/gold/{stem}.json")));
        for (field, f1, detail) in facts::score(&rec, &gold).fields {
            if f1 < 1.0 {
                report.push(format!("{stem} {field}: F1 {f1:.2}\n{detail}"));
            }
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn other_word_extensions_are_accepted() {
    let bytes = std::fs::read(root().join("fixtures/renditions/004.docx")).expect("read");
    for ext in ["docx", "docm", "dotx", "dotm"] {
        let doc =
            minutes::ingest::ingest(&bytes, Some(ext), &IngestOptions::default()).expect("ingest");
        assert_eq!(doc.format, Some(minutes::model::SourceFormat::Docx));
    }
}

// ---------------------------------------------------------------------------------------
// LibreOffice
// ---------------------------------------------------------------------------------------

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lines of LibreOffice's exports where it and Word differ, and we follow Word.
const LO_DIFFERENCES: &[(&str, &str, &str)] = &[
    ("numbering", "Legal numbering", "LibreOffice ignores w:isLgl (Word: 1.1, LibreOffice: a.I)"),
    ("numbering", "Never restarts (2)", "LibreOffice ignores w:lvlRestart 0 (Word: 9.2)"),
    (
        "numbering",
        "starts at three",
        "LibreOffice's export spaces a label even with w:suff nothing",
    ),
    ("fields", "Meeting held on", "LibreOffice recomputes DATE; Word shows the stored result"),
    ("fields", "See 0", "LibreOffice recomputes PAGE and exports hidden text; Word does neither"),
    ("fields", "Footnoted1", "LibreOffice writes the footnote mark; we keep notes out"),
];

/// Exports not compared, and why.
const LO_SKIPPED: &[(&str, &str)] =
    &[("tracked", "LibreOffice's text export shows deletions and insertions alike")];

/// LibreOffice's text export writes each paragraph and each cell paragraph on a line of its
/// own, numbering labels included. Every such line must be in our text, with its label, in
/// document order; within a table row our cells share a line, so order is checked with a
/// window of one row.
#[test]
fn libreoffice_exports_agree() {
    const ROW_WINDOW: usize = 400;
    let dir = root().join("fixtures/docx/lo");
    let mut checked = 0;
    let mut lines = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/docx/lo exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()).map(str::to_string) else {
            continue;
        };
        if LO_SKIPPED.iter().any(|(n, _)| *n == stem) {
            continue;
        }
        let source =
            [format!("fixtures/docx/{stem}.docx"), format!("fixtures/renditions/{stem}.docx")]
                .into_iter()
                .map(|p| root().join(p))
                .find(|p| p.exists())
                .unwrap_or_else(|| panic!("no DOCX for {stem}"));
        let ours = text(&std::fs::read(&source).expect("read"));
        let ours_flat = squash(&ours);
        let lo = std::fs::read_to_string(&path).expect("read");
        let mut pos = 0usize;
        for line in lo.lines() {
            // We write every bullet as "•"; LibreOffice picks a glyph per level.
            let line = line.replace('\u{2011}', "-");
            let trimmed = line.trim_start();
            let line = match trimmed.chars().next() {
                Some(c @ ('◦' | '▪' | '■' | '➢' | '–' | 'o'))
                    if trimmed[c.len_utf8()..].starts_with(' ') =>
                {
                    format!("•{}", &trimmed[c.len_utf8()..])
                }
                _ => line.clone(),
            };
            let want = squash(&minutes::ingest::normalise::normalise(&line));
            if want.is_empty()
                || LO_DIFFERENCES.iter().any(|(n, l, _)| *n == stem && want.contains(l))
            {
                continue;
            }
            let mut from = pos.saturating_sub(ROW_WINDOW);
            while !ours_flat.is_char_boundary(from) {
                from -= 1;
            }
            match ours_flat[from..].find(&want) {
                Some(i) => pos = pos.max(from + i + want.len()),
                None => panic!("{stem}: LibreOffice line {want:?} not found in order in:\n{ours}"),
            }
            lines += 1;
        }
        checked += 1;
    }
    assert!(checked >= 9, "only {checked} LibreOffice exports");
    assert!(lines > 300, "only {lines} lines compared");
}

// ---------------------------------------------------------------------------------------
// Damage and hostility
// ---------------------------------------------------------------------------------------

/// A deterministic xorshift generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Ingests `bytes` and checks the outcome is a document or a typed error, quickly.
fn survives(bytes: &[u8], what: &str) {
    let start = Instant::now();
    let result = std::panic::catch_unwind(|| docx::ingest(bytes, &IngestOptions::default()));
    let elapsed = start.elapsed();
    match result {
        Ok(Ok(doc)) => assert!(doc.incomplete || !doc.text.is_empty(), "{what}"),
        Ok(Err(_)) => {}
        Err(_) => panic!("panic on {what}"),
    }
    assert!(elapsed < Duration::from_secs(5), "{what} took {elapsed:?}");
}

fn seeds() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> =
        renditions().iter().map(|p| std::fs::read(p).expect("read")).collect();
    v.extend(fixtures().into_iter().map(|f| f.1));
    v.extend(std::fs::read(root().join("fixtures/docx/lo_written/002.docx")));
    v
}

fn mutate_zip(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut m = bytes.to_vec();
    match rng.below(4) {
        0 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(m.len());
                m[i] ^= 1 << rng.below(8);
            }
        }
        1 => m.truncate(rng.below(m.len())),
        2 => {
            // Corrupt around a header: the central directory lives at the end.
            let i = m.len().saturating_sub(1 + rng.below(600));
            m[i] = rng.next() as u8;
        }
        _ => {
            let i = rng.below(m.len());
            let n = rng.below(64).min(m.len() - i);
            m.drain(i..i + n);
        }
    }
    m
}

fn mutate_xml(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let parts = parts_of(bytes);
    let targets = [
        "word/document.xml",
        "word/numbering.xml",
        "word/styles.xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
    ];
    let target = targets[rng.below(targets.len())];
    let mutated: Vec<(String, Vec<u8>)> = parts
        .into_iter()
        .filter_map(|(name, mut data)| {
            if name == target && !data.is_empty() {
                match rng.below(6) {
                    0 => data.truncate(rng.below(data.len())),
                    1 => {
                        for _ in 0..1 + rng.below(16) {
                            let i = rng.below(data.len());
                            let alphabet = b"<>/=\"&;w:p tbl#x0\xff\xc3";
                            data[i] = alphabet[rng.below(alphabet.len())];
                        }
                    }
                    2 => return None,
                    3 => {
                        // Duplicate a random slice (unbalanced or repeated elements).
                        let i = rng.below(data.len());
                        let n = rng.below(2000).min(data.len() - i);
                        let slice = data[i..i + n].to_vec();
                        let at = rng.below(data.len());
                        data.splice(at..at, slice);
                    }
                    4 => {
                        let s = String::from_utf8_lossy(&data)
                            .replace("w:val=\"", "w:val=\"99999999999")
                            .replace("fldCharType=\"end\"", "fldCharType=\"begin\"");
                        data = s.into_bytes();
                    }
                    _ => {
                        let s = String::from_utf8_lossy(&data)
                            .replace("</w:tc>", "")
                            .replace("</w:p>", "");
                        data = s.into_bytes();
                    }
                }
            }
            Some((name, data))
        })
        .collect();
    let refs: Vec<(&str, &[u8])> =
        mutated.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    zip_of(&refs)
}

fn mutation_run(rounds: usize, seed: u64) {
    let mut rng = Rng(seed);
    let seeds = seeds();
    for round in 0..rounds {
        let base = &seeds[round % seeds.len()];
        let m =
            if round % 2 == 0 { mutate_zip(base, &mut rng) } else { mutate_xml(base, &mut rng) };
        survives(&m, &format!("mutation {round} (seed {seed})"));
    }
}

#[test]
fn mutations_never_panic() {
    mutation_run(300, 0x9E37_79B9_7F4A_7C15);
}

#[test]
#[ignore = "heavy: thousands of mutations"]
fn mutations_never_panic_heavy() {
    for seed in 1u64..=8 {
        mutation_run(1000, seed.wrapping_mul(0x2545_F491_4F6C_DD1D));
    }
}

#[test]
fn truncated_package_keeps_the_text_it_has() {
    let bytes = std::fs::read(root().join("fixtures/renditions/004.docx")).expect("read");
    let full = text(&bytes);
    // Cut inside styles.xml: document.xml (before it in the zip) is whole, the central
    // directory is gone.
    let cut = &bytes[..bytes.len() * 2 / 3];
    let doc = docx::ingest(cut, &IngestOptions::default()).expect("recovered");
    assert!(doc.incomplete);
    assert!(doc.warnings.iter().any(|w| w.code == "docx_damaged"));
    assert!(
        full.starts_with(doc.text.trim_end()) || doc.text.len() * 10 > full.len() * 9,
        "{}",
        doc.text
    );
    // A document.xml cut in the middle gives its first part.
    let parts = parts_of(&bytes);
    let cut_parts: Vec<(String, Vec<u8>)> = parts
        .into_iter()
        .map(|(n, d)| {
            if n == "word/document.xml" {
                let k = d.len() / 2;
                (n, d[..k].to_vec())
            } else {
                (n, d)
            }
        })
        .collect();
    let refs: Vec<(&str, &[u8])> =
        cut_parts.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    let doc = docx::ingest(&zip_of(&refs), &IngestOptions::default()).expect("partial");
    assert!(doc.incomplete);
    assert!(doc.text.starts_with("Minutes of a meeting"));
    assert!(doc.text.len() < full.len());
}

#[test]
fn missing_main_part_is_malformed() {
    let z = zip_of(&[("word/styles.xml", b"<w:styles/>"), ("[Content_Types].xml", b"<Types/>")]);
    assert!(matches!(
        docx::ingest(&z, &IngestOptions::default()),
        Err(IngestError::Malformed { format: "DOCX", .. })
    ));
    let z = zip_of(&[("word/document.xml", b"<w:document><w:body></w:body></w:document>")]);
    assert_eq!(docx::ingest(&z, &IngestOptions::default()).err(), Some(IngestError::Empty));
    let z = zip_of(&[("word/document.xml", b"\x00\x01 not xml <<<")]);
    assert!(docx::ingest(&z, &IngestOptions::default()).is_err());
}

/// A raw deflate stream of `mib` MiB of zeros, built from one sync-flushed chunk repeated.
fn zeros_deflate(mib: usize) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress};
    let zeros = vec![0u8; 1 << 20];
    let mut c = Compress::new(Compression::best(), false);
    let mut chunk = Vec::with_capacity(1 << 16);
    c.compress_vec(&zeros, &mut chunk, FlushCompress::Sync).expect("deflate");
    assert_eq!(c.total_in(), 1 << 20);
    let mut out = Vec::with_capacity(chunk.len() * mib + 16);
    for _ in 0..mib {
        out.extend_from_slice(&chunk);
    }
    let mut end = Compress::new(Compression::fast(), false);
    let mut tail = Vec::with_capacity(64);
    end.compress_vec(&[], &mut tail, FlushCompress::Finish).expect("deflate");
    out.extend_from_slice(&tail);
    out
}

/// A zip with one deflated entry whose header declares `declared` bytes.
fn raw_zip(name: &str, data: &[u8], declared: u32) -> Vec<u8> {
    let mut z = Vec::new();
    let le16 = |z: &mut Vec<u8>, v: u16| z.extend_from_slice(&v.to_le_bytes());
    let le32 = |z: &mut Vec<u8>, v: u32| z.extend_from_slice(&v.to_le_bytes());
    le32(&mut z, 0x0403_4b50);
    for v in [20u16, 0, 8, 0, 0] {
        le16(&mut z, v);
    }
    le32(&mut z, 0); // crc
    le32(&mut z, data.len() as u32);
    le32(&mut z, declared);
    le16(&mut z, name.len() as u16);
    le16(&mut z, 0);
    z.extend_from_slice(name.as_bytes());
    z.extend_from_slice(data);
    let cd = z.len() as u32;
    le32(&mut z, 0x0201_4b50);
    for v in [20u16, 20, 0, 8, 0, 0] {
        le16(&mut z, v);
    }
    le32(&mut z, 0);
    le32(&mut z, data.len() as u32);
    le32(&mut z, declared);
    for v in [name.len() as u16, 0, 0, 0, 0] {
        le16(&mut z, v);
    }
    le32(&mut z, 0);
    le32(&mut z, 0);
    z.extend_from_slice(name.as_bytes());
    let cd_len = z.len() as u32 - cd;
    le32(&mut z, 0x0605_4b50);
    for v in [0u16, 0, 1, 1] {
        le16(&mut z, v);
    }
    le32(&mut z, cd_len);
    le32(&mut z, cd);
    le16(&mut z, 0);
    z
}

#[test]
fn zip_bombs_are_refused_quickly() {
    let gib = zeros_deflate(1024);
    assert!(gib.len() < 2 << 20, "bomb is {} bytes", gib.len());
    let cases = [
        ("honest 1 GiB header", raw_zip("word/document.xml", &gib, 1 << 30)),
        ("lying header", raw_zip("word/document.xml", &gib, 10_000)),
        ("ratio", raw_zip("word/document.xml", &zeros_deflate(64), 64 << 20)),
        ("no central directory", {
            let z = raw_zip("word/document.xml", &gib, 1 << 30);
            z[..z.len() - 80].to_vec()
        }),
    ];
    for (what, z) in cases {
        let start = Instant::now();
        let r = docx::ingest(&z, &IngestOptions::default());
        assert!(matches!(r, Err(IngestError::TooLarge { .. })), "{what}: {r:?}");
        assert!(start.elapsed() < Duration::from_secs(2), "{what}: {:?}", start.elapsed());
    }
    // The limit is the caller's: a small budget refuses an ordinary part.
    let mut opts = IngestOptions::default();
    opts.limits.max_decompressed_bytes = 1000;
    let bytes = std::fs::read(root().join("fixtures/renditions/004.docx")).expect("read");
    assert!(matches!(docx::ingest(&bytes, &opts), Err(IngestError::TooLarge { .. })));
}

#[test]
fn thousands_of_entries_are_refused() {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..10_001 {
        out.start_file(format!("word/media/{i}.bin"), opts).expect("start");
    }
    let z = out.finish().expect("finish").into_inner();
    assert!(matches!(
        docx::ingest(&z, &IngestOptions::default()),
        Err(IngestError::TooLarge { .. })
    ));
}

#[test]
fn committed_fixture_paths_exist() {
    for (name, _, _) in fixtures() {
        let p = root().join(format!("fixtures/docx/{name}.docx"));
        assert!(
            Path::new(&p).exists(),
            "{} missing: run the ignored regenerate_fixtures test",
            p.display()
        );
    }
}

/// Writes a corpus of mutated DOCX (zip- and XML-level mutations of every seed, plus bombs)
/// to `$DOCX_CORPUS_DIR`, for `scripts/docx_mutation_corpus.py` to run through the CLI.
#[test]
#[ignore = "writes a corpus to $DOCX_CORPUS_DIR"]
fn write_mutation_corpus() {
    let Some(dir) = std::env::var_os("DOCX_CORPUS_DIR") else { return };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    let count: usize =
        std::env::var("DOCX_CORPUS_SIZE").ok().and_then(|n| n.parse().ok()).unwrap_or(1200);
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let seeds = seeds();
    for i in 0..count {
        let base = &seeds[i % seeds.len()];
        let m = if i % 2 == 0 { mutate_zip(base, &mut rng) } else { mutate_xml(base, &mut rng) };
        std::fs::write(dir.join(format!("m{i:05}.docx")), m).expect("write");
    }
    let gib = zeros_deflate(1024);
    std::fs::write(dir.join("bomb_1gib.docx"), raw_zip("word/document.xml", &gib, 1 << 30))
        .expect("write");
    std::fs::write(dir.join("bomb_lying.docx"), raw_zip("word/document.xml", &gib, 10_000))
        .expect("write");
}

/// DOCX evidence names the Word paragraph a value came from: every span has one, and they
/// never go backwards through the document.
#[test]
fn evidence_names_the_word_paragraph() {
    let path = "fixtures/renditions/002.docx";
    let bytes = std::fs::read(path).expect("read 002.docx");
    let r = minutes::process_bytes(path, &bytes, &Default::default());
    let mut spans: Vec<minutes::model::Evidence> = r.items.iter().map(|i| i.evidence).collect();
    spans.extend(r.attendance.iter().map(|a| a.evidence));
    spans.sort_by_key(|e| e.char_start);
    assert!(!spans.is_empty());
    assert!(spans.iter().all(|e| e.paragraph.is_some()), "{spans:?}");
    assert!(spans.windows(2).all(|w| w[0].paragraph <= w[1].paragraph));
    // The text evidence of the same document has no paragraph numbers.
    let txt =
        minutes::process_path(std::path::Path::new("fixtures/seeds/002.txt"), &Default::default());
    assert!(txt.items.iter().all(|i| i.evidence.paragraph.is_none()));
}
