//! Meeting metadata from the document's heading (the preamble): organisation, body, title,
//! date, start and end time, location.
//!
//! Dates: "Thursday, 10th September, 2020", "25 January 2019", "Wednesday 5th February
//! 2014", "March 7, 2023", "2023-03-07", and numeric "10/09/2020", read day first (UK and
//! Ireland) unless the document writes its dates month first ("March 7, 2023") or the day
//! cannot be a month (13/03/2023 either way). Times: "6.00 pm" -> 18:00, "5pm - 7pm" -> start
//! and end, "19:30"; the end time also from "The meeting closed at 8.45pm".

use crate::model::{Meeting, MeetingEvidence};
use crate::segment::Segments;
use crate::text::{
    AnyWord, JOINING_WORDS, Line, Text, Words, contains_ignore_ascii_case, floor_char_boundary,
};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Extracts the meeting from the preamble (or the first lines when there is none).
pub fn extract(text: &Text, segments: &Segments) -> Meeting {
    let mut m = Meeting::default();
    let mut ev = MeetingEvidence::default();
    let head = heading_lines(text, segments);
    // Whether dates are month first: scanned for only when a numeric date could be read
    // either way (most documents have none).
    let mut us_cache = None;
    let mut us = || *us_cache.get_or_insert_with(|| is_us(text.src));

    // Heading paragraphs: consecutive lines joined (a date or place may wrap), with the
    // line ends as spaces so byte offsets still point into the text.
    let paras = paragraphs(&head);

    // Date: prefer a paragraph that speaks of the meeting.
    let mut best: Option<(i32, String, Range<usize>)> = None;
    for (k, p) in paras.iter().enumerate() {
        // A date in paragraph `k` scores at most 30 - min(k, 10), and that bound never
        // grows with `k`: once the best score reaches it, no later date can beat it (a
        // date replaces the best only with a higher score), so the rest go unread.
        if best.as_ref().is_some_and(|b| b.0 >= 30 - k.min(10) as i32) {
            break;
        }
        let found = dates_with(&p.text, &mut us);
        if found.is_empty() {
            continue;
        }
        // A summons sets the date out on a line of its own: "... to be held in the Council
        // Chamber on" / "TUESDAY, 10 MARCH 2026 at 7.30 pm".
        let continues = k > 0 && ends_with_on(&paras[k - 1].text);
        let speaks_of_meeting =
            speaks_of_meeting(&p.text) || (continues && speaks_of_meeting(&paras[k - 1].text));
        for (date, span) in found {
            let mut score = 10 - k.min(10) as i32;
            if speaks_of_meeting {
                score += 20;
            }
            if is_paper_date(&p.text[..span.start]) {
                // The date a paper was published or sent loses to any other date.
                score -= 40;
            }
            if best.as_ref().is_none_or(|b| score > b.0) {
                best = Some((score, date, p.start + span.start..p.start + span.end));
            }
        }
    }
    if let Some((_, date, span)) = best {
        m.date = Some(date);
        ev.date = Some(text.evidence(span));
    }

    // Times: in the heading; the end also from "closed at".
    for p in &paras {
        if let Some((start, end, span)) = times(&p.text)
            && !is_next_meeting(&p.text)
        {
            m.start_time = Some(start);
            m.end_time = end;
            ev.time = Some(text.evidence(p.start + span.start..p.start + span.end));
            break;
        }
    }
    if m.end_time.is_none() {
        let closed = CLOSED_VERB.find_iter(text.src).find_map(|v| {
            let from = floor_char_boundary(text.src, v.start.saturating_sub(24));
            let to = floor_char_boundary(text.src, (v.end + 40).min(text.src.len()));
            let window = &text.src[from..to];
            // Every match has the time's first digit (an ASCII one: `\d` is narrowed), so
            // a window without one is not searched.
            if !window.bytes().any(|b| b.is_ascii_digit()) {
                return None;
            }
            closed_at(window).map(|c| (c, from))
        });
        if let Some(((g, t), base)) = closed
            && let Some(t) = parse_time(&text.src[base + t.start..base + t.end])
        {
            m.end_time = Some(t);
            ev.time = ev.time.or_else(|| Some(text.evidence(base + g.start..base + g.end)));
        }
    }

    // Body, organisation, title.
    let (body, org, title) = names(text, &head);
    if let Some((b, r)) = body {
        m.body = Some(b);
        ev.body = Some(text.evidence(r));
    }
    if let Some((o, r)) = org {
        m.organisation = Some(o);
        ev.organisation = Some(text.evidence(r));
    }
    if let Some((t, r)) = title {
        m.title = Some(t);
        ev.title = Some(text.evidence(r));
    }
    // The text names the body by a bare word ("Council", "Board"): the page header may name
    // it in full (it is not part of the text, so the value has no evidence). A header is
    // not read for a body the text never names: its name may be the organisation's, over a
    // committee's papers.
    // "Full Council" is the council too.
    let bare = m
        .body
        .as_deref()
        .map(|b| b.get(..5).filter(|f| f.eq_ignore_ascii_case("full ")).map_or(b, |_| &b[5..]));
    // A bare "Council" under a header that names an organisation ("MUNICIPALITY OF
    // BRACKENRIDGE" over "Regular Meeting of Council") is that organisation meeting as a
    // council: the organisation and the body.
    if let Some(bare) = bare.filter(|b| !b.contains(' '))
        && !text.header.is_empty()
        && let Some((full, is_org)) =
            header_body(text.header, bare).map(|f| (f, false)).or_else(|| {
                GENERIC_BODY
                    .is_match(bare)
                    .then(|| header_org(text.header))
                    .flatten()
                    .map(|o| (o, true))
            })
    {
        if m.organisation.is_none() && is_org
            || m.organisation.is_some() && m.organisation == m.body
        {
            m.organisation = Some(full.clone());
            ev.organisation = None;
        }
        m.body = Some(full);
        ev.body = None;
    }
    if let Some((loc, r)) = location(&head) {
        m.location = Some(loc);
        ev.location = Some(text.evidence(r));
    }
    m.evidence = ev;
    m
}

/// The body a first-page header names in full: a cell or line that ends with `bare`
/// ("Council", "Board"), has two to eight words,
/// is cased as a name and holds no digit and no word of the meeting ("WIRRABILLA SHIRE
/// COUNCIL" beside "Ordinary Meeting of Council"). A logo's name set over short lines is
/// joined ("NHS" / "Kernow Vale" / "Integrated Care Board").
fn header_body(header: &str, bare: &str) -> Option<String> {
    let ends_right = |c: &str| c.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(bare));
    let is_name = |c: &str| {
        let words = c.split_whitespace().count();
        (1..=8).contains(&words)
            && !c.contains(|ch: char| {
                ch.is_ascii_digit() || matches!(ch, ':' | ',' | '.' | '(' | '|')
            })
            && is_name_cased(c)
            && !contains_ignore_ascii_case(c, "minutes")
            && !contains_ignore_ascii_case(c, "meeting")
    };
    let lines: Vec<&str> = header.lines().map(str::trim).collect();
    for (i, line) in lines.iter().enumerate() {
        for cell in line.split('\t').map(str::trim) {
            let cell = cell.split_whitespace().collect::<Vec<_>>().join(" ");
            if !ends_right(&cell) || !is_name(&cell) {
                continue;
            }
            // Short lines above a one-cell line are the start of its name.
            let mut parts = vec![cell.clone()];
            if !line.contains('\t') {
                for above in lines[..i].iter().rev().take(3) {
                    if above.contains('\t')
                        || above.split_whitespace().count() > 3
                        || !is_name(above)
                        || is_other_language_name(above)
                    {
                        break;
                    }
                    parts.insert(0, above.to_string());
                }
            }
            let full = parts.join(" ");
            if full.split_whitespace().count() >= 2 && full.split_whitespace().count() <= 8 {
                return Some(title_case_if_caps(&full));
            }
        }
    }
    None
}

/// "CYNGOR TREF ABERCELYN" over "ABERCELYN TOWN COUNCIL", "Comhairle Contae ..." over
/// "... County Council": a council's name in Welsh or Irish set above its English name is
/// the same name in another language, not the start of the English one. (A look at the
/// first word: "Cyngor" or "Comhairle".)
fn is_other_language_name(line: &str) -> bool {
    line.split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("cyngor") || w.eq_ignore_ascii_case("comhairle"))
}

/// The organisation a first-page header names on one of its first lines ("MUNICIPALITY OF
/// BRACKENRIDGE" over the address line), as written or in title case if in capitals.
fn header_org(header: &str) -> Option<String> {
    header.lines().take(4).find_map(|line| {
        let line = line.trim();
        (word_count(line, 10) <= 10).then(|| org_name(line)).flatten().map(title_case_if_caps)
    })
}

/// Consecutive heading lines joined, line ends replaced by spaces (same byte length).
struct Para {
    start: usize,
    text: String,
}

fn paragraphs(head: &[Line]) -> Vec<Para> {
    let mut out: Vec<Para> = Vec::new();
    let mut k = 0;
    while k < head.len() {
        // The run of lines with consecutive indexes from `k` (lines next to each other in
        // the text, one line end apart), joined in one allocation of the run's length.
        let mut e = k;
        while head.get(e + 1).is_some_and(|n| n.index == head[e].index + 1) {
            e += 1;
        }
        let mut text = String::with_capacity(head[e].end().saturating_sub(head[k].start));
        for (j, l) in head[k..=e].iter().enumerate() {
            if j > 0 {
                text.push(' ');
            }
            text.push_str(l.text);
        }
        out.push(Para { start: head[k].start, text });
        k = e + 1;
    }
    out
}

/// The lines the meeting is described in: the preamble, or the first 15 lines.
fn heading_lines<'a>(text: &'a Text<'a>, segments: &Segments) -> Vec<Line<'a>> {
    let pre = &segments.preamble;
    // The lines are in text order: the preamble's lines are the run from the first that
    // starts at or after its start to the last that starts before its end (looked up, not
    // found by reading every line of the document).
    let from = text.lines.partition_point(|l| l.start < pre.start);
    let mut out: Vec<Line> = text.lines[from..]
        .iter()
        .take_while(|l| l.start < pre.end)
        .filter(|l| !l.is_blank())
        .take(60)
        .copied()
        .collect();
    if out.len() < 2 {
        // No preamble to speak of ("Agenda Item 7" opens a report): the first lines, except
        // item headings.
        let in_heading = |l: &Line| {
            segments.items.iter().any(|it| it.heading.start <= l.start && l.start < it.heading.end)
        };
        out = text
            .lines
            .iter()
            .filter(|l| !l.is_blank() && !in_heading(l))
            .take(15)
            .copied()
            .collect();
        if !segments.items.is_empty() && segments.items[0].number.is_none() {
            // A single published item: its body is not a heading.
            out.clear();
        }
    }
    out
}

/// Whether a paragraph breaks off before its date: it ends with the word "on".
fn ends_with_on(p: &str) -> bool {
    crate::text::ends_with_ignore_ascii_case(p.trim_end().trim_end_matches(':').trim_end(), " on")
}

/// Whether the text just before a date labels it as the date of the paper, not of the
/// meeting ("Date of publication: 30 June 2025", "Issued: ...", "Despatched on ...").
fn is_paper_date(before: &str) -> bool {
    static PAPER: AnyWord = AnyWord::new(&[
        "publication",
        "published",
        "date of issue",
        "issued",
        "despatch",
        "dispatch",
        "circulated",
        "date of report",
        // An e-mail's "Sent:" header over pasted notes.
        "sent",
    ]);
    PAPER.is_in(&before[floor_char_boundary(before, before.len().saturating_sub(24))..])
}

static MEETING_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?-u:\b)(meeting|held|minutes|date|notes|summary|commencing|convened)(?-u:\b)",
    )
    .unwrap()
});

/// [`MEETING_WORDS`] as a word list: in ASCII text, where lower case is ASCII lower case,
/// the pattern over the text in lower case is the words between ASCII word boundaries in
/// any ASCII case.
static MEETING_WORD: WordList = WordList::new(&[
    "meeting",
    "held",
    "minutes",
    "date",
    "notes",
    "summary",
    "commencing",
    "convened",
]);

/// Whether a paragraph speaks of the meeting: [`MEETING_WORDS`] matches it in lower case.
/// (ASCII text is read with [`MEETING_WORD`], without a copy; other text is put in lower
/// case and searched, since a character such as the Kelvin sign lowers to an ASCII letter.)
fn speaks_of_meeting(p: &str) -> bool {
    if p.is_ascii() { MEETING_WORD.is_in(p) } else { MEETING_WORDS.is_match(&p.to_lowercase()) }
}

const MONTH: &str = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(&format!(r"(?i)(?-u:\b)(?P<day>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?(?:\s+(?:day\s+)?of)?[\s,]+{MONTH}\.?,?\s+(?P<year>(?:19|20)\d\d)(?-u:\b)")).unwrap()
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(&format!(
        r"(?i)(?-u:\b){MONTH}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?-u:\b)"
    ))
    .unwrap()
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?-u:\b)(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P<sep2>[/.\-])(?P<year>(?:19|20)\d\d|\d\d)(?-u:\b)").unwrap()
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?-u:\b)(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?-u:\b)")
        .unwrap()
});

/// True when the document writes dates month first ("March 7, 2023") and never day first.
fn is_us(src: &str) -> bool {
    let head = &src[..floor_char_boundary(src, src.len().min(20_000))];
    MONTH_DAY_YEAR.is_match(head) && !DAY_MONTH_YEAR.is_match(head)
}

fn month_number(m: &str) -> Option<u32> {
    let m = m.to_lowercase();
    let k = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    k.iter().position(|p| m.starts_with(p)).map(|i| i as u32 + 1)
}

fn valid(y: u32, m: u32, d: u32) -> Option<String> {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => return None,
    };
    (d >= 1 && d <= days && (1900..=2100).contains(&y)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Every date on a line, as ISO strings with their byte ranges.
pub fn dates(line: &str, us: bool) -> Vec<(String, Range<usize>)> {
    dates_with(line, &mut || us)
}

/// Whether `b` has a year of the form the named-month and ISO patterns need ("19dd" or
/// "20dd"), and whether it has a digit, a separator of a numeric date and a digit in a row
/// ("10/09"). One pass, looking only around digits.
fn date_looks(b: &[u8]) -> (bool, bool) {
    let (mut year, mut numeric) = (false, false);
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii_digit() {
            continue;
        }
        year = year
            || matches!((c, b.get(i + 1)), (b'1', Some(b'9')) | (b'2', Some(b'0')))
                && b.get(i + 2).is_some_and(u8::is_ascii_digit)
                && b.get(i + 3).is_some_and(u8::is_ascii_digit);
        numeric = numeric
            || matches!(b.get(i + 1), Some(b'/' | b'.' | b'-'))
                && b.get(i + 2).is_some_and(u8::is_ascii_digit);
        if year && numeric {
            break;
        }
    }
    (year, numeric)
}

/// [`dates`], asking `us` whether dates are month first only when a numeric date could be
/// read either way. The patterns run only on lines with what they need (a year, or digits
/// around a separator): most lines have neither.
fn dates_with(line: &str, us: &mut dyn FnMut() -> bool) -> Vec<(String, Range<usize>)> {
    dates_up_to(line, us, usize::MAX)
}

/// The months as [`MONTH`] spells them, each with its forms in the order the pattern tries
/// them (the longer first: its optional endings are greedy). No two months share their
/// first three letters, so at most one month's forms can match at a byte.
const MONTH_FORMS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// The parts of a named-month date match ([`DAY_MONTH_YEAR`] or [`MONTH_DAY_YEAR`]), as
/// byte ranges of the text: the whole match, the day, the month and the year.
#[derive(Debug, Clone, PartialEq)]
struct NamedDate {
    whole: Range<usize>,
    day: Range<usize>,
    month: Range<usize>,
    year: Range<usize>,
}

/// The length of the white space character (`\s`) `s` opens with, if it does.
fn one_space_len(s: &str) -> Option<usize> {
    s.chars().next().filter(|c| c.is_whitespace()).map(char::len_utf8)
}

/// A month's name ([`MONTH`], ignoring case as [`folds_to`]) at byte `at` of `s`, the
/// forms tried in the pattern's order, each kept only when `rest` matches after it: the
/// month's range and what `rest` gives.
fn month_then<T>(
    s: &str,
    at: usize,
    mut rest: impl FnMut(usize) -> Option<T>,
) -> Option<(Range<usize>, T)> {
    let b = s.as_bytes();
    // The month by its first three letters, in ASCII (the first may be the long s, two
    // bytes, for "sep"; no other of the first three letters of a month is an "s" or a "k",
    // so in ASCII case is all there is to ignore).
    let month = match *b.get(at)? {
        0xC5 => 8,
        _ => {
            let key = b.get(at..at + 3)?;
            let key = [key[0] | 0x20, key[1] | 0x20, key[2] | 0x20];
            MONTH_FORMS
                .iter()
                .position(|forms| forms.last().is_some_and(|w| w.as_bytes() == key))?
        }
    };
    MONTH_FORMS[month].iter().find_map(|w| {
        let e = at + word_end(&s[at..], w)?;
        rest(e).map(|t| (at..e, t))
    })
}

/// `\.?,?\s+(?P<year>(?:19|20)\d\d)(?-u:\b)` at byte `at` of `s` (the dot and the comma
/// are taken when there: left, each stands where only the next part or white space may):
/// the year's range.
fn year_after(s: &str, mut at: usize, dot: bool, comma: bool) -> Option<Range<usize>> {
    let b = s.as_bytes();
    if dot && b.get(at) == Some(&b'.') {
        at += 1;
    }
    if comma && b.get(at) == Some(&b',') {
        at += 1;
    }
    let gap = space_len(&s[at..]);
    if gap == 0 {
        return None;
    }
    at += gap;
    let y = b.get(at..at + 4)?;
    (matches!(&y[..2], b"19" | b"20")
        && y[2].is_ascii_digit()
        && y[3].is_ascii_digit()
        && ascii_boundary(b, at + 4))
    .then_some(at..at + 4)
}

/// An ordinal's letters (`st|nd|rd|th`, ignoring case as [`folds_to`]) at the start of
/// `s`: their length.
fn ordinal_len(s: &str) -> Option<usize> {
    ["st", "nd", "rd", "th"].iter().find_map(|w| word_end(s, w))
}

/// [`DAY_MONTH_YEAR`]'s match starting at byte `i` of `s`, read by hand, each optional
/// part tried as the pattern tries it (taken first):
/// `(?-u:\b)(?P<day>\d{1,2})(?:\s?(?:st|nd|rd|th))?(?:\s+(?:day\s+)?of)?[\s,]+MONTH\.?,?\s+(?P<year>(?:19|20)\d\d)(?-u:\b)`.
/// (The day takes both digits when there are two: one leaves a digit where white space, a
/// comma or a letter is needed; each run of white space or commas is taken whole, a
/// letter coming next.)
fn day_month_year_at(s: &str, i: usize) -> Option<NamedDate> {
    let b = s.as_bytes();
    if !b.get(i)?.is_ascii_digit() || !ascii_boundary(b, i) {
        return None;
    }
    let day = i..i + digits_len(&b[i..], 2);
    // After the ordinal: `(?:\s+(?:day\s+)?of)?[\s,]+MONTH\.?,?\s+YEAR\b`.
    let after_ordinal = |p: usize| {
        // `[\s,]+MONTH...` from `q`.
        let months = |q: usize| {
            let n = s[q..].find(|c: char| !(c.is_whitespace() || c == ',')).unwrap_or(s.len() - q);
            if n == 0 {
                return None;
            }
            month_then(s, q + n, |e| year_after(s, e, true, true))
        };
        let of = || {
            let gap = space_len(&s[p..]);
            if gap == 0 {
                return None;
            }
            let q = p + gap;
            let with_day = word_end(&s[q..], "day").and_then(|d| {
                let gap = space_len(&s[q + d..]);
                (gap > 0).then(|| q + d + gap)
            });
            [with_day, Some(q)].into_iter().flatten().find_map(|q| {
                let o = word_end(&s[q..], "of")?;
                months(q + o)
            })
        };
        of().or_else(|| months(p))
    };
    let p = day.end;
    let spaced = one_space_len(&s[p..]).and_then(|g| ordinal_len(&s[p + g..]).map(|o| p + g + o));
    let plain = ordinal_len(&s[p..]).map(|o| p + o);
    let (month, year) = [spaced, plain, Some(p)].into_iter().flatten().find_map(after_ordinal)?;
    Some(NamedDate { whole: i..year.end, day, month, year })
}

/// [`MONTH_DAY_YEAR`]'s match starting at byte `i` of `s`, read by hand as
/// [`day_month_year_at`]:
/// `(?-u:\b)MONTH\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?-u:\b)`.
fn month_day_year_at(s: &str, i: usize) -> Option<NamedDate> {
    let b = s.as_bytes();
    if !ascii_boundary(b, i) || !s.is_char_boundary(i) {
        return None;
    }
    let (month, (day, year)) = month_then(s, i, |mut at| {
        if b.get(at) == Some(&b'.') {
            at += 1;
        }
        let gap = space_len(&s[at..]);
        if gap == 0 {
            return None;
        }
        at += gap;
        let d = digits_len(&b[at..], 2);
        if d == 0 {
            return None;
        }
        let day = at..at + d;
        let with = ordinal_len(&s[day.end..]).map(|o| day.end + o);
        let year = [with, Some(day.end)]
            .into_iter()
            .flatten()
            .find_map(|p| year_after(s, p, false, true))?;
        Some((day, year))
    })?;
    Some(NamedDate { whole: i..year.end, day, month, year })
}

/// The matches of [`DAY_MONTH_YEAR`] (`day_first`) or [`MONTH_DAY_YEAR`] in `s`, one
/// after another as the pattern's `captures_iter` has them (none is empty: each search
/// goes on where the last match ended).
fn named_dates(s: &str, day_first: bool) -> impl Iterator<Item = NamedDate> + '_ {
    let b = s.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut from = 0;
    std::iter::from_fn(move || {
        // Only where a match can start: at a digit (day first) or at a byte that can open
        // a month (an ASCII letter or the long s's first byte), with an ASCII word boundary
        // before it (so not inside a word or a number).
        let mut i = from;
        let found = loop {
            let c = *b.get(i)?;
            let opens = if day_first {
                c.is_ascii_digit()
            } else {
                matches!(c | 0x20, b'j' | b'f' | b'm' | b'a' | b'o' | b'n' | b'd' | b's')
                    || c == 0xC5
            };
            if opens && (i == 0 || word(b[i - 1]) != word(c)) {
                let m = if day_first { day_month_year_at(s, i) } else { month_day_year_at(s, i) };
                if let Some(m) = m {
                    break m;
                }
            }
            i += 1;
        };
        from = found.whole.end;
        Some(found)
    })
}

/// [`dates_with`], stopping once `limit` dates are found (whether a line has a date at all
/// needs only the first one found; the dates found are the same as [`dates_with`]'s until
/// then, so with a limit of 1 the result is empty exactly when [`dates_with`]'s is). Cut
/// short, the dates are in the order found, not sorted.
fn dates_up_to(
    line: &str,
    us: &mut dyn FnMut() -> bool,
    limit: usize,
) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let (year, numeric) = date_looks(bytes);
    if !year && !numeric {
        return out;
    }
    // Named months, day first then month first; an overlap keeps the first reading.
    // (Read by hand, [`named_dates`], as the patterns would read them.)
    for day_first in [true, false].into_iter().filter(|_| year) {
        for c in named_dates(line, day_first) {
            let g = c.whole;
            if out.iter().any(|(_, r): &(String, Range<usize>)| r.start < g.end && g.start < r.end)
            {
                continue;
            }
            if let (Ok(d), Some(mo), Ok(y)) =
                (line[c.day].parse(), month_number(&line[c.month]), line[c.year].parse())
                && let Some(iso) = valid(y, mo, d)
            {
                out.push((iso, g));
                if out.len() >= limit {
                    return out;
                }
            }
        }
    }
    for c in (year && numeric).then(|| ISO.captures_iter(line)).into_iter().flatten() {
        let (Some(y), Some(mo), Some(d), Some(g)) =
            (c.name("year"), c.name("m"), c.name("d"), c.get(0))
        else {
            continue;
        };
        if let (Ok(y), Ok(mo), Ok(d)) =
            (y.as_str().parse(), mo.as_str().parse(), d.as_str().parse())
            && let Some(iso) = valid(y, mo, d)
        {
            out.push((iso, g.range()));
            if out.len() >= limit {
                return out;
            }
        }
    }
    for c in numeric.then(|| NUMERIC.captures_iter(line)).into_iter().flatten() {
        let (Some(a), Some(b), Some(y), Some(g)) =
            (c.name("a"), c.name("b"), c.name("year"), c.get(0))
        else {
            continue;
        };
        if c.name("sep").map(|m| m.as_str()) != c.name("sep2").map(|m| m.as_str()) {
            continue;
        }
        // Planning references like 21/01234/FUL are not dates: the match must stand alone.
        if line[g.end()..].starts_with(['/', '-']) || line[..g.start()].ends_with(['/', '-']) {
            continue;
        }
        let (Ok(a), Ok(b), Ok(mut y)) =
            (a.as_str().parse::<u32>(), b.as_str().parse::<u32>(), y.as_str().parse::<u32>())
        else {
            continue;
        };
        if y < 100 {
            y += 2000;
        }
        let (d, mo) = if a > 12 {
            (a, b)
        } else if b > 12 || (a != b && us()) {
            (b, a)
        } else {
            (a, b)
        };
        if let Some(iso) = valid(y, mo, d) {
            out.push((iso, g.range()));
        }
    }
    out.sort_by_key(|(_, r)| r.start);
    out
}

/// A clock time: the specification [`time_at`] reads by hand (as a pattern it cost about
/// 0.65 ms to build, and its captures were read twice per time: once to find it, once to
/// parse it). The tests hold [`time_at`] to it.
#[cfg(test)]
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?:\W|$)|(?-u:\b)(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?-u:\b)(?:\s*(?:hrs|hours|h)(?-u:\b))?|(?-u:\b)(?P<word>noon|midday)(?-u:\b)").unwrap()
});

static CLOSED_VERB: LazyLock<Words> = LazyLock::new(|| {
    Words::new(&["closed", "ended", "finished", "concluded", "terminated", "adjourned", "rose"])
});

/// "The meeting closed at 8.45pm": the specification [`closed_at`] is held to in the tests
/// (as a pattern it cost about 1 ms to build, most of it for its case-insensitive words).
#[cfg(test)]
static CLOSED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:meeting|which|it)\s+(?:was\s+)?(?:closed|ended|finished|concluded|terminated|adjourned|rose)(?:\s+at)?\s+(?P<t>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2})").unwrap()
});

/// Whether `c` is the ASCII lower-case letter `want` ignoring case as `(?i)` does: the
/// ASCII case, the long s ("ſ") for "s" and the Kelvin sign for "k", the only non-ASCII
/// characters whose case folds to an ASCII letter (a test holds this). Any other ASCII
/// character (" ", "-") is only itself.
fn folds_to(c: char, want: char) -> bool {
    c.to_ascii_lowercase() == want || want == 's' && c == 'ſ' || want == 'k' && c == '\u{212A}'
}

/// Words (ASCII lower case) looked for as the pattern `(?i)(?-u:\b)(?:word|...)(?-u:\b)`
/// would look for them, by hand (a case-insensitive alternation of many words costs about
/// half a millisecond to build; these lists are asked about short texts): a word starting
/// where the text has an ASCII word boundary (an ASCII letter, digit or "_" on one side
/// and none on the other, the text's ends being none; a non-ASCII byte is none), compared
/// ignoring case as [`folds_to`], and ending at one.
struct WordList {
    words: &'static [&'static str],
    /// For each byte, the words (bit `k` for `words[k]`; at most 64) that can start with
    /// it: those with that first letter in either ASCII case, and those that start with
    /// "s" or "k" for the first byte of "ſ" or of the Kelvin sign.
    starts: [u64; 256],
}

impl WordList {
    /// The list of `words` (ASCII lower case, not empty, at most 64).
    const fn new(words: &'static [&'static str]) -> WordList {
        assert!(words.len() <= 64);
        let mut starts = [0u64; 256];
        let mut k = 0;
        while k < words.len() {
            let first = words[k].as_bytes()[0];
            let bit = 1u64 << k;
            starts[first as usize] |= bit;
            starts[first.to_ascii_uppercase() as usize] |= bit;
            if first == b's' {
                starts[0xC5] |= bit;
            }
            if first == b'k' {
                starts[0xE2] |= bit;
            }
            k += 1;
        }
        WordList { words, starts }
    }

    /// Whether one of the words occurs in `s` between ASCII word boundaries.
    fn is_in(&self, s: &str) -> bool {
        let b = s.as_bytes();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let boundary = |i: usize| (i > 0 && word(b[i - 1])) != b.get(i).is_some_and(|&c| word(c));
        // (Where the text's bytes are the word's ignoring ASCII case, [`word_end`] finds it
        // too, and in ASCII text nothing else: it is asked only about other text.)
        let ascii = s.is_ascii();
        // One pass over the bytes, keeping whether the last was a word byte: a word is
        // compared only where a boundary stands before a byte it can start with.
        let mut prev = false;
        for (i, &first) in b.iter().enumerate() {
            let cur = word(first);
            let mut may = self.starts[first as usize];
            if cur != prev && may != 0 && s.is_char_boundary(i) {
                // The words that can start here, one by one.
                let found = std::iter::from_fn(|| {
                    let k = may.trailing_zeros() as usize;
                    may &= may.wrapping_sub(1);
                    self.words.get(k)
                })
                .any(|w| {
                    let w = w.as_bytes();
                    let end = if b.get(i..i + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w)) {
                        Some(w.len())
                    } else if ascii {
                        None
                    } else {
                        std::str::from_utf8(w).ok().and_then(|w| word_end(&s[i..], w))
                    };
                    end.is_some_and(|e| boundary(i + e))
                });
                if found {
                    return true;
                }
            }
            prev = cur;
        }
        false
    }
}

/// Where `word` (ASCII lower case) ends if `s` opens with it, ignoring case as [`folds_to`].
fn word_end(s: &str, word: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        if !folds_to(c, w) {
            return None;
        }
    }
    Some(chars.next().map_or(s.len(), |(i, _)| i))
}

/// The length of the run of white space (`\s`: Unicode's White_Space, as
/// `char::is_whitespace`) that `s` opens with.
fn space_len(s: &str) -> usize {
    s.find(|c: char| !c.is_whitespace()).unwrap_or(s.len())
}

/// The length of the run of ASCII digits, at most `max`, that `b` opens with.
fn digits_len(b: &[u8], max: usize) -> usize {
    b.iter().take(max).take_while(|c| c.is_ascii_digit()).count()
}

/// "am", "a.m", "PM", "p.m" (either case, the dot before "m" optional) at byte `at` of
/// `b`: the index after the "m", and whether it is "pm". A dot after the "m" is the
/// caller's to read. (The one reader of the 12-hour suffix for the hand-written time
/// readers.)
fn am_pm_at(b: &[u8], at: usize) -> Option<(usize, bool)> {
    let x = *b.get(at)? | 0x20;
    if !matches!(x, b'a' | b'p') {
        return None;
    }
    let mut m = at + 1;
    if b.get(m) == Some(&b'.') && b.get(m + 1).is_some_and(|c| c | 0x20 == b'm') {
        m += 1;
    }
    b.get(m).is_some_and(|c| c | 0x20 == b'm').then_some((m + 1, x == b'p'))
}

/// [`CLOSED`]'s time, `(?P<t>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2})`,
/// at the start of `s`: its length. (Each choice the pattern tries first is the only one
/// that can go on: fewer digits leave a digit where a separator, white space or a letter
/// is needed, no minutes leave the separator where white space or a letter is, a shorter
/// run of white space leaves white space where a letter is; a dot before "m" is taken
/// when there is one, and so is a last dot, nothing coming after it.)
fn closed_time_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let h = digits_len(b, 2);
    if h == 0 {
        return None;
    }
    let mut at = h;
    if matches!(b.get(at), Some(b'.' | b':')) && digits_len(&b[at + 1..], 2) == 2 {
        at += 3;
    }
    at += space_len(&s[at..]);
    if let Some((m, _)) = am_pm_at(b, at) {
        return Some(if b.get(m) == Some(&b'.') { m + 1 } else { m });
    }
    // The 24-hour form: "21:05".
    (b.get(h) == Some(&b':') && digits_len(&b[h + 1..], 2) == 2).then_some(h + 3)
}

/// [`CLOSED`]'s first match in `s`, by hand: "meeting", "which" or "it" at the start of an
/// ASCII word (`(?-u:\b)`), white space, perhaps "was" and white space, a verb of closing,
/// perhaps white space and "at", white space and a time ([`closed_time_len`]). The whole
/// match's range and the time's. (At each start the pattern's first choice is the only one
/// that can go on: the lead words and verbs are none the start of another, no verb is
/// "was", and a time opens with a digit, never with "at" or white space.)
fn closed_at(s: &str) -> Option<(Range<usize>, Range<usize>)> {
    let b = s.as_bytes();
    let word_byte = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    let verbs = ["closed", "ended", "finished", "concluded", "terminated", "adjourned", "rose"];
    (0..b.len()).find_map(|i| {
        if !matches!(b[i] | 0x20, b'm' | b'w' | b'i') || i > 0 && word_byte(&b[i - 1]) {
            return None;
        }
        let rest = &s[i..];
        let mut at = ["meeting", "which", "it"].iter().find_map(|w| word_end(rest, w))?;
        let gap = space_len(&rest[at..]);
        if gap == 0 {
            return None;
        }
        at += gap;
        if let Some(was) = word_end(&rest[at..], "was") {
            let gap = space_len(&rest[at + was..]);
            if gap > 0 {
                at += was + gap;
            }
        }
        at += verbs.iter().find_map(|w| word_end(&rest[at..], w))?;
        let gap = space_len(&rest[at..]);
        if gap == 0 {
            return None;
        }
        at += gap;
        if let Some(a) = word_end(&rest[at..], "at") {
            let gap = space_len(&rest[at + a..]);
            if gap > 0
                && let Some(t) = closed_time_len(&rest[at + a + gap..])
            {
                let t0 = i + at + a + gap;
                return Some((i..t0 + t, t0..t0 + t));
            }
        }
        let t = closed_time_len(&rest[at..])?;
        Some((i..i + at + t, i + at..i + at + t))
    })
}

/// The parts of a [`TIME`] match, as byte ranges of the text it was found in.
#[derive(Debug, Clone, PartialEq)]
enum Clock {
    /// "noon", "midday" (the pattern's `word`).
    Noon,
    /// "19:30" (`h24`, `m24`).
    H24(Range<usize>, Range<usize>),
    /// "6.00 pm" (`h`, `m` if written, and whether it is "pm": `ampm` opens with "p").
    H12(Range<usize>, Option<Range<usize>>, bool),
}

/// Whether `c` is a word character as the patterns' `\w` (not narrowed, Unicode's) has it
/// (`\W` is any other character). Outside ASCII it asks the regex crate's own Unicode word
/// table: the character alone is a word when a Unicode word boundary stands after it.
/// (That table is built in with the `unicode` feature the crate is used with; without it
/// the patterns' `\W` would not build either.)
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    let mut buf = [0u8; 4];
    let b = c.encode_utf8(&mut buf).as_bytes();
    regex_automata::util::look::LookMatcher::new().is_word_unicode(b, b.len()).unwrap_or(true)
}

/// Whether an ASCII word boundary (`(?-u:\b)`) stands at byte `i` of `b`: an ASCII letter,
/// digit or "_" on one side and none on the other (the text's ends being none).
fn ascii_boundary(b: &[u8], i: usize) -> bool {
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    (i > 0 && word(&b[i - 1])) != b.get(i).is_some_and(word)
}

/// [`TIME`]'s match starting at byte `i` of `s`, read by hand: its end and its parts. The
/// pattern's three choices are tried in its order, each as it matches:
/// - `\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\W|$)`: one or two digits (a second
///   digit is always taken: one digit leaves a digit where a separator, white space or a
///   letter is needed), the minutes when a separator and two digits follow (without them
///   the separator stands where white space or a letter is needed), all the white space
///   (a letter comes next), "a" or "p", perhaps a dot, "m"; then a dot and a non-word
///   character or the end, or (the dot left out) a non-word character, the dot itself
///   being one, or the end;
/// - `([01]?\d|2[0-3]):([0-5]\d)\b(?:\s*(?:hrs|hours|h)\b)?`: the hour is two digits for
///   "0" or "1" and a digit, and for "2" and "0" to "3" (the one-digit readings then need a
///   colon where a digit is), otherwise one digit; then a colon, minutes, an ASCII word
///   boundary, and the suffix when all the white space and one of the words in order with
///   a boundary after it follow (the words compared ignoring case as [`folds_to`]);
/// - `(?:noon|midday)\b` (letters with no non-ASCII case variant).
///
/// Every choice opens with an ASCII word byte, so the pattern's leading `(?-u:\b)` is a
/// byte before `i` that is no ASCII word byte.
fn time_at(s: &str, i: usize) -> Option<(usize, Clock)> {
    let b = s.as_bytes();
    let c = *b.get(i)?;
    if !(c.is_ascii_alphanumeric() && ascii_boundary(b, i)) {
        return None;
    }
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    if c.is_ascii_digit() {
        // The 12-hour form.
        let h = digits_len(&b[i..], 2);
        let mut at = i + h;
        let mut minutes = None;
        if matches!(b.get(at), Some(b'.' | b':')) && digits_len(&b[at + 1..], 2) == 2 {
            minutes = Some(at + 1..at + 3);
            at += 3;
        }
        at += space_len(&s[at..]);
        if let Some((j, pm)) = am_pm_at(b, at) {
            let end = if b.get(j) == Some(&b'.') {
                match s[j + 1..].chars().next() {
                    Some(n) if !is_word_char(n) => Some(j + 1 + n.len_utf8()),
                    _ => Some(j + 1),
                }
            } else {
                match s[j..].chars().next() {
                    None => Some(j),
                    Some(n) if !is_word_char(n) => Some(j + n.len_utf8()),
                    Some(_) => None,
                }
            };
            if let Some(end) = end {
                return Some((end, Clock::H12(i..i + h, minutes, pm)));
            }
        }
        // The 24-hour form.
        let h = match c {
            b'0' | b'1' if digit(i + 1) => 2,
            b'2' if matches!(b.get(i + 1), Some(b'0'..=b'3')) => 2,
            _ => 1,
        };
        let colon = i + h;
        if b.get(colon) != Some(&b':')
            || !matches!(b.get(colon + 1), Some(b'0'..=b'5'))
            || !digit(colon + 2)
            || !ascii_boundary(b, colon + 3)
        {
            return None;
        }
        let m_end = colon + 3;
        let at = m_end + space_len(&s[m_end..]);
        let suffix = ["hrs", "hours", "h"]
            .iter()
            .filter_map(|w| word_end(&s[at..], w))
            .find(|&e| ascii_boundary(b, at + e));
        let end = suffix.map_or(m_end, |e| at + e);
        return Some((end, Clock::H24(i..colon, colon + 1..m_end)));
    }
    ["noon", "midday"].iter().find_map(|w| {
        let e = i + w.len();
        (b.get(i..e).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes())) && ascii_boundary(b, e))
            .then_some((e, Clock::Noon))
    })
}

/// [`TIME`]'s first match in `s` at or after byte `from` (a character boundary): its range
/// and parts. (Every match opens with an ASCII digit or "n" or "m", so only those are tried.)
fn find_time(s: &str, from: usize) -> Option<(Range<usize>, Clock)> {
    let b = s.as_bytes();
    (from..b.len()).find_map(|i| {
        if !(b[i].is_ascii_digit() || matches!(b[i] | 0x20, b'n' | b'm')) {
            return None;
        }
        time_at(s, i).map(|(end, c)| (i..end, c))
    })
}

/// "6.00 pm" -> "18:00".
pub fn parse_time(s: &str) -> Option<String> {
    let (_, clock) = find_time(s, 0)?;
    let (h, m, pm) = match clock {
        Clock::Noon => return Some("12:00".to_string()),
        Clock::H24(h, m) => {
            let (h, m): (u32, u32) = (s[h].parse().ok()?, s[m].parse().ok()?);
            return Some(format!("{h:02}:{m:02}"));
        }
        Clock::H12(h, m, pm) => (h, m, pm),
    };
    let mut h: u32 = s[h].parse().ok()?;
    let m: u32 = m.map_or(Some(0), |m| s[m].parse().ok())?;
    if !(1..=12).contains(&h) || m > 59 {
        return None;
    }
    if pm && h != 12 {
        h += 12;
    } else if !pm && h == 12 {
        h = 0;
    }
    Some(format!("{h:02}:{m:02}"))
}

/// Whether `line` has what an [`IN_AFTER_TIME`] match needs, looked for byte by byte: a
/// digit and a colon and a digit in a row ("19:30"), or a digit followed, after white
/// space, by "am" or "pm", with or without a dot between ("6pm", "6.00 p.m."; none of these
/// letters has a non-ASCII case variant). White space there may be Unicode: a non-ASCII
/// byte after the digit (and any ASCII white space) counts as a possible time too.
fn clock_looks(line: &str) -> bool {
    let b = line.as_bytes();
    // Unicode's White_Space in ASCII (with the vertical tab `u8::is_ascii_whitespace` leaves
    // out).
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let mut from = 0;
    while let Some(p) = b[from..].iter().position(u8::is_ascii_digit) {
        let i = from + p;
        from = i + 1;
        if b.get(i + 1) == Some(&b':') && b.get(i + 2).is_some_and(u8::is_ascii_digit) {
            return true;
        }
        let Some(j) = b[i + 1..].iter().position(|&c| !space(c)).map(|p| i + 1 + p) else {
            continue;
        };
        if b[j] >= 0x80 {
            return true;
        }
        if matches!(b[j], b'a' | b'A' | b'p' | b'P') {
            let m = if b.get(j + 1) == Some(&b'.') { j + 2 } else { j + 1 };
            if matches!(b.get(m), Some(b'm' | b'M')) {
                return true;
            }
        }
    }
    false
}

/// Whether a line has what a [`TIME`] match needs: a clock time's look ([`clock_looks`]:
/// a 24-hour time, or a digit then "am" or "pm") or "noon" or "midday" (no letter of them
/// has a non-ASCII case variant). ([`times`] asks it in parts, each only when needed.)
#[cfg(test)]
fn time_looks(t: &str) -> bool {
    clock_looks(t)
        || contains_ignore_ascii_case(t, "noon")
        || contains_ignore_ascii_case(t, "midday")
}

/// Start (and end) time on a line: "at 6.00 pm", "5pm - 7pm", "6.30pm – 8.15pm".
fn times(line: &str) -> Option<(String, Option<String>, Range<usize>)> {
    // Every time has a digit, or is "noon" / "midday".
    let noon =
        || contains_ignore_ascii_case(line, "noon") || contains_ignore_ascii_case(line, "midday");
    let digit = line.bytes().any(|b| b.is_ascii_digit());
    if !digit && !noon() {
        return None;
    }
    // A line with digits is searched only with a clock time's bytes (or noon or midday):
    // [`time_looks`].
    if digit && !clock_looks(line) && !noon() {
        return None;
    }
    // Only the first two times are read (a start and an end), so the search stops there.
    let mut found: Vec<(String, Range<usize>)> = Vec::new();
    // (The matches of [`TIME`] one after another, as its `find_iter` has them: none is
    // empty, so each search goes on where the last match ended.)
    let mut from = 0;
    while let Some((g, _)) = find_time(line, from) {
        from = g.end;
        let raw = line[g.clone()].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        // "10.00" alone is not a time; it needs am/pm or a colon.
        if let Some(t) = parse_time(raw) {
            found.push((t, g.start..g.start + raw.len()));
            if found.len() == 2 {
                break;
            }
        }
    }
    let (first, r1) = found.first()?.clone();
    // A range: "5pm - 7pm", "from 6.30pm to 8.15pm".
    if let Some((second, r2)) = found.get(1) {
        let between = line[r1.end..r2.start].trim().to_lowercase();
        if matches!(between.as_str(), "-" | "–" | "—" | "to" | "until" | "till") {
            return Some((first, Some(second.clone()), r1.start..r2.end));
        }
    }
    // "5 - 7pm": a bare hour before a dash.
    Some((first, None, r1))
}

fn is_next_meeting(line: &str) -> bool {
    static NEXT: AnyWord = AnyWord::new(&["next meeting", "date of next", "closed at", "ended at"]);
    NEXT.is_in(line)
}

/// The words of a body's name ("committee", "board", "council" ...).
static BODY_WORD: WordList = WordList::new(&[
    "committee",
    "sub-committee",
    "board",
    "panel",
    "cabinet",
    "forum",
    "group",
    "commission",
    "assembly",
    "council",
    "partnership",
    "working party",
    "executive",
    "trust",
    "governors",
    "scrutiny",
    "authority",
    "meeting of",
    "parliamentary",
    "select committee",
    "commissioners",
    "supervisors",
    "trustees",
    "association",
    "society",
    "senate",
    "branch",
    "corporation",
]);

/// [`BODY_WORD`] as the pattern it was: the specification the tests hold it to.
#[cfg(test)]
static BODY_WORD_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(committee|sub-committee|board|panel|cabinet|forum|group|commission|assembly|council|partnership|working party|executive|trust|governors|scrutiny|authority|meeting of|parliamentary|select committee|commissioners|supervisors|trustees|association|society|senate|branch|corporation)(?-u:\b)").unwrap()
});

/// "meeting of the X held ...": the body a heading's sentence names, as one pattern with a
/// capture. The extractor runs it as two searches without captures ([`find_of_body`]); this
/// is the specification the tests hold them to.
#[cfg(test)]
static OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?x)
        (?-u:\b)(?i:meeting\s+of|minutes\s+of|notes\s+of|discussed\s+at|record\s+of|proceedings\s+of|meeting\s+of)\s+
        (?:(?i:an?|the)\s+)?
        (?:(?i:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?
        (?:(?i:ordinary|extraordinary|annual|special|regular|monthly|scheduled|unscheduled|virtual|remote|reconvened|adjourned|general|public|statutory|inaugural|budget)\s+)*
        (?:(?:\p{Lu}\p{Ll}+\s+|\d{1,3}(?i:st|nd|rd|th)\s+)?(?i:meeting|sitting)\s+(?i:of)\s+(?:(?i:an?|the)\s+)?)?
        (?P<body>\p{Lu}.*?)
        (?:\s+(?i:(?:was\s+|is\s+)?held|to\s+be|will\s+be|which|convened|was\s+called|met)(?-u:\b)
          |\s+(?i:on|dated)\s+(?:(?i:mon|tue|wed|thu|fri|sat|sun)\w*|\d)
          |\s+(?i:at)\s+(?:\d|the\s+\p{Lu})
          |\s+(?i:at)\s+\p{Lu}[\p{L}']+\s+(?:Hall|House|Room|Centre|Chamber|Offices)
          |\s*\((?:[^)]*\d[^)]*)\)|,|\s+-\s+|\s+–\s+|$)").unwrap()
});

/// `OF_BODY` up to and including the body's first letter, after the boundary it opens with
/// (in `(?x)` syntax): [`OF_LEAD`] and [`OF_LEAD_AT`].
const OF_LEAD_PARTS: &str = r"
        (?i:meeting\s+of|minutes\s+of|notes\s+of|discussed\s+at|record\s+of|proceedings\s+of|meeting\s+of)\s+
        (?:(?i:an?|the)\s+)?
        (?:(?i:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?
        (?:(?i:ordinary|extraordinary|annual|special|regular|monthly|scheduled|unscheduled|virtual|remote|reconvened|adjourned|general|public|statutory|inaugural|budget)\s+)*
        (?:(?:\p{Lu}\p{Ll}+\s+|\d{1,3}(?i:st|nd|rd|th)\s+)?(?i:meeting|sitting)\s+(?i:of)\s+(?:(?i:an?|the)\s+)?)?
        \p{Lu}";

/// `OF_BODY` up to and including the body's first letter (no captures: a lazy DFA finds
/// it). Its end less that letter is where the body starts. The specification
/// [`of_lead`] is held to.
#[cfg(test)]
static OF_LEAD: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(&format!(r"(?x)(?-u:\b){OF_LEAD_PARTS}")).unwrap());

/// [`OF_LEAD`] at the start of the text, without its boundary (the caller looks at the
/// byte before): an anchored search, whose automaton has far fewer states to build than
/// a search through the text.
static OF_LEAD_AT: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(&format!(r"(?x)^(?:{OF_LEAD_PARTS})")).unwrap());

/// The lead words of `OF_BODY` ("meeting of", "discussed at", any case, any white space).
static LEADS: LazyLock<Words> = LazyLock::new(|| {
    Words::pattern(r"(?i)(?:meeting|minutes|notes|record|proceedings)\s+of|discussed\s+at")
});

/// Where [`OF_LEAD`]'s first match in `s` ends: [`OF_LEAD_AT`] tried where a lead word
/// ([`LEADS`]) starts with an ASCII word boundary before it, the first to match. (Every
/// match of `OF_LEAD` starts with a lead word, and no lead word starts inside another's
/// match, so the lead words found one after another are at every start it can have.)
fn of_lead(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    LEADS.find_iter(s).find_map(|r| {
        let i = r.start;
        if !ascii_boundary(b, i) {
            return None;
        }
        OF_LEAD_AT.find(&s[i..]).map(|m| i + m.end())
    })
}

/// What ends `OF_BODY`'s body: its first match after the body's first letter.
static OF_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?x)
        \s+(?i:(?:was\s+|is\s+)?held|to\s+be|will\s+be|which|convened|was\s+called|met)(?-u:\b)
          |\s+(?i:on|dated)\s+(?:(?i:mon|tue|wed|thu|fri|sat|sun)\w*|\d)
          |\s+(?i:at)\s+(?:\d|the\s+\p{Lu})
          |\s+(?i:at)\s+\p{Lu}[\p{L}']+\s+(?:Hall|House|Room|Centre|Chamber|Offices)
          |\s*\((?:[^)]*\d[^)]*)\)|,|\s+-\s+|\s+–\s+|$",
    )
    .unwrap()
});

/// `OF_BODY`'s first match in a line (or lines joined with spaces): the body's byte range
/// and where the whole match ends. Two searches without captures: the lead with the body's
/// first letter, then the first end after it (the body is lazy, so the first end is its
/// end; the end pattern always matches at the end of the text, so a lead always goes on).
fn find_of_body(s: &str) -> Option<(Range<usize>, usize)> {
    let (lead_end, first, end) = of_body_parts(s)?;
    // "the Regional Health Forum - Shannon-Midlands held on ...": a dash before a short
    // capitalised qualifier (a region, no date) that the sentence's verb or date closes is
    // part of the name.
    if matches!(end.as_str().trim(), "-" | "–")
        && let Some(next) = OF_END.find_at(s, end.end())
        && next.as_str().trim_start().starts_with(char::is_alphabetic)
    {
        let part = &s[end.end()..next.start()];
        if (1..=3).contains(&word_count(part, 3))
            && part.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
            && !part.bytes().any(|c| c.is_ascii_digit())
            && !MINUTES_WORD.is_in(part)
        {
            return Some((lead_end - first..next.start(), next.end()));
        }
    }
    Some((lead_end - first..end.start(), end.end()))
}

/// `OF_BODY`'s match in two searches: where the lead ends, the length of the body's first
/// letter, and the end that closes the body.
fn of_body_parts(s: &str) -> Option<(usize, usize, regex::Match<'_>)> {
    let lead_end = of_lead(s)?;
    let first = s[..lead_end].chars().next_back()?.len_utf8();
    let end = OF_END.find_at(s, lead_end)?;
    Some((lead_end, first, end))
}

/// "meeting of the Climate Action, Transport and Networks Committee held ...": a name that
/// lists areas with commas. When the body [`find_of_body`] found in `s` ends at a comma and
/// has no body word, and the words after the comma are capitalised (or "and", "of", "&")
/// up to one that is a body word, the name runs on to the last such body word. Returns the
/// body's new end and the end of what closes it.
fn listed_name_end(s: &str, body: &Range<usize>) -> Option<(usize, usize)> {
    let rest = s.get(body.end..)?;
    if !rest.starts_with(',') || BODY_WORD.is_in(s.get(body.clone())?) {
        return None;
    }
    let mut end = None;
    let mut at = body.end + 1;
    for (k, w) in s[at..].split(' ').enumerate() {
        let word_at = at;
        at += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        let bare = w.trim_end_matches(',');
        let lower = bare.to_lowercase();
        let connector = matches!(lower.as_str(), "and" | "of" | "&" | "the" | "for");
        // In capitals every word is capitalised: "... COMMITTEE MEETING OF WANDOO CREEK
        // SHIRE COUNCIL HELD IN COMMITTEE ROOM 2": the name stops at what closes it.
        let closes = matches!(
            lower.as_str(),
            "meeting" | "held" | "convened" | "on" | "at" | "in" | "will" | "to" | "which"
        );
        if k > 16 || closes || !(connector || bare.starts_with(|c: char| c.is_uppercase())) {
            break;
        }
        if BODY_WORD.is_in(bare) && !connector {
            end = Some(word_at + bare.len());
        }
        if w.ends_with(',') && end.is_some() {
            break;
        }
    }
    let end = end?;
    let whole = OF_END.find_at(s, end).map_or(s.len(), |m| m.end());
    Some((end, whole))
}

static GENERIC_BODY: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)^(?:the\s+)?(?:(?:full|annual|ordinary|extraordinary|special|municipal)\s+)*council$",
    )
    .unwrap()
});

static WEEKDAY_OR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:january|february|march|april|may|june|july|august|september|october|november|december)(?-u:\b)").unwrap()
});

static WEEKDAY_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)[\s,]+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s,]*$")
        .unwrap()
});

/// The words of a paper or its parts ("minutes", "agenda", "item" ...).
static MINUTES_WORD: WordList = WordList::new(&[
    "minutes",
    "agenda",
    "notes",
    "summary",
    "report",
    "meeting",
    "present",
    "apologies",
    "item",
]);

/// [`MINUTES_WORD`] as the pattern it was: the specification the tests hold it to.
#[cfg(test)]
static MINUTES_WORD_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)(?-u:\b)(minutes|agenda|notes|summary|report|meeting|present|apologies|item)(?-u:\b)",
    )
    .unwrap()
});

/// The words of a body that sits under another (a board's or a council's committee,
/// sub-committee, panel, working party or group).
static COMMITTEE_WORD: AnyWord =
    AnyWord::new(&["committee", "panel", "working party", "working group"]);

/// The words of a body that sits under another (a committee, a panel ...).
static SUB_BODY: WordList = WordList::new(&[
    "committee",
    "sub-committee",
    "board",
    "panel",
    "cabinet",
    "forum",
    "group",
    "working party",
    "scrutiny",
]);

/// [`SUB_BODY`] as the pattern it was: the specification the tests hold it to.
#[cfg(test)]
static SUB_BODY_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)(?-u:\b)(committee|sub-committee|board|panel|cabinet|forum|group|working party|scrutiny)(?-u:\b)",
    )
    .unwrap()
});

/// An organisation's name, as one pattern: the specification [`is_org`] is held to in the
/// tests. Its bounded repetitions of a wide class (`{0,6}`, `{1,7}`) make it one of the
/// costliest patterns to build (one copy per count, forward and reverse), so [`is_org`]
/// runs it in parts without them: [`ORG_PLACE`] and [`ORG_WORDS`], with the word counts
/// checked by hand ([`org_named_fits`], [`org_area_fits`]).
#[cfg(test)]
static ORG: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:the\s+)?(?:[\p{L}'’.&\-]+\s+){0,6}(?:council|authority|corporation|municipality|(?:nhs\s+)?(?:foundation\s+)?trust|combined authority|fire and rescue authority)$|^(?:the\s+)?(?:corporation\s+of\s+the\s+)?(?:city|town|village|county|(?:london\s+|royal\s+|metropolitan\s+)?borough|(?:charter\s+)?township|parish|shire|municipality|rural\s+municipality|(?:regional\s+|municipal\s+)?district)\s+of\s+[\p{L}\s'’\-]+(?:\s+no\.?\s*\d{1,4})?$|^(?:comhairle|cork|dublin)(?-u:\b).*$|^(?:the\s+)?(?:[\p{L}'’.&\-]+\s+){1,7}(?:county|district)(?:\s+no\.?\s*\d{1,4})?$").unwrap()
});

/// [`ORG`]'s second and third alternatives as written: "City of ...", "Comhairle ...".
static ORG_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:the\s+)?(?:corporation\s+of\s+the\s+)?(?:city|town|village|county|(?:london\s+|royal\s+|metropolitan\s+)?borough|(?:charter\s+)?township|parish|shire|municipality|rural\s+municipality|(?:regional\s+|municipal\s+)?district)\s+of\s+[\p{L}\s'’\-]+(?:\s+no\.?\s*\d{1,4})?$|^(?:comhairle|cork|dublin)(?-u:\b).*$").unwrap()
});

/// [`ORG`]'s first and last alternatives without their word limits: words of letters (and
/// `'’.&-`), then "council", "authority", "corporation", "municipality" or "trust" (the
/// first; its optional "the", "nhs", "foundation", "combined", "fire and rescue" are such
/// words, so `(?:[...]+\s+)*` takes them in), or "county" or "district" and perhaps a
/// number ("No. 9"; the last, with one word or more before it, an optional "the" among
/// them). Which of the two matched is told by the last word (an ending of the first
/// alternative is none of the last's, which ends with "county", "district" or a number);
/// what the limits allow is [`org_named_fits`] and [`org_area_fits`].
static ORG_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)^(?:[\p{L}'’.&\-]+\s+)*(?:council|authority|corporation|municipality|trust|(?:county|district)(?:\s+no\.?\s*\d{1,4})?)$",
    )
    .unwrap()
});

/// Whether `w` is `word` (ASCII lower case) ignoring case as the patterns do: the ASCII
/// case, and the long s ("ſ") and the Kelvin sign, the only non-ASCII letters whose case
/// folds to an ASCII one ("s" and "k").
fn is_word(w: &str, word: &str) -> bool {
    let mut a = w.chars().map(|c| match c {
        'ſ' => 's',
        '\u{212A}' => 'k',
        c => c.to_ascii_lowercase(),
    });
    word.chars().all(|c| a.next() == Some(c)) && a.next().is_none()
}

/// For a text [`ORG_WORDS`] matches that ends with one of the first alternative's words
/// (words joined by white space, nothing before or after), whether [`ORG`]'s first alternative matches it: at most six words other than a leading
/// "the" and the words of the ending. The ending is the longest that fits: "fire and rescue
/// authority" and "combined authority" (single spaces, as the pattern writes them), "nhs
/// foundation trust", "foundation trust" or "nhs trust", or the last word alone. (Neither
/// "the" nor any ending word is the other's, so the two never claim the same word, and a
/// reading that takes them as plain words only has more of those.)
fn org_named_fits(t: &str) -> bool {
    // With seven words or fewer, at most six are neither "the" nor the ending's (one word
    // at least).
    if word_count(t, 7) <= 7 {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let n = words.len();
    let the = usize::from(words.first().is_some_and(|w| is_word(w, "the")));
    // Whether the words from the `k`th last on are `ending`, one space apart.
    let ends_spaced = |ending: &str| {
        let k = ending.split(' ').count();
        n >= k && {
            let from = words[n - k].as_ptr() as usize - t.as_ptr() as usize;
            let tail = &t[from..];
            tail.split(' ').count() == k
                && tail.split(' ').zip(ending.split(' ')).all(|(w, e)| is_word(w, e))
        }
    };
    let word = |back: usize, w: &str| n > back && is_word(words[n - 1 - back], w);
    let ending = if ends_spaced("fire and rescue authority") {
        4
    } else if ends_spaced("combined authority") {
        2
    } else if word(0, "trust") && word(1, "foundation") {
        2 + usize::from(word(2, "nhs"))
    } else if word(0, "trust") && word(1, "nhs") {
        2
    } else {
        1
    };
    n.saturating_sub(the + ending) <= 6
}

/// For a text [`ORG_WORDS`] matches that does not end with one of the first alternative's
/// words, whether [`ORG`]'s last alternative matches it: one to seven words before "county"
/// or "district" (the last such word: a number may follow it, no other word), not counting
/// a leading "the".
fn org_area_fits(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some(at) = words.iter().rposition(|w| is_word(w, "county") || is_word(w, "district"))
    else {
        return false;
    };
    let the = words.first().is_some_and(|w| is_word(w, "the"));
    (1..=7).contains(&at) || the && at.checked_sub(1).is_some_and(|w| (1..=7).contains(&w))
}

/// `ORG.is_match(t)`, in its parts: [`ORG_PLACE`], then [`ORG_WORDS`] with the word limits
/// of the alternative that matched, each searched only when what it needs is there, looked
/// at cheaply. [`ORG_PLACE`] needs "of" between white space ("City of ...") or a first "c"
/// or "d" ("Comhairle", "Cork", "Dublin"); [`ORG_WORDS`] needs its last word ("council",
/// "authority", "corporation", "municipality", "trust", "county", "district") or a number
/// after "no" ("No. 9": "no", perhaps a dot, perhaps white space, one to four digits at the
/// end). The words are compared ignoring ASCII case; of the letters in them only "s" and
/// "k" have a non-ASCII case variant, and only "trust" and "district" end after an "s", so
/// a text with the long s ("ſ") is always searched. White space around "of" is an ASCII
/// one or a non-ASCII byte (every other white space is non-ASCII).
fn is_org(t: &str) -> bool {
    let b = t.as_bytes();
    let space = |c: &u8| matches!(c, b'\t'..=b'\r' | b' ') || *c >= 0x80;
    // "of" between white space, found at its "o" ("c | 0x20" is an ASCII letter's lower
    // case, and only "f" and "F" become "f" so).
    let of = || {
        let mut at = 0;
        while let Some(p) = memchr::memchr2(b'o', b'O', &b[at..]) {
            let i = at + p;
            if i >= 1
                && b.get(i + 1).is_some_and(|&c| c | 0x20 == b'f')
                && b.get(i + 2).is_some_and(space)
                && space(&b[i - 1])
            {
                return true;
            }
            at = i + 1;
        }
        false
    };
    let place = || b.first().is_some_and(|c| matches!(c, b'c' | b'C' | b'd' | b'D')) || of();
    let named = ["council", "authority", "corporation", "municipality", "trust"];
    let ends =
        |words: &[&str]| words.iter().any(|w| crate::text::ends_with_ignore_ascii_case(t, w));
    let numbered = || {
        let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let before = t[..t.len() - digits].trim_end();
        (1..=4).contains(&digits)
            && crate::text::ends_with_ignore_ascii_case(
                before.strip_suffix('.').unwrap_or(before),
                "no",
            )
    };
    let long_s = || !t.is_ascii() && t.contains('ſ');
    let worded = || ends(&named) || ends(&["county", "district"]) || numbered() || long_s();
    place() && ORG_PLACE.is_match(t)
        || worded()
            && ORG_WORDS.is_match(t)
            && match t.split_whitespace().next_back() {
                Some(last) if named.iter().any(|w| is_word(last, w)) => org_named_fits(t),
                _ => org_area_fits(t),
            }
}

/// The organisation a heading line names, if it names one: the line itself, or the part of
/// it that is the name: "OF RATHLOW DISTRICT COUNCIL" (a title's second line) without its
/// "OF", "PIKE RIVER COUNTY, NORTH CAROLINA" without its state, "CYNGOR TREF PENRHOS TOWN
/// COUNCIL" (a Welsh town or community council) without its Welsh designation.
fn org_name(t: &str) -> Option<&str> {
    // "CYNGOR SIR GLANNAU TEIFI          GLANNAU TEIFI COUNTY COUNCIL": a name in two
    // languages set side by side; the last cell is the English one.
    // (Table cells, tab-separated, too: "CEDAR BLUFF COUNTY<TAB>OFFICIAL PROCEEDINGS" names
    // the county in its first cell.)
    let t = t.trim_end();
    // (The last run of four spaces found by its bytes: `rfind("    ")`.)
    let four = t.as_bytes().windows(4).rposition(|w| w == b"    ");
    if let Some(at) = four.or_else(|| t.rfind('\t'))
        && !t[..at].trim().is_empty()
    {
        if let Some(name) = org_name(t[at..].trim()) {
            return Some(name);
        }
        let first = t[..at].trim();
        let first = first.split_once('\t').map_or(first, |(a, _)| a.trim_end());
        if let Some(name) = org_name(first) {
            return Some(name);
        }
    }
    let b = t.as_bytes();
    // "Cyngor Tref ...": only a line that opens with "Cyngor" (a byte look first).
    if b.len() > 7 && b[..7].eq_ignore_ascii_case(b"cyngor ") {
        let mut words = t[7..].splitn(2, ' ');
        if let (Some(kind), Some(rest)) = (words.next(), words.next())
            && (kind.eq_ignore_ascii_case("tref") || kind.eq_ignore_ascii_case("cymuned"))
            && is_org(rest)
        {
            return Some(rest);
        }
    }
    if is_org(t) && !names_an_occasion(t) {
        // "OF X DISTRICT COUNCIL" is the rest of a title, its name after "of".
        let rest = t.get(3..).filter(|_| b.len() > 3 && b[..3].eq_ignore_ascii_case(b"of "));
        return Some(rest.filter(|r| is_org(r)).unwrap_or(t));
    }
    // "X COUNTY, STATE": a comma right after "County" (a byte look first).
    let comma = memchr::memchr(b',', b)?;
    let head = &t[..comma];
    let state = t[comma + 1..].trim();
    (head.len() > 7
        && head.as_bytes()[head.len() - 7..].eq_ignore_ascii_case(b" county")
        && !state.is_empty()
        && word_count(state, 3) <= 3
        && state.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && is_org(head))
    .then_some(head)
}

type Found = Option<(String, Range<usize>)>;

/// Words that make a heading line the document's title.
static TITLE_WORDS: AnyWord = AnyWord::new(&["minutes", "notes of", "summary of", "record of"]);

/// Body, organisation and title from the heading lines.
fn names(text: &Text, head: &[Line]) -> (Found, Found, Found) {
    let mut body: Found = None;
    // The heading line `body` was read from.
    let mut body_line: Option<usize> = None;
    // The body a "meeting of ..." line names; it wins over a heading line's.
    let mut of_body: Found = None;
    let mut org: Found = None;
    let mut title: Found = None;
    // Where the lead words of "meeting of ..." stand in the heading, found in one pass.
    let leads = lead_words(text, head);
    // A web page's breadcrumb trail: the lines above it are the site's header and menus.
    let crumb =
        head.iter().take(25).find(|l| breadcrumb_body(l.trimmed()).is_some()).map(|l| l.index);
    // "Report to: Strategy and Policy Committee": the body a report is for.
    let mut labelled: Found = None;
    // Whether `labelled` is a report's "Report to:" label.
    let mut report_label = false;
    for (k, l) in head.iter().enumerate().take(25) {
        let t = without_reference_column(l.trimmed());
        if t.starts_with('[') || t.chars().filter(|c| c.is_alphabetic()).nth(2).is_none() {
            continue;
        }
        // A web page's breadcrumb trail names the body in its last segment with a body
        // word, and is no heading otherwise.
        if let Some(seg) = breadcrumb_body(t) {
            if body.is_none() && of_body.is_none() && !seg.is_empty() {
                let at = l.trimmed_range().start + (seg.as_ptr() as usize - t.as_ptr() as usize);
                body = Some((title_case_if_caps(seg), at..at + seg.len()));
            }
            continue;
        }
        if labelled.is_none()
            && let Some((name, off)) = labelled_body(t)
        {
            let at = l.trimmed_range().start + off;
            labelled = Some((name.to_string(), at..at + name.len()));
            report_label = t.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("report to"));
        }
        // A memo-style report's "To:   Planning Committee" under a heading that says
        // "Report": the body it goes to, as "Report to:".
        if labelled.is_none()
            && let Some((name, off)) = addressed_body(t)
            && head.iter().take(8).any(|h| contains_ignore_ascii_case(h.text, "report"))
        {
            let at = l.trimmed_range().start + off;
            labelled = Some((name.to_string(), at..at + name.len()));
            report_label = true;
        }
        if title.is_none()
            && (TITLE_WORDS.is_in(t)
                || t.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("agenda")))
        {
            title = Some((crate::text::reflow(t), l.trimmed_range()));
        }
        // The lines a wrapped name can reach (this one and up to three more, or six).
        // (`head` is in text order, `l` its `k`th line: the lines from `l` on with an index
        // at most six past it are `l` and the few after it.)
        let reach = || {
            head[k..]
                .iter()
                .take_while(|n| n.index <= l.index + 6)
                .last()
                .map_or(l.end(), Line::end)
        };
        if of_body.is_none() && !leads.is_empty() && {
            let reach = reach();
            leads.iter().any(|r| r.start >= l.start && r.end <= reach)
        } {
            // The name may wrap onto the next line ("... of the Scrutiny Review Panel on
            // Corporate\nParenting held at ..."): read two lines joined, and keep the joined
            // reading only when an explicit end ("held", a date) closes it on the second line.
            // Join the lines that follow without a blank, a date, a time or a colon between
            // (up to three): the wrapped rest of a name, not the next field.
            let mut last = None;
            // A line ending in a broken word ("Board of Super-") goes on past the three.
            for n in head[k + 1..].iter().take_while(|n| n.index <= l.index + 6) {
                let prev = last.unwrap_or(l);
                let broken = prev.text.trim_end().ends_with('-');
                let expected = prev.index + 1;
                if n.index != expected
                    || has_field_colon(n.text)
                    // A table row ("Date<TAB>Time<TAB>Venue") is the next field.
                    || n.text.trim().contains('\t')
                    || (n.index > l.index + 3 && !broken)
                {
                    break;
                }
                last = Some(n);
                // A line with a date ends the heading ("Parenting held at ... on 25 January").
                if has_date_or_time(n.text) {
                    break;
                }
            }
            let joined = last.map(|n| text.src[l.start..n.end()].replace('\n', " "));
            let joined_hit = joined.as_deref().and_then(|j| {
                let (b, whole_end) = find_of_body(j)?;
                let (b, whole_end) = match listed_name_end(j, &b) {
                    Some((end, whole)) => (b.start..end, whole),
                    None => (b, whole_end),
                };
                let closed = whole_end < j.len();
                let plain = !has_field_colon(&j[l.text.len()..]);
                // The name as written (line ends and all, for a word broken across them).
                let at = l.start + b.start;
                // (An end that only the join shows, "... Shire Council will" / "be held
                // on ...", closes a name on the first line.)
                // (Unclosed, the name must start on this line: a lead on the last line
                // joined is cut off by the join, and read again from its own line.)
                (b.end > l.text.len() && (closed || plain && b.start < l.text.len())
                    || closed && b.end <= l.text.len() && whole_end > l.text.len())
                .then(|| (text.src[at..at + b.len()].to_string(), at))
            });
            let line_hit = || {
                let (b, _) = find_of_body(t)?;
                let b = listed_name_end(t, &b).map_or(b.clone(), |(end, _)| b.start..end);
                let lead = l.text.len() - l.text.trim_start().len();
                Some((t[b.clone()].to_string(), l.start + lead + b.start))
            };
            // A title in capitals broken off after "OF THE" names the body on the next
            // line, whole: the lines of such a title are set one phrase a line.
            let next_hit = caps_name_below(head, k);
            let from_next = next_hit.is_some();
            if let Some((mut b, mut at)) = next_hit.or(joined_hit).or_else(line_hit) {
                // "the Annual Parish Meeting": "Annual" names that body, it is not the
                // kind of meeting.
                let lower = b.to_lowercase();
                let annual = text.src.get(at.saturating_sub(7)..at);
                if (lower.starts_with("parish meeting") || lower.starts_with("town meeting"))
                    && annual.is_some_and(|a| a.eq_ignore_ascii_case("annual "))
                {
                    at -= 7;
                    b = format!("{}{b}", &text.src[at..at + 7]);
                }
                {
                    let name = clean_body(&b);
                    // Not "Monday’s meeting. Any corrections ...".
                    let bad = name.contains(". ") && !from_next
                        || WEEKDAY_OR_MONTH.is_match(&name)
                        || is_general_meeting(&name);
                    if bad {
                    } else if !name.is_empty() && BODY_WORD.is_in(&name)
                        || word_count(&name, 2) >= 2 && word_count(&name, 14) <= 14
                    {
                        // (The evidence ends where the name does: before a date that
                        // closes it on the next line.)
                        let mut len = b.trim_end().len();
                        if let Some((_, r)) = dates(&b, false).first() {
                            let mut before = b[..r.start].trim_end_matches([' ', ',']);
                            if weekday_end_looks(before)
                                && let Some(m) = WEEKDAY_END.find(before)
                            {
                                before = before[..m.start()].trim_end_matches([' ', ',']);
                            }
                            len = len.min(before.len());
                        }
                        of_body = Some((name, at..at + len));
                    }
                }
            }
        }
        // (Only compared with 12 and 10 below.)
        let words = word_count(t, 12);
        // Whether this line can still give the body (the last step below): the conditions
        // on it that do not depend on the line's text. When it cannot, the name of an
        // organisation already found is only read again to skip that step, so it is not
        // read, and the step's preparation is skipped.
        let may_give_body = of_body.is_none()
            && crumb.is_none_or(|c| l.index > c)
            && (body.is_none()
                || body_line.is_some_and(|b| l.index <= b + 3)
                    && body.as_ref().is_some_and(|(b, _)| !COMMITTEE_WORD.is_in(b)));
        // The council's name in Irish ("Comhairle Contae ...") gives way to its English
        // name on the next lines; otherwise the first name stands.
        let irish = org
            .as_ref()
            .is_some_and(|(o, _)| o.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("comhairle")));
        // "CHAIRMAN'S REPORT TO THE ANNUAL PARISH MEETING": the meeting a report is for.
        if labelled.is_none()
            && words <= 12
            && let Some(at) = report_to(t)
        {
            let name = clean_body(&t[at..]);
            let start = l.trimmed_range().start + at;
            labelled = Some((name, start..start + (t.len() - at)));
        }
        // (An organisation's name is read while there is none, after one in Irish, or
        // when the line may still give the body.)
        let reads_org = org.is_none() || irish || may_give_body;
        if let Some(name) =
            (words <= 10 && reads_org).then(|| org_name(t.trim_end_matches(['.', ':']))).flatten()
        {
            let first = org.is_none();
            // The name again (a page header over the heading) is the organisation too.
            let again = org.as_ref().is_some_and(|(o, _)| o.eq_ignore_ascii_case(name));
            if first || irish {
                // (`name` is a part of `t`.)
                let at = l.trimmed_range().start + (name.as_ptr() as usize - t.as_ptr() as usize);
                org = Some((title_case_if_caps(name), at..at + name.len()));
            }
            if first || irish || again {
                continue;
            }
        }
        // "Local Community Development Committee" (a letterhead's cell) over "KILBRACKAN
        // LOCAL COMMUNITY DEVELOPMENT COMMITTEE": a heading line just below that ends with
        // the body's name and says more names it in full.
        if of_body.is_none()
            && let (Some((b, _)), Some(bl)) = (&body, body_line)
            && l.index <= bl + 3
            && t.len() > b.len() + 1
            && crate::text::ends_with_ignore_ascii_case(t, b)
            && t.as_bytes()[t.len() - b.len() - 1] == b' '
            && word_count(t, 14) <= 14
            && is_heading_like(t)
            && !has_date_or_time(t)
        {
            let name = clean_body(t);
            if name.len() > b.len() {
                body = Some((name, l.trimmed_range()));
                body_line = Some(l.index);
                continue;
            }
        }
        if !may_give_body {
            continue;
        }
        // "Environment Scrutiny Committee – 5 December 2023": the part without the date.
        // (A dash's bytes first: most heading lines have none.)
        let dashed = memchr::memchr2(b'-', 0xE2, t.as_bytes()).is_some();
        let t = match dashed.then(|| t.split_once(" – ").or_else(|| t.split_once(" - "))).flatten()
        {
            Some((a, b)) if has_date_or_time(b) && !has_date_or_time(a) => a,
            _ => t,
        };
        let t = heading_cell(t);
        // "NHS Severnvale Integrated Care Board" over "Finance, Performance and Investment
        // Committee": a committee named just under a board's name is the body.
        // (So is "Board of Directors" just under the name of an organisation, a trust's or
        // a council's, read as the body.)
        let under = body_line.is_some_and(|b| l.index <= b + 3)
            && body.as_ref().is_some_and(|(b, _)| !COMMITTEE_WORD.is_in(b))
            && (COMMITTEE_WORD.is_in(t)
                || names_board_of(t) && body.as_ref().is_some_and(|(b, _)| is_org(b)));
        if (body.is_none() || under)
            && of_body.is_none()
            && crumb.is_none_or(|c| l.index > c)
            && word_count(t, 14) <= 14
            && (BODY_WORD.is_in(&outside_brackets(t)) || is_electors_meeting(t))
            && is_heading_like(t)
            && !is_venue(t)
            && !has_date_or_time(t)
            && !is_person_line(t)
        {
            let name = clean_body(t);
            if !name.is_empty() {
                // (`t` is a part of the trimmed line.)
                let at =
                    l.trimmed_range().start + (t.as_ptr() as usize - l.trimmed().as_ptr() as usize);
                body = Some((name, at..at + t.len()));
                body_line = Some(l.index);
            }
        }
    }
    // "FRIENDS OF HAZELMERE PARK" over "Committee meeting - Tuesday ...": a bare
    // "Committee" just under a group's name is the group meeting in committee (a bare
    // "Board" or "Senate" under a company's or a university's name is that body).
    if let (Some((b, _)), Some(bl)) = (&body, body_line)
        && b.eq_ignore_ascii_case("committee")
        && let Some(prev) = head.iter().find(|h| h.index + 1 == bl)
        && is_name_line(prev.trimmed())
    {
        body = Some((title_case_if_caps(prev.trimmed()), prev.trimmed_range()));
    }
    // "KŌTARE HEIGHTS SCHOOL" over "SCHOOL BOARD MEETING": a body named by its kind ("School
    // Board", a kind then a body word) whose kind ends a name line just above it is that
    // name's body, and the name the organisation.
    if let (Some((b, _)), Some(bl)) = (&body, body_line)
        && let Some((kind, word)) = b.split_once(' ')
        && !word.contains(' ')
        && BODY_WORD.is_in(word)
        && let Some(prev) = head.iter().filter(|h| h.index < bl && h.index + 3 >= bl).find(|h| {
            let t = h.trimmed();
            t.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(kind))
                && word_count(t, 3) >= 2
                && is_name_line(t)
                && !BODY_WORD.is_in(t)
        })
    {
        let name = title_case_if_caps(prev.trimmed());
        body = Some((format!("{name} {word}"), prev.trimmed_range()));
        org = org.or(Some((name, prev.trimmed_range())));
    }
    // "Report to: Children and Young People Scrutiny Panel": the body a report goes to, not
    // a body word in the report's own title ("... TASK AND FINISH GROUP FINAL REPORT").
    if report_label && of_body.is_none() {
        body = labelled.clone();
    }
    // A bare "Committee" from "the Committee meeting" does not beat a heading's name.
    let bare_of = of_body.as_ref().filter(|(b, _)| !b.contains(' ')).map(|(b, _)| b.to_lowercase());
    // But "Minutes of the Board meeting" under "Thornleigh Housing Group": an organisation's
    // name (a group, an association, a society ...) read as the body for its body word heads
    // the minutes of its board: the board is the body, the name the organisation.
    if bare_of.as_deref() == Some("board")
        && let Some((b, r)) = body.clone()
        && names_organisation(&b)
    {
        org = org.or(Some((b, r)));
        body = None;
    }
    if of_body.as_ref().is_some_and(|(b, _)| body.is_none() || word_count(b, 2) >= 2) {
        body = of_body;
        // "meeting of the Joint Waste Committee" under "BARNSHIRE AND WOLDHAM JOINT WASTE
        // COMMITTEE", "meeting of the Corporation" under "WESTFORD COLLEGE CORPORATION": the
        // heading line that ends with the same name gives it in full.
        if let Some((b, _)) = &body {
            let short = format!(" {}", b.to_lowercase());
            let heading_ending =
                |short: &str| full_name_line(head, &leads, |t| t.to_lowercase().ends_with(short));
            // "the Spring Parish Meeting" under "STOKE PELLAM PARISH MEETING": a meeting
            // that is itself the body, "Spring" the occasion, the heading its name.
            let full =
                heading_ending(&short).or_else(|| occasion_tail(&short).and_then(&heading_ending));
            if let Some(found) = full {
                body = Some(found);
            }
        }
    }
    // "meeting of the Corporation" under "MARBECK COLLEGE" / "CORPORATION OF MARBECK
    // COLLEGE": the heading line that opens with the bare word and "of" names the body in
    // full.
    if let Some(bare) = &bare_of {
        let opening = format!("{bare} of ");
        if let Some(found) =
            full_name_line(head, &leads, |t| t.to_lowercase().starts_with(&opening))
        {
            body = Some(found);
        }
    }
    // "meeting of Westmarch SACRE" under "Standing Advisory Council on Religious Education":
    // a heading line whose capitalised words' initials spell the abbreviation the name ends
    // with names the body in full.
    if let Some((b, _)) = &body
        && let Some(short) = b.rsplit(' ').next().filter(|w| is_abbreviation(w))
        && let Some(l) = head.iter().take(25).find(|l| spells_out(l.trimmed(), short))
    {
        body = Some((title_case_if_caps(l.trimmed()), l.trimmed_range()));
    }
    if title.is_none()
        && let Some(l) = head.iter().find(|l| {
            l.trimmed().chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !l.trimmed().starts_with('[')
        })
    {
        title = Some((crate::text::reflow(l.trimmed()), l.trimmed_range()));
    }
    // "Planning Committee of Ballymore Parish Council": the committee is the body, the
    // council the organisation.
    if let Some((b, r)) = body.clone() {
        let lower = b.to_lowercase();
        let split = lower.match_indices(" of ").map(|(p, _)| p).find(|&p| {
            let tail = b[p + 4..].trim_start_matches("the ");
            is_org(tail) && (SUB_BODY.is_in(&b[..p]) || GENERIC_BODY.is_match(&b[..p]))
        });
        if let Some(p) = split {
            let tail = b[p + 4..].trim_start_matches("the ").to_string();
            let tail_at = r.end.saturating_sub(tail.len()).max(r.start);
            org = org.or(Some((tail.clone(), r.clone())));
            body = if GENERIC_BODY.is_match(&b[..p]) {
                // "the Municipal Council of the Municipality of Lac-Bernier": the council
                // itself.
                Some((tail, tail_at..r.end))
            } else {
                Some((b[..p].to_string(), r.start..r.start + p))
            };
        }
    }
    // "Board of Directors of the Company": "the Company" is the organisation the heading
    // names, referred back to.
    if let Some((b, r)) = body.clone()
        && let Some(p) = back_reference_at(&b)
    {
        body = Some((b[..p].to_string(), r.start..r.start + p));
    }
    // "Tazewell Hollow County Board of Supervisors": a US county's board, the county the
    // organisation.
    static PLACE_BOARD: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"^(?P<org>(?:\p{Lu}[\p{L}'’.\-]*\s+){1,4}(?:County|City|Town|Township|Village|Borough))\s+(?P<body>(?:Board|Commission)\s.+)$").unwrap()
    });
    if let Some((b, r)) = body.clone()
        && let Some(c) = PLACE_BOARD.captures(&b)
        && let (Some(o), Some(m)) = (c.name("org"), c.name("body"))
    {
        org = org.or(Some((o.as_str().to_string(), r.start..r.start + o.end())));
        body = Some((m.as_str().to_string(), r.start + m.start()..r.end));
    }
    // "the Fire Authority" inside "MERCIA AND MARCHES FIRE AUTHORITY": the full name.
    if let (Some((b, _)), Some((o, r))) = (&body, &org)
        && o.to_lowercase().ends_with(&b.to_lowercase())
        && o.len() > b.len()
    {
        body = Some((o.clone(), r.clone()));
    }
    // "Full Council", "the Council": the council itself.
    if let (Some((b, _)), Some((o, r))) = (&body, &org)
        && GENERIC_BODY.is_match(b)
    {
        body = Some((o.clone(), r.clone()));
    }
    // A report names the body it goes to; a full council meeting's body is the council.
    if body.is_none() {
        body = labelled.or_else(|| org.clone());
    }
    // Otherwise the first heading line names the body ("Fenbridge Rowing Club CIO").
    if body.is_none()
        && let Some(l) = head.iter().take(3).find(|l| is_name_line(l.trimmed()))
    {
        body = Some((title_case_if_caps(l.trimmed()), l.trimmed_range()));
    }
    // "Pwyllgor Cyllid a Dibenion Cyffredinol / Finance and General Purposes Committee": a
    // name in two languages is given in English, the half with an English body word.
    if let Some((b, r)) = body.clone()
        && let Some((x, y)) = b.split_once(" / ").or_else(|| b.split_once(" | "))
        && (BODY_WORD.is_in(x) != BODY_WORD.is_in(y) || x.eq_ignore_ascii_case(y))
    {
        let (keep, off) = if BODY_WORD.is_in(y) { (y, x.len() + 3) } else { (x, 0) };
        let start = (r.start + off).min(r.end);
        body = Some((keep.trim().to_string(), start..(start + keep.len()).min(r.end)));
    }
    if org.is_none()
        && let Some((b, r)) = &body
        && is_org(b)
        && !SUB_BODY.is_in(b)
    {
        org = Some((b.clone(), r.clone()));
    }
    (body, org, title)
}

/// "Board of Directors", "COUNCIL OF GOVERNORS MEETING": a line that opens with "Board",
/// "Council" or "Court", then "of" and a word that is not an article (not "Council of the
/// Borough of ..."), and is no organisation's name itself.
fn names_board_of(t: &str) -> bool {
    let mut w = t.split_whitespace();
    let (Some(a), Some(b), Some(c)) = (w.next(), w.next(), w.next()) else {
        return false;
    };
    ["board", "council", "court"].iter().any(|k| a.eq_ignore_ascii_case(k))
        && b.eq_ignore_ascii_case("of")
        && !["the", "a", "an"].iter().any(|k| c.eq_ignore_ascii_case(k))
        && !is_org(t)
}

/// "Thornleigh Housing Group", "Fenwick Tenants' Association": a name of two words or more
/// whose last word names an organisation ("group", "association", "society", "trust",
/// "partnership", "corporation"), not a meeting body (a committee, a panel, a board).
fn names_organisation(name: &str) -> bool {
    let Some((rest, last)) = name.trim_end().rsplit_once(' ') else {
        return false;
    };
    !rest.trim().is_empty()
        && ["group", "association", "society", "trust", "partnership", "corporation"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
        && !SUB_BODY.is_in(rest)
}

/// An abbreviation in capitals: two to eight ASCII capital letters ("SACRE", "JCC").
fn is_abbreviation(w: &str) -> bool {
    (2..=8).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
}

/// Whether heading line `t` spells out `short`: a name (three to twelve words, a body word
/// among them, no date) whose words other than joining words ("on", "and", "of" ...)
/// open with the abbreviation's letters in order ("Standing Advisory Council on Religious
/// Education" for "SACRE").
fn spells_out(t: &str, short: &str) -> bool {
    // Cheap gate: the first letter.
    if !t.as_bytes().first().is_some_and(|c| c.eq_ignore_ascii_case(&short.as_bytes()[0])) {
        return false;
    }
    let mut initials = t
        .split_whitespace()
        .filter(|w| !JOINING_WORDS.iter().any(|j| w.eq_ignore_ascii_case(j)) && *w != "&")
        .map(|w| w.as_bytes()[0]);
    short.bytes().all(|c| initials.next().is_some_and(|i| i.eq_ignore_ascii_case(&c)))
        && initials.next().is_none()
        && (3..=12).contains(&word_count(t, 12))
        && BODY_WORD.is_in(t)
        && is_heading_like(t)
        && !has_date_or_time(t)
}

/// "UNCONFIRMED MINUTES OF THE MEETING OF THE" / "QUALITY, SAFETY AND EXPERIENCE COMMITTEE
/// (QSEC)", "PROCEEDINGS OF THE" / "ST. AMABLE PARISH POLICE JURY": when heading line `k` is
/// in capitals and ends with "OF" or "OF THE", and the next heading line (after at most one
/// blank line) is a short name in capitals, that line is the body (without a bracketed
/// abbreviation after it): its text and where it starts.
fn caps_name_below(head: &[Line], k: usize) -> Option<(String, usize)> {
    let t = head[k].trimmed();
    let ends_of = crate::text::ends_with_ignore_ascii_case(t, " of the")
        || crate::text::ends_with_ignore_ascii_case(t, " of");
    if !ends_of || t.bytes().any(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let n = head.get(k + 1).filter(|n| n.index <= head[k].index + 2)?;
    let name = n.trimmed();
    let name = match name.rfind(" (") {
        Some(at) if name.ends_with(')') => name[..at].trim_end(),
        _ => name,
    };
    let caps = name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase);
    (caps
        && (2..=10).contains(&word_count(name, 10))
        && !has_field_colon(name)
        && !has_date_or_time(name)
        && !MINUTES_WORD.is_in(name))
    .then(|| (name.to_string(), n.trimmed_range().start))
}

/// For a body that is a meeting named with one word before it (" spring parish meeting",
/// lower case with a leading space), the name without that word (" parish meeting").
fn occasion_tail(short: &str) -> Option<&str> {
    if !short.ends_with(" meeting") || word_count(short, 3) < 3 {
        return None;
    }
    let first = short.trim_start().find(' ')?;
    Some(&short[1 + first..])
}

/// A heading line without the agenda reference in its right-hand column ("Awarua Regional
/// Council            Item 7.2" -> "Awarua Regional Council").
fn without_reference_column(t: &str) -> &str {
    // Cheap gates: a reference ends in a digit, and its cell is short, so only the line's
    // last bytes are looked at for the run of spaces before it.
    let b = t.as_bytes();
    if !b.last().is_some_and(u8::is_ascii_digit) {
        return t;
    }
    let from = b.len().saturating_sub(32);
    let Some(at) = b[from..].windows(3).rposition(|w| w == b"   ").map(|p| from + p) else {
        return t;
    };
    let cell = t[at..].trim_start().trim_start_matches("Agenda ").trim_start_matches("AGENDA ");
    let reference = ["Item ", "ITEM ", "Page ", "PAGE "].iter().any(|w| {
        cell.strip_prefix(w).is_some_and(|n| {
            !n.is_empty()
                && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
                && n.as_bytes()[0].is_ascii_digit()
        })
    });
    // Or a running header's year cell ("FENMERE DRAINAGE BOARD        Minute Book 2025").
    let reference = reference || is_year_cell(cell);
    if reference { t[..at].trim_end() } else { t }
}

/// `t` without a bracket holding a number at its end ("Northfield City Branch (Branch No.
/// 4127)" -> "Northfield City Branch").
fn without_numbered_bracket(t: &str) -> &str {
    match t.strip_suffix(')').and_then(|n| n.rfind('(')) {
        Some(open) if t[open..].bytes().any(|b| b.is_ascii_digit()) => t[..open].trim_end(),
        _ => t,
    }
}

/// `name` without a bracket saying which session of the meeting it is ("Board of Directors
/// (Public)", "Cabinet (Part 2)").
fn without_session_bracket(name: &str) -> &str {
    let Some(open) = name.strip_suffix(')').and_then(|n| n.rfind('(')) else { return name };
    let inner = name[open + 1..name.len() - 1].to_ascii_lowercase();
    let session =
        ["public", "private", "open", "closed", "confidential", "in public", "in private"]
            .contains(&inner.as_str())
            || inner.strip_prefix("part ").is_some_and(|p| p.len() <= 3);
    if session { name[..open].trim_end() } else { name }
}

/// Whether a heading line is a venue ("Council Chamber, Gresley Building"): its first part
/// ends in a room's or building's word.
fn is_venue(t: &str) -> bool {
    let first = t.split(',').next().unwrap_or(t).trim();
    let last = first.rsplit(' ').next().unwrap_or(first);
    VENUE_WORD.is_in(last)
}

/// The first of the top six heading lines that `names` says gives a body's full name, as
/// the name (title-cased if in capitals) and its range: a heading-like line of at most ten
/// words, with no lead words ("meeting of"), date, time or person, a number in brackets
/// after it dropped ("NORTHFIELD CITY BRANCH (Branch No. 4127)").
fn full_name_line(
    head: &[Line],
    leads: &[Range<usize>],
    names: impl Fn(&str) -> bool,
) -> Option<(String, Range<usize>)> {
    let l = head.iter().take(6).find(|l| {
        let t = without_numbered_bracket(l.trimmed());
        names(t)
            && !leads.iter().any(|r| r.start >= l.start && r.start < l.end())
            && word_count(t, 10) <= 10
            && is_heading_like(t)
            && !has_date_or_time(t)
            && !is_person_line(t)
    })?;
    let name = without_numbered_bracket(l.trimmed());
    let r = l.trimmed_range();
    Some((title_case_if_caps(name), r.start..r.start + name.len()))
}

/// A page header's right-hand cell that ends in a year ("Minute Book 2025", "Minutes
/// 2024/25"): at most three words, the first capitalised.
fn is_year_cell(cell: &str) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    let year = |w: &str| {
        let (y, rest) = w.split_at(w.len().min(4));
        y.len() == 4
            && y.bytes().all(|b| b.is_ascii_digit())
            && (rest.is_empty()
                || rest.strip_prefix('/').is_some_and(|r| {
                    matches!(r.len(), 2 | 4) && r.bytes().all(|b| b.is_ascii_digit())
                }))
    };
    (2..=3).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words.last().is_some_and(|w| year(w))
}

/// "Report to: Strategy and Policy Committee", "Meeting: Audit Committee": a label naming
/// the body, and the name's offset in `t`. Only names with a body word.
fn labelled_body(t: &str) -> Option<(&str, usize)> {
    // Cheap gate: the labels' first letters.
    if !t.as_bytes().first().is_some_and(|b| matches!(b.to_ascii_lowercase(), b'r' | b'm' | b'c')) {
        return None;
    }
    let colon = memchr::memchr(b':', t.as_bytes())?;
    let label = t[..colon].trim();
    if !["report to", "meeting", "committee"].iter().any(|w| label.eq_ignore_ascii_case(w)) {
        return None;
    }
    let value = t[colon + 1..].trim_start();
    let off = t.len() - value.len();
    let value = without_session_bracket(value.trim_end());
    (BODY_WORD.is_in(value) && !has_date_or_time(value)).then_some((value, off))
}

/// "To:   Planning and Economic Development Committee": a memo's addressee that is a
/// body (not "All Members of the Council", "Each Member of ..."), and its offset in `t`.
fn addressed_body(t: &str) -> Option<(&str, usize)> {
    // Cheap gate: the label's bytes.
    if !t.as_bytes().get(..3).is_some_and(|w| w.eq_ignore_ascii_case(b"to:")) {
        return None;
    }
    let mut value = t[3..].trim_start();
    // "Honorable Mayor and Members of the City Council", "The Chair and Members of the
    // Planning Committee": a staff report's salutation, the body after "Members of".
    if let Some(at) = salutation_body_at(value) {
        value = &value[at..];
    }
    let off = t.len() - value.len();
    let value = value.trim_end();
    (BODY_WORD.is_in(value)
        && !contains_ignore_ascii_case(value, "member")
        && !has_date_or_time(value))
    .then_some((value, off))
}

/// Where the body starts in a salutation to a presiding officer and the members ("Mayor
/// and Members of the City Council" -> "City Council"); `None` for other addressees ("All
/// Members of the Council").
fn salutation_body_at(value: &str) -> Option<usize> {
    let lower = value.to_ascii_lowercase();
    let at = lower.find(" and members of ")?;
    let officer = lower[..at].trim_end().rsplit(' ').next()?;
    if !["mayor", "chair", "chairman", "chairperson", "chairwoman", "president", "cathaoirleach"]
        .contains(&officer)
    {
        return None;
    }
    let mut from = at + " and members of ".len();
    if lower[from..].starts_with("the ") {
        from += 4;
    }
    value.is_char_boundary(from).then_some(from)
}

/// Where the name starts in a heading line "... REPORT TO THE X" that names a body or a
/// parish or town meeting as the report's audience ("CHAIRMAN'S REPORT TO THE ANNUAL PARISH
/// MEETING", "Report to the Planning Committee").
fn report_to(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    // "report to " as words, then "the ".
    // (Found at its "p", a rarer letter than its "r".)
    let mut from = 0;
    let at = loop {
        let p = from + memchr::memchr2(b'p', b'P', &b[from..])?;
        from = p + 1;
        let Some(r) = p.checked_sub(2) else { continue };
        if b.get(r..r + 10).is_some_and(|w| w.eq_ignore_ascii_case(b"report to "))
            && (r == 0 || !b[r - 1].is_ascii_alphanumeric())
        {
            break r + 10;
        }
    };
    let at =
        at + if b.get(at..at + 4).is_some_and(|w| w.eq_ignore_ascii_case(b"the ")) { 4 } else { 0 };
    let name = &t[at..];
    if !name.starts_with(char::is_uppercase)
        || name.contains([':', '.', ',', ';'])
        || !is_heading_like(t)
    {
        return None;
    }
    let n = name.to_lowercase();
    let meeting = n.ends_with("parish meeting") || n.ends_with("town meeting");
    ((BODY_WORD.is_in(name) || meeting) && !has_date_or_time(name)).then_some(at)
}

/// The body a web page's breadcrumb trail names ("Home > Council and democracy >
/// Committees > Licensing Committee > Meeting"): its last segment with a body word, or ""
/// for a trail without one. None for a line that is not a trail (two or more " > ").
fn breadcrumb_body(t: &str) -> Option<&str> {
    // Cheap gate: a '>' at all.
    memchr::memchr(b'>', t.as_bytes())?;
    t.matches(" > ").nth(1)?;
    let seg = t
        .rsplit(" > ")
        .map(|s| s.trim_matches([' ', '>']))
        .find(|s| BODY_WORD.is_in(s) && is_name_cased(s));
    Some(seg.unwrap_or(""))
}

/// Whether every word of `s` opens with a capital or is a short joining word: a name
/// ("Licensing Committee", "Planning and Highways Committee"), not a site's section
/// ("Council and democracy", "Councillors and committees").
fn is_name_cased(s: &str) -> bool {
    s.split_whitespace()
        .all(|w| !w.starts_with(|c: char| c.is_lowercase()) || JOINING_WORDS.contains(&w))
}

/// "ANNUAL TOWN MEETING", "Annual Parish Meeting": a heading that names the electors'
/// meeting, a body of its own.
fn is_electors_meeting(t: &str) -> bool {
    // Cheap gate: the last letter and the length.
    if t.len() > 40 || !t.ends_with(['g', 'G']) {
        return false;
    }
    let lower = t.to_lowercase();
    (lower.ends_with("town meeting") || lower.ends_with("parish meeting")) && word_count(t, 5) <= 5
}

/// Where " of the Company" starts in a body's name that ends so ("Board of Directors of the
/// Company", "Council of Governors of the Trust"): a defined term for the organisation.
fn back_reference_at(b: &str) -> Option<usize> {
    let p = b.rfind(" of the ")?;
    let tail = &b[p + 8..];
    let defined = ["Company", "Charity", "Society", "Association", "Trust", "Club"];
    (defined.iter().any(|d| tail.eq_ignore_ascii_case(d)) && SUB_BODY.is_in(&b[..p])).then_some(p)
}

/// "Twenty-second Annual General", "AGM": a general meeting of an organisation's members,
/// not a body (the organisation the heading names is).
fn is_general_meeting(name: &str) -> bool {
    // Cheap gate: a word that is "general" or "agm" in lower case is one in any ASCII case
    // (no other letter lowers to an ASCII one but the Kelvin sign, a "k").
    if !contains_ignore_ascii_case(name, "general") && !contains_ignore_ascii_case(name, "agm") {
        return false;
    }
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let ordinal = |w: &str| {
        ["first", "second", "third", "st", "nd", "rd", "th"].iter().any(|e| w.ends_with(e))
    };
    words.iter().any(|w| w == "general" || w == "agm")
        && words.iter().all(|w| {
            matches!(w.as_str(), "annual" | "general" | "agm" | "extraordinary" | "special")
                || ordinal(w)
        })
}

/// A line that names a person ("Ms Eleanor Quist (Principal and Chief Executive)"): an
/// honorific first. Never a body.
fn is_person_line(t: &str) -> bool {
    let (honorific, rest, _) = crate::extract::names::strip_honorifics(t);
    // "Commissioners Court", "Supervisors Board": a title's word naming a body, then the
    // body's own word, is no person.
    honorific.is_some()
        && !rest.split_whitespace().next().is_some_and(|w| {
            w.eq_ignore_ascii_case("court") || BODY_WORD.is_in(w) && !w.contains('.')
        })
}

/// The cell of a heading set out in table cells that can name the body: the last cell with
/// a body word ("BOARD OF SUPERVISORS<TAB>Regular Session"; "CYNGOR CYMUNED BRO
/// DULAS<TAB>BRO DULAS COMMUNITY COUNCIL", a name in two languages side by side, gives the
/// English one), or the whole line.
fn heading_cell(t: &str) -> &str {
    if !t.contains('\t') {
        return t;
    }
    // ("Ordinary Meeting of Council" in a cell names the occasion, not the council.)
    t.split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty() && BODY_WORD.is_in(&outside_brackets(c)) && !names_an_occasion(c))
        .next_back()
        .unwrap_or(t)
}

/// "Ordinary Meeting of Council", "Meeting of the Board": a kind of meeting, not a name.
fn names_an_occasion(c: &str) -> bool {
    contains_ignore_ascii_case(c, "meeting of")
}

/// Whether a heading line is a name standing alone (an organisation's, a group's): a few
/// words, no field, date, person or "Minutes".
fn is_name_line(t: &str) -> bool {
    let w = word_count(t, 8);
    (1..=8).contains(&w)
        && is_heading_like(t)
        && !has_field_colon(t)
        && !is_person_line(t)
        && !has_date_or_time(t)
        && !MINUTES_WORD.is_in(t)
        && !t.starts_with('[')
}

/// `t` without its bracketed parts: "Cllr Gordon Ferguson (Highland Council)" names the
/// council a person sits on, no body of its own.
fn outside_brackets(t: &str) -> std::borrow::Cow<'_, str> {
    if !t.contains('(') {
        return t.into();
    }
    let mut out = String::with_capacity(t.len());
    let mut depth = 0usize;
    for c in t.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.into()
}

/// Whether `s` has a colon other than a time's ("7:00"): a field label ("Date:").
fn has_field_colon(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b':'
            && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            // A label is a few words ("Meeting Room:"); a sentence's lead-in is not ("Council
            // will be held on:").
            && s[..i].rsplit('\n').next().is_some_and(|l| word_count(l, 3) <= 3)
    })
}

/// The lead words `OF_BODY` needs ("meeting of", "discussed at"), where they stand in the
/// text from the first heading line to the last that [`names`] reads: `OF_BODY` can match
/// in a stretch of the heading only when one of them lies inside it, and most heading lines
/// have none.
///
/// [`names`] reads the first 25 heading lines, each with the lines up to six past it, so
/// the text searched ends with the last heading line at most six past the 25th. (A lead
/// has no look-around and at most one match starts at any byte, so the leads that end by
/// then are found the same in that text as in the whole heading; a lead that starts in one
/// of the first six lines ends by the next heading line's end, well inside it.)
fn lead_words(text: &Text, head: &[Line]) -> Vec<Range<usize>> {
    let Some(first) = head.first() else { return Vec::new() };
    let k = head.len().min(25) - 1;
    let last =
        head[k..].iter().take_while(|n| n.index <= head[k].index + 6).last().unwrap_or(first);
    let from = first.start;
    let to = last.end().max(from);
    LEADS.find_iter(&text.src[from..to]).map(|r| from + r.start..from + r.end).collect()
}

fn has_date_or_time(t: &str) -> bool {
    !dates_up_to(t, &mut || false, 1).is_empty() || times(t).is_some()
}

/// Whether an ASCII byte is white space as `char::is_whitespace` has it (tab to carriage
/// return, and space).
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b'\t'..=b'\r' | b' ')
}

/// `s.split_whitespace().count()`, but no more than `cap + 1`: the count stops there (a
/// heading's checks ask whether a line has at most a few words, and a line of prose has
/// hundreds). Counted over the bytes while they are ASCII (where the white space is
/// [`is_ascii_space`]), with `char`s from the start otherwise.
fn word_count(s: &str, cap: usize) -> usize {
    let mut words = 0;
    let mut after_space = true;
    for &c in s.as_bytes() {
        if c >= 0x80 {
            return s.split_whitespace().take(cap + 1).count();
        }
        let space = is_ascii_space(c);
        words += usize::from(after_space && !space);
        if words > cap {
            return words;
        }
        after_space = space;
    }
    words
}

fn is_heading_like(t: &str) -> bool {
    // (A letterhead's line of details set off by bars, "Registered Society No. 31245R |
    // Regulator of Social Housing No. L4519", is no heading either.)
    if t.ends_with('.') || t.contains(':') || t.contains(" | ") {
        return false;
    }
    // At least half the words capitalised (counted in one pass, nothing collected; over the
    // bytes when `t` is ASCII, where a capital is an ASCII capital).
    let (mut words, mut caps) = (0usize, 0usize);
    if t.is_ascii() {
        let mut after_space = true;
        for &c in t.as_bytes() {
            let space = is_ascii_space(c);
            if after_space && !space {
                words += 1;
                caps += usize::from(c.is_ascii_uppercase());
            }
            after_space = space;
        }
    } else {
        for w in t.split_whitespace() {
            words += 1;
            caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
        }
    }
    caps * 2 >= words
}

static BODY_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:minutes|notes|summary)\s+(?:of\s+)?(?:(?:an?|the)\s+)?(?:(?:ordinary|extraordinary|annual|special|regular|monthly|scheduled|unscheduled)\s+)*(?:meeting\s+of\s+(?:the\s+)?)?").unwrap()
});
static BODY_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?:\s+(?:regular|special|ordinary|annual|extraordinary|monthly|scheduled|unscheduled))?(?:\s+(?:meeting|session))?\s+(?:(?:official\s+)?proceedings|minutes|agenda)$|\s+(?:meeting|session)$|\s*\([^)]*\)$").unwrap()
});
// "Regular Council", "Special Board", "Regular City Council": the kind of meeting is not
// the body's name.
static KIND_OF_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:regular|special|ordinary|extraordinary|adjourned|reconvened|scheduled|unscheduled)\s+((?:(?:city|town|village|county|borough|township|parish|district)\s+)?(?:council|board|commission|committee))$").unwrap()
});
// "Board Meeting - Minutes", "BOARD OF DIRECTORS - MEETING IN PUBLIC": what kind of paper or
// session it is, after a dash, is not the name.
static PAPER_KIND: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)\s+[-–—]\s+(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:minutes|agenda|notes|meeting\s+in\s+(?:public|private)|(?:(?:public|private|open|closed|regular|special|ordinary|extraordinary|annual|adjourned|emergency|scheduled|unscheduled)\s+)+(?:meeting|session)(?:\s+(?:meeting|session))?(?:\s+(?:minutes|agenda|notes))?|part\s+(?:[12ab]|one|two))$").unwrap()
});
// "Planning Sub-Committee (East)": an area in brackets is part of the name; other brackets
// ("(Special)", "(Remote meeting)") are not.
static AREA: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)\((?:north|south|east|west|central|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|inner|outer|rural|urban)\)$").unwrap()
});

/// The cheap looks that let [`clean_body`] skip a pattern that cannot match, each what the
/// pattern needs. Of the ASCII letters only "s" and "k" have non-ASCII case variants ("ſ",
/// the Kelvin sign), so a word with an "s" is compared as written or the text has a "ſ".
/// - [`BODY_LEAD`]: it opens with "draft", "confirmed", "unconfirmed", "approved",
///   "minutes", "notes" or "summary" (the first letter, or a non-ASCII first byte);
/// - [`BODY_TAIL`]: it ends with "minutes", "agenda", "proceedings", "meeting", "session"
///   or ")";
/// - [`KIND_OF_MEETING`]: it ends with "council", "board", "commission" or "committee";
/// - [`PAPER_KIND`]: a dash ("-", or the first byte of "–" and "—");
/// - [`WEEKDAY_END`]: "day";
/// - [`AREA`]: it ends with ")".
fn body_lead_looks(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|&c| {
        c >= 0x80
            || matches!(c.to_ascii_lowercase(), b'd' | b'c' | b'u' | b'a' | b'm' | b'n' | b's')
    })
}

/// See [`body_lead_looks`].
fn body_tail_looks(s: &str) -> bool {
    s.ends_with(')')
        || ["minutes", "agenda", "proceedings", "meeting", "session"]
            .iter()
            .any(|w| crate::text::ends_with_ignore_ascii_case(s, w))
        || s.contains('ſ')
}

/// See [`body_lead_looks`].
fn kind_of_meeting_looks(s: &str) -> bool {
    ["council", "board", "commission", "committee"]
        .iter()
        .any(|w| crate::text::ends_with_ignore_ascii_case(s, w))
        || s.contains('ſ')
}

/// See [`body_lead_looks`].
fn paper_kind_looks(s: &str) -> bool {
    memchr::memchr2(b'-', 0xE2, s.as_bytes()).is_some()
}

/// See [`body_lead_looks`].
fn weekday_end_looks(s: &str) -> bool {
    contains_ignore_ascii_case(s, "day")
}

/// Where " held" begins in `s` as a word of its own after a first word (any case), if it
/// does.
fn held_at(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(p) = memchr::memchr2(b'h', b'H', &b[from..]) {
        let i = from + p;
        if i > 1
            && b[i - 1] == b' '
            && b.get(i..i + 4).is_some_and(|w| w.eq_ignore_ascii_case(b"held"))
            && b.get(i + 4).is_none_or(|&c| c == b' ')
        {
            return Some(i - 1);
        }
        from = i + 1;
    }
    None
}

/// "MINUTES OF THE PLANNING COMMITTEE" -> "Planning Committee"; strips "Minutes", "Meeting",
/// "Proceedings", and what follows "held".
/// (Each pattern runs only when its look says it can match: see [`body_lead_looks`].)
fn clean_body(s: &str) -> String {
    let mut s = crate::text::reflow_name(s);
    // "Parish Council 15 January 2025", "... Leavers Wednesday 5th February 2014 5pm": the
    // name ends where a date or a time begins, and a weekday before it goes too.
    if let Some((_, r)) = dates(&s, false).first() {
        s.truncate(r.start);
    }
    if let Some((_, _, r)) = times(&s) {
        s.truncate(r.start);
    }
    // "BOARD OF DIRECTORS MEETING HELD IN PUBLIC": the name ends where what says where or
    // how the meeting was held begins ("held" a word of its own, not "Sheldon").
    if let Some(at) = held_at(&s) {
        s.truncate(at);
    }
    // (Without its trailing white space either way.)
    s.truncate(s.trim_end().len());
    if paper_kind_looks(&s) {
        s = PAPER_KIND.replace(&s, "").into_owned();
    }
    let before = s.trim_end_matches([' ', ',', '–', '-']);
    let trimmed = if weekday_end_looks(before) {
        WEEKDAY_END.replace(before, "").to_string()
    } else {
        before.to_string()
    };
    s = if body_lead_looks(&trimmed) {
        BODY_LEAD.replace(&trimmed, "").into_owned()
    } else {
        trimmed
    };
    // A parish or town meeting is a body of its own (the electors' meeting), "Meeting" and
    // all.
    let lower = s.trim_end().to_lowercase();
    let keeps_tail = lower.ends_with("parish meeting")
        || lower.ends_with("town meeting")
        || s.trim_end().ends_with(')') && AREA.is_match(s.trim_end());
    if !keeps_tail && body_tail_looks(&s) {
        s = BODY_TAIL.replace_all(&s, "").into_owned();
    }
    let s = s.trim().trim_end_matches(['.', ',', ':', ';', '-', '–']).trim();
    // "the Branch General Meeting", "the Society's Annual General Meeting": a general
    // meeting of the body named before it.
    let s = match s.rsplit_once(' ') {
        Some((name, last)) if last.eq_ignore_ascii_case("general") => {
            let name = match name.trim_end().rsplit_once(' ') {
                Some((rest, w)) if w.eq_ignore_ascii_case("annual") => rest,
                _ => name.trim_end(),
            };
            if is_general_meeting(s) { s } else { name }
        }
        _ => s,
    };
    let s = match kind_of_meeting_looks(s)
        .then(|| KIND_OF_MEETING.captures(s))
        .flatten()
        .and_then(|c| c.get(1))
    {
        Some(m) => m.as_str(),
        None => s,
    };
    title_case_if_caps(s)
}

/// All-capital names become title case ("PLANNING COMMITTEE" -> "Planning Committee").
fn title_case_if_caps(s: &str) -> String {
    // Four letters or more, none in lower case (counted in one pass, nothing collected;
    // the first small letter settles it).
    let mut letters = 0usize;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return s.to_string();
        }
        letters += 1;
    }
    if letters < 4 {
        return s.to_string();
    }
    // The words joined with single spaces as they are mapped, in one string.
    let mut out = String::with_capacity(s.len());
    for (k, w) in s.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let lw = w.to_lowercase();
        if k > 0 && JOINING_WORDS.contains(&lw.as_str()) {
            out.push_str(&lw);
        } else if w.len() <= 3
            && !w.contains(|c: char| "AEIOU".contains(c))
            && !matches!(lw.trim_end_matches('.'), "st" | "mt" | "ft")
        {
            // Acronyms: NHS, CPB (but Saint, Mount and Fort are abbreviations: St).
            out.push_str(w);
        } else {
            let mut c = lw.chars();
            if let Some(f) = c.next() {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
        }
    }
    out
}

static VENUE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:venue|location|place|where|held at)\s*[:\-–]\s*(?P<loc>.+)$")
        .unwrap()
});
/// "held at the Council Chamber on Monday ...": the place, `loc`. (Only `loc` is read. A
/// weekday's first three letters end the place without the rest of its word: the rest
/// came last in its branch, as `\w*`, which always matches, so it chose no other reading
/// and moved no capture; it only lengthened the whole match, and cost a wide class to
/// build.)
static HELD_AT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:held\s+(?:at|in|via)|took\s+place\s+(?:at|in)|convened\s+(?:at|in)|meeting\s+(?:at|in))\s+(?:the\s+)?(?P<loc>\p{Lu}.*?)(?:\s+on\s+(?:(?i:mon|tue|wed|thu|fri|sat|sun)|\d|the\s+\d)|\s+at\s+\d|,\s*(?:(?i:mon|tue|wed|thu|fri|sat|sun)|\d)|\s+commencing|\s+starting|\.\s|\.$|$)").unwrap()
});

/// [`HELD_AT`] as it was written, with the rest of a weekday's name (`\w*`): the tests
/// hold the two to the same place.
#[cfg(test)]
static HELD_AT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:held\s+(?:at|in|via)|took\s+place\s+(?:at|in)|convened\s+(?:at|in)|meeting\s+(?:at|in))\s+(?:the\s+)?(?P<loc>\p{Lu}.*?)(?:\s+on\s+(?:(?i:mon|tue|wed|thu|fri|sat|sun)\w*|\d|the\s+\d)|\s+at\s+\d|,\s*(?:(?i:mon|tue|wed|thu|fri|sat|sun)\w*|\d)|\s+commencing|\s+starting|\.\s|\.$|$)").unwrap()
});
static IN_AFTER_TIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?:\d\s*(?:a\.?m\.?|p\.?m\.?)|\d:\d\d)\s*,?\s+(?:in|at|via)\s+(?:the\s+)?(?P<loc>\p{Lu}.*?)\s*\.?$").unwrap()
});

/// [`HELD_AT`] up to and including the place's first letter (no captures: a lazy DFA finds
/// it). Its end less that letter is where the place starts.
static HELD_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(?:held\s+(?:at|in|via)|took\s+place\s+(?:at|in)|convened\s+(?:at|in)|meeting\s+(?:at|in))\s+(?:the\s+)?\p{Lu}").unwrap()
});

/// What ends [`HELD_AT`]'s place: its first match after the place's first letter.
static HELD_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)\s+on\s+(?:(?i:mon|tue|wed|thu|fri|sat|sun)|\d|the\s+\d)|\s+at\s+\d|,\s*(?:(?i:mon|tue|wed|thu|fri|sat|sun)|\d)|\s+commencing|\s+starting|\.\s|\.$|$").unwrap()
});

/// [`IN_AFTER_TIME`] up to and including the place's first letter (no captures).
static TIMED_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)(?:\d\s*(?:a\.?m\.?|p\.?m\.?)|\d:\d\d)\s*,?\s+(?:in|at|via)\s+(?:the\s+)?\p{Lu}",
    )
    .unwrap()
});

/// [`VENUE_LABEL`]'s place in `t`: its range.
fn labelled_place(t: &str) -> Option<Range<usize>> {
    VENUE_LABEL.captures(t).and_then(|c| c.name("loc")).map(|m| m.range())
}

/// [`HELD_AT`]'s place in `t`, found in two searches without captures: the lead with the
/// place's first letter, then the first end after it. (The place is lazy, so the first end
/// is its end; in a line, with no line end for `.` to stop at, the end pattern always
/// matches at the end of the text, so a lead always goes on, and the lead's first match is
/// where the pattern's is. A text with a line end is read with the captures.)
fn held_place(t: &str) -> Option<Range<usize>> {
    if memchr::memchr(b'\n', t.as_bytes()).is_some() {
        return HELD_AT.captures(t).and_then(|c| c.name("loc")).map(|m| m.range());
    }
    let lead = HELD_LEAD.find(t)?;
    let first = t[..lead.end()].chars().next_back()?.len_utf8();
    let end = HELD_END.find_at(t, lead.end())?;
    Some(lead.end() - first..end.start())
}

/// [`IN_AFTER_TIME`]'s place in `t`, as [`held_place`]: after the lead, the place runs to
/// the end less what `\s*\.?$` takes there at the least (a last dot, then the white space
/// before it; it never reaches the place's first letter).
fn timed_place(t: &str) -> Option<Range<usize>> {
    if memchr::memchr(b'\n', t.as_bytes()).is_some() {
        return IN_AFTER_TIME.captures(t).and_then(|c| c.name("loc")).map(|m| m.range());
    }
    let lead = TIMED_LEAD.find(t)?;
    let first = t[..lead.end()].chars().next_back()?.len_utf8();
    let end = t.strip_suffix('.').unwrap_or(t).trim_end().len().max(lead.end());
    Some(lead.end() - first..end)
}

/// The words of a room, a building or a street ("room", "hall", "road" ...).
static VENUE_WORD: WordList = WordList::new(&[
    "room",
    "hall",
    "house",
    "chamber",
    "chambers",
    "centre",
    "center",
    "offices",
    "building",
    "library",
    "pavilion",
    "institute",
    "school",
    "church",
    "zoom",
    "teams",
    "virtual",
    "online",
    "remote",
    "street",
    "road",
    "lane",
    "avenue",
    "square",
    "civic",
    "town hall",
    "guildhall",
    "annex",
    "annexe",
    "suite",
]);

/// [`VENUE_WORD`] as the pattern it was: the specification the tests hold it to.
#[cfg(test)]
static VENUE_WORD_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)(?-u:\b)(room|hall|house|chamber|chambers|centre|center|offices|building|library|pavilion|institute|school|church|zoom|teams|virtual|online|remote|street|road|lane|avenue|square|civic|town hall|guildhall|annex|annexe|suite)(?-u:\b)").unwrap()
});

/// Words that make a line a place even when it names a body ("COUNCIL CHAMBERS, MD
/// ADMINISTRATION BUILDING").
static PLACE_WORD: AnyWord = AnyWord::new(&[
    "chamber",
    "building",
    "offices",
    "town hall",
    "city hall",
    "county hall",
    "civic centre",
    "civic center",
]);

/// Whether `t` has what a [`HELD_AT`] match needs: "held", "took", "convened" or "meeting",
/// white space, and the "a", "i", "v" or "p" of "at", "in", "via" or "place" (ignoring
/// case). Looked for on ASCII text only (a non-ASCII byte may be Unicode white space or the
/// Kelvin sign, a "k"): at each run of white space before one of those letters, whether one
/// of the words ends just before it.
fn held_at_looks(t: &str) -> bool {
    if !t.is_ascii() {
        return true;
    }
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !is_ascii_space(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && is_ascii_space(b[i]) {
            i += 1;
        }
        if b.get(i).is_some_and(|c| matches!(c.to_ascii_lowercase(), b'a' | b'i' | b'v' | b'p'))
            && ["held", "took", "convened", "meeting"].iter().any(|w| {
                b[..start].len() >= w.len()
                    && b[start - w.len()..start].eq_ignore_ascii_case(w.as_bytes())
            })
        {
            return true;
        }
    }
    false
}

/// The place of the meeting.
fn location(head: &[Line]) -> Found {
    for l in head.iter().take(25) {
        let t = l.text.trim_end();
        let base = l.start;
        // "held at", "took place in", "meeting at" ...; a time before "in"/"at".
        static HELD: AnyWord = AnyWord::new(&["held", "took", "convened", "meeting"]);
        let held = HELD.is_in(t) && held_at_looks(t);
        let timed = clock_looks(t);
        // A label opens the line: "Venue:", "Location -", "Place:", "Where:", "Held at:".
        // (As [`VENUE_LABEL`] needs: none of the labels' letters has a non-ASCII case
        // variant, so ASCII case is all there is to ignore.)
        let labelled = ["venue", "location", "place", "where", "held at"]
            .iter()
            .any(|w| crate::text::starts_with_ignore_ascii_case(t, w));
        // (The places [`VENUE_LABEL`], [`HELD_AT`] and [`IN_AFTER_TIME`] capture.)
        let places: [(fn(&str) -> Option<Range<usize>>, bool); 3] =
            [(labelled_place, labelled), (held_place, held), (timed_place, timed)];
        for place in places.iter().filter(|(_, possible)| *possible).map(|(p, _)| *p) {
            if let Some(m) = place(t) {
                let loc = clean_location(&t[m.clone()]);
                if !loc.is_empty() && word_count(&loc, 15) <= 15 {
                    return Some((loc, base + m.start..base + m.end));
                }
            }
        }
    }
    // A line of its own naming a venue.
    for l in head.iter().take(12) {
        let t = l.trimmed();
        // (The cheap tests first: a line of prose has far more than twelve words.)
        if word_count(t, 12) <= 12
            && !t.contains(':')
            && !t.ends_with('.')
            && VENUE_WORD.is_in(t)
            && !has_date_or_time(t)
            && (!BODY_WORD.is_in(t) || PLACE_WORD.is_in(t))
            && !is_person_line(t)
        {
            return Some((clean_location(t), l.trimmed_range()));
        }
    }
    None
}

fn clean_location(s: &str) -> String {
    let s = crate::text::reflow(s);
    let s = s.trim().trim_end_matches(['.', ',', ';', ':']).trim();
    // "Zoom Virtual Meeting - Zoom": a trailing repeat adds nothing.
    for sep in [" - ", " – "] {
        if let Some((a, b)) = s.rsplit_once(sep)
            && a.to_lowercase().contains(&b.trim().to_lowercase())
        {
            return a.trim().to_string();
        }
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn meet(s: &str) -> Meeting {
        let t = Text::from_str(s);
        let seg = segment(&t);
        extract(&t, &seg)
    }

    #[test]
    fn dates_in_many_forms() {
        assert_eq!(dates("Thursday, 10th September, 2020", false)[0].0, "2020-09-10");
        assert_eq!(dates("Wednesday 5th February 2014", false)[0].0, "2014-02-05");
        assert_eq!(dates("Monday, 3rd of July, 2023", false)[0].0, "2023-07-03");
        assert_eq!(dates("March 7, 2023", true)[0].0, "2023-03-07");
        assert_eq!(dates("10/09/2020", false)[0].0, "2020-09-10");
        assert_eq!(dates("03/07/2023", true)[0].0, "2023-03-07");
        assert_eq!(dates("13/03/2023", true)[0].0, "2023-03-13");
        assert!(dates("ref 21/01234/FUL and 31/02/2020", false).is_empty());
    }

    #[test]
    fn the_date_a_paper_was_issued_is_not_the_meeting_date() {
        let m = meet(
            "Brackley Town Council\n\nTo: Members of the Finance Committee   Date issued: 3 March 2024\n\nDear Councillor\n\nYou are summoned to a meeting of the FINANCE COMMITTEE on MONDAY 11 MARCH 2024 at 7 pm.\n\n1. Apologies\n",
        );
        assert_eq!(m.date.as_deref(), Some("2024-03-11"));
        assert!(is_paper_date("Date of Publication: "));
        assert!(!is_paper_date("Minutes of the meeting held on "));
    }

    #[test]
    fn a_parish_meeting_is_named_by_its_heading_not_its_occasion() {
        let m = meet(
            "LITTLE ODDINGTON TOWN MEETING\n\nMinutes of the Autumn Town Meeting held in the Village Hall on Monday 6th October 2025 at 7 pm\n\n1. Apologies\n",
        );
        assert_eq!(m.body.as_deref(), Some("Little Oddington Town Meeting"));
        assert_eq!(occasion_tail(" annual parish meeting"), Some(" parish meeting"));
        assert_eq!(occasion_tail(" parish meeting"), None);
        assert_eq!(occasion_tail(" annual planning committee"), None);
    }

    #[test]
    fn times_and_ranges() {
        assert_eq!(parse_time("6.00 pm").as_deref(), Some("18:00"));
        assert_eq!(parse_time("10.30 a.m.").as_deref(), Some("10:30"));
        assert_eq!(parse_time("12pm").as_deref(), Some("12:00"));
        assert_eq!(parse_time("19:30").as_deref(), Some("19:30"));
        let (s, e, _) = times("5pm - 7pm").unwrap();
        assert_eq!((s.as_str(), e.as_deref()), ("17:00", Some("19:00")));
    }

    #[test]
    fn heading() {
        let m = meet(
            "\nLancashire County Council\n\nCorporate Parenting Board\nMinutes of the Meeting held on Thursday, 10th September, 2020 at 6.00 pm in Zoom Virtual Meeting - Zoom\n\tPresent:\n\n1. Item\n",
        );
        assert_eq!(m.organisation.as_deref(), Some("Lancashire County Council"));
        assert_eq!(m.body.as_deref(), Some("Corporate Parenting Board"));
        assert_eq!(m.date.as_deref(), Some("2020-09-10"));
        assert_eq!(m.start_time.as_deref(), Some("18:00"));
        assert_eq!(m.location.as_deref(), Some("Zoom Virtual Meeting"));
    }

    #[test]
    fn minutes_of_a_meeting_of() {
        let m = meet(
            "Minutes of a meeting of the Scrutiny Review Panel on Corporate Parenting held at County Hall, Glenfield on Friday, 25 January 2019.\n\nPRESENT\n\nMr A\n\n8. Minutes.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Scrutiny Review Panel on Corporate Parenting"));
        assert_eq!(m.location.as_deref(), Some("County Hall, Glenfield"));
        assert_eq!(m.date.as_deref(), Some("2019-01-25"));
        let m = meet(
            "MINUTES OF THE PLANNING COMMITTEE OF BALLYMORE PARISH COUNCIL\nheld on 3 March 2021 at 7.30pm. The meeting closed at 9.05pm.\n\n1. Apologies\n",
        );
        assert_eq!(m.body.as_deref(), Some("Planning Committee"));
        assert_eq!(m.organisation.as_deref(), Some("Ballymore Parish Council"));
        assert_eq!(m.end_time.as_deref(), Some("21:05"));
    }

    proptest::proptest! {
        /// The byte looks never turn away a line one of the date patterns matches.
        #[test]
        fn the_date_looks_keep_every_date(
            s in r"(?:[0-9]|19|20|/|\.|-| |March|mar|th|of|,|x)*"
        ) {
            let any = [&*DAY_MONTH_YEAR, &*MONTH_DAY_YEAR, &*ISO, &*NUMERIC]
                .iter()
                .any(|re| re.is_match(&s));
            if any {
                proptest::prop_assert!(date_looks(s.as_bytes()).0 || date_looks(s.as_bytes()).1);
            }
            if DAY_MONTH_YEAR.is_match(&s) || MONTH_DAY_YEAR.is_match(&s) || ISO.is_match(&s) {
                proptest::prop_assert!(date_looks(s.as_bytes()).0);
            }
            if ISO.is_match(&s) || NUMERIC.is_match(&s) {
                proptest::prop_assert!(date_looks(s.as_bytes()).1);
            }
        }
    }

    /// The matches of a named-month date pattern, one after another, with the parts its
    /// captures give: what [`named_dates`] must give.
    fn named_spec(re: &Regex, s: &str) -> Vec<NamedDate> {
        re.captures_iter(s)
            .map(|c| NamedDate {
                whole: c.get(0).unwrap().range(),
                day: c.name("day").unwrap().range(),
                month: c.name("month").unwrap().range(),
                year: c.name("year").unwrap().range(),
            })
            .collect()
    }

    #[test]
    fn the_named_date_readers_are_the_date_patterns() {
        for s in [
            "Thursday, 10th September, 2020",
            "Wednesday 5th February 2014",
            "Monday, 3rd of July, 2023",
            "the 1st day of May 2019 and 2 June 2020",
            "March 7, 2023",
            "Sept. 7th, 2023; sep 8 2023",
            "10 th Sept.,\u{a0}2020",
            "123 March 2020, x1 March 2020, 1 Marchx 2020, 1 March 20201",
            "31 February 2020 then 1 March 2020",
            "ſeptember 5 2020 and xſep 5 2020 and 5 ſep 2020",
            "1 st of , Jan 1999",
            "May 12th 2021",
            "Mayor 5 2020, mar 5,2020, mar. 05th, 2020",
        ] {
            for re in [&*DAY_MONTH_YEAR, &*MONTH_DAY_YEAR] {
                let day_first = std::ptr::eq(re, &*DAY_MONTH_YEAR);
                let hand: Vec<_> = named_dates(s, day_first).collect();
                assert_eq!(hand, named_spec(re, s), "{s:?}");
            }
        }
        assert_eq!(dates("Monday, 3rd of July, 2023", false)[0].1, 8..25);
    }

    proptest::proptest! {
        /// The hand readers find the matches and parts the named-month patterns capture.
        #[test]
        fn the_named_date_readers_match_the_patterns(
            s in r"(?:[0-9]|[0-3][0-9]|19[0-9][0-9]|20[0-9][0-9]|2020|123| |  |\t|\u{a0}|\u{2009}|,|\.|st|ſt|ST|nd|rd|th|of|OF|day|Day|jan|January|feb|mar|MARCH|march|may|jun|june|jul|aug|August|auguſt|sep|Sept|ſep|september|oct|nov|dec|ember|x|_|é|-)*"
        ) {
            proptest::prop_assert_eq!(
                named_dates(&s, true).collect::<Vec<_>>(),
                named_spec(&DAY_MONTH_YEAR, &s),
                "{:?}",
                s
            );
            proptest::prop_assert_eq!(
                named_dates(&s, false).collect::<Vec<_>>(),
                named_spec(&MONTH_DAY_YEAR, &s),
                "{:?}",
                s
            );
        }
    }

    proptest::proptest! {
        /// A paragraph speaks of the meeting as the pattern over its lower case says.
        #[test]
        fn speaking_of_the_meeting_is_the_pattern_in_lower_case(
            s in r"(?:meeting|MEETING|Held|minutes|date|DATE|dates|notes|Summary|commencing|convened|x|_|1| |\u{212A}|\u{130}|é|-|\n)*"
        ) {
            proptest::prop_assert_eq!(
                speaks_of_meeting(&s),
                MEETING_WORDS.is_match(&s.to_lowercase()),
                "{:?}",
                s
            );
        }
    }

    proptest::proptest! {
        /// The lead read from the lead words is the lead pattern's first match.
        #[test]
        fn the_lead_from_the_lead_words_is_the_lead_pattern(
            s in r"(?:meeting|MEETING|Minutes|notes|record|proceedings|discussed|ſitting|sitting|of|OF|at| |  |\n|\u{a0}|the|an|a|March|annual|Ordinary|Special|2nd|Town|Council|ÉIRE|é|x|_|,|-)*"
        ) {
            proptest::prop_assert_eq!(of_lead(&s), OF_LEAD.find(&s).map(|m| m.end()), "{:?}", s);
        }
    }

    #[test]
    fn leads_read_from_the_lead_words() {
        for s in [
            "Minutes of the Ordinary Meeting of the Council held on",
            "xminutes of the Council; minutes of the Board",
            "notes of a meeting of the Annual 2nd sitting of Town Council",
            "MEETING OF\nTHE PLANNING COMMITTEE",
            "proceedings of  the  Senate",
            "record of nothing. discussed at the Board",
        ] {
            assert_eq!(of_lead(s), OF_LEAD.find(s).map(|m| m.end()), "{s:?}");
        }
        assert_eq!(of_lead("Minutes of the Board"), Some(16));
    }

    proptest::proptest! {
        /// The byte looks never turn away a line the time or time-then-place pattern matches.
        #[test]
        fn the_clock_look_keeps_every_time_then_place(
            s in r"(?:[0-9]|:|\.|a|P|m|M|\.m|am|pm|hrs|h| |\t|\x0B|\u{a0}|\u{2009}|\u{85}|noon|MIDDAY|x|, in| at |The Hall|é)*"
        ) {
            if IN_AFTER_TIME.is_match(&s) {
                proptest::prop_assert!(clock_looks(&s));
            }
            if TIME.is_match(&s) {
                proptest::prop_assert!(time_looks(&s));
            }
        }
    }

    /// [`TIME`]'s matches, one after another, with the parts its captures give: what
    /// [`find_time`] must give.
    fn time_spec(s: &str) -> Vec<(Range<usize>, Clock)> {
        TIME.captures_iter(s)
            .map(|c| {
                let g = c.get(0).unwrap().range();
                let clock = if c.name("word").is_some() {
                    Clock::Noon
                } else if let (Some(h), Some(m)) = (c.name("h24"), c.name("m24")) {
                    Clock::H24(h.range(), m.range())
                } else {
                    let pm = c.name("ampm").unwrap().as_str().to_lowercase().starts_with('p');
                    Clock::H12(c.name("h").unwrap().range(), c.name("m").map(|m| m.range()), pm)
                };
                (g, clock)
            })
            .collect()
    }

    /// [`find_time`]'s matches, one after another.
    fn time_hand(s: &str) -> Vec<(Range<usize>, Clock)> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some((g, c)) = find_time(s, from) {
            from = g.end;
            out.push((g, c));
        }
        out
    }

    #[test]
    fn the_time_reader_is_the_time_pattern() {
        for s in [
            "6.00 pm",
            "10.30 a.m.",
            "12pm",
            "19:30",
            "at 6.00pm, in",
            "5pm - 7pm",
            "noon",
            "MIDDAY.",
            "19:30 hrs",
            "19:30hrs",
            "19:30 hours.",
            "19:30 h",
            "19:30 hrſ x",
            "23:59",
            "24:00",
            "2:30",
            "07:05",
            "123pm",
            "6.000pm",
            "6 a.m.x",
            "6 a.mx",
            "6 a.m",
            "6am_",
            "6amé",
            "6am\u{300}",
            "6am–",
            "x6pm",
            "_6pm",
            "é6pm",
            "06:3",
            "6:30pm",
            "1:30 p.m.",
            "noonday",
            "afternoon",
            "9.30\u{a0}am",
            "10:30 H",
            "0:00",
        ] {
            assert_eq!(time_hand(s), time_spec(s), "{s:?}");
        }
    }

    proptest::proptest! {
        /// [`find_time`] finds what [`TIME`] finds, with the same parts.
        #[test]
        fn the_time_reader_matches_the_pattern(
            s in r"(?:[0-9]|[0-3][0-9]|2[0-9]:[0-9]|:|\.|a|A|p|P|m|M|\.m|am|pm|hrs|hrſ|hours|h|H|s|r|o|u| |\t|\u{a0}|\u{2009}|noon|MIDDAY|nOon|x|_|é|\u{300}|–|,)*"
        ) {
            proptest::prop_assert_eq!(time_hand(&s), time_spec(&s), "{:?}", s);
        }
    }

    /// The ASCII letters `(?i)` makes match a non-ASCII character are "s" and "k" only
    /// (the long s and the Kelvin sign): what [`folds_to`] relies on.
    #[test]
    fn only_s_and_k_fold_to_non_ascii() {
        let re = Regex::new(r"(?i)^[a-z]$").unwrap();
        let mut buf = [0u8; 4];
        let found: Vec<char> = (0x80..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| re.is_match(c.encode_utf8(&mut buf)))
            .collect();
        assert_eq!(found, vec!['ſ', '\u{212A}']);
    }

    proptest::proptest! {
        /// The word lists are the patterns they were: at word boundaries of every kind,
        /// in every case, with the long s and the Kelvin sign.
        #[test]
        fn the_word_lists_are_their_patterns(
            s in r"(?:committee|Sub-Committee|SUB-COMMITTEE|sub-|board|Panel|cabinet|forum|group|commission|COMMISSIONERS|commissioners|assembly|council|partnership|working party|WORKING PARTY|wor\u{212A}ing party|working  party|executive|trust|truſt|governors|scrutiny|authority|meeting of|Meeting Of|meeting  of|parliamentary|select committee|supervisors|ſupervisorſ|trustees|association|aſſociation|society|ſociety|senate|branch|corporation|minutes|agenda|notes|NOTES|summary|report|meeting|present|apologies|item|items|room|hall|house|chamber|chambers|centre|center|offices|building|library|pavilion|institute|school|ſchool|church|zoom|teams|virtual|online|remote|street|road|lane|avenue|square|civic|town hall|guildhall|annex|annexe|suite|ſuite|s|ſ|\u{212A}|x|X|_|1|é|Ω| |\t|-|,|'|’|\.)*"
        ) {
            for (list, re) in [
                (&BODY_WORD, &*BODY_WORD_PATTERN),
                (&MINUTES_WORD, &*MINUTES_WORD_PATTERN),
                (&SUB_BODY, &*SUB_BODY_PATTERN),
                (&VENUE_WORD, &*VENUE_WORD_PATTERN),
            ] {
                proptest::prop_assert_eq!(list.is_in(&s), re.is_match(&s), "{:?} {:?}", list.words, s);
            }
        }
    }

    proptest::proptest! {
        /// The hand reading of "the meeting closed at ..." is the pattern: the same first
        /// match and the same time in it.
        #[test]
        fn closed_at_is_the_closed_pattern(
            s in r"(?:meeting|MEETING|Meeting|meetings|which|WHICH|it|IT|iT|item|xit|_it|éit|was|WAS|waſ|wa|closed|CLOSED|cloſed|closedx|ended|finished|finiſhed|concluded|terminated|adjourned|Adjourned|rose|ROSE|roſe|at|AT|At|att|İt|ıt|[0-9]|12|123|:|\.|:30|\.45|a|A|p|P|m|M|am|pm|PM|a\.m\.|p\.m|p\.M\.|am\.|a\.x| |  |\t|\n|\x0B|\u{a0}|\u{2003}|\u{85}|\u{200B}|x|_|-|é|ſ|\u{212A})*"
        ) {
            let want = CLOSED.captures(&s).and_then(|c| Some((c.get(0)?.range(), c.name("t")?.range())));
            proptest::prop_assert_eq!(closed_at(&s), want, "{:?}", s);
        }

        /// The same, on sentences shaped like the pattern (so most cases match).
        #[test]
        fn closed_at_is_the_closed_pattern_on_sentences(
            lead in r"(?:x|The |the_|é|,)?(?:meeting|Meeting|which|It|IT|it)",
            was in r"(?:(?:[ \t]|\u{a0}|\u{2003})+(?:was|WAS|waſ|wa))?",
            gap in r"(?:[ \t\n]|\u{a0}|\u{2003}|\u{85})*",
            verb in r"(?:closed|ended|finiſhed|concluded|terminated|adjourned|rose|ROSE|clos)",
            at in r"(?:(?:[ \t]|\u{a0})*(?:at|AT|att))?",
            gap2 in r"(?:[ \t\n]|\u{a0})*",
            time in r"[0-9]{0,3}(?:[.:][0-9]{0,3})?(?:[ \t]|\u{a0})*(?:a|P|p)?\.?(?:m|M)?\.?(?:[0-9:]|x)?",
        ) {
            let s = format!("{lead}{was}{gap}{verb}{at}{gap2}{time}");
            let want = CLOSED.captures(&s).and_then(|c| Some((c.get(0)?.range(), c.name("t")?.range())));
            proptest::prop_assert_eq!(closed_at(&s), want, "{:?}", s);
        }
    }

    proptest::proptest! {
        /// The organisation pattern in parts, with its word limits counted by hand, is the
        /// pattern: around the limits, with every ending and white space of each kind.
        #[test]
        fn the_org_parts_are_the_org_pattern(
            s in r"(?:The |the |THE |tHe\t|City |of |Borough |Cork|Dublin |Comhairle |Council|COUNCIL|Trust|truſt|NHS |nhs  |NHſ |Foundation |foundation\t|Authority|authority|Combined |combined  |Fire and Rescue |fire and reſcue |Fire  and Rescue |and |rescue |County|District|diſtrict|Municipality|Corporation|No\. |no\.|No|[0-9]|12345|Rathlow |x |Ab'c |O’Neill |St\. |A&B |é |Ω |\u{a0}|\u{2003}|\n| |-|,|\.)*"
        ) {
            proptest::prop_assert_eq!(is_org(&s), ORG.is_match(&s), "{:?}", s);
        }
    }

    proptest::proptest! {
        /// The looks of `clean_body` never turn away a name its patterns match.
        #[test]
        fn the_clean_body_looks_keep_every_match(
            s in r"(?:Draft |draft |Minutes|MINUTES|minuteſ|Notes|summary|ſummary|of |the |Special |SPECIAL |Regular |Annual |Meeting|MEETING|Session|seſſion|Agenda|Council|Board|Commission|commiſſion|Committee| - | – | — |-|in Public|Part 2|Monday|Wednesday|DAY|day|on |\(|\)|East|North West|Planning|x| |,)*"
        ) {
            if BODY_LEAD.find(&s).is_some_and(|m| !m.is_empty()) {
                proptest::prop_assert!(body_lead_looks(&s));
            }
            if BODY_TAIL.is_match(&s) {
                proptest::prop_assert!(body_tail_looks(&s));
            }
            if KIND_OF_MEETING.is_match(&s) {
                proptest::prop_assert!(kind_of_meeting_looks(&s));
            }
            if PAPER_KIND.is_match(&s) {
                proptest::prop_assert!(paper_kind_looks(&s));
            }
            if WEEKDAY_END.is_match(&s) {
                proptest::prop_assert!(weekday_end_looks(&s));
            }
            if AREA.is_match(&s) {
                proptest::prop_assert!(s.ends_with(')'));
            }
        }
    }

    proptest::proptest! {
        /// The byte counts of words and capitals are the `char` ones.
        #[test]
        fn words_and_capitals_counted_over_bytes_are_the_same(
            s in r"(?:Planning|COMMITTEE|of|the|É|é|x|7| |\t|\n|\r|\x0B|\x0C|\x1C|\u{a0}|\u{85}|\u{2003}|-|\.|:)*"
        ) {
            for cap in [0, 1, 2, 3, 8, 14] {
                proptest::prop_assert_eq!(
                    word_count(&s, cap),
                    s.split_whitespace().count().min(cap + 1)
                );
            }
            let words = s.split_whitespace().count();
            let caps = s
                .split_whitespace()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count();
            let want = !s.ends_with('.') && caps * 2 >= words && !s.contains(':');
            proptest::prop_assert_eq!(is_heading_like(&s), want);
        }
    }

    proptest::proptest! {
        /// The place "held at" reads is the same without the rest of a weekday's name.
        #[test]
        fn held_at_reads_the_same_place_without_the_weekday_rest(
            s in r"(?:held at |HELD IN |meeting at |took place in |the |The Hall|Council Chamber| on |On |Monday|MON|Tue|wednesday|Sunday,|5| at |, |,|\.|\. | commencing| starting|x|é|\t|\n)*"
        ) {
            let a = HELD_AT.captures(&s).and_then(|c| c.name("loc")).map(|m| m.range());
            let b = HELD_AT_WORDS.captures(&s).and_then(|c| c.name("loc")).map(|m| m.range());
            proptest::prop_assert_eq!(a, b);
        }
    }

    proptest::proptest! {
        /// The places read without captures are the ones the patterns capture.
        #[test]
        fn the_places_read_in_two_searches_are_the_captured_ones(
            s in r"(?:held at |HELD IN |held  via |meeting at |took place in |convened in |the |THE |The Hall|ſt Mary|Council Chamber| on |On |Monday|MON|Tue|wednesday|Sunday,|5|6pm|6 p.m.|19:30|, in |, at | at |, |,|\.|\. | commencing| starting|x|é|É|\t|\u{a0}|\n|  )*"
        ) {
            let a = HELD_AT.captures(&s).and_then(|c| c.name("loc")).map(|m| m.range());
            proptest::prop_assert_eq!(held_place(&s), a, "{:?}", s);
            let b = IN_AFTER_TIME.captures(&s).and_then(|c| c.name("loc")).map(|m| m.range());
            proptest::prop_assert_eq!(timed_place(&s), b, "{:?}", s);
        }
    }

    #[test]
    fn places_in_two_searches() {
        for s in [
            "The meeting was held at the Council Chamber on Monday 5 May",
            "held in Room 5, Monday",
            "held at The Hall.",
            "Meeting held at 7pm in the Village Hall .",
            "7.30pm in the Village Hall. ",
            "7.30pm, at the Town Hall..",
            "19:30 via Zoom",
            "held via Teams commencing at 6pm",
        ] {
            let a = HELD_AT.captures(s).and_then(|c| c.name("loc")).map(|m| m.range());
            assert_eq!(held_place(s), a, "{s:?}");
            let b = IN_AFTER_TIME.captures(s).and_then(|c| c.name("loc")).map(|m| m.range());
            assert_eq!(timed_place(s), b, "{s:?}");
        }
        assert_eq!(held_place("held at the Council Chamber on Monday"), Some(12..27));
    }

    proptest::proptest! {
        /// The "held at" look never turns away a line the pattern matches.
        #[test]
        fn the_held_at_look_keeps_every_match(
            s in r"(?:held|HELD|Held|took|place|convened|meeting|MEETING|too\u{212A}| |  |\t|\n|\x0B|\u{a0}|at|in|IN|via|Place|the|The Hall|x|,|\.|on|5)*"
        ) {
            if HELD_AT.is_match(&s) {
                proptest::prop_assert!(held_at_looks(&s));
            }
        }
    }

    #[test]
    fn a_numeric_date_asks_about_month_first_only_when_ambiguous() {
        let asked = std::cell::Cell::new(0);
        let mut us = || {
            asked.set(asked.get() + 1);
            true
        };
        assert_eq!(dates_with("13/03/2023 and 05/05/2023", &mut us).len(), 2);
        assert_eq!(asked.get(), 0);
        assert_eq!(dates_with("03/07/2023", &mut us)[0].0, "2023-03-07");
        assert_eq!(asked.get(), 1);
    }

    #[test]
    fn bodies_of_us_counties_parishes_and_kinds_of_meeting() {
        let m = meet(
            "A Regular Meeting of the Shenandoah Gap County Board of Super-\nvisors was held on March 11, 1987, at 7:00 P.M.\n\nPRESENT\nA B\n",
        );
        assert_eq!(m.body.as_deref(), Some("Board of Supervisors"));
        assert_eq!(m.organisation.as_deref(), Some("Shenandoah Gap County"));
        let m = meet(
            "PARISH OF NETHER CHALLOW\n\nMinutes of the Annual Parish Meeting held at the Church Room on Thursday 24th April 2025 at 7pm\n\nPresent: Mr J Yeo\n",
        );
        assert_eq!(m.body.as_deref(), Some("Annual Parish Meeting"));
        assert_eq!(m.organisation.as_deref(), Some("Parish of Nether Challow"));
        let m = meet(
            "The Corporation of the Township of North Kawartha Lakes\n\nRegular Council Meeting Minutes\n\nDate: Tuesday, October 14, 2025\n",
        );
        assert_eq!(
            m.organisation.as_deref(),
            Some("The Corporation of the Township of North Kawartha Lakes")
        );
        assert_eq!(clean_body("Regular Council Meeting Minutes"), "Council");
        assert_eq!(clean_body("REGULAR CITY COUNCIL MEETING"), "City Council");
        // Trap: a body's own name that opens with such a word stays whole.
        assert_eq!(
            clean_body("Special Educational Needs Committee"),
            "Special Educational Needs Committee"
        );
        // Victorian councils hold "scheduled" and "unscheduled" meetings.
        assert_eq!(
            clean_body("MINUTES OF THE SCHEDULED MEETING OF KINBARRA SHIRE COUNCIL"),
            "Kinbarra Shire Council"
        );
        assert_eq!(clean_body("Unscheduled Council Meeting Minutes"), "Council");
        let s = "Kinbarra Shire Council\n\nMINUTES OF THE SCHEDULED MEETING OF KINBARRA SHIRE COUNCIL HELD IN THE COUNCIL CHAMBER ON WEDNESDAY 22 OCTOBER 2025\n\n1. OPENING\nText.\n";
        assert_eq!(meet(s).body.as_deref(), Some("Kinbarra Shire Council"));
        assert_eq!(
            title_case_if_caps("KESWORTH ST MARY PARISH COUNCIL"),
            "Kesworth St Mary Parish Council"
        );
        assert_eq!(dates("On Monday 2 nd December, 2024", false)[0].0, "2024-12-02");
    }

    #[test]
    fn a_heading_gives_the_full_name_of_the_body_a_sentence_names() {
        let m = meet(
            "BARNSHIRE AND WOLDHAM JOINT WASTE COMMITTEE\n\nMINUTES of a meeting of the Joint Waste Committee held at Woldham Civic Centre on 4th June 2025\n\nPresent:\nCouncillor A Lee\n",
        );
        assert_eq!(m.body.as_deref(), Some("Barnshire and Woldham Joint Waste Committee"));
        let m = meet(
            "WESTFORD COLLEGE CORPORATION\n\nMinutes of the meeting of the Corporation held on Wednesday 11 December 2024\n\nGovernors present:\nMrs Patricia Lomax (Chair)\nMs Eleanor Quist (Principal and Chief Executive)\n",
        );
        assert_eq!(m.body.as_deref(), Some("Westford College Corporation"));
    }

    #[test]
    fn shires_municipalities_and_areas() {
        let m = meet(
            "SHIRE OF KOOLANGA\n\nMINUTES\nORDINARY COUNCIL MEETING\nHELD IN THE COUNCIL CHAMBERS ON WEDNESDAY 21 FEBRUARY 2024\n",
        );
        assert_eq!(m.organisation.as_deref(), Some("Shire of Koolanga"));
        assert_eq!(m.body.as_deref(), Some("Shire of Koolanga"));
        let m = meet(
            "UMTHOMBO LOCAL MUNICIPALITY\n\nMINUTES OF THE ORDINARY COUNCIL MEETING HELD IN THE COUNCIL CHAMBER ON THURSDAY, 30 MAY 2024\n",
        );
        assert_eq!(m.body.as_deref(), Some("Umthombo Local Municipality"));
        let m = meet(
            "LONDON BOROUGH OF KESTREL HEATH\n\nMINUTES OF THE PLANNING SUB-COMMITTEE (EAST)\nHeld on 3 March 2026\n",
        );
        assert_eq!(
            m.body.as_deref().map(str::to_lowercase).as_deref(),
            Some("planning sub-committee (east)")
        );
    }

    #[test]
    fn a_person_is_not_a_body_and_the_paper_is_not_its_name() {
        let m = meet("Ms Eleanor Quist (Principal and Chief Executive)\nMr A Smith\n");
        assert_eq!(m.body, None);
        let m =
            meet("Fenmoor Homes Limited\nBoard Meeting - Minutes\n\nHeld on: 22 January 2025\n");
        assert_eq!(m.body.as_deref(), Some("Board"));
        let m = meet("BOARD OF DIRECTORS - MEETING IN PUBLIC\n\nAGENDA\n");
        assert_eq!(m.body.as_deref(), Some("Board of Directors"));
    }

    #[test]
    fn a_bilingual_name_a_regional_district_board_and_an_agm() {
        let m = meet(
            "CYNGOR TREF PENRHOS-ARFON TOWN COUNCIL\n\nPwyllgor Cyllid a Dibenion Cyffredinol / Finance and General Purposes Committee\n\nMinutes of the meeting held at the Town Hall on Monday 3 March 2025 at 6.30pm\n",
        );
        assert_eq!(m.body.as_deref(), Some("Finance and General Purposes Committee"));
        let m = meet(
            "REGIONAL DISTRICT OF SALISH HIGHLANDS\n\nMINUTES of the Regular Meeting of the Board of Directors of the Regional\nDistrict of Salish Highlands held in the Board Room on Thursday, March 27, 2025 at 1:30 p.m.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Board of Directors"));
        let m = meet(
            "MARLOW VALE HOSPICE TRUST\n(A company limited by guarantee)\n\nMINUTES OF THE TWENTY-SECOND ANNUAL GENERAL MEETING\nheld in the Day Therapy Centre on Saturday 21 September 2024 at 10.30 am\n",
        );
        assert_eq!(m.body.as_deref(), Some("Marlow Vale Hospice Trust"));
    }

    #[test]
    fn breadcrumbs_irish_headings_notices_town_meetings_and_company_committees_name_the_body() {
        // The council's name in Irish, then in English: both are the organisation, and the
        // committee's heading under them is the body.
        let m = meet(
            "Comhairle Contae na Mara\nSeamount County Council\n\nSEAMOUNT LOCAL COMMUNITY SAFETY PARTNERSHIP\n\nMinutes of Meeting held in the Council Offices on Monday, 3rd February, 2025 at 2.00 p.m.\n\nPresent:\nCllr. A Byrne\n",
        );
        assert_eq!(m.organisation.as_deref(), Some("Seamount County Council"));
        assert_eq!(m.body.as_deref(), Some("Seamount Local Community Safety Partnership"));
        // A web page's breadcrumb: its last segment with a body word.
        let m = meet(
            "Skip to content\nNorthvale Borough Council\nHome > Your council > Meetings > Licensing Sub-Committee > Meeting\n\nVenue: Room 4\nDate: Monday, 3rd March, 2025 10.00 am\n\n1. Apologies\nNone.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Licensing Sub-Committee"));
        assert_eq!(breadcrumb_body("Home > News > Events"), Some(""));
        assert_eq!(breadcrumb_body("Income > expenditure"), None);
        // "... of Dunmere District Council will" / "be held ...": the end is on the next line.
        let m = meet(
            "DUNMERE DISTRICT COUNCIL\n\nNotice is given that an Ordinary Meeting of Dunmere District Council will\nbe held on Wednesday 9 July 2025 at 7pm.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Dunmere District Council"));
        // A New England town meeting's heading names the meeting, a body of its own.
        let m = meet(
            "TOWN OF ASHGROVE\n\nSPECIAL TOWN MEETING\nOctober 4, 2025\n\nThe meeting was called to order by the Moderator, Finance Committee Chair Ann Lee present.\n\nArticle 1. Snow and Ice\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Special Town Meeting"));
        // A company's board "of the Company": the defined term is the organisation.
        let m = meet(
            "ORCHARD LANE HOUSING LIMITED\n\nMinutes of a meeting of the Audit Committee of the Company held at the Registered Office on 3 April 2025\n",
        );
        assert_eq!(m.body.as_deref(), Some("Audit Committee"));
        // A memo-style report's addressee, not a sentence in its recommendation.
        let m = meet(
            "City of Elmford\n\nStaff Report\n\nTo:      Community Services Committee\nFrom:    General Manager\nDate:    2025-03-02\n\nRecommendation:\nThat the Community Services Committee endorse the Plan\n",
        );
        assert_eq!(m.body.as_deref(), Some("Community Services Committee"));
        assert_eq!(addressed_body("To: All Members of the Planning Committee"), None);
    }

    #[test]
    fn a_meeting_of_line_names_the_body_before_a_heading_line() {
        let m = meet(
            "COMHAIRLE CONTAE AN CHLÁIR BHEAG\nLITTLECLARE COUNTY COUNCIL\n\nMINUTES OF THE MONTHLY MEETING OF THE BALLYNAGREE MUNICIPAL DISTRICT\nHELD IN THE CIVIC OFFICES ON TUESDAY 10TH MARCH 2026\n\nMembers Present:\nCouncillor A Byrne\n",
        );
        assert_eq!(m.organisation.as_deref(), Some("Littleclare County Council"));
        assert_eq!(m.body.as_deref(), Some("Ballynagree Municipal District"));
    }

    #[test]
    fn a_numbered_municipal_district_is_the_council_itself() {
        let m = meet(
            "RURAL MUNICIPALITY OF PINE BLUFF NO. 117\nREGULAR COUNCIL MEETING MINUTES\nMONDAY, APRIL 7, 2025\nCOUNCIL CHAMBERS, MUNICIPAL OFFICE BUILDING, PINE BLUFF\n\nPRESENT:   Reeve A Moss\n           Councillor B Lee (Division 2) - via Zoom\n",
        );
        // A venue line may name the council ("COUNCIL CHAMBERS"); a person line is no venue.
        assert_eq!(
            m.location.as_deref(),
            Some("COUNCIL CHAMBERS, MUNICIPAL OFFICE BUILDING, PINE BLUFF")
        );
        assert_eq!(m.organisation.as_deref(), Some("Rural Municipality of Pine Bluff No. 117"));
        assert_eq!(m.body.as_deref(), Some("Rural Municipality of Pine Bluff No. 117"));
        assert!(ORG.is_match("Municipal District of Elk Creek No. 9"));
    }

    #[test]
    fn organisations_of_us_districts_counties_boroughs_and_welsh_towns() {
        let org = |s: &str| meet(s).organisation;
        assert_eq!(
            org("BOARD OF SUPERVISORS\nELK HOLLOW COUNTY, NEW MEXICO\nREGULAR MEETING MINUTES\nMARCH 3, 2025\n")
                .as_deref(),
            Some("Elk Hollow County")
        );
        assert_eq!(
            org("PINE VALLEY UNIFIED SCHOOL DISTRICT NO. 12\nBOARD OF EDUCATION\nMINUTES OF THE REGULAR MEETING\n")
                .as_deref(),
            Some("Pine Valley Unified School District No. 12")
        );
        assert_eq!(
            org("ROYAL BOROUGH OF ASHMEAD\nLICENSING SUB-COMMITTEE\nMINUTES of the hearing held on 3 March 2025\n")
                .as_deref(),
            Some("Royal Borough of Ashmead")
        );
        assert_eq!(
            org("EXTRACT FROM THE MINUTES OF THE AUDIT COMMITTEE\nOF FENWICK DISTRICT COUNCIL\n\n12. ACCOUNTS\n")
                .as_deref(),
            Some("Fenwick District Council")
        );
        assert_eq!(
            org("CYNGOR CYMUNED LLANFAIR COMMUNITY COUNCIL\n\nMinutes of the meeting held on 3 March 2025\n")
                .as_deref(),
            Some("Llanfair Community Council")
        );
        // A place with a state is not a county's name unless it is a county.
        assert_eq!(org_name("Springfield, Ohio"), None);
    }

    #[test]
    fn a_report_to_a_meeting_names_it() {
        let m = meet(
            "ASHCOMBE PARISH COUNCIL\n\nCHAIR'S REPORT TO THE ANNUAL PARISH MEETING\nMonday 20th April 2026\n\nGood evening. This report covers the year.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Annual Parish Meeting"));
        assert_eq!(m.organisation.as_deref(), Some("Ashcombe Parish Council"));
        assert_eq!(report_to("The report to the committee was late."), None);
    }

    #[test]
    fn a_report_names_the_body_it_goes_to() {
        let m = meet(
            "Te Kaunihera o Rangi\nRangi District Council                              Item 4.1\n\nReport to:     Audit and Risk Committee | Komiti Arotake\n               me te Tūraru\nMeeting date:  Tuesday, 4 March 2025\n\n1.   Purpose\n\n1.1  This report seeks approval.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Audit and Risk Committee"));
        assert_eq!(m.organisation.as_deref(), Some("Rangi District Council"));
        assert_eq!(
            without_reference_column("Rangi District Council      Agenda Item 12"),
            "Rangi District Council"
        );
        assert_eq!(without_reference_column("Ward   Members"), "Ward   Members");
        assert_eq!(labelled_body("To: All Members of the Parish Council"), None);
        // The report's title names a working group; the label names the body.
        let m = meet(
            "FENMOOR BOROUGH COUNCIL\n\nReport to:      Overview and Scrutiny Board\n\nDate of meeting: 3 June 2025\n\nTitle:           LEISURE CENTRES REVIEW\n                 WORKING GROUP REPORT\n\n1.   Purpose\n\n1.1  To present the findings.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Overview and Scrutiny Board"));
    }

    #[test]
    fn running_headers_salutations_titled_courts_and_kinds_of_session() {
        // A page header's year cell is not part of the body's name; a date is not a year cell.
        let m = meet(
            "FENMERE INTERNAL DRAINAGE BOARD                        Minute Book 2025\n\nMINUTES OF THE MEETING OF THE BOARD\nheld at the Village Hall on Tuesday 18th March 2025\n",
        );
        assert_eq!(m.body.as_deref(), Some("Fenmere Internal Drainage Board"));
        assert!(is_year_cell("Minutes 2024/25"));
        assert!(!is_year_cell("18 March 2025"));
        assert!(!is_year_cell("Annual Meeting of the Board 2025"));
        // A staff report's salutation names the body after "Members of".
        let m = meet(
            "CITY OF ALDER BAY\nAGENDA REPORT\n\nTo:      Honorable Mayor and Members of the City Council\nFrom:    Director of Public Works\n\nRECOMMENDATION\n",
        );
        assert_eq!(m.body.as_deref(), Some("City Council"));
        assert_eq!(salutation_body_at("All Members of the Parish Council"), None);
        assert_eq!(salutation_body_at("Chair and Members of Planning Committee"), Some(21));
        // "Commissioners" before "Court" is the body's name, not a title before a person;
        // "Commissioner Ybarra" is a person.
        let m = meet("COMMISSIONERS COURT\nCADDO BEND COUNTY, TEXAS\nREGULAR SESSION - MINUTES\n");
        assert_eq!(m.body.as_deref(), Some("Commissioners Court"));
        assert!(is_person_line("Commissioner Ramona Ybarra"));
        // The kind of session after a dash is not the name.
        let m = meet(
            "PINE HOLLOW UNIFIED SCHOOL DISTRICT\nBoard of Education – Regular Meeting\nMinutes\n",
        );
        assert_eq!(m.body.as_deref(), Some("Board of Education"));
        // A sentence wrapped before "will be held on:" still names the council; "Date:" is a
        // field.
        let m = meet(
            "WAITARUNA DISTRICT COUNCIL\n\nNotice is hereby given that an Ordinary Meeting of the Waitaruna District\nCouncil will be held on:\n\nDate:     Wednesday, 25 June 2025\n",
        );
        assert_eq!(m.body.as_deref(), Some("Waitaruna District Council"));
        assert!(has_field_colon("Meeting Room:    Council Chamber"));
        assert!(!has_field_colon("Council will be held on:"));
    }

    #[test]
    fn sittings_session_brackets_venues_senates_and_councils_of_municipalities() {
        // "the 27th Sitting of the Select Committee": the committee, not the sitting.
        let m = meet(
            "COUNTY ASSEMBLY OF MARANDU\nMINUTES OF THE 27TH SITTING OF THE SELECT COMMITTEE ON HEALTH SERVICES HELD ON\nTUESDAY, 11TH MARCH 2025 IN THE COMMITTEE ROOM\n",
        );
        assert_eq!(m.body.as_deref(), Some("Select Committee on Health Services"));
        // A name listing areas in capitals stops at "MEETING OF" and "HELD".
        let m = meet(
            "WANDOO CREEK SHIRE COUNCIL\nMINUTES OF THE AUDIT, RISK AND IMPROVEMENT COMMITTEE MEETING OF WANDOO CREEK\nSHIRE COUNCIL HELD IN COMMITTEE ROOM 2, CIVIC CENTRE, 41 BRIDGE STREET,\nWANDOO CREEK ON THURSDAY, 27 FEBRUARY 2025 COMMENCING AT 10:00AM\n",
        );
        assert_eq!(m.body.as_deref(), Some("Audit, Risk and Improvement Committee"));
        // Which session of the meeting is not the name; other brackets stay.
        assert_eq!(without_session_bracket("Board of Directors (Public)"), "Board of Directors");
        assert_eq!(without_session_bracket("Cabinet (Part 2)"), "Cabinet");
        assert_eq!(
            without_session_bracket("Planning Committee (East)"),
            "Planning Committee (East)"
        );
        // A venue line is no body; a Senate is one.
        let m = meet(
            "UNIVERSITY OF HALLOWMEAD\nSENATE\nMinutes of the meeting held on Wednesday 12 March 2025 at 2.00 pm in the\nCouncil Chamber, Gresley Building\n",
        );
        assert_eq!(m.body.as_deref(), Some("Senate"));
        assert!(is_venue("Council Chamber, Gresley Building"));
        assert!(!is_venue("Village Hall Management Committee"));
        // Several words for the kind of session after a dash.
        let m = meet(
            "SONORAN VISTA HOMEOWNERS ASSOCIATION, INC.\nBoard of Directors - Regular Open Session Meeting Minutes\n",
        );
        assert_eq!(m.body.as_deref(), Some("Board of Directors"));
        // "the Municipal Council of the Municipality of X": the council itself.
        let m = meet(
            "PROVINCE OF QUEBEC\nMINUTES of the regular sitting of the Municipal Council of the Municipality of\nLac-Bernier, held on Monday, May 5, 2025 at 7:30 p.m. at the Community Hall\n",
        );
        assert_eq!(m.body.as_deref(), Some("Municipality of Lac-Bernier"));
        // A web page: the menu above the breadcrumb trail names no body, nor does a site
        // section in the trail.
        let m = meet(
            "Skip to main content\nCastlemere District Council\nSearch\n\n    Home\n    Council and democracy\n    Contact us\n\nHome > Council and democracy > Councillors and committees > Meetings > Agenda and minutes\n\nAgenda and minutes\nCommunity and Environment Committee - Thursday, 15th January, 2026 6.30 pm\n\n1. Apologies\nNone.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Community and Environment Committee"));
        assert!(is_name_cased("Planning and Highways Committee"));
        assert!(!is_name_cased("Council and democracy"));
        // A bare "Committee" just under a group's name: the group's meeting.
        let m = meet(
            "From: Jo P\nSubject: Minutes\n\nFRIENDS OF HAZELMERE PARK\nCommittee meeting - Tuesday 20th January 2026, 7.30pm, in the Pavilion\n\nAttendees: Jo P, Rob E\n\n1. Welcome\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Friends of Hazelmere Park"));
        // Trap: a named committee under the group's name stays the body.
        let m = meet(
            "FRIENDS OF HAZELMERE PARK\nEvents Committee meeting - Tuesday 20th January 2026, 7.30pm\n\n1. Welcome\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Events Committee"));
        // A page header over the heading: the organisation's name again is no body, and a
        // cell naming the occasion names neither.
        let m = meet(
            "Lancashire County Council\tCorporate Parenting Board - 10 September 2020\n\nLancashire County Council\n\nCorporate Parenting Board\n\nMinutes of the Meeting held on Thursday, 10th September, 2020 at 6.00 pm\n\n1. Item\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Corporate Parenting Board"));
        let m = meet(
            "COOLABAH CREEK REGIONAL COUNCIL\tOrdinary Meeting of Council\n\nMINUTES\nORDINARY MEETING OF COUNCIL\nHeld on Wednesday 22 April 2026\n\n1. Opening\nText.\n",
        );
        assert_eq!(m.organisation.as_deref(), Some("Coolabah Creek Regional Council"));
        assert_eq!(
            meet("Strathmore Community Council – draft minutes\n\n1. Item\nText.\n")
                .body
                .as_deref(),
            Some("Strathmore Community Council")
        );
        // "the March Monthly Meeting of the Municipal District of X": a month before the
        // kind of meeting.
        let m = meet(
            "KILCARROW COUNTY COUNCIL\n\nMUNICIPAL DISTRICT OF BALLINRUE\n\nMinutes of the March Monthly Meeting of the Municipal District of Ballinrue held in the Council Chamber on Wednesday 12th March 2025 at 10.30 a.m.\n\n1. Item\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Municipal District of Ballinrue"));
        // "The regular meeting of the X Township Board of Trustees was called to order":
        // the name ends before "was called" (and before "met"); the township is the
        // organisation.
        let m = meet(
            "GRANGER CREEK TOWNSHIP\nREGULAR MEETING MINUTES\nFebruary 3, 2026\n\nThe regular meeting of the Granger Creek Township Board of Trustees was called\nto order at 7:00 p.m. by Chairman Lindqvist.\n\nROLL CALL\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Board of Trustees"));
        assert_eq!(m.organisation.as_deref(), Some("Granger Creek Township"));
        // A committee named just under a board's name is the body; the board is not.
        let m = meet(
            "NHS Severnvale Integrated Care Board\n\nFinance, Performance and Investment Committee\n\nMinutes of the meeting held on Thursday 26 February 2026\n\n1. Welcome\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Finance, Performance and Investment Committee"));
        // Trap: a board's name alone stays the body.
        let m = meet(
            "NHS Severnvale Integrated Care Board\n\nMinutes of the meeting held on Thursday 26 February 2026\n\n1. Welcome\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("NHS Severnvale Integrated Care Board"));
        // Headings in table cells: the cell with the body word; the English one of two
        // languages side by side; a table's header row ends a wrapped name.
        let m = meet(
            "CEDAR COUNTY\tOFFICIAL PROCEEDINGS\nBOARD OF SUPERVISORS\tRegular Session\nCourthouse\tTuesday, January 20, 2026\n\n1. CALL TO ORDER\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Board of Supervisors"));
        assert_eq!(m.organisation.as_deref(), Some("Cedar County"));
        let m = meet(
            "CYNGOR CYMUNED BRO DULAS\tBRO DULAS COMMUNITY COUNCIL\nClerk: Mrs N Hughes\n\n1.\tApologies\nNone.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Bro Dulas Community Council"));
        assert_eq!(m.organisation.as_deref(), Some("Bro Dulas Community Council"));
        let m = meet(
            "GREENMOOR HOMES\nMinutes of the Board Meeting\nDate\tTime\tVenue\nTuesday 25 November 2025\t2.00pm\tBoardroom\n\n1. Welcome\nText.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Board"));
        // Trap: a row of cells without a body word is left whole (and names nothing).
        assert_eq!(heading_cell("Date\tTime\tVenue"), "Date\tTime\tVenue");
        // A table row whose only body word is a person's council in brackets is no
        // heading: the first line names the community council.
        let m = meet(
            "Strathmore Community Council\n\nMinutes of the ordinary meeting held in the Village Hall on Wednesday 14th January 2026 at 7.30pm\n\nCommunity Councillors\tAlso attending\tApologies\nRuth Mack (Chair)\tCllr Gordon Fergus (Highland Council)\tAl Munro\n\n1. Welcome\n\nRuth welcomed everyone.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Strathmore Community Council"));
        // Trap: a body word outside the brackets still names a body.
        assert_eq!(outside_brackets("Planning Sub-Committee (East)"), "Planning Sub-Committee ");
        // A summons's date on a line of its own beats the date of publication.
        assert_eq!(
            meet(
                "HAVERFORD BOROUGH COUNCIL\n\nDate of publication: Monday, 2 March 2026\n\nYou are summoned to attend a meeting of the PLANNING COMMITTEE\nto be held in the Council Chamber on\n\n      TUESDAY, 10 MARCH 2026 at 7.30 pm\n"
            )
            .date
            .as_deref(),
            Some("2026-03-10")
        );
        // Trap: a line that merely follows one ending in "on" without a meeting word.
        assert!(!ends_with_on("Councillor Ron"));
        assert!(ends_with_on("to be held in the Chamber on"));
        // An e-mail's "Sent:" date is not the meeting's.
        let m = meet(
            "From: Maggie Flynn\nSent: 18 September 2025 21:07\nSubject: Notes\n\nBRACKEN HILL ALLOTMENT SOCIETY\nCommittee meeting, Tuesday 16 September 2025, 7pm\n",
        );
        assert_eq!(m.date.as_deref(), Some("2025-09-16"));
    }

    #[test]
    fn names_in_two_languages_side_by_side_and_a_branch_general_meeting() {
        let m = meet(
            "CYNGOR SIR GLANNAU TEIFI                          GLANNAU TEIFI COUNTY COUNCIL\n                              CABINET / CABINET\n                         COFNODION / MINUTES\n",
        );
        assert_eq!(m.body.as_deref(), Some("Cabinet"));
        assert_eq!(m.organisation.as_deref(), Some("Glannau Teifi County Council"));
        // A general meeting of the branch a heading line names (its number in brackets
        // aside); an AGM alone is no body.
        let m = meet(
            "ALLIED PUBLIC SERVICES UNION\nNORTHFIELD CITY BRANCH (Branch No. 4127)\nMINUTES OF THE BRANCH GENERAL MEETING\nThursday 6 November 2025, 5.30pm\n",
        );
        assert_eq!(m.body.as_deref(), Some("Northfield City Branch"));
        assert_eq!(
            without_numbered_bracket("Planning Committee (East)"),
            "Planning Committee (East)"
        );
        assert_eq!(clean_body("Annual General Meeting"), "Annual General");
        assert_eq!(clean_body("Society Annual General Meeting"), "Society");
    }

    #[test]
    fn a_capitals_title_broken_after_of_the_names_the_body_below() {
        // A letterhead's board, then the title broken after "OF THE" with the committee
        // (and its abbreviation) on the next line, a blank line between.
        let m = meet(
            "                 Teifi Valley University Health Board\n\n          UNCONFIRMED MINUTES OF THE MEETING OF THE\n\n        QUALITY, SAFETY AND EXPERIENCE COMMITTEE (QSEC)\n\nDate and Time of Meeting:  Tuesday 10 December 2024, 09:30\n",
        );
        assert_eq!(m.body.as_deref(), Some("Quality, Safety and Experience Committee"));
        let m = meet(
            "                    PROCEEDINGS OF THE\n              ST. AMABLE PARISH POLICE JURY\n                 BELLERIVE, LOUISIANA\n           REGULAR MEETING - MARCH 11, 2024\n\nThe Police Jury met.\n",
        );
        assert_eq!(m.body.as_deref(), Some("St. Amable Parish Police Jury"));
        // Trap: a title in small letters goes on reading the wrapped name.
        let m = meet(
            "Minutes of the meeting of the\nPlanning and Development Committee held on 4 March 2025\n",
        );
        assert_eq!(m.body.as_deref(), Some("Planning and Development Committee"));
        assert_eq!(
            caps_name_below(&Text::from_str("MINUTES OF THE\nHELD ON 4 MARCH 2025\n").lines, 0),
            None
        );
    }

    #[test]
    fn a_region_after_a_dash_in_a_body_name() {
        let m = meet(
            "Minutes of the Meeting of the Regional Health Forum - Shannon-Midlands held on\nTuesday, 19th November, 2024 at 2.00 p.m. in the Council Chamber.\n",
        );
        assert_eq!(m.body.as_deref(), Some("Regional Health Forum - Shannon-Midlands"));
        // Traps: a date or the kind of meeting after the dash is no part of the name.
        let m = meet("Minutes of the Planning Committee - 5 March 2025 held in the Hall\n");
        assert_eq!(m.body.as_deref(), Some("Planning Committee"));
        let m = meet("Minutes of the Planning Committee - Hybrid Meeting held on Monday\n");
        assert_eq!(m.body.as_deref(), Some("Planning Committee"));
    }

    #[test]
    fn a_body_name_that_lists_areas_with_commas() {
        let m = meet(
            "WESTMARSH COUNTY COUNCIL\n\nMINUTES OF MEETING OF THE HOUSING, COMMUNITY AND\nCULTURE STRATEGIC POLICY COMMITTEE\nheld in the Council Chamber on Tuesday, 4th March 2025 at 3.00 p.m.\n\nMEMBERS PRESENT:\nCllr. A. Byrne\n",
        );
        assert_eq!(
            m.body.as_deref(),
            Some("Housing, Community and Culture Strategic Policy Committee")
        );
        assert_eq!(m.date.as_deref(), Some("2025-03-04"));
        // A name with its body word before the comma ends there.
        let m = meet("Minutes of the meeting of the Planning Committee, Held on 4 March 2025\n");
        assert_eq!(m.body.as_deref(), Some("Planning Committee"));
    }

    proptest::proptest! {
        /// The "meeting of" gate never turns away text the body pattern matches.
        #[test]
        fn the_two_searches_find_what_the_pattern_captures(
            s in r"(?:Minutes|MEETING|meeting|of|at|the|an|Annual|Special|Council|Planning Committee|held|was|on|Monday|5|\(|\)|,| - | – |Town Hall|the Hall|É|é|\s| )*"
        ) {
            let want = OF_BODY.captures(&s).and_then(|c| {
                let b = c.name("body")?;
                Some((b.range(), c.get(0)?.end()))
            });
            let got = of_body_parts(&s).map(|(lead, first, end)| (lead - first..end.start(), end.end()));
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn the_of_body_gate_keeps_every_match(
            s in r"(?:Minutes|MEETING|meeting|notes|Record|proceedings|discussed|of|at|the|\s|\n|\n\n|Planning Committee|held|X|ſ)*"
        ) {
            // Every stretch of whole lines that `names` reads (from one of the first 25
            // heading lines to a line at most six past it) and the pattern matches holds a
            // lead found in one pass over all of them.
            let t = Text::from_str(&s);
            let head: Vec<Line> = t.lines.iter().filter(|l| !l.is_blank()).copied().collect();
            let leads = lead_words(&t, &head);
            for (k, l) in head.iter().enumerate().take(25) {
                for n in head[k..].iter().take_while(|n| n.index <= l.index + 6) {
                    if OF_BODY.is_match(&s[l.start..n.end()]) {
                        proptest::prop_assert!(
                            leads.iter().any(|r| r.start >= l.start && r.end <= n.end())
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_bare_body_named_in_full_by_the_page_header() {
        assert_eq!(
            header_body("WIRRABILLA SHIRE COUNCIL\nOrdinary Council Meeting – Minutes", "Council"),
            Some("Wirrabilla Shire Council".to_string())
        );
        assert_eq!(
            header_body("NHS\nKernow Vale\nIntegrated Care Board", "Board"),
            Some("NHS Kernow Vale Integrated Care Board".to_string())
        );
        assert_eq!(
            header_body("COOLABAH CREEK REGIONAL COUNCIL\tOrdinary Meeting of Council", "Council"),
            Some("Coolabah Creek Regional Council".to_string())
        );
        assert_eq!(
            header_body("Minutes – Ordinary Council Meeting – 20 May 2025", "Council"),
            None
        );
        // Traps: a header that names another body, or only the meeting, or a page count.
        assert_eq!(header_body("Tamarack County\tPage 2 of 9", "Council"), None);
        assert_eq!(header_body("Board Meeting Minutes", "Board"), None);
        assert_eq!(header_body("Planning Committee", "Council"), None);
        // A council's name in Welsh above its English name is not joined to it (the
        // English name stands alone); a logo's short first line still is.
        assert_eq!(
            header_body("CYNGOR TREF ABERCELYN\nABERCELYN TOWN COUNCIL\nTown Hall", "Council"),
            Some("Abercelyn Town Council".to_string())
        );
        assert_eq!(
            header_body("Comhairle Contae\nDunreedy County Council", "Council"),
            Some("Dunreedy County Council".to_string())
        );
        assert_eq!(
            header_body("ROYAL\nABERCELYN TOWN COUNCIL", "Council"),
            Some("Royal Abercelyn Town Council".to_string())
        );
    }

    #[test]
    fn a_bare_body_word_opening_a_heading_line() {
        // "meeting of the Corporation": the heading line "CORPORATION OF ..." names it, not
        // the letterhead's college name above it.
        let s = "MARBECK COLLEGE\nGovernance Office, Harnley Road\nCORPORATION OF MARBECK COLLEGE\nMinutes of the meeting of the Corporation held on Wednesday 10 December 2025\n\n1. Welcome\nText.\n";
        assert_eq!(meet(s).body.as_deref(), Some("Corporation of Marbeck College"));
        // Trap: a heading line that opens with another word and "of" is no such name.
        let s = "MARBECK COLLEGE\nBOARD OF GOVERNORS\nMinutes of the meeting of the Corporation held on Wednesday 10 December 2025\n\n1. Welcome\nText.\n";
        assert_ne!(meet(s).body.as_deref(), Some("Board of Governors"));
    }

    #[test]
    fn a_wrapped_name_under_letterhead_lines() {
        // Three letterhead lines, then the title naming the body over two lines: the name
        // is read from the title's own line, not cut off where a join from the letterhead
        // stops.
        let s = "Bord Oideachais agus Oiliúna Dhroim Léith\nDrumlea and Kilbrannan Education and Training Board\nHead Office, Abbey Road, Ballinacree\nMinutes of the Meeting of Drumlea and Kilbrannan Education and\nTraining Board held on Tuesday 23rd September 2025 at 5.00 p.m. in\nthe Board Room\n\n1. Minutes\nAgreed.\n";
        assert_eq!(
            meet(s).body.as_deref(),
            Some("Drumlea and Kilbrannan Education and Training Board")
        );
    }

    #[test]
    fn a_full_council_named_in_full_by_the_page_header() {
        let s = "MINUTES OF THE MEETING OF THE FULL COUNCIL HELD AT THE TOWN HALL ON MONDAY 13 OCTOBER 2025\n\nPRESENT:\nCouncillor A Jones\n\n1. APOLOGIES\nNone.\n";
        let mut t = Text::from_str(s);
        t.header = "ABERCELYN TOWN COUNCIL\nTown Hall, High Street";
        let m = extract(&t, &segment(&t));
        assert_eq!(m.body.as_deref(), Some("Abercelyn Town Council"));
        // Without a header naming it, the text's own words stay.
        assert_eq!(meet(s).body.as_deref(), Some("Full Council"));
    }

    #[test]
    fn a_bare_council_under_a_header_naming_an_organisation() {
        let s = "Regular Meeting of Council\n\nMinutes\n\nDate:\tTuesday, October 21, 2025\n\n1. Call to Order\nText.\n";
        let mut t = Text::from_str(s);
        t.header = "MUNICIPALITY OF FERNVALE\n12 Mill Road, Fernvale • 705-555-0100";
        let m = extract(&t, &segment(&t));
        assert_eq!(m.body.as_deref(), Some("Municipality of Fernvale"));
        assert_eq!(m.organisation.as_deref(), Some("Municipality of Fernvale"));
        // Trap: a named committee is not replaced by the header's organisation.
        let s = "Meeting of the Planning Committee\n\nMinutes\n\n1. Call to Order\nText.\n";
        let mut t = Text::from_str(s);
        t.header = "MUNICIPALITY OF FERNVALE\n12 Mill Road";
        let m = extract(&t, &segment(&t));
        assert_eq!(m.body.as_deref(), Some("Planning Committee"));
        assert_eq!(header_org("Page 2 of 9\nMinutes"), None);
    }

    #[test]
    fn an_abbreviated_body_spelled_out_on_a_heading_line() {
        let s = "LOWFORD COUNTY COUNCIL\n\nJoint Consultative Committee\n\nMINUTES of the meeting of Lowford JCC held on Monday 3 March 2025 at 2.00 pm\n\n1. Apologies\nNone.\n";
        assert_eq!(meet(s).body.as_deref(), Some("Joint Consultative Committee"));
        // Trap: a heading line whose initials do not spell the abbreviation.
        let s = "LOWFORD COUNTY COUNCIL\n\nJoint Staff Committee\n\nMINUTES of the meeting of Lowford JCC held on Monday 3 March 2025 at 2.00 pm\n\n1. Apologies\nNone.\n";
        assert_eq!(meet(s).body.as_deref(), Some("Lowford JCC"));
        assert!(spells_out("Standing Advisory Council on Religious Education", "SACRE"));
        assert!(!spells_out("Standing Advisory Council", "SACRE"));
    }

    #[test]
    fn a_generic_body_under_the_name_it_belongs_to() {
        let s = "RIVERBANK PRIMARY SCHOOL\nTe Kura o Awa\n\nSCHOOL BOARD MEETING – MINUTES\n\nDate: Tuesday 18 March 2025\n\n1. Welcome\nText.\n";
        let m = meet(s);
        assert_eq!(m.body.as_deref(), Some("Riverbank Primary School Board"));
        assert_eq!(m.organisation.as_deref(), Some("Riverbank Primary School"));
        // Trap: a name that does not end with the body's kind.
        let s = "RIVERBANK PRIMARY ACADEMY\n\nSCHOOL BOARD MEETING – MINUTES\n\nDate: Tuesday 18 March 2025\n\n1. Welcome\nText.\n";
        assert_eq!(meet(s).body.as_deref(), Some("School Board"));
    }

    #[test]
    fn a_board_under_its_organisations_name_and_a_proceedings_heading() {
        // An NHS trust's name in a logo and again in capitals, then its board's heading:
        // the board is the body.
        let s = "                          NHS\n                Fellgate and Tarn Hospitals\n                       NHS Foundation Trust\n\n\n      FELLGATE AND TARN HOSPITALS NHS FOUNDATION TRUST\n\n            BOARD OF DIRECTORS MEETING HELD IN PUBLIC\n\n   Minutes of the meeting held on Thursday 5 December 2024 at 9.30am in the Boardroom,\n                 Harefield House, Fellgate General Hospital\n\n\nPresent:\n\nMr A Lee\n\n1. Welcome\nText.\n\n2. Apologies\nNone.\n";
        assert_eq!(meet(s).body.as_deref(), Some("Board of Directors"));
        let s = "Harbourside NHS Foundation Trust\nCouncil of Governors meeting\nMinutes of the meeting held on 3 March 2025\n\nPresent:\nMr A Lee\n\n1. Welcome\nText.\n";
        assert_eq!(meet(s).body.as_deref(), Some("Council of Governors"));
        assert_eq!(
            clean_body("Planning Committee Meeting held at the Town Hall"),
            "Planning Committee"
        );
        // Traps: "Sheldon" is no "held"; a council's own name under its name is not a
        // board's; a line naming the council again by its place is no board.
        assert_eq!(clean_body("Sheldon Parish Council"), "Sheldon Parish Council");
        assert!(!names_board_of("Council of the Borough of Hartsmere"));
        assert!(!names_board_of("Board Meeting"));
        assert!(names_board_of("BOARD OF DIRECTORS MEETING HELD IN PUBLIC"));
        // "Proceedings" ("Official Proceedings") is the paper's word, like "Minutes".
        let s = "BOARD OF SUPERVISORS PROCEEDINGS\n\nKeeler County, Iowa\n\nRegular Session – March 10, 2026 – 9:00 a.m.\n\n1. CALL TO ORDER\nText.\n";
        assert_eq!(meet(s).body.as_deref(), Some("Board of Supervisors"));
        assert_eq!(clean_body("City Commission Official Proceedings"), "City Commission");
        // Trap: a name with "Proceedings" inside it keeps it.
        assert_eq!(clean_body("Proceedings Review Committee"), "Proceedings Review Committee");
    }

    #[test]
    fn an_organisations_name_over_the_minutes_of_its_board_meeting() {
        // A housing association's name, then "Minutes of the Board meeting": the board is
        // the body, the association the organisation.
        let s = "Thornleigh Housing Group\n\nMinutes of the Board meeting\n\nDate: Thursday 2 October 2025    Time: 2.00pm – 5.10pm\n\nName\tRole\tAttendance\nCaroline Aske\tChair\tPresent\n";
        let m = meet(s);
        assert_eq!(m.body.as_deref(), Some("Board"));
        assert_eq!(m.organisation.as_deref(), Some("Thornleigh Housing Group"));
        let s = "Marlow Vale Tenants' Association\nMinutes of the Board meeting held on 4 June 2025\n\nPresent:\nMr A Lee\n";
        assert_eq!(meet(s).body.as_deref(), Some("Board"));
        // Traps: a committee's meeting under a group's name is no board's; a body's own
        // name ("Audit Committee") is not an organisation's.
        let s = "Hazelmere Park Friends Group\nMinutes of the Committee meeting held on 4 June 2025\n\nPresent:\nMr A Lee\n";
        assert_ne!(meet(s).body.as_deref(), Some("Board"));

        assert!(!names_organisation("Audit Committee"));
        assert!(!names_organisation("Group"));
        assert!(names_organisation("Thornleigh Housing Group"));
    }

    #[test]
    fn a_heading_line_below_gives_the_body_in_full() {
        let s = "Comhairle Contae Chill Bhreacáin\tKilbrackan County Council\nCoiste Forbartha Pobail Áitiúil\tLocal Community Development Committee\n\nKILBRACKAN LOCAL COMMUNITY DEVELOPMENT COMMITTEE\nMinutes of meeting held on Wednesday, 17th September 2025 at 10.30 a.m.\n\nPresent:\nMr A Lee\n\n1. Welcome\nText.\n";
        assert_eq!(
            meet(s).body.as_deref(),
            Some("Kilbrackan Local Community Development Committee")
        );
        // Trap: a line that ends with the name but not as a word of its own.
        let s = "Comhairle Contae Chill Bhreacáin\tKilbrackan County Council\nCoiste Forbartha Pobail Áitiúil\tDevelopment Committee\n\nKILBRACKAN REDEVELOPMENT COMMITTEE\nMinutes of meeting held on Wednesday, 17th September 2025 at 10.30 a.m.\n\nPresent:\nMr A Lee\n\n1. Welcome\nText.\n";
        assert_eq!(meet(s).body.as_deref(), Some("Development Committee"));
    }
}
