//! Builds the program's own regular expressions, with letter classes narrowed to the Latin
//! script.
//!
//! A full Unicode letter class (`\p{L}`, `\w`) compiles to an automaton of hundreds of
//! states, and it is compiled again for every repetition a pattern allows: `{1,8}` makes
//! eight copies, forward and reverse. Every run pays for this before it reads a byte (the
//! patterns took about 65 ms to build; a batch of a thousand small files takes 0.4 s).
//! Minutes are written in Latin-script languages (English, Irish, Welsh, Scots Gaelic,
//! Spanish names in US minutes ...), so [`narrow`] limits letter and word classes to the
//! Latin blocks, U+0000 to U+02FF and Latin Extended Additional (U+1E00 to U+1EFF, which
//! holds the Welsh ẁ and ỳ and the Vietnamese letters of US names), and `\d` to the ASCII
//! digits (numbers are parsed as ASCII anyway). Within those blocks the classes are
//! unchanged, so every pattern matches Latin-script text exactly as written.
//!
//! `\p{L}` and `\w` are written out as their Latin ranges (`LETTERS`, `WORD`) rather
//! than as an intersection: building the intersection case-folds the whole Unicode class
//! first under `(?i)`, which was about a tenth of the time every run spends building its
//! patterns. A test holds the written-out classes to the intersections, with and without
//! `(?i)`. (`\p{Lu}` and `\p{Ll}` stay intersections: under `(?i)` the intersection of the
//! folded classes is not the folded intersection.)

use regex::Regex;

/// The Latin blocks a narrowed class keeps, as the right side of a class intersection.
const LATIN: &str = r"&&[\x{0}-\x{2FF}\x{1E00}-\x{1EFF}]]";

/// `[\p{L}&&[\x{0}-\x{2FF}\x{1E00}-\x{1EFF}]]` written out.
const LETTERS: &str = concat!(
    r"[A-Za-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{2C1}\x{2C6}-\x{2D1}",
    r"\x{2E0}-\x{2E4}\x{2EC}\x{2EE}\x{1E00}-\x{1EFF}]"
);

/// `[\w&&[\x{0}-\x{2FF}\x{1E00}-\x{1EFF}]]` written out.
const WORD: &str = concat!(
    r"[0-9A-Z_a-z\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{2C1}\x{2C6}-\x{2D1}",
    r"\x{2E0}-\x{2E4}\x{2EC}\x{2EE}\x{1E00}-\x{1EFF}]"
);

/// The regular expression for `pattern` (one of the program's own constants), narrowed
/// by [`narrow`].
pub fn regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&narrow(pattern))
}

/// `pattern` with `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\w` limited to the Latin blocks and `\d`
/// written `[0-9]`. The replacements are classes, valid inside a class as well as outside
/// one; an escaped backslash (`\\w`) is left alone.
pub fn narrow(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut rest = pattern;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at..];
        let written = if let Some(after) = escape.strip_prefix(r"\p{L}") {
            Some((LETTERS, after))
        } else if let Some(after) = escape.strip_prefix(r"\w") {
            Some((WORD, after))
        } else {
            escape.strip_prefix(r"\d").map(|after| ("[0-9]", after))
        };
        if let Some((class, after)) = written {
            out.push_str(class);
            rest = after;
            continue;
        }
        let (class, len) = if escape.starts_with(r"\p{Lu}") || escape.starts_with(r"\p{Ll}") {
            (&escape[..6], 6)
        } else {
            // Any other escape, including `\\`, is copied with the character it escapes.
            let len = escape[1..].chars().next().map_or(1, |c| 1 + c.len_utf8());
            out.push_str(&escape[..len]);
            rest = &escape[len..];
            continue;
        };
        out.push('[');
        out.push_str(class);
        out.push_str(LATIN);
        rest = &escape[len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn narrows_letter_word_and_digit_classes() {
        assert_eq!(narrow(r"\p{L}+"), format!("{LETTERS}+"));
        assert_eq!(narrow(r"[\p{Lu}'’]"), r"[[\p{Lu}&&[\x{0}-\x{2FF}\x{1E00}-\x{1EFF}]]'’]");
        assert_eq!(narrow(r"\d{1,2}\w*"), format!("[0-9]{{1,2}}{WORD}*"));
        assert_eq!(narrow(r"[^\w\s]"), format!("[^{WORD}\\s]"));
        // Escaped backslashes and other escapes are left as they are.
        assert_eq!(narrow(r"\\w\s\.\b\p{N}"), r"\\w\s\.\b\p{N}");
        assert_eq!(narrow("a\\"), "a\\");
    }

    /// The written-out classes are the intersections they stand for, in a case-sensitive
    /// and in a case-insensitive pattern, alone and inside a class.
    #[test]
    fn written_out_classes_are_the_intersections() {
        use regex_automata::util::syntax::parse;
        for (class, written) in [(r"\p{L}", LETTERS), (r"\w", WORD)] {
            let intersection = format!("[{class}{LATIN}");
            for flags in ["", "(?i)"] {
                for (a, b) in [
                    (format!("{flags}{intersection}"), format!("{flags}{written}")),
                    (format!("{flags}[{intersection}'-]"), format!("{flags}[{written}'-]")),
                    (format!("{flags}[^{intersection}\\s]"), format!("{flags}[^{written}\\s]")),
                ] {
                    assert_eq!(parse(&a).unwrap(), parse(&b).unwrap(), "{a} / {b}");
                }
            }
        }
    }

    #[test]
    fn narrowed_classes_keep_latin_letters() {
        let re = regex(r"^\p{Lu}[\p{L}'’\-]+$").unwrap();
        for name in ["Ó Briain", "Łukasz", "Ŵyn", "Nguyễn", "Müller"] {
            let first = name.split(' ').next_back().unwrap_or(name);
            assert!(re.is_match(first), "{first}");
        }
        assert!(!re.is_match("Δημήτρης"));
        assert!(regex(r"^\d+$").unwrap().is_match("2025"));
        assert!(!regex(r"^\d+$").unwrap().is_match("٢٠٢٥"));
    }

    /// Patterns of the shapes the extractors use.
    const SHAPES: &[&str] = &[
        r"(?i)^(?:[\p{L}'’\-]+\s+){1,8}(?:in\s+attendance|present)",
        r"(?:\p{Lu}[\p{L}'’.\-]*\s+){1,4}(?:County|City|Town)",
        r"(?i)(?-u:\b)increas\w*|\d{1,3}(?:\.\d+)?%",
        r"[^\w\s]\p{Ll}+",
    ];

    proptest! {
        /// On Latin-script text the narrowed pattern finds exactly what the full one finds.
        #[test]
        fn narrowed_patterns_match_latin_text_alike(
            s in "[a-zA-Z0-9 '’.%\\-àéíóúÁÉÍÓÚŵŷẁỳłŁœßçÇñÑ]{0,60}",
            i in 0..SHAPES.len(),
        ) {
            let full = Regex::new(SHAPES[i]).unwrap();
            let narrowed = regex(SHAPES[i]).unwrap();
            let a: Vec<_> = full.find_iter(&s).map(|m| m.range()).collect();
            let b: Vec<_> = narrowed.find_iter(&s).map(|m| m.range()).collect();
            prop_assert_eq!(a, b);
        }
    }
}
