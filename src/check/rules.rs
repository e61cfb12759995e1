//! The rules: one table ([`RULES`]) and one function per rule or family of rules.
//!
//! Every rule reads the record (what `extract` found) and, where the record cannot say,
//! the normalised text with the segmenter's own reading of a line, so a rule never
//! re-implements a heading or a name. Minutes-only rules run on documents of kind
//! `minutes`; any other kind gets one M005 finding instead of noise.

use super::{Cx, Loc, Severity};
use crate::extract::attendance::{Merged, name_key};
use crate::extract::decisions;
use crate::model::{AttendanceStatus, Attendee, Clause, Percentage, PercentageKind, Role};
use crate::segment::{self, Family};
use crate::text::Text;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Which documents a rule looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Documents of kind `minutes` only.
    Minutes,
    /// Every document that could be read (or, for M052, could not).
    All,
}

/// One rule: its stable code, default severity, short name and one-line summary.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// The stable code, "M001".
    pub code: &'static str,
    /// A short kebab-case name, "no-date".
    pub name: &'static str,
    /// The severity unless the configuration says otherwise.
    pub severity: Severity,
    /// Which documents it looks at.
    pub scope: Scope,
    /// What it finds, in one sentence.
    pub summary: &'static str,
}

const fn rule(
    code: &'static str,
    name: &'static str,
    severity: Severity,
    scope: Scope,
    summary: &'static str,
) -> Rule {
    Rule { code, name, severity, scope, summary }
}

use Scope::{All, Minutes};
use Severity::{Error, Warning};

/// Every rule, in code order. The README's table, the configuration's validation and
/// SARIF's `rules` come from here.
pub const RULES: &[Rule] = &[
    rule("M001", "no-date", Error, Minutes, "No meeting date was found."),
    rule("M002", "no-body", Error, Minutes, "No committee, board or other body is named."),
    rule(
        "M003",
        "no-attendance",
        Warning,
        Minutes,
        "No attendance section: nobody is listed as present or sending apologies.",
    ),
    rule("M004", "no-chair", Warning, Minutes, "People are listed but nobody is marked as chair."),
    rule(
        "M005",
        "not-minutes",
        Warning,
        All,
        "The document is an agenda, a report or unrecognised, not minutes; minutes rules are skipped.",
    ),
    rule(
        "M010",
        "item-numbering",
        Warning,
        Minutes,
        "Item numbers are not increasing, are duplicated, or skip a number.",
    ),
    rule("M011", "item-without-title", Error, Minutes, "An item number has no title."),
    rule(
        "M012",
        "heading-before-first-item",
        Warning,
        Minutes,
        "Text before the first item looks like an item heading.",
    ),
    rule(
        "M013",
        "required-section-missing",
        Error,
        Minutes,
        "A section the configuration requires for this body is missing.",
    ),
    rule("M020", "empty-decision", Error, Minutes, "A decision keyword has no decision text."),
    rule(
        "M021",
        "clause-sequence",
        Error,
        Minutes,
        "A decision's clause labels are out of sequence ((a) then (c)).",
    ),
    rule(
        "M022",
        "decision-outside-item",
        Warning,
        Minutes,
        "A decision comes before the first item, outside any item.",
    ),
    rule(
        "M030",
        "present-and-apologies",
        Error,
        Minutes,
        "A person is listed both as present and as sending apologies (or absent).",
    ),
    rule(
        "M031",
        "substitute-for-present-member",
        Error,
        Minutes,
        "A substitute replaces a member who is also listed as present.",
    ),
    rule("M032", "listed-twice", Warning, Minutes, "The same person is listed twice."),
    rule(
        "M040",
        "percentages-do-not-sum",
        Error,
        All,
        "A percentage breakdown that claims to cover a whole does not add up to about 100%.",
    ),
    rule(
        "M041",
        "percentage-over-100",
        Warning,
        All,
        "A percentage over 100 outside wording about an increase, growth or a reference.",
    ),
    rule("M050", "no-text-layer", Error, All, "A PDF page has no text layer (a scanned image)."),
    rule(
        "M051",
        "unmapped-glyphs",
        Error,
        All,
        "Too many characters could not be read (unmapped glyphs, replacement characters).",
    ),
    rule("M052", "unreadable", Error, All, "The file could not be read."),
];

/// M052: the file could not be read.
pub(super) fn unreadable(cx: &mut Cx) {
    let Some(err) = &cx.record.error else { return };
    let kind = serde_json::to_value(err.kind).ok();
    let kind = kind.as_ref().and_then(|k| k.as_str()).unwrap_or("error");
    // I/O errors already name the path; do not say it twice.
    let path = &cx.record.source.path;
    let message = err.message.strip_prefix(&format!("{path}: ")).unwrap_or(&err.message);
    cx.emit("M052", Loc::File, format!("the file could not be read ({kind}): {message}"));
}

/// M005: one finding for a document that is not minutes.
pub(super) fn not_minutes(cx: &mut Cx) {
    let what = match cx.record.kind {
        crate::model::Kind::Agenda => "the document is an agenda, not minutes",
        crate::model::Kind::Report => "the document is a report, not minutes",
        _ => "the document could not be recognised as minutes (nor as an agenda or a report)",
    };
    cx.emit("M005", Loc::File, format!("{what}; the minutes rules were not run"));
}

/// The rules for documents of kind `minutes`.
pub(super) fn minutes_rules(cx: &mut Cx, merged: &[Merged]) {
    // A rule that is off costs nothing: the text scans are most of the check's time.
    let on = |cx: &Cx, codes: &[&str]| codes.iter().any(|c| cx.enabled(c));
    meeting(cx);
    if cx.text.is_some() {
        if on(cx, &["M010", "M011", "M012"]) {
            numbering(cx);
        }
        if on(cx, &["M012"]) {
            preamble_headings(cx);
        }
        if on(cx, &["M020"]) {
            bare_keywords(cx);
        }
        if on(cx, &["M022"]) {
            decisions_before_items(cx);
        }
    }
    required_sections(cx);
    empty_decisions_and_clauses(cx);
    if on(cx, &["M030"]) {
        present_and_apologies(cx);
    }
    merges(cx, merged);
}

/// The rules for every document that could be read.
pub(super) fn document_rules(cx: &mut Cx) {
    percentages(cx);
    text_layer(cx);
}

/// M001 to M004: the meeting heading and attendance.
fn meeting(cx: &mut Cx) {
    let r = cx.record;
    if r.meeting.date.is_none() {
        cx.emit("M001", Loc::File, "no meeting date found".into());
    }
    if r.meeting.body.is_none() {
        cx.emit("M002", Loc::File, "no body or committee name found".into());
    }
    match r.attendance.first() {
        None => cx.emit(
            "M003",
            Loc::File,
            "no attendance section: nobody is listed as present or sending apologies".into(),
        ),
        Some(first) if !r.attendance.iter().any(|a| a.role == Some(Role::Chair)) => cx.emit(
            "M004",
            Loc::Evidence(first.evidence),
            "nobody is marked as chair (\"(Chair)\", \"In the Chair:\", \"Chair:\")".into(),
        ),
        Some(_) => {}
    }
}

/// The first part of a key that differs, and by how much `b` is above `a` there; `None`
/// when the keys are not comparable (other lengths, or more than one part differs).
fn step(a: &[u32], b: &[u32]) -> Option<(usize, i64)> {
    if a.len() != b.len() {
        return None;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    match diff[..] {
        [] => Some((0, 0)),
        [i] => Some((i, i64::from(b[i]) - i64::from(a[i]))),
        // Arabic numbers: [main, sub]; "4.2" after "3" differs in both, and counts by main.
        [0, 1] if a.len() == 2 => Some((0, i64::from(b[0]) - i64::from(a[0]))),
        _ => None,
    }
}

/// The key of item number `number` in `family`: single letters are letters among
/// lettered items and numerals among roman ones ("V", "X", "I").
fn key_in(number: &str, family: &Family) -> Option<Vec<u32>> {
    let one_letter = number.len() == 1 && number.chars().all(|c| c.is_ascii_uppercase());
    match family {
        Family::UpperRoman => segment::roman(number).map(|v| vec![v]),
        Family::UpperAlpha if one_letter => Some(vec![u32::from(number.as_bytes()[0] - b'A' + 1)]),
        _ => segment::number_key(number).filter(|(f, _)| f == family).map(|(_, k)| k),
    }
}

/// The key of the item number `line` starts with, if it is one of `family`. A date ("11
/// September 2025") and a sub-number of a letter or numeral ("G.1") are not item numbers.
fn line_key(line: &str, family: &Family) -> Option<Vec<u32>> {
    static NOT_A_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?-u:\b)|^[A-Z]+\.\d")
            .unwrap()
    });
    if !maybe_numbered(line) || NOT_A_NUMBER.is_match(line) {
        return None;
    }
    let (fam, key) = segment::number_key_of_line(line)?;
    if fam == *family {
        return Some(key);
    }
    let letters = [Family::UpperAlpha, Family::UpperRoman];
    if !(letters.contains(&fam) && letters.contains(family)) {
        return None;
    }
    let token = line.split_whitespace().next()?.trim_end_matches(['.', ')', ':']);
    key_in(token, family)
}

/// A cheap test before the segmenter's pattern, which is slow to run on every line: the
/// first word holds a digit ("3.", "45/19", "CAB.45"), is a short letter or numeral with
/// punctuation ("B.", "IV)"), or is "Item"/"Minute"/"Min"/"No".
fn maybe_numbered(line: &str) -> bool {
    let Some(first) = line.split_whitespace().next() else { return false };
    first.starts_with(|c: char| c.is_ascii_alphanumeric())
        && (first.contains(|c: char| c.is_ascii_digit())
            || first.len() <= 6 && first.ends_with(['.', ')', ':'])
            || ["item", "minute", "min", "min.", "no", "no.", "agenda"]
                .iter()
                .any(|w| first.eq_ignore_ascii_case(w)))
}

/// True when `title` reads as a heading, not a sentence.
fn is_heading_title(title: &str) -> bool {
    let title = title.trim();
    let words = title.split_whitespace().count();
    words > 0 && words <= 12 && !title.ends_with(['.', ';', ','])
}

/// A line the segmenter would take as an item heading ("3. Title", "3) Title", "Item 3:
/// Title") with a title that reads as a heading, not a sentence.
fn heading_line(text: &Text, i: usize) -> bool {
    if !punctuated_number(text.lines[i].trimmed()) {
        return false;
    }
    segment::heading_at(text, i).is_some_and(|c| {
        let as_written = text.src[c.heading.clone()].trim_end();
        let words = c.title.split_whitespace().count();
        is_heading_title(&c.title) && !(as_written.ends_with('.') && words > 6)
    })
}

/// True when the number at the start of `line` is followed by `.`, `)`, `:` or a tab, or
/// comes after "Item"/"Minute" ("Item 5 Budget").
fn punctuated_number(line: &str) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(
            r"^(?i:(?:agenda\s+)?item|minute|min)(?:\s+no)?\.?\s*\S|^[^\s.):\t]+[.):\t]",
        )
        .unwrap()
    });
    NUMBER.is_match(line)
}

/// M010 and M011: item numbering, and numbers without a title.
fn numbering(cx: &mut Cx) {
    let (Some(text), record) = (cx.text, cx.record) else { return };
    for item in &record.items {
        let i = (item.evidence.line as usize).saturating_sub(1);
        let bare = text.lines.get(i).is_some_and(|l| is_bare_number(l.trimmed()));
        // "3." then a sentence: the sentence is not a title.
        if item.title.trim().is_empty() || bare && item.number.is_some() && !heading_line(text, i) {
            let n = item.number.as_deref().unwrap_or("?");
            cx.emit("M011", Loc::Evidence(item.evidence), format!("item {n} has no title"));
        }
    }
    // The chosen items of the first numbered item's family, by heading line.
    let Some(family) = record
        .items
        .iter()
        .find_map(|it| segment::number_key(it.number.as_deref()?))
        .map(|(f, _)| f)
        .filter(|f| *f != Family::Unnumbered)
    else {
        return;
    };
    let chain: Vec<(usize, Vec<u32>)> = record
        .items
        .iter()
        .filter_map(|it| {
            let i = (it.evidence.line as usize).checked_sub(1)?;
            line_key(text.lines.get(i)?.trimmed(), &family)?;
            Some((i, key_in(it.number.as_deref()?, &family)?))
        })
        .collect();
    let heading_lines: std::collections::HashSet<usize> =
        record.items.iter().map(|it| (it.evidence.line as usize).saturating_sub(1)).collect();

    // Numbered lines of the family outside the chain, by region: the chain item they
    // follow (None: the preamble).
    let mut numbered: Vec<(usize, Option<usize>, Vec<u32>)> = Vec::new();
    for (i, line) in text.lines.iter().enumerate() {
        if heading_lines.contains(&i) {
            continue;
        }
        // A number alone that ends a wrapped sentence is not a heading ("Motion carried" over
        // "6-0.", "as at 31 January" over "2025.", "left the Chamber at" over "4.06pm.").
        if let Some(key) = line_key(line.trimmed(), &family)
            && !(is_bare_number(line.trimmed()) && continues_a_sentence(text, i))
        {
            let region = chain.partition_point(|(l, _)| *l < i).checked_sub(1);
            numbered.push((i, region, key));
        }
    }
    // A line with a neighbour in its region (one more or one less in one part) is part of
    // a numbered list inside the item ("1. ... 2. ... 3."), never a misplaced heading.
    let keys: std::collections::HashSet<(Option<usize>, &[u32])> =
        numbered.iter().map(|(_, r, k)| (*r, k.as_slice())).collect();
    let in_list = |region: Option<usize>, key: &[u32]| {
        (0..key.len()).any(|p| {
            [key[p].wrapping_sub(1), key[p].wrapping_add(1)].into_iter().any(|v| {
                let mut near = key.to_vec();
                near[p] = v;
                keys.contains(&(region, near.as_slice()))
            })
        })
    };
    let mut strays: Vec<(usize, Vec<u32>)> = Vec::new();
    for (i, region, key) in &numbered {
        if in_list(*region, key) {
            continue;
        }
        let t = text.lines[*i].trimmed();
        if !heading_line(text, *i) {
            // "7." on its own, and no heading after it.
            if is_bare_number(t) && punctuated_number(t) && region.is_some() {
                let n = t.trim_end_matches(['.', ')', ':']);
                cx.emit("M011", Loc::Line(*i), format!("item {n} has no title"));
            }
            continue;
        }
        let Some(k) = region else {
            // Before the first item: M012's business.
            if let Some((_, first)) = chain.first()
                && step(key, first).is_some_and(|(_, d)| d > 0)
            {
                cx.emit(
                    "M012",
                    Loc::Line(*i),
                    "this looks like an item heading, but it comes before the first item".into(),
                );
            }
            continue;
        };
        let prev = k.checked_sub(1).map(|p| &chain[p]);
        let (own_line, own) = &chain[*k];
        let next = chain.get(k + 1);
        let shown = |line: usize| number_as_written(cx, line);
        let this = shown(*i);
        if key == own || next.is_some_and(|(_, n)| n == key) {
            let other = if key == own { *own_line } else { next.map_or(0, |(l, _)| *l) };
            cx.emit(
                "M010",
                Loc::Line(*i),
                format!("item number {this} is used twice (also on line {})", other + 1),
            );
        } else if step(own, key).is_some_and(|(_, d)| d < 0)
            && prev.is_none_or(|(_, p)| step(p, key).is_some_and(|(_, d)| d > 0))
        {
            cx.emit(
                "M010",
                Loc::Line(*i),
                format!(
                    "item number {this} comes after {}: numbers must increase",
                    shown(*own_line)
                ),
            );
        } else if let Some((next_line, n)) = next
            && step(n, key).is_some_and(|(_, d)| d > 0)
        {
            cx.emit(
                "M010",
                Loc::Line(*i),
                format!(
                    "item number {this} comes before {}: numbers must increase",
                    shown(*next_line)
                ),
            );
        }
        strays.push((*i, key.clone()));
    }
    // Gaps between consecutive items, unless the missing numbers are elsewhere (Arabic
    // numbers by their main part: "4.1" is there when 4 is).
    let written: std::collections::HashSet<&[u32]> = strays
        .iter()
        .chain(chain.iter())
        .map(|(_, k)| if family == Family::Arabic { &k[..1.min(k.len())] } else { &k[..] })
        .collect();
    for pair in chain.windows(2) {
        let ((_, a), (line, b)) = (&pair[0], &pair[1]);
        let Some((part, d)) = step(a, b) else { continue };
        if d <= 1 || family == Family::Arabic && part != 0 {
            continue;
        }
        let elsewhere = |m: u32| {
            let mut want = if family == Family::Arabic { vec![a[0]] } else { a.clone() };
            want[part] = m;
            written.contains(want.as_slice())
        };
        // Lettered items often skip I and O.
        let skipped = |m: u32| family == Family::UpperAlpha && (m == 9 || m == 15);
        let missing: Vec<u32> =
            (a[part] + 1..b[part]).filter(|&m| !skipped(m) && !elsewhere(m)).collect();
        if missing.is_empty() {
            continue;
        }
        let count = missing.len();
        cx.emit(
            "M010",
            Loc::Line(*line),
            format!(
                "item numbers jump from {} to {}: {count} number{} missing",
                number_as_written(cx, pair[0].0),
                number_as_written(cx, *line),
                if count == 1 { " is" } else { "s are" }
            ),
        );
    }
}

/// True for a line that is an item number and punctuation only ("7.", "Item 7:").
fn is_bare_number(line: &str) -> bool {
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"^(?:(?i:(?:agenda\s+)?item|minute|min)(?:\s+no)?(?:\.\s*|\s+))?([A-Za-z0-9][\w./()-]*?)[.):]?$")
            .unwrap()
    });
    BARE.captures(line.trim())
        .and_then(|c| c.get(1))
        .is_some_and(|m| segment::number_key(m.as_str()).is_some())
}

/// Whether line `i` carries on the sentence of the line before it: that line has text and
/// ends without a full stop, colon, semicolon, question or exclamation mark or closing
/// bracket ("Motion carried" over "6-0.", "left the Chamber at" over "4.06pm.").
fn continues_a_sentence(text: &Text, i: usize) -> bool {
    let Some(before) = i.checked_sub(1).and_then(|k| text.lines.get(k)) else { return false };
    before
        .trimmed()
        .chars()
        .next_back()
        .is_some_and(|c| !matches!(c, '.' | ':' | ';' | '?' | '!' | ')'))
}

/// The item number at the start of line `i`, as written ("3", "45/19").
fn number_as_written(cx: &Cx, i: usize) -> String {
    let Some(text) = cx.text else { return String::new() };
    let line = text.lines[i].trimmed();
    let items = &cx.record.items;
    let k = items.partition_point(|it| (it.evidence.line as usize) < i + 1);
    items
        .get(k)
        .filter(|it| it.evidence.line as usize == i + 1)
        .and_then(|it| it.number.clone())
        .unwrap_or_else(|| {
            line.split_whitespace()
                .find(|w| w.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()))
                .unwrap_or("")
                .trim_end_matches(['.', ')', ':'])
                .to_string()
        })
}

/// M012: well-known item headings ("Declarations of interest") before the first item.
fn preamble_headings(cx: &mut Cx) {
    let (Some(text), Some(first)) = (cx.text, cx.record.items.first()) else { return };
    if first.number.is_none() {
        return;
    }
    // Attendance labels ("Apologies for absence"), the document's title ("Minutes") and
    // a public session held before the meeting opens, often unnumbered on purpose,
    // belong in the preamble.
    static ATTENDANCE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)apolog|absen|present|attend|substitut|^minutes\W*$|^public\s+(?:participation|forum|question|session)|^open\s+forum").unwrap()
    });
    let end = (first.evidence.line as usize).saturating_sub(1).min(text.lines.len());
    let mut nonblank = 0;
    for i in 0..end {
        let line = &text.lines[i];
        if line.is_blank() {
            continue;
        }
        nonblank += 1;
        let t = line.trimmed();
        let blank_before = i == 0 || text.lines[i - 1].is_blank();
        if nonblank > 3 && blank_before && segment::is_common_heading(t) && !ATTENDANCE.is_match(t)
        {
            cx.emit(
                "M012",
                Loc::Line(i),
                format!("\"{t}\" looks like an item heading, but it comes before the first item"),
            );
        }
    }
}

static BARE_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(?:(?i:it\s+was)\s+)?(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided|Decision)\s*[:\-–—.]?$")
        .unwrap()
});

/// A paragraph that states a motion: "That ...", a quotation, "proposed", "moved".
static MOTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r#"(?i)^(?:that(?-u:\b)|["“‘'])|(?-u:\b)(?:propos\w*|moved|motion|recommend\w*|seconded)(?-u:\b)"#).unwrap()
});

/// M020 (bare keywords): a keyword line with no decision read from it or the next line.
fn bare_keywords(cx: &mut Cx) {
    let Some(text) = cx.text else { return };
    let mut lines: Vec<u32> = cx
        .record
        .items
        .iter()
        .flat_map(|it| it.decisions.iter().map(|d| d.evidence.line))
        .collect();
    lines.sort_unstable();
    for (i, line) in text.lines.iter().enumerate() {
        let t = line.trimmed();
        if t.len() > 24 || !BARE_KEYWORD.is_match(t) {
            continue;
        }
        let next = (i + 1..text.lines.len()).find(|&j| !text.lines[j].is_blank()).unwrap_or(i);
        let (from, to) = (i as u32 + 1, next as u32 + 1);
        let k = lines.partition_point(|&l| l < from);
        // "AGREED" or "Resolved." alone may close the motion written above it ("That
        // ...", "Cllr X proposed that ...", a quoted motion); with a colon or dash it
        // announces text that must follow.
        let closes = !t.ends_with([':', '-', '–', '—'])
            && (0..i)
                .rev()
                .find(|&j| !text.lines[j].is_blank())
                .is_some_and(|j| MOTION.is_match(text.lines[j].trimmed()));
        if !closes && lines.get(k).is_none_or(|&l| l > to) {
            cx.emit("M020", Loc::Line(i), format!("\"{t}\" has no decision text after it"));
        }
    }
}

/// M022: decisions in the preamble, which the record cannot hold.
fn decisions_before_items(cx: &mut Cx) {
    let (Some(text), Some(first)) = (cx.text, cx.record.items.first()) else { return };
    let Some(line) = text.lines.get((first.evidence.line as usize).saturating_sub(1)) else {
        return;
    };
    // Most preambles hold no decision word at all; only then read the whole text.
    static DECISION_WORD: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)resolv|agreed|decid|decision|carried|approved|motion").unwrap()
    });
    if line.start == 0 || !DECISION_WORD.is_match(&text.src[..line.start]) {
        return;
    }
    let formal = decisions::is_formal(text.src);
    let (found, _) = decisions::decisions_in(text, 0..line.start, formal);
    for d in found {
        cx.emit(
            "M022",
            Loc::Evidence(d.evidence),
            format!("a decision (\"{}\") before the first item, outside any item", d.verb),
        );
    }
}

/// M013: sections the configuration requires for this body.
fn required_sections(cx: &mut Cx) {
    let body = cx.record.meeting.body.as_deref();
    let mut missing = Vec::new();
    for req in cx.config.require.iter().filter(|r| r.applies_to(body)) {
        for section in &req.sections {
            let found = cx
                .record
                .items
                .iter()
                .any(|it| super::config::contains_ignore_case(&it.title, section));
            if !found {
                missing.push((section.clone(), req.body.clone()));
            }
        }
    }
    for (section, body) in missing {
        cx.emit(
            "M013",
            Loc::File,
            format!(
                "no item titled \"{section}\", which minutes.toml requires for bodies matching \"{body}\""
            ),
        );
    }
}

/// M020 (empty decisions) and M021: decisions without text, clauses out of sequence.
fn empty_decisions_and_clauses(cx: &mut Cx) {
    for item in &cx.record.items {
        for d in &item.decisions {
            let t = d.text.trim_matches(|c: char| !c.is_alphanumeric());
            if t.is_empty() || t.eq_ignore_ascii_case("that") {
                cx.emit(
                    "M020",
                    Loc::Evidence(d.evidence),
                    format!("\"{}\" has no decision text", d.verb),
                );
            }
            clause_sequence(cx, &d.clauses);
        }
    }
}

/// M021 over one level of a clause tree, then its children.
fn clause_sequence(cx: &mut Cx, clauses: &[Clause]) {
    let Some(first) = clauses.first() else { return };
    let system = LabelSystem::of(&first.label);
    for pair in clauses.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (Some(x), Some(y)) = (system.value(&a.label), system.value(&b.label)) else {
            continue;
        };
        if y != x + 1 {
            let what = if y == x {
                "repeats".to_string()
            } else if y < x {
                format!("comes after ({}): labels must increase", a.label)
            } else {
                format!("follows ({}): a label is missing", a.label)
            };
            cx.emit("M021", Loc::Evidence(b.evidence), format!("clause ({}) {what}", b.label));
        }
    }
    for c in clauses {
        clause_sequence(cx, &c.clauses);
    }
}

/// How a list of clauses is labelled, decided by its first label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LabelSystem {
    Digits,
    Letters,
    Roman,
}

impl LabelSystem {
    fn of(first: &str) -> LabelSystem {
        if first.starts_with(|c: char| c.is_ascii_digit()) {
            LabelSystem::Digits
        } else if first.eq_ignore_ascii_case("i") || first.chars().count() > 1 {
            LabelSystem::Roman
        } else {
            LabelSystem::Letters
        }
    }

    /// The label's position in this system: "c" is 3, "iv" is 4.
    fn value(self, label: &str) -> Option<u32> {
        match self {
            LabelSystem::Digits => label.parse().ok(),
            LabelSystem::Letters => {
                let mut chars = label.chars();
                let c = chars.next()?.to_ascii_lowercase();
                (chars.next().is_none() && c.is_ascii_lowercase())
                    .then(|| c as u32 - 'a' as u32 + 1)
            }
            LabelSystem::Roman => segment::roman(label),
        }
    }
}

/// True for statuses of someone at the meeting.
fn attending(s: AttendanceStatus) -> bool {
    !matches!(s, AttendanceStatus::Apologies | AttendanceStatus::Absent)
}

/// M030: the same person on both sides: present (or in attendance, substituting,
/// observing) and sending apologies (or absent). Matches names as the attendance merge
/// does: the whole name, or a surname alone against a longer name.
fn present_and_apologies(cx: &mut Cx) {
    let people = &cx.record.attendance;
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut by_surname: HashMap<String, usize> = HashMap::new();
    for (k, a) in people.iter().enumerate().filter(|(_, a)| attending(a.status)) {
        let key = name_key(&a.name);
        if let Some(surname) = key.rsplit(' ').next().filter(|_| key.contains(' ')) {
            by_surname.entry(surname.to_string()).or_insert(k);
        }
        by_name.entry(key).or_insert(k);
    }
    let mut found = Vec::new();
    // "Absent: Cllr X (arrived at 9.40)": late, not absent.
    static PART_TIME: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)(?-u:\b)(?:arriv\w*|late|lateness|left|leaving|departed|joined|until|from\s+(?:item|minute))(?-u:\b)").unwrap()
    });
    let line_of = |a: &Attendee| {
        cx.text
            .and_then(|t| t.lines.get((a.evidence.line as usize).saturating_sub(1)))
            .map(|l| l.text)
    };
    for away in people.iter().filter(|a| !attending(a.status)) {
        if line_of(away).is_some_and(|l| PART_TIME.is_match(l)) {
            continue;
        }
        let key = name_key(&away.name);
        let surname = key.rsplit(' ').next().unwrap_or("");
        let hit = by_name.get(&key).or_else(|| {
            if key.contains(' ') { by_name.get(surname) } else { by_surname.get(&key) }
        });
        if let Some(&k) = hit {
            found.push((&people[k], away));
        }
    }
    for (here, away) in found {
        let (later, earlier) = if away.evidence.char_start >= here.evidence.char_start {
            (away, here)
        } else {
            (here, away)
        };
        cx.emit(
            "M030",
            Loc::Evidence(later.evidence),
            format!(
                "{} is listed as {} (line {}) and as {}",
                later.name,
                status_words(earlier.status),
                earlier.evidence.line,
                status_words(later.status)
            ),
        );
    }
}

fn status_words(s: AttendanceStatus) -> &'static str {
    match s {
        AttendanceStatus::Present => "present",
        AttendanceStatus::InAttendance => "in attendance",
        AttendanceStatus::Substitute => "a substitute",
        AttendanceStatus::Observer => "an observer",
        AttendanceStatus::Apologies => "sending apologies",
        AttendanceStatus::Absent => "absent",
    }
}

/// M031 and M032, from what the attendance merge folded away.
fn merges(cx: &mut Cx, merged: &[Merged]) {
    let people = &cx.record.attendance;
    for m in merged {
        match m {
            Merged::Replaced { member, substitute } => {
                let (Some(member), Some(sub)) = (people.get(*member), people.get(*substitute))
                else {
                    continue;
                };
                cx.emit(
                    "M031",
                    Loc::Evidence(member.evidence),
                    format!(
                        "{} is listed as present, but {} (line {}) substitutes for them",
                        member.name, sub.name, sub.evidence.line
                    ),
                );
            }
            Merged::Repeat { kept, entry } => {
                let Some(first) = people.get(*kept) else { continue };
                if same_list(cx, first, entry) {
                    cx.emit(
                        "M032",
                        Loc::Evidence(entry.evidence),
                        format!(
                            "{} is listed twice as {} (also on line {})",
                            entry.name,
                            status_words(entry.status),
                            first.evidence.line
                        ),
                    );
                }
            }
        }
    }
}

/// True when two entries for one person are a repeat in one list, not the same person
/// named again elsewhere on purpose: a "Chair:" line then the members present, the
/// apologies label then the apologies item, a role stated twice.
fn same_list(cx: &Cx, a: &Attendee, b: &Attendee) -> bool {
    if a.role.is_some() || b.role.is_some() || a.group != b.group {
        return false;
    }
    let region = |line: u32| cx.record.items.partition_point(|it| it.evidence.line <= line);
    if region(a.evidence.line) != region(b.evidence.line) {
        return false;
    }
    let Some(text) = cx.text else { return false };
    // One entry a line: a short line, not a sentence that names someone again.
    let listed = |e: &Attendee| {
        text.lines.get((e.evidence.line as usize).saturating_sub(1)).is_some_and(|l| {
            let words = l.trimmed().split_whitespace().count();
            words <= 12 && (!l.trimmed().ends_with('.') || words <= 5)
        })
    };
    if a.evidence.line != b.evidence.line && !(listed(a) && listed(b)) {
        return false;
    }
    // No label between them: the lines from one to the other hold names only.
    let (lo, hi) = (a.evidence.line.min(b.evidence.line), a.evidence.line.max(b.evidence.line));
    // A list that long is not one list; and the scan stays short.
    if hi - lo > 100 {
        return false;
    }
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"^[^:]{2,40}:\s*$|(?i)^\s*(?:apolog|absent|present|in attendance|also|officers|substitut)").unwrap()
    });
    (lo..hi)
        .skip(1)
        .filter_map(|l| text.lines.get(l as usize - 1))
        .all(|l| !LABEL.is_match(l.trimmed()))
}

/// M040 and M041: percentages.
fn percentages(cx: &mut Cx) {
    let ps = &cx.record.percentages;
    if ps.is_empty() {
        return;
    }
    if cx.enabled("M041") {
        for p in ps.iter().filter(|p| p.kind == PercentageKind::Percent) {
            let top = p.range_to.unwrap_or(p.value).max(p.value);
            if top > 100.0 && !GROWTH.is_match(&p.context) {
                cx.emit(
                    "M041",
                    Loc::Evidence(p.evidence),
                    format!(
                        "{} is over 100% but the sentence says nothing of an increase, growth or a reference it is measured against",
                        p.raw
                    ),
                );
            }
        }
    }
    if cx.enabled("M040") {
        for group in breakdowns(ps) {
            let sum: f64 = group.iter().map(|p| p.value).sum();
            let decimals = group.iter().map(|p| decimals(&p.raw)).max().unwrap_or(0);
            let unit = 10f64.powi(-(decimals as i32));
            // Each value may be rounded by half a unit.
            let tolerance = 0.5 * unit * group.len() as f64 + 1e-9;
            if (sum - 100.0).abs() > tolerance {
                let parts: Vec<&str> = group.iter().map(|p| p.raw.as_str()).collect();
                cx.emit(
                    "M040",
                    Loc::Evidence(group[0].evidence),
                    format!(
                        "a breakdown of a whole ({}) adds up to {}%, not 100%",
                        parts.join(" + "),
                        round(sum, decimals)
                    ),
                );
            }
        }
    }
}

/// Wording under which a percentage over 100 is expected: a change, or a share of a
/// reference that can be exceeded (budget, target, capacity).
static GROWTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:increas\w*|ris(?:e|es|en|ing)|rose|grow\w*|grew|growth|up|higher|more|above|over|exceed\w*|uplift|jump\w*|surg\w*|doubl\w*|tripl\w*|gain\w*|change\w*|premium|return|of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:target|budget|plan|forecast|baseline|average|capacity|benchmark|estimate|allocation|requirement|standard|level|rate|figure|year|previous))(?-u:\b)").unwrap()
});

/// Words that say a sentence's percentages share out one whole.
static WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:split|broken\s+down|breakdown|made\s+up\s+of|comprised\s+of|composed\s+of|divided\s+(?:between|among|into|as\s+follows)|the\s+remainder|the\s+rest|the\s+remaining)(?-u:\b)").unwrap()
});

/// A share of a named whole: "account for 20.1% of NEET" gives "neet".
static SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?:account(?:s|ed|ing)?\s+for|make\s+up|makes\s+up|made\s+up|represent(?:s|ed|ing)?|comprise[sd]?|are|is|were|was)\s+(?:about\s+|around\s+|approximately\s+|some\s+)?$").unwrap()
});
static OF_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^\s+of\s+(?:all\s+)?(?:the\s+)?([\w’'-]+)").unwrap()
});
static RESIDUAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:other|others|remaining|remainder|rest)(?-u:\b)").unwrap()
});

/// Groups of percentages that claim to share out one whole: several in one sentence with
/// "split", "made up of", "the remainder"...; or a list of shares of the same whole ("G4
/// account for 20.1% of NEET", "G5 ... 63.1% of NEET") on nearby lines that names the
/// rest ("other reasons") or adds up to more than the whole.
fn breakdowns(ps: &[Percentage]) -> Vec<Vec<&Percentage>> {
    let plain = |p: &Percentage| p.kind == PercentageKind::Percent && p.range_to.is_none();
    let mut out = Vec::new();
    // Sentences.
    let mut k = 0;
    while k < ps.len() {
        let mut end = k + 1;
        while end < ps.len() && ps[end].context == ps[k].context {
            end += 1;
        }
        let group: Vec<&Percentage> = ps[k..end].iter().collect();
        if group.len() >= 2
            && group.iter().all(|p| plain(p))
            && let Some(shares) = sentence_shares(&group)
        {
            out.push(shares);
        }
        k = end;
    }
    // Lists of shares of one whole.
    let whole_of = |p: &Percentage| -> Option<String> {
        let at = p.context.find(&p.raw)?;
        if !SHARE.is_match(&p.context[..at]) {
            return None;
        }
        let caps = OF_WHOLE.captures(&p.context[at + p.raw.len()..])?;
        Some(caps.get(1)?.as_str().to_lowercase())
    };
    let mut k = 0;
    while k < ps.len() {
        let Some(whole) = whole_of(&ps[k]).filter(|_| plain(&ps[k])) else {
            k += 1;
            continue;
        };
        let mut end = k + 1;
        while end < ps.len()
            && plain(&ps[end])
            && ps[end].evidence.line <= ps[end - 1].evidence.line + 3
            && ps[end].context != ps[end - 1].context
            && whole_of(&ps[end]).as_deref() == Some(whole.as_str())
        {
            end += 1;
        }
        let group: Vec<&Percentage> = ps[k..end].iter().collect();
        let sum: f64 = group.iter().map(|p| p.value).sum();
        let names_rest = group.iter().any(|p| RESIDUAL.is_match(&p.context));
        if group.len() >= 2 && (names_rest || sum > 100.5) {
            out.push(group);
        }
        k = end;
    }
    out
}

/// The most parts [`sentence_shares`] looks for consistent runs among.
const MAX_PARTS: usize = 12;

/// The shares of a whole that the percentages of one sentence (`group`, in text order)
/// claim to be, when they do not add up: `None` when the sentence shares nothing out or
/// its figures are consistent.
///
/// A word that introduces a breakdown ("split", "made up of", "divided between") shares
/// out what follows it: values before it are the whole or something else ("35% affordable
/// housing, with a tenure split of 70% … and 30% …"; "girls' teams receive 18 percent …
/// and asked for a fairer split" shares nothing). A remainder ("the remaining 20 per cent",
/// "the rest") counts every value, and one not given as a number covers the gap: "62% …
/// on track, 25% … delayed and the remainder had not started" is no error. The figures are
/// consistent when some run of neighbouring shares makes 100, or makes another value of
/// the sentence (a breakdown of a part: "an increase of 4.99%, made up of 2.99% … and
/// 2% …").
fn sentence_shares<'a>(group: &[&'a Percentage]) -> Option<Vec<&'a Percentage>> {
    let context = &group.first()?.context;
    let word = WHOLE.find(context)?;
    let remainder = RESIDUAL.is_match(word.as_str());
    // Where each value is written in the sentence (in order; the same figure may recur).
    let mut from = 0;
    let at: Vec<usize> = group
        .iter()
        .map(|p| {
            let pos =
                context.get(from..).and_then(|rest| rest.find(&p.raw)).map_or(from, |i| from + i);
            from = pos + p.raw.len().min(context.len() - pos);
            pos
        })
        .collect();
    let shares: Vec<&Percentage> = if remainder {
        group.to_vec()
    } else {
        group.iter().zip(&at).filter(|(_, a)| **a >= word.end()).map(|(p, _)| *p).collect()
    };
    if shares.len() < 2 {
        return None;
    }
    let sum: f64 = shares.iter().map(|p| p.value).sum();
    if remainder && sum < 100.0 {
        return None;
    }
    let decimals = group.iter().map(|p| decimals(&p.raw)).max().unwrap_or(0);
    let unit = 10f64.powi(-(decimals as i32));
    // A breakdown has a handful of parts; a sentence of dozens of figures is a table run
    // together, read as a whole (and the runs below would cost the cube of its length).
    if shares.len() > MAX_PARTS || group.len() > 2 * MAX_PARTS {
        return Some(shares);
    }
    for i in 0..shares.len() {
        for j in i + 2..=shares.len() {
            let run: f64 = shares[i..j].iter().map(|p| p.value).sum();
            let tolerance = 0.5 * unit * (j - i + 1) as f64 + 1e-9;
            let makes_another = group.iter().any(|p| {
                !shares[i..j].iter().any(|q| std::ptr::eq(*q, *p))
                    && (run - p.value).abs() <= tolerance
            });
            if (run - 100.0).abs() <= tolerance || makes_another {
                return None;
            }
        }
    }
    Some(shares)
}

/// Digits after the decimal point in a percentage as written ("20.1%" has 1).
fn decimals(raw: &str) -> usize {
    let number: String = raw
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    number.split_once('.').map_or(0, |(_, d)| d.len())
}

fn round(x: f64, decimals: usize) -> String {
    format!("{x:.decimals$}")
}

/// M050 and M051: the text layer.
fn text_layer(cx: &mut Cx) {
    let (Some(doc), Some(text)) = (cx.doc, cx.text) else { return };
    if let Some(layer) = &cx.record.source.text_layer {
        for &page in &layer.pages_without_text {
            let start = doc.page_starts.get(page as usize - 1).copied().unwrap_or(0);
            cx.emit(
                "M050",
                Loc::Line(text.line_of(start)),
                format!(
                    "page {page} has no text layer (a scanned image?); run with --ocr to read it"
                ),
            );
        }
    }
    if !cx.enabled("M051") {
        return;
    }
    let unmapped = cx.record.source.text_layer.as_ref().map_or(0, |l| l.unmapped_glyphs);
    let finder = memchr::memmem::Finder::new("\u{FFFD}");
    let replaced = finder.find_iter(text.src.as_bytes()).count() as u64;
    let bad = unmapped + replaced;
    let total = text.char_offset(text.src.len()) + unmapped;
    if bad == 0
        || total == 0
        || (bad as f64) / (total as f64) <= cx.config.unmapped_glyphs_threshold
    {
        return;
    }
    let loc = match finder.find(text.src.as_bytes()) {
        Some(at) => Loc::Line(text.line_of(at)),
        None => Loc::File,
    };
    cx.emit(
        "M051",
        loc,
        format!(
            "{bad} of {total} characters could not be read ({:.1}%: unmapped glyphs or replacement characters); the text is incomplete",
            bad as f64 * 100.0 / total as f64
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_unique() {
        for pair in RULES.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} {}", pair[0].code, pair[1].code);
        }
        for r in RULES {
            assert!(r.code.len() == 4 && r.code.starts_with('M'));
            assert!(r.summary.ends_with('.'));
        }
    }

    #[test]
    fn steps_between_item_numbers() {
        assert_eq!(step(&[3, 0], &[4, 0]), Some((0, 1)));
        assert_eq!(step(&[3, 0], &[6, 0]), Some((0, 3)));
        assert_eq!(step(&[4, 2], &[5, 0]), Some((0, 1)));
        assert_eq!(step(&[45, 19], &[47, 19]), Some((0, 2)));
        assert_eq!(step(&[23, 1, 5], &[24, 2, 5]), None);
    }

    #[test]
    fn clause_labels() {
        assert_eq!(LabelSystem::of("a").value("c"), Some(3));
        assert_eq!(LabelSystem::of("a").value("i"), Some(9));
        assert_eq!(LabelSystem::of("i").value("iv"), Some(4));
        assert_eq!(LabelSystem::of("1").value("12"), Some(12));
    }

    #[test]
    fn bare_numbers() {
        assert!(maybe_numbered("7. Budget") && maybe_numbered("CPB/23/12 Minutes"));
        assert!(maybe_numbered("IV. Reports") && maybe_numbered("Item 7: Budget"));
        assert!(!maybe_numbered("The Committee noted the report.") && !maybe_numbered(""));
        assert!(is_bare_number("7."));
        assert!(is_bare_number("Item 7:"));
        assert!(!is_bare_number("7. Budget"));
        assert!(punctuated_number("7. Budget"));
        assert!(punctuated_number("Item 7 Budget"));
        assert!(!punctuated_number("7 Budget"));
    }

    #[test]
    fn decimals_and_growth() {
        assert_eq!(decimals("20.1%"), 1);
        assert_eq!(decimals("64 per cent"), 0);
        assert!(GROWTH.is_match("an increase of 150% on last year"));
        assert!(GROWTH.is_match("spending was 112% of the budget"));
        assert!(GROWTH.is_match("the rate was 130% of the national average"));
        assert!(!GROWTH.is_match("Attendance was 953% this term"));
    }
}
