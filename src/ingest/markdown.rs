//! Markdown in a text file: minutes exported from wikis, static sites and note apps. When
//! a text reads as Markdown, its markup is turned into the plain layout the other formats
//! give: heading marks dropped ("## 1. Apologies" -> "1. Apologies"), emphasis marks
//! removed ("**Present:**" -> "Present:"), list markers as bullets ("- Jane Doe" ->
//! "• Jane Doe"), table rows as tab-separated cells, links as their text, rules as blank
//! lines. Text that does not read as Markdown is left as it is.

use regex::Regex;
use std::sync::LazyLock;

/// Whether `text` reads as Markdown: at least two ATX headings ("# Title", "## 1. Item"),
/// or at least three lines with bold markup ("**Present:**"), in its first 2,000 lines.
///
/// Only lines holding a `#` or a `*` can count, so those are found with `memchr` and the
/// others never looked at: plain minutes (most texts) cost one vectorised scan.
pub fn looks_like_markdown(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(first) = memchr::memchr2(b'#', b'*', bytes) else { return false };
    // The first 2,000 lines end at the 2,000th line feed.
    let scope = memchr::memchr_iter(b'\n', bytes).nth(MAX_LINES - 1).unwrap_or(bytes.len());
    let (mut headings, mut bold) = (0, 0);
    let mut at = first;
    while at < scope {
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |p| at + p);
        let t = text[start..end].trim_start();
        headings += usize::from(heading_text(t).is_some());
        bold += usize::from(t.matches("**").count() >= 2);
        if headings >= 2 || bold >= 3 {
            return true;
        }
        match memchr::memchr2(b'#', b'*', &bytes[end..]) {
            Some(p) => at = end + p,
            None => break,
        }
    }
    false
}

/// How many lines [`looks_like_markdown`] reads.
const MAX_LINES: usize = 2000;

/// The text of an ATX heading line ("## 1. Apologies ##" -> "1. Apologies").
fn heading_text(t: &str) -> Option<&str> {
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &t[hashes..];
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim();
    Some(rest.trim_end_matches('#').trim_end())
}

/// Plain text for Markdown `text` (see the module documentation).
pub fn to_plain(text: &str) -> String {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::regex(r"!?\[([^\]\n]*)\]\([^)\n]*\)").unwrap());
    static TABLE_RULE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$").unwrap()
    });
    let mut out = String::with_capacity(text.len());
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let lead = &line[..line.len() - line.trim_start().len()];
        let t = line.trim();
        // Thematic breaks and table rules: blank lines.
        if is_rule(t) || (t.starts_with('|') && TABLE_RULE.is_match(t)) {
            continue;
        }
        let t = heading_text(t).unwrap_or(t);
        // List markers as bullets; "1." lists stay as they are.
        let (bullet, t) = match t.strip_prefix(['-', '*', '+']) {
            Some(rest) if rest.starts_with([' ', '\t']) => (true, rest.trim_start()),
            _ => (false, t),
        };
        // Table rows: cells separated by tabs.
        let row: String;
        let t = if t.starts_with('|') && t.len() > 1 {
            let inner = t.trim_matches('|');
            row = inner.split('|').map(str::trim).collect::<Vec<_>>().join("\t");
            row.as_str()
        } else {
            t
        };
        let t = if t.contains("](") { LINK.replace_all(t, "$1") } else { t.into() };
        out.push_str(lead);
        if bullet {
            out.push_str("• ");
        }
        out.push_str(&strip_emphasis(&t));
    }
    out
}

/// "---", "***", "___" (three or more, spaces allowed).
fn is_rule(t: &str) -> bool {
    let marks: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && (marks.bytes().all(|b| b == b'-')
            || marks.bytes().all(|b| b == b'*')
            || marks.bytes().all(|b| b == b'_'))
}

/// Removes emphasis marks: `**` and `__` everywhere, a single `*` or `_` when it touches a
/// word on one side only ("*via Teams*", "_note_"), as emphasis does.
fn strip_emphasis(t: &str) -> String {
    let t = t.replace("**", "").replace("__", "");
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' || c == '_' {
            let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
            let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
            // An opening mark precedes a word, a closing one follows it: a word on exactly
            // one side. A mark inside a word ("snake_case", "5*3") or alone is kept.
            if word(before) != word(chars.get(i + 1).copied()) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn markdown_becomes_plain_layout() {
        let md = "# Minutes of the Board\n\n**Present:** Jane Doe (*Chair*)\n\n- Amy Li\n* Bo Tan\n\n---\n\n## 1. Apologies\n\n| Present | Apologies |\n|---|---|\n| Cllr A | Cllr B |\n\nSee [the report](http://x.org/r.pdf).";
        assert!(looks_like_markdown(md));
        assert_eq!(
            to_plain(md),
            "Minutes of the Board\n\nPresent: Jane Doe (Chair)\n\n• Amy Li\n• Bo Tan\n\n\n\n1. Apologies\n\nPresent\tApologies\n\nCllr A\tCllr B\n\nSee the report."
        );
    }

    #[test]
    fn plain_text_is_not_markdown() {
        let text = "MINUTES\n\n1. Apologies\nCllr Smith sent apologies.\n# of members: 5\n";
        assert!(!looks_like_markdown(text));
        assert_eq!(strip_emphasis("snake_case 5*3 a_b"), "snake_case 5*3 a_b");
    }

    /// The definition of [`looks_like_markdown`], line by line.
    fn looks_like_markdown_by_line(text: &str) -> bool {
        let mut headings = 0;
        let mut bold = 0;
        for line in text.lines().take(MAX_LINES) {
            let t = line.trim_start();
            if heading_text(t).is_some() {
                headings += 1;
            }
            if t.matches("**").count() >= 2 {
                bold += 1;
            }
            if headings >= 2 || bold >= 3 {
                return true;
            }
        }
        false
    }

    #[test]
    fn only_the_first_lines_count() {
        let late = "x\n".repeat(MAX_LINES - 2) + "# a\n# b\n";
        assert!(looks_like_markdown(&late));
        let later = "x\n".repeat(MAX_LINES - 1) + "# a\n# b\n";
        assert!(!looks_like_markdown(&later));
        assert!(looks_like_markdown("**a** **b\n\t**c** x\r\n**d**e**"));
    }

    proptest! {
        #[test]
        fn the_markdown_test_agrees_with_its_definition(
            lines in proptest::collection::vec("[ \t]{0,2}(?:#{0,7}[ \t]?|\\*{1,3})?[a-z* #\r]{0,6}", 0..12),
            cap in 0usize..3,
        ) {
            // Near the 2,000-line limit too: padding puts the lines across it.
            let pad = match cap {
                0 => String::new(),
                1 => "\n".repeat(MAX_LINES - 6),
                _ => "p\n".repeat(MAX_LINES),
            };
            let text = pad + &lines.join("\n");
            prop_assert_eq!(looks_like_markdown(&text), looks_like_markdown_by_line(&text));
        }

        #[test]
        fn never_panics_and_keeps_the_lines(s in "(?s)[-#*_|\\[\\]() a-z:\\n]{0,120}") {
            let plain = to_plain(&s);
            prop_assert_eq!(plain.split('\n').count(), s.split('\n').count());
        }
    }
}
