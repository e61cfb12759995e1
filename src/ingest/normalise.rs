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

/// Blanks lines that are page furniture in text copied out of paginated documents: "Page 3
/// of 8" (with or without a running title before it), "Page 3", "- 3 -". The line stays, empty,
/// so paragraphs keep their shape; a sentence broken by a page end reads on.
pub fn blank_page_furniture(text: &str) -> String {
    use regex::Regex;
    use std::sync::LazyLock;
    static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:.{0,120}\s)?page\s+\d{1,4}\s+of\s+\d{1,4}\s*$|^\s*page\s+\d{1,4}\s*$|^\s*[-–]\s*\d{1,4}\s*[-–]\s*$").unwrap()
    });
    let mut out = String::with_capacity(text.len());
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let maybe = line.len() < 200
            && (line.contains("age")
                || line.contains("AGE")
                || line.trim_start().starts_with(['-', '–']));
        if !maybe || !FURNITURE.is_match(line) {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod furniture_tests {
    use super::*;

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
