//! Page furniture: running headers and footers repeated across pages, page numbers
//! ("Page 3 of 8", "- 3 -", a bare number) and line-break hyphens.

use super::layout::Line;
use std::collections::HashMap;

/// Lines at each end of a page where furniture is looked for.
const ZONE: usize = 4;

/// Removes running headers, footers and page numbers from the pages' lines. Returns the
/// running header as the first page has it (its top lines that repeat on other pages, page
/// numbers left out), for `Document::header`.
pub(crate) fn remove(pages: &mut [Vec<Line>]) -> Vec<String> {
    let mut header = Vec::new();
    let n = pages.len();
    // (zone, normalised text, rounded baseline) -> pages it appears on.
    let mut seen: HashMap<(bool, String, i32), usize> = HashMap::new();
    if n >= 2 {
        for page in pages.iter() {
            let mut keys: Vec<(bool, String, i32)> =
                zone_indices(page.len()).map(|(top, i)| key(top, &page[i])).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                *seen.entry(k).or_default() += 1;
            }
        }
    }
    let repeated = |k: &(bool, String, i32)| seen.get(k).is_some_and(|&c| c >= 2 && c * 3 >= n);
    for (p, page) in pages.iter_mut().enumerate() {
        let len = page.len();
        let mut drop = vec![false; len];
        for (top, i) in zone_indices(len) {
            let line = &page[i];
            if repeated(&key(top, line)) {
                drop[i] = true;
            }
        }
        if p == 0 {
            // In reading order: the zone lists the top lines first, from the top.
            // (Only the upper half: on a short page the zones overlap.)
            let top =
                zone_indices(len).filter(|&(t, i)| t && drop[i] && i * 2 < len).map(|(_, i)| i);
            header.extend(top.map(|i| page[i].text()).filter(|t| !is_page_number(t)));
        }
        // Page numbers: the first two or last two lines (not yet dropped) of the page.
        let kept: Vec<usize> = (0..len).filter(|&i| !drop[i]).collect();
        let ends = kept.iter().take(2).chain(kept.iter().rev().take(2));
        for &i in ends {
            if is_page_number(&page[i].text()) {
                drop[i] = true;
            }
        }
        let mut i = 0;
        page.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
        if let Some(first) = page.first_mut() {
            first.gap_before = false;
        }
    }
    header
}

fn zone_indices(len: usize) -> impl Iterator<Item = (bool, usize)> {
    let top = len.min(ZONE);
    let bottom_start = len.saturating_sub(ZONE).max(top);
    (0..top).map(|i| (true, i)).chain((bottom_start..len).map(|i| (false, i)))
}

fn key(top: bool, line: &Line) -> (bool, String, i32) {
    let mut k = String::new();
    for c in line.text().chars() {
        if c.is_ascii_digit() {
            if !k.ends_with('#') {
                k.push('#');
            }
        } else if c.is_whitespace() {
            if !k.ends_with(' ') {
                k.push(' ');
            }
        } else {
            k.extend(c.to_lowercase());
        }
    }
    (top, k, (line.y / 3.0).round() as i32)
}

/// "3", "- 3 -", "Page 3", "Page 3 of 8", "3 of 8", "3/8", "p. 3", "[3]", roman numerals.
pub(crate) fn is_page_number(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    let t = t.trim_matches(|c: char| {
        matches!(c, '-' | '–' | '—' | '[' | ']' | '(' | ')' | '|' | ' ' | '\t')
    });
    let t = t
        .strip_prefix("page")
        .or_else(|| t.strip_prefix("p."))
        .or_else(|| t.strip_prefix("pg"))
        .unwrap_or(t)
        .trim();
    if t.is_empty() {
        return false;
    }
    let words: Vec<&str> =
        t.split(|c: char| c.is_whitespace() || c == '/').filter(|w| !w.is_empty()).collect();
    let number = |w: &str| {
        (w.len() <= 5 && w.bytes().all(|b| b.is_ascii_digit()))
            || (w.len() <= 6 && w.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l')))
    };
    match words.as_slice() {
        // A bare number below 1900 (a year alone is more likely text).
        [a] => number(a) && a.parse::<u32>().map_or(true, |v| v < 1900),
        [a, b] => number(a) && number(b) && t.contains('/'),
        [a, "of", b] => number(a) && number(b),
        _ => false,
    }
}

/// Compound prefixes whose hyphen is kept at a line end ("age-related", "well-being").
const COMPOUND_PREFIXES: &[&str] = &[
    "age", "anti", "co", "cross", "e", "ex", "full", "half", "high", "long", "low", "multi", "non",
    "part", "post", "pre", "re", "self", "semi", "short", "so", "sub", "well", "wide", "year",
    "day", "one", "two", "three", "four", "five", "six", "ten", "follow", "long", "face", "up",
    "out", "on", "off", "in", "over", "under", "decision", "child", "cost", "time", "top", "mid",
    "all", "inter", "intra", "hard", "fast", "place", "agreed",
];

/// True when `before` ends with a hyphen that only breaks a word across lines before
/// `after`: a lower-case letter, a hyphen, then a lower-case letter on the next line, and
/// not a known compound prefix.
pub(crate) fn is_break_hyphen(before: &str, after: &str) -> bool {
    let Some(stem) = before.strip_suffix('-') else { return false };
    let word: String = stem
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.chars().count() < 2 || !word.chars().skip(1).all(|c| c.is_lowercase()) {
        return false;
    }
    // "Donnelly-Nelson", "20-21": not lower case after.
    if !after.chars().next().is_some_and(|c| c.is_lowercase()) {
        return false;
    }
    // A hyphen inside the word already ("long-term-") or the stem is a prefix.
    let char_before_word = stem[..stem.len() - word.len()].chars().last();
    if char_before_word == Some('-') {
        return false;
    }
    !COMPOUND_PREFIXES.contains(&word.to_lowercase().as_str())
}

/// Joins words hyphenated across consecutive lines of one paragraph: the rest of the word
/// moves up to the first line.
pub(crate) fn join_hyphens(lines: &mut [Line]) {
    for i in 0..lines.len().saturating_sub(1) {
        if lines[i + 1].gap_before || lines[i + 1].cells.len() != 1 || lines[i].cells.is_empty() {
            continue;
        }
        let next_text = lines[i + 1].cells[0].text.clone();
        let last = lines[i].cells.len() - 1;
        let before = &lines[i].cells[last].text;
        // A soft hyphen drawn at a line end (Word's automatic hyphenation) always breaks.
        let soft = before.ends_with('\u{AD}')
            && next_text.chars().next().is_some_and(char::is_alphanumeric);
        let break_hyphen = soft || is_break_hyphen(before, &next_text);
        // A real hyphen at a line end ("age-" / "related", "Donnelly-" / "Nelson") is kept,
        // and the compound joined on one line.
        let real_hyphen = before
            .strip_suffix('-')
            .is_some_and(|s| s.chars().last().is_some_and(char::is_alphanumeric))
            && next_text.chars().next().is_some_and(char::is_alphanumeric);
        if !break_hyphen && !real_hyphen {
            continue;
        }
        let (word, rest) = match next_text.split_once(' ') {
            Some((w, r)) => (w.to_string(), r.to_string()),
            None => (next_text.clone(), String::new()),
        };
        let cell = &mut lines[i].cells[last];
        if break_hyphen {
            cell.text.pop();
        }
        cell.text.push_str(&word);
        lines[i + 1].cells[0].text = rest;
        if lines[i + 1].cells[0].text.is_empty() {
            lines[i + 1].cells.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lines: &[&str]) -> Vec<Line> {
        let n = lines.len();
        lines
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let y = if i + 1 == n { 40.0 } else { 800.0 - 20.0 * i as f32 };
                Line {
                    y,
                    size: 10.0,
                    cells: vec![super::super::layout::Cell::new(0.0, 100.0, t.to_string())],
                    gap_before: false,
                    bottom: y,
                }
            })
            .collect()
    }

    #[test]
    fn the_first_pages_running_header_is_returned() {
        let mut pages = vec![
            page(&["SHIRE COUNCIL", "Page 1", "Present: Cr A", "Footer text"]),
            page(&["SHIRE COUNCIL", "Page 2", "1. Minutes", "Footer text"]),
            page(&["SHIRE COUNCIL", "Page 3", "2. Close", "Footer text"]),
        ];
        assert_eq!(remove(&mut pages), ["SHIRE COUNCIL"]);
        let texts: Vec<String> = pages.iter().flatten().map(|l| l.text()).collect();
        assert_eq!(texts, ["Present: Cr A", "1. Minutes", "2. Close"]);
        // Trap: without a running header only page numbers go, and no header is returned.
        let mut pages = vec![page(&["Minutes", "Present: Cr A", "1"]), page(&["1. Item", "2"])];
        assert!(remove(&mut pages).is_empty());
    }

    #[test]
    fn page_numbers() {
        for t in
            ["3", "- 3 -", "Page 3", "Page 3 of 8", "3 of 8", "3/8", "p. 3", "[3]", "iv", "Page 12"]
        {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["3. Minutes", "2020", "Page three", "Item 3", "10 September 2020", ""] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn hyphens() {
        assert!(is_break_hyphen("the Coun-", "cil agreed"));
        assert!(!is_break_hyphen("an age-", "related"));
        assert!(!is_break_hyphen("Liz Donnelly-", "Nelson"));
        assert!(!is_break_hyphen("pages 20-", "21"));
        assert!(!is_break_hyphen("a long-term-", "plan"));
        assert!(!is_break_hyphen("a -", "b"));
    }
}
