//! Robustness: any input gives a record, never a panic, and every evidence span lies
//! inside the normalised text.

use minutes::model::{Evidence, Record, Status};
use proptest::prelude::*;

fn spans(r: &Record) -> Vec<Evidence> {
    let mut out = Vec::new();
    out.extend(r.attendance.iter().map(|a| a.evidence));
    for i in &r.items {
        out.push(i.evidence);
        out.extend(i.decisions.iter().map(|d| d.evidence));
        out.extend(i.actions.iter().map(|a| a.evidence));
    }
    out.extend(r.percentages.iter().map(|p| p.evidence));
    out
}

fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let r = minutes::process_bytes("input.txt", bytes, &Default::default());
    prop_assert!(r.status != Status::Failed || r.error.is_some());
    if let Ok(doc) = minutes::ingest::ingest(bytes, Some("txt"), &Default::default()) {
        let chars = doc.text.chars().count() as u64;
        let lines = doc.text.split('\n').count() as u32;
        for e in spans(&r) {
            prop_assert!(
                e.char_start <= e.char_end && e.char_end <= chars,
                "{e:?} outside {chars} chars"
            );
            prop_assert!(e.line >= 1 && e.line <= lines);
        }
    }
    Ok(())
}

/// Words that steer the extractors into their rarer paths.
const WORDS: &[&str] = &[
    "RESOLVED",
    "Resolved:",
    "AGREED",
    "It was resolved that",
    "Present:",
    "Apologies:",
    "PRESENT",
    "In attendance:",
    "Cllr",
    "Councillors",
    "Mrs",
    "(Chair)",
    "(in the Chair)",
    "1.",
    "2.",
    "(a)",
    "(i)",
    "ii)",
    "- (b)",
    "Item 5:",
    "45/19",
    "CPB/23/12",
    "<AI1>",
    "</AI1>",
    "%",
    "per cent",
    "15-20%",
    "between",
    "and",
    ",",
    ";",
    ":",
    "\n",
    "\n\n",
    "\t",
    "·",
    "•",
    "was replacing",
    "joined the meeting",
    "presided",
    "called the meeting to order",
    "(Deputy Chair)",
    "Baroness",
    "of",
    "Clerk",
    "    ",
    "substitute for",
    "sent apologies",
    "Motion by",
    "second by",
    "carried",
    "CARRIED",
    "That",
    "THAT",
    "“",
    "”",
    "Minutes of the",
    "Committee",
    "held on",
    "10/09/2020",
    "6.00 pm",
    "Agenda item",
    "Minutes:",
    "Action:",
    "Page 1 of 2",
    "Smith",
    "J. Brown",
    "O'Neill",
    "é",
    "–",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        check(&bytes)?;
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        check(s.as_bytes())?;
    }

    #[test]
    fn minutes_like_text_never_panics(words in proptest::collection::vec(proptest::sample::select(WORDS), 0..120)) {
        let s = words.join(" ");
        check(s.as_bytes())?;
    }
}

/// Pathological shapes stay fast (a timed loop would be flaky; these are bounded by
/// construction and simply must finish).
#[test]
fn pathological_inputs_finish() {
    let long_line = "a".repeat(2_000_000);
    let many_lines = "1.\n".repeat(100_000);
    let many_labels = "Present: Cllr A, Cllr B\n".repeat(20_000);
    let nested = "(a) (i) 1. ".repeat(50_000);
    let percents = "5% ".repeat(100_000);
    // One person with 300,000 post-nominals (once quadratic in the list splitter), and a
    // block of semicolon lists with no blank line.
    let post_nominals = format!("Present: Jane Doe{} - Chair\n", ", OBE".repeat(300_000));
    let semicolons = format!("Present:\n{}", "Cllr A Smith; Cllr B Jones\n".repeat(50_000));
    // Lists wrapped over a paragraph of 50,000 lines (open brackets, given names), prose
    // arrivals and organisation headings: each read once, not once per line so far.
    let brackets = format!("Present: {}", "Cllr A Smith (Chair,\n".repeat(50_000));
    let given = format!("Present: Ann Lee, {}", "Bob Day, Glyn\n".repeat(50_000));
    let joined = "Cllr Ann Lee from the Board joined the meeting.\n".repeat(30_000);
    let orgs =
        format!("In attendance:\n{}", "Wealdmoor Council\n\tAnn Lee – Chair\n".repeat(30_000));
    let inputs = [
        long_line,
        many_lines,
        many_labels,
        nested,
        percents,
        post_nominals,
        semicolons,
        brackets,
        given,
        joined,
        orgs,
    ];
    for input in inputs {
        let r = minutes::process_bytes("big.txt", input.as_bytes(), &Default::default());
        assert_ne!(r.status, Status::Failed, "{:?}", r.error);
    }
}
