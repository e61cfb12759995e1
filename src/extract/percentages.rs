//! Percentages: "53.6%", "64 %", "64 per cent", "64 percent", "fifty per cent", ranges
//! ("15-20%", "15% to 20%", "between 15% and 20%") and "3 percentage points".
//!
//! A number is only a percentage when a percent sign or word follows it, so ages ("17.5"),
//! money ("£1000"), dates and list numbers never are; URL escapes ("%20") and numbers inside
//! URLs are skipped. `context` is the sentence, reflowed; `item` the item it is in.

use crate::model::{Percentage, PercentageKind};
use crate::segment::Segments;
use crate::text::{Text, Words, floor_char_boundary, reflow};
use regex::Regex;
use std::sync::LazyLock;

static PCT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?xi)
        (?P<between>(?-u:\b)between\s+)?
        (?:(?P<from>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(?:%|(?:\s[\x20\t]*)?per(?:\s[\x20\t]*|-\n[\x20\t]*)?cent|\s?percent)?\s*(?:-|–|—|(?-u:\b)to(?-u:\b)|(?-u:\b)and(?-u:\b))\s*)?
        (?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+|[½¼¾])?|\d{1,3},\d{1,2}|(?P<word>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one\s+hundred|a\s+hundred|hundred|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)))
        (?P<unit>\s?%(?:\s?points?(?-u:\b))?|(?:\s[\x20\t]*)?per(?:\s[\x20\t]*|-\n[\x20\t]*)?cent(?:age\s+points?)?(?-u:\b)|\s?percent(?:age\s+points?)?(?-u:\b)|\s?pp(?-u:\b)|\s?percentage\s+points?(?-u:\b))",
    )
    .unwrap()
});

/// A percent sign or word: found by a literal search for the sign, the words, and "pp"
/// before a space or punctuation; checked by the pattern only there.
static UNIT_HINT: LazyLock<Words> = LazyLock::new(|| {
    Words::gated(
        &[
            "%",
            "percent",
            "per cent",
            "per\tcent",
            "per-\n",
            "pp ",
            "pp.",
            "pp,",
            "pp;",
            "pp:",
            "pp)",
            "pp\n",
            "pp/",
            "pp-",
            "pp\t",
            "per\n",
        ],
        r"(?i-u)%|per(?:\s[\x20\t]*|-\n[\x20\t]*)?cent|pp(?-u:\b)",
        40,
    )
});

/// [`PCT`]'s named groups in the order of their indices (from 1; a test checks them).
const PCT_GROUPS: [&str; 5] = ["between", "from", "num", "word", "unit"];

/// [`PCT`]'s groups on one match, with offsets into the whole text: the whole match (index
/// 0) and the groups of [`PCT_GROUPS`] (from 1).
struct Shifted<'h> {
    groups: [Option<Group<'h>>; 1 + PCT_GROUPS.len()],
}

/// A capture group with offsets into the whole text.
#[derive(Clone, Copy)]
struct Group<'h> {
    start: usize,
    end: usize,
    text: &'h str,
}

impl Group<'_> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &str {
        self.text
    }
}

impl<'h> Shifted<'h> {
    /// [`PCT`]'s groups on `m`, a match of it (as [`PCT`]'s captures read `m` alone) that
    /// starts at byte `by` of the text. A plain number and its unit ([`plain_match`]) is
    /// read by hand: the captures cost several thousand instructions each.
    fn of(m: &'h str, by: usize) -> Option<Shifted<'h>> {
        let group = |start: usize, end: usize| Group {
            start: by + start,
            end: by + end,
            text: &m[start..end],
        };
        let mut groups = [None; 1 + PCT_GROUPS.len()];
        if let Some(num_end) = plain_match(m) {
            groups[0] = Some(group(0, m.len()));
            groups[3] = Some(group(0, num_end));
            groups[5] = Some(group(num_end, m.len()));
            return Some(Shifted { groups });
        }
        let caps = PCT.captures(m)?;
        for (i, g) in groups.iter_mut().enumerate() {
            *g = caps.get(i).map(|c| group(c.start(), c.end()));
        }
        Some(Shifted { groups })
    }

    /// The group named `n` (one of [`PCT_GROUPS`]), read by its index in [`PCT`].
    fn name(&self, n: &str) -> Option<Group<'h>> {
        PCT_GROUPS.iter().position(|g| *g == n).and_then(|i| self.get(i + 1))
    }
    fn get(&self, i: usize) -> Option<Group<'h>> {
        self.groups.get(i).copied().flatten()
    }
}

/// Where the number ends in `m` when `m` is a plain number, ASCII digits with a decimal
/// part or none ("53.6", "64"), and then exactly "%", " %", " per cent" or " percent"; none
/// for any other text.
///
/// [`PCT`]'s captures on such a text take the whole of it, the number as "num" and the
/// rest as "unit", and no other group: "between" needs the word; the range's first number
/// ("from") needs a dash, "to" or "and" after it, and none of those is in the text; of
/// "num"'s readings the first that fits, `\d+` and its decimal part, takes the digits up
/// to the unit, which its first reading that fits (`\s?%`, or the words "per cent" /
/// "percent" after their space) takes to the end. (A test compares this with the pattern.)
fn plain_match(m: &str) -> Option<usize> {
    let b = m.as_bytes();
    let int = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if int == 0 {
        return None;
    }
    let mut end = int;
    if b.get(end) == Some(&b'.') {
        let frac = b[end + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if frac == 0 {
            return None;
        }
        end += 1 + frac;
    }
    matches!(&m[end..], "%" | " %" | " per cent" | " percent").then_some(end)
}

/// Every percentage in the text.
pub fn extract(text: &Text, segments: &Segments) -> Vec<Percentage> {
    let src = text.src;
    let mut out = Vec::new();
    // The full pattern is slow to search for; a percent sign or word is fast. Run the full
    // pattern only on a window around each of those.
    let mut matches = Vec::new();
    let mut last_end = 0;
    for hint in UNIT_HINT.find_iter(src) {
        let from = floor_char_boundary(src, hint.start.saturating_sub(80).max(last_end));
        let to = floor_char_boundary(src, hint.end + 30).max(hint.end);
        for g in PCT.find_iter(&src[from..to]) {
            let (a, b) = (from + g.start(), from + g.end());
            // (The matches come in order and do not overlap: once one starts at the hint's
            // end or ends there, every later one starts there or after and is not kept, so
            // the search stops.)
            if a >= hint.end {
                break;
            }
            if hint.start < b && b > last_end {
                matches.push(a..b);
                last_end = b;
            }
            if b >= hint.end {
                break;
            }
        }
    }
    // (At most two percentages a match: one growth of the list, not one a doubling.)
    out.reserve(matches.len());
    for range in matches {
        let Some(caps) = Shifted::of(&src[range.start..range.end], range.start) else {
            continue;
        };
        let caps = &caps;
        let Some(whole) = caps.get(0) else { continue };
        let Some(num) = caps.name("num") else { continue };
        let Some(unit) = caps.name("unit") else { continue };
        let unit_s = unit.as_str().trim().to_lowercase();
        // URL escapes: "%20" glued to a word, or any number inside a URL.
        if unit_s == "%" && is_url_escape(src, unit.end()) {
            continue;
        }
        let start = caps.name("from").map_or(num.start(), |m| m.start());
        let start = caps.name("between").map_or(start, |m| m.start());
        if in_url(src, num.start()) {
            continue;
        }
        // The number must not be glued to a letter or digit before it ("G4%", "x50%").
        let glued = |at: usize| {
            src[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/')
        };
        // "from 21% in 2013 to 17.4%": a range read from the tail of a year ("013 to
        // 17.4%") is no range; the second number stands on its own.
        let mut from = caps.name("from");
        let mut start = start;
        if glued(start) && from.is_some() && caps.name("between").is_none() {
            from = None;
            start = num.start();
        }
        if glued(start) {
            continue;
        }
        // Word numbers only with "per cent"/"percent", never with "%".
        if caps.name("word").is_some() && unit_s.starts_with('%') {
            continue;
        }
        let Some(value) =
            caps.name("word").map_or_else(|| parse_num(num.as_str()), |w| word_number(w.as_str()))
        else {
            continue;
        };
        let kind = if unit_s.contains("point") || unit_s == "pp" {
            PercentageKind::PercentagePoint
        } else {
            PercentageKind::Percent
        };
        // A range only with a dash or "to" or "between ... and".
        let mut range_to = None;
        let mut value = value;
        if let Some(from) = from {
            let joiner = src[from.end()..num.start()].to_lowercase();
            // "67.2%<TAB>-1.8pp" (a table's change column): a minus sign after a space is no
            // range's dash; two values, the second negative.
            if joiner.ends_with(" -") || joiner.ends_with("\t-") {
                push_single(text, segments, &mut out, from.start(), from.as_str(), src);
                let at = num.start() - 1;
                let raw = &src[at..unit.end()];
                push(text, segments, &mut out, at..unit.end(), raw, -value, None, kind);
                continue;
            }
            let is_and = joiner.contains("and");
            if !is_and || caps.name("between").is_some() {
                if let Some(f) = parse_num(from.as_str()) {
                    range_to = Some(value);
                    value = f;
                }
            } else {
                // "20% and 30%": two percentages; take only the second here and let the first
                // be found on its own.
                push_single(text, segments, &mut out, from.start(), from.as_str(), src);
                let raw = &src[num.start()..unit.end()];
                push(text, segments, &mut out, num.start()..unit.end(), raw, value, None, kind);
                continue;
            }
        }
        let span = start..whole.end();
        let raw = src[span.clone()].trim();
        push(text, segments, &mut out, span.clone(), raw, value, range_to, kind);
    }
    out
}

/// "20%" found as the start of "20% and 30%".
fn push_single(
    text: &Text,
    segments: &Segments,
    out: &mut Vec<Percentage>,
    at: usize,
    num: &str,
    src: &str,
) {
    static UNIT: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)^\s?(?:%|per(?:\s?|-\n[\x20\t]*)cent(?-u:\b)|percent(?-u:\b))")
            .unwrap()
    });
    let Some(value) = parse_num(num) else { return };
    let after = &src[at + num.len()..];
    let Some(unit) = UNIT.find(after) else { return };
    let span = at..at + num.len() + unit.end();
    let raw = &src[span.clone()];
    push(text, segments, out, span, raw, value, None, PercentageKind::Percent);
}

#[allow(clippy::too_many_arguments)]
fn push(
    text: &Text,
    segments: &Segments,
    out: &mut Vec<Percentage>,
    span: std::ops::Range<usize>,
    raw: &str,
    value: f64,
    range_to: Option<f64>,
    kind: PercentageKind,
) {
    let sentence =
        text.sentence_at(span.start).filter(|r| r.start <= span.start).unwrap_or_else(|| {
            let l = text.lines[text.line_of(span.start)];
            l.start..l.end()
        });
    // A "sentence" of a table or a run-on line can be huge: then keep about 300 bytes either
    // side, cut at white space.
    let (from, to) = if sentence.len() <= 1000 {
        (sentence.start, sentence.end)
    } else {
        let from =
            floor_char_boundary(text.src, sentence.start.max(span.start.saturating_sub(300)));
        let to = floor_char_boundary(text.src, sentence.end.min(span.end + 300));
        let from = text.src[from..span.start].find(char::is_whitespace).map_or(from, |p| from + p);
        let to = text.src[span.end..to].rfind(char::is_whitespace).map_or(to, |p| span.end + p);
        (from, to)
    };
    let context = reflow(&text.src[from..to.max(from)]);
    out.push(Percentage {
        value,
        raw: raw.to_string(),
        kind,
        range_to,
        item: segments.item_at(span.start).map(|i| i as u32 + 1),
        context,
        evidence: text.evidence(span),
    });
}

fn parse_num(s: &str) -> Option<f64> {
    // "12½%": a vulgar fraction after the whole number.
    for (f, v) in [('½', 0.5), ('¼', 0.25), ('¾', 0.75)] {
        if let Some(whole) = s.strip_suffix(f) {
            return parse_num(whole).map(|w| w + v);
        }
    }
    // A decimal comma ("34,1%", "12,72%": South Africa, continental Europe): one or two
    // digits after the comma; three are a thousands separator ("1,250%").
    let decimal_comma = s.rsplit_once(',').is_some_and(|(a, b)| {
        !a.contains(',') && (1..=2).contains(&b.len()) && b.bytes().all(|c| c.is_ascii_digit())
    });
    if decimal_comma {
        let v: f64 = s.replacen(',', ".", 1).parse().ok()?;
        return v.is_finite().then_some(v);
    }
    let v: f64 = s.replace(',', "").parse().ok()?;
    v.is_finite().then_some(v)
}

fn is_url_escape(src: &str, after: usize) -> bool {
    let next: String = src[after..].chars().take(2).collect();
    next.chars().count() == 2
        && next.chars().all(|c| c.is_ascii_hexdigit())
        && next.chars().any(|c| c.is_ascii_digit())
}

fn in_url(src: &str, at: usize) -> bool {
    let start = src[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(p, c)| p + c.len_utf8());
    let token = &src[start..at];
    token.contains("://") || token.starts_with("www.") || token.contains('=') || token.contains('?')
}

/// Value of a number written in words ("fifty", "twenty-five", "one hundred").
pub fn word_number(s: &str) -> Option<f64> {
    let s = s.to_lowercase();
    let mut total = 0u32;
    for w in s.split(|c: char| c == '-' || c.is_whitespace()).filter(|w| !w.is_empty()) {
        let v = match w {
            "zero" => 0,
            "one" | "a" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            "hundred" => {
                total = total.max(1) * 100;
                continue;
            }
            _ => return None,
        };
        total += v;
    }
    Some(f64::from(total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn pct_group_indices() {
        let names: Vec<_> = PCT.capture_names().skip(1).collect();
        assert_eq!(names, PCT_GROUPS.map(Some));
    }

    fn run(s: &str) -> Vec<(f64, String, Option<f64>, PercentageKind)> {
        let t = Text::from_str(s);
        let seg = Segments { preamble: 0..s.len(), items: vec![] };
        extract(&t, &seg).into_iter().map(|p| (p.value, p.raw, p.range_to, p.kind)).collect()
    }

    use PercentageKind::*;

    #[test]
    fn forms() {
        assert_eq!(run("53.6% of care leavers"), [(53.6, "53.6%".into(), None, Percent)]);
        assert_eq!(run("is 64 % now"), [(64.0, "64 %".into(), None, Percent)]);
        assert_eq!(
            run("64 per cent and 12 percent"),
            [
                (64.0, "64 per cent".into(), None, Percent),
                (12.0, "12 percent".into(), None, Percent)
            ]
        );
        assert_eq!(run("fifty per cent"), [(50.0, "fifty per cent".into(), None, Percent)]);
        // A hyphenation break inside "percent" (OCR and hard-wrapped text).
        assert_eq!(
            run("an increase of 15 per-\n  cent."),
            [(15.0, "15 per-\n  cent".into(), None, Percent)]
        );
        // The words wrapped onto an indented line (pdftotext -layout), the number or "per"
        // ending the line above.
        assert_eq!(
            run("saw 27\n      per cent of them, against 31 per\n      cent."),
            [
                (27.0, "27\n      per cent".into(), None, Percent),
                (31.0, "31 per\n      cent".into(), None, Percent)
            ]
        );
        assert_eq!(
            run("twenty-five percent"),
            [(25.0, "twenty-five percent".into(), None, Percent)]
        );
        assert_eq!(
            run("up 3 percentage points"),
            [(3.0, "3 percentage points".into(), None, PercentagePoint)]
        ); // A vulgar fraction after the whole number; a fraction alone is no percentage here.
        assert_eq!(run("About 12½% of plots"), [(12.5, "12½%".into(), None, Percent)]);
        assert_eq!(run("a rise of 2¾ per cent"), [(2.75, "2¾ per cent".into(), None, Percent)]);
        assert!(run("½ of the plots").is_empty());
        // A change column after a value: a minus sign, not a range.
        assert_eq!(
            run("Cancer 62-day\t75%\t69.0%\t67.2%\t-1.8pp"),
            [
                (75.0, "75%".into(), None, Percent),
                (69.0, "69.0%".into(), None, Percent),
                (67.2, "67.2%".into(), None, Percent),
                (-1.8, "-1.8pp".into(), None, PercentagePoint)
            ]
        );
        assert_eq!(run("between 15 - 20%")[0].2, Some(20.0));
    }

    #[test]
    fn ranges() {
        assert_eq!(run("15-20%"), [(15.0, "15-20%".into(), Some(20.0), Percent)]);
        assert_eq!(
            run("between 15% and 20%"),
            [(15.0, "between 15% and 20%".into(), Some(20.0), Percent)]
        );
        assert_eq!(run("from 10% to 12%"), [(10.0, "10% to 12%".into(), Some(12.0), Percent)]);
        assert_eq!(
            run("20% and 30% of them"),
            [(20.0, "20%".into(), None, Percent), (30.0, "30%".into(), None, Percent)]
        );
    }

    #[test]
    fn decimal_comma() {
        // South African and continental minutes write "34,1%"; three digits after the comma
        // are still a thousands separator.
        assert_eq!(run("rate of 34,1% in"), [(34.1, "34,1%".into(), None, Percent)]);
        assert_eq!(run("by 12,72 per cent"), [(12.72, "12,72 per cent".into(), None, Percent)]);
        assert_eq!(run("up 1,250% on"), [(1250.0, "1,250%".into(), None, Percent)]);
        // Money with a decimal comma is still money.
        assert!(run("R61,8 million and R4,2 million").is_empty());
    }

    #[test]
    fn not_percentages() {
        assert!(run("at 17.5 years, £1000, 12.03.2023, 7.30pm, item 5.2, 1:1").is_empty());
        assert!(run("see http://x.org/a%20b?q=50% and file%20name").is_empty());
        assert!(run("Over the past 41/2 years").is_empty());
        // A year before "to" is not the start of a range.
        assert_eq!(
            run("up from 9% in 2019 to 12.5% now"),
            [(9.0, "9%".into(), None, Percent), (12.5, "12.5%".into(), None, Percent)]
        );
    }

    #[test]
    fn context_is_the_sentence() {
        let t = Text::from_str("First one. The rate is 46% for 17-18 year olds. Last.");
        let seg = Segments { preamble: 0..t.src.len(), items: vec![] };
        assert_eq!(extract(&t, &seg)[0].context, "The rate is 46% for 17-18 year olds.");
    }

    proptest! {
        /// The hand reading of a plain number and its unit is the pattern's.
        #[test]
        fn plain_match_is_the_pattern(
            s in r"[0-9]{0,5}(?:\.[0-9]{0,3})?(?: ?%| per cent| percent| Per cent|%\.| pp|%-5)?"
        ) {
            if let Some(end) = plain_match(&s) {
                let caps = PCT.captures(&s);
                prop_assert!(caps.is_some(), "{:?}", s);
                let caps = caps.unwrap();
                let span = |i: usize| caps.get(i).map(|m| m.range());
                prop_assert_eq!(span(0), Some(0..s.len()));
                prop_assert_eq!(span(3), Some(0..end));
                prop_assert_eq!(span(5), Some(end..s.len()));
                for i in [1, 2, 4] {
                    prop_assert_eq!(span(i), None);
                }
            }
        }

        #[test]
        fn never_panics(s in "\\PC{0,200}") {
            let _ = run(&s);
        }

        #[test]
        fn values_round_trip(v in 0u32..100_000, d in 0u32..100) {
            let s = format!("rate of {v}.{d:02}% today");
            let r = run(&s);
            prop_assert_eq!(r.len(), 1);
            let want: f64 = format!("{v}.{d:02}").parse().unwrap();
            prop_assert!((r[0].0 - want).abs() < 1e-9);
        }
    }
}
