//! The text normaliser every ingester ends with; its output is the text all evidence
//! offsets point into.
//!
//! - line ends: CRLF, CR, U+2028/2029, vertical tab and form feed become `\n`;
//! - spaces: NBSP and the other Unicode spaces become a plain space; zero-width characters,
//!   soft hyphens and byte-order marks are removed;
//! - symbol-font bullets in the private-use area (U+F0B7, U+F0A7, U+F076, ...) become `•`;
//! - ligatures ﬀ ﬁ ﬂ ﬃ ﬄ are spelt out;
//! - other control characters are removed; tabs are kept (they separate table cells);
//! - trailing spaces and tabs at line ends are removed.
//!
//! Letters, punctuation and line structure are otherwise kept as written.

/// Normalises `input` as described in the module documentation.
pub fn normalise(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Copy the run of printable ASCII up to the next byte that may need work: most
        // text is nothing else.
        let run = bytes[i..].iter().position(|&b| !(0x20..0x7F).contains(&b));
        let end = run.map_or(bytes.len(), |n| i + n);
        out.push_str(&input[i..end]);
        i = end;
        let Some(c) = input[i..].chars().next() else { break };
        i += c.len_utf8();
        match c {
            '\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                newline(&mut out);
            }
            '\n' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}' | '\u{85}' => newline(&mut out),
            '\t' => out.push('\t'),
            '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c if is_symbol_bullet(c) => out.push('•'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    trim_line_end(&mut out);
    out
}

fn newline(out: &mut String) {
    trim_line_end(out);
    out.push('\n');
}

fn trim_line_end(out: &mut String) {
    while out.ends_with(' ') || out.ends_with('\t') {
        out.pop();
    }
}

/// Private-use code points that Symbol and Wingdings fonts use for bullets.
fn is_symbol_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{F0B7}'
            | '\u{F0A7}'
            | '\u{F076}'
            | '\u{F0D8}'
            | '\u{F0FC}'
            | '\u{F0A8}'
            | '\u{F0B2}'
            | '\u{F06E}'
            | '\u{F071}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition, one character at a time (the fast path must agree with it).
    fn reference(input: &str) -> String {
        let mut out = String::new();
        let mut chars = input.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    newline(&mut out);
                }
                '\n' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}' | '\u{85}' => {
                    newline(&mut out)
                }
                '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
                    out.push(' ')
                }
                '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
                '\u{FB00}'..='\u{FB06}' => out.push_str(match c {
                    '\u{FB00}' => "ff",
                    '\u{FB01}' => "fi",
                    '\u{FB02}' => "fl",
                    '\u{FB03}' => "ffi",
                    '\u{FB04}' => "ffl",
                    _ => "st",
                }),
                c if is_symbol_bullet(c) => out.push('•'),
                '\t' => out.push('\t'),
                c if c.is_control() => {}
                c => out.push(c),
            }
        }
        trim_line_end(&mut out);
        out
    }

    #[test]
    fn normalises_line_ends_and_spaces() {
        assert_eq!(normalise("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(normalise("a\u{A0}b  \t\nc"), "a b\nc");
        assert_eq!(normalise("\u{FEFF}of\u{FB01}ce"), "office");
        assert_eq!(normalise("\u{F0B7}\titem"), "•\titem");
        assert_eq!(normalise("soft\u{AD}hyphen\u{0}"), "softhyphen");
    }

    proptest! {
        #[test]
        fn never_panics_and_is_idempotent(s in "\\PC*") {
            let once = normalise(&s);
            prop_assert_eq!(normalise(&once), once.clone());
            prop_assert!(!once.contains('\r'));
            prop_assert!(once.chars().all(|c| c == '\n' || c == '\t' || !c.is_control()));
        }

        #[test]
        fn fast_path_agrees_with_char_by_char(s in "(?s).{0,200}") {
            prop_assert_eq!(normalise(&s), reference(&s));
        }

        #[test]
        fn crlf_and_lf_agree(lines in proptest::collection::vec("[^\r\n]*", 0..8)) {
            let lf = lines.join("\n");
            let crlf = lines.join("\r\n");
            prop_assert_eq!(normalise(&lf), normalise(&crlf));
        }
    }
}

/// The pattern of a page-furniture line.
fn furniture_pattern() -> &'static regex::Regex {
    static FURNITURE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^(?:.{0,120}\s)?page\s+\d{1,4}\s+of\s+\d{1,4}\s*$|^\s*page\s+\d{1,4}\s*$|^\s*[-–]\s*\d{1,4}\s*[-–]\s*$").unwrap()
    });
    &FURNITURE
}

/// Blanks lines that are page furniture in text copied out of paginated documents: "Page 3
/// of 8" (with or without a running title before it), "Page 3", "- 3 -". The line stays, empty,
/// so paragraphs keep their shape; a sentence broken by a page end reads on.
pub fn blank_page_furniture(text: &str) -> String {
    // Candidate lines hold "age" or "AGE" ("Page 3 of 8", "PAGE 3") or start with a dash
    // ("- 3 -"); finding those first keeps the per-line work off every other line.
    let mut candidates: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), "age")
        .chain(memchr::memmem::find_iter(text.as_bytes(), "AGE"))
        .map(|at| line_start(text, at))
        .collect();
    // Dashes with only white space before them on their line.
    let dashes = memchr::memchr_iter(b'-', text.as_bytes())
        .chain(memchr::memmem::find_iter(text.as_bytes(), "–"))
        .map(|at| (line_start(text, at), at))
        .filter(|&(start, at)| text[start..at].trim().is_empty());
    candidates.extend(dashes.map(|(start, _)| start));
    candidates.sort_unstable();
    candidates.dedup();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for start in candidates {
        let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        let line = &text[start..end];
        if line.len() < 200 && furniture_pattern().is_match(line) {
            out.push_str(&text[copied..start]);
            copied = end;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// The byte offset of the start of the line holding `at`.
fn line_start(text: &str, at: usize) -> usize {
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |p| p + 1)
}

#[cfg(test)]
mod furniture_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn furniture_blanking_matches_line_by_line(
            lines in proptest::collection::vec("(?:Page 3 of 4|PAGE 2|- 5 -|page|age|x| |-|–)*", 0..8)
        ) {
            let text = lines.join("\n");
            let expected: Vec<&str> = lines
                .iter()
                .map(|l| {
                    let furniture = l.len() < 200
                        && (l.contains("age") || l.contains("AGE") || l.trim_start().starts_with(['-', '–']))
                        && furniture_pattern().is_match(l);
                    if furniture { "" } else { l.as_str() }
                })
                .collect();
            prop_assert_eq!(blank_page_furniture(&text), expected.join("\n"));
        }

    }

    #[test]
    fn blanks_page_lines() {
        assert_eq!(
            blank_page_furniture(
                "a\nWestcott PC – Planning 14.03.23    Page 1 of 2\nb\n- 3 -\nPage 4\nc"
            ),
            "a\n\nb\n\n\nc"
        );
        assert_eq!(
            blank_page_furniture("see page 3 of the report for details on this"),
            "see page 3 of the report for details on this"
        );
    }
}
