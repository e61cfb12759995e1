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

use std::borrow::Cow;

/// Normalises `input` as described in the module documentation.
pub fn normalise(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let bytes = input.as_bytes();
    // `input[copied..i]` is text that goes to the output as it is, not yet copied: most
    // text is printable ASCII and line ends and is copied in a few long pieces.
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Pass over the run of printable ASCII up to the next byte that may need work.
        i += printable_ascii_run(&bytes[i..]);
        let Some(&b) = bytes.get(i) else { break };
        // A line end, the commonest byte after such a run, without decoding a character.
        // After a pending piece that does not end with a space or tab, the output does not
        // end with one either once the piece is copied: the line end is kept as it is.
        if b == b'\n' {
            if i > copied && !matches!(bytes[i - 1], b' ' | b'\t') {
                i += 1;
                continue;
            }
            out.push_str(&input[copied..i]);
            i += 1;
            copied = i;
            newline(&mut out);
            continue;
        }
        let Some(c) = input[i..].chars().next() else { break };
        // Tabs and the characters kept as they are (at most a line's trailing spaces and
        // tabs are dropped, at its end) stay in the pending piece.
        if b == b'\t' || (b >= 0x80 && kept(c)) {
            i += c.len_utf8();
            continue;
        }
        out.push_str(&input[copied..i]);
        i += c.len_utf8();
        copied = i;
        match c {
            '\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                    copied = i;
                }
                newline(&mut out);
            }
            '\n' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}' | '\u{85}' => newline(&mut out),
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
    out.push_str(&input[copied..]);
    trim_line_end(&mut out);
    out
}

/// Whether a character of two bytes or more goes to the output as it is (the last arm of
/// the match in [`normalise`]).
fn kept(c: char) -> bool {
    !matches!(
        c,
        '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{A0}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
            | '\u{AD}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{FB00}'..='\u{FB06}'
    ) && !is_symbol_bullet(c)
        && !c.is_control()
}

/// The length of the run of printable ASCII (0x20..0x7F) that `bytes` start with. Eight
/// bytes at a time: a word is passed over when none of its bytes is below 0x20 or above
/// 0x7E (both tests exact for "some byte": no false negative); in the word that ends the
/// run, the lowest marked byte is the first such byte (a borrow or carry marks only bytes
/// above the byte that causes it).
fn printable_ascii_run(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut run = 0;
    for word in bytes.chunks_exact(8) {
        let mut lanes = [0; 8];
        lanes.copy_from_slice(word);
        let w = u64::from_le_bytes(lanes);
        let below = w.wrapping_sub(ONES * 0x20) & !w;
        let above = w.wrapping_add(ONES) | w;
        let marks = (below | above) & HIGH;
        if marks != 0 {
            return run + (marks.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    let rest = &bytes[run..];
    run + rest.iter().position(|&b| !(0x20..0x7F).contains(&b)).unwrap_or(rest.len())
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
        fn printable_runs_end_at_the_first_other_byte(
            s in "[ -~]{0,20}[\\x00-\\x1f\\x7f\\u{80}-\\u{10ffff}]?[ -~\\n]{0,20}",
        ) {
            let bytes = s.as_bytes();
            let definition = bytes.iter().position(|&b| !(0x20..0x7F).contains(&b));
            prop_assert_eq!(printable_ascii_run(bytes), definition.unwrap_or(bytes.len()));
        }

        #[test]
        fn fast_path_agrees_with_char_by_char(s in "(?s).{0,200}") {
            prop_assert_eq!(normalise(&s), reference(&s));
        }

        /// Text that is mostly printable ASCII and line ends, with the characters that
        /// end a piece copied as it is: trailing spaces and tabs, other line ends, spaces
        /// and characters that change, are dropped or are kept.
        #[test]
        fn pieces_copied_as_they_are_agree_with_char_by_char(
            s in "(?:[a-z]{1,6}|[ .]|\n|\t|\r|\r\n| \n|\t\n|\u{A0}|\u{A0}\n|\u{AD}|\u{200B}|\u{FB01}|\u{F0B7}|\u{0}|\u{7F}|\u{85}|\u{2028}|\u{0C}|é|£|\u{1680}|\u{3000}){0,60}",
        ) {
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
        crate::pattern::regex(r"(?i)^(?:.{0,120}\s)?page\s+\d{1,4}\s+of\s+\d{1,4}\s*$|^\s*page\s+\d{1,4}\s*$|^\s*[-–]\s*\d{1,4}\s*[-–]\s*$").unwrap()
    });
    &FURNITURE
}

/// Blanks lines that are page furniture in text copied out of paginated documents: "Page 3
/// of 8" (with or without a running title before it), "Page 3", "- 3 -". The line stays, empty,
/// so paragraphs keep their shape; a sentence broken by a page end reads on. The text is
/// borrowed back unchanged when no line is furniture (most texts).
pub fn blank_page_furniture(text: &str) -> Cow<'_, str> {
    furniture_and_body_column(text).0
}

/// [`blank_page_furniture`], and the body column of a margin-caption layout in its result
/// (what `body_column` returns for it) and the margin of its line numbers if it is
/// pleading paper ([`margin_line_numbers`]), found in the same pass over the lines. (A blanked
/// line is blank in the result, and the other lines are as they were: the column counts of
/// the lines kept are the counts of the result.)
pub fn furniture_and_body_column(text: &str) -> (Cow<'_, str>, Option<usize>, Option<usize>) {
    let mut columns = ColumnCounts::default();
    // One pass over the lines (their ends found with `memchr`): a furniture line ends with
    // a digit or a dash ([`may_be_furniture`] looks at its last character first, which
    // turns away most lines), holds "age" or "AGE" ("Page 3 of 8", "PAGE 3") or starts with
    // a dash ("- 3 -"), and is shorter than 200 bytes.
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut start = 0;
    while start <= bytes.len() {
        let end = next_line_end(bytes, start);
        let line = &text[start..end];
        // (A last byte that is ASCII, not white space, not a digit and not "-" is the last
        // character [`may_be_furniture`] reads: a byte look turns such lines away first.)
        let last = line.as_bytes().last().copied().unwrap_or(b' ');
        let may_end_right = !last.is_ascii()
            || last.is_ascii_whitespace()
            || last == 0x0B
            || last.is_ascii_digit()
            || last == b'-';
        if may_end_right
            && line.len() < 200
            && may_be_furniture(line)
            && (memchr::memmem::find(line.as_bytes(), b"age").is_some()
                || memchr::memmem::find(line.as_bytes(), b"AGE").is_some()
                || line.trim_start().starts_with(['-', '–']))
            && furniture_pattern().is_match(line)
        {
            if out.is_empty() {
                out.reserve(text.len());
            }
            out.push_str(&text[copied..start]);
            copied = end;
        } else {
            columns.add(line);
        }
        start = end + 1;
    }
    let (col, margin) = (columns.column(), columns.line_number_margin());
    if copied == 0 {
        return (Cow::Borrowed(text), col, margin);
    }
    out.push_str(&text[copied..]);
    (Cow::Owned(out), col, margin)
}

/// Puts the captions of a margin-caption layout on lines of their own. Text printed from
/// such minutes (`pdftotext -layout` of many Canadian and US municipal minutes) carries each
/// item's caption in a left column, beside the first lines of its text, which all start in
/// one body column:
///
/// ```text
/// STATEMENT OF         RES 2025-116     Nyberg – Ostrander
/// FINANCIAL            That the Statement of Financial Activity for the period ending
/// ACTIVITY             May 31, 2025 be accepted as presented.
/// ```
///
/// becomes the caption ("STATEMENT OF FINANCIAL ACTIVITY") on a line, then the body
/// column's text of those lines, each at the body column. The layout is recognised when a
/// body column (12 to 40 spaces in) holds at least 40% of the non-blank lines (and ten),
/// and at least three caption groups stand in the margin: a line whose text starts within
/// four spaces of the left edge, has at least two letters (a minute number alone, or with
/// a file number, is no caption), ends at least two spaces before the body column, and has
/// text again exactly at the body column (with spaces only between). The lines straight
/// after it with text in the margin and at or after the body column go on with the caption. Lines with a TAB are never caption lines (tables keep their
/// cells). The text is borrowed back unchanged when the layout is not found (most texts).
pub fn margin_captions(text: &str) -> Cow<'_, str> {
    match body_column(text) {
        Some(col) => margin_captions_at(text, col),
        None => Cow::Borrowed(text),
    }
}

/// [`margin_captions`] for a text whose body column is `col` (what `body_column` returns).
pub fn margin_captions_at(text: &str, col: usize) -> Cow<'_, str> {
    let lines: Vec<&str> = text.split('\n').collect();
    // Each line's caption and body: a group opens with text exactly at the body column, and
    // goes on while the next lines have a caption and text at or after it (a bullet's
    // second line is indented further).
    let mut captions: Vec<Option<(&str, &str)>> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let opens_group = i == 0 || captions[i - 1].is_none();
        captions.push(caption_split(line, col).filter(|(margin, body)| {
            !opens_group
                || !body.starts_with(' ')
                    && margin.chars().filter(|c| c.is_alphabetic()).count() >= 2
        }));
    }
    let groups = (0..lines.len())
        .filter(|&i| captions[i].is_some() && (i == 0 || captions[i - 1].is_none()));
    if groups.count() < 3 {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 64);
    let mut i = 0;
    while i < lines.len() {
        if captions[i].is_none() {
            out.push_str(lines[i]);
            out.push('\n');
            i += 1;
            continue;
        }
        let mut end = i;
        while end < lines.len() && captions[end].is_some() {
            end += 1;
        }
        let mut caption = String::new();
        for (margin, _) in captions[i..end].iter().flatten() {
            if !caption.is_empty() {
                caption.push(' ');
            }
            caption.push_str(margin);
        }
        out.push_str(&caption);
        out.push('\n');
        for (_, body) in captions[i..end].iter().flatten() {
            out.extend(std::iter::repeat_n(' ', col));
            out.push_str(body);
            out.push('\n');
        }
        i = end;
    }
    // `split` gave one more piece than there are line ends.
    out.pop();
    Cow::Owned(out)
}

/// The body column of a margin-caption layout: the indent (12 to 40 spaces) that starts at
/// least 40% of the non-blank lines, and at least ten of them.
pub fn body_column(text: &str) -> Option<usize> {
    let mut columns = ColumnCounts::default();
    let bytes = text.as_bytes();
    let mut start = 0;
    while start <= bytes.len() {
        let end = next_line_end(bytes, start);
        columns.add(&text[start..end]);
        start = end + 1;
    }
    columns.column()
}

/// The counts [`body_column`] decides by: the non-blank lines (blank: nothing but spaces),
/// and how many of them start with each indent of 12 to 40 spaces; and those
/// [`margin_line_numbers`] decides by, counted in the same look at each line.
struct ColumnCounts {
    counts: [usize; 41],
    non_blank: usize,
    numbers: LineNumbers,
}

impl Default for ColumnCounts {
    fn default() -> ColumnCounts {
        ColumnCounts { counts: [0; 41], non_blank: 0, numbers: LineNumbers::default() }
    }
}

/// The lines that start with a pleading-paper line number ([`margin_number`]).
#[derive(Default)]
struct LineNumbers {
    /// Lines with a number, and those with nothing after it.
    numbered: usize,
    bare: usize,
    /// The run of numbers counting up by one that ends at the last line, the longest run,
    /// and the last line's number (None after a non-blank line without one).
    run: usize,
    longest: usize,
    last: Option<u32>,
    /// The smallest column at which text follows a number.
    margin: Option<usize>,
}

impl ColumnCounts {
    /// Counts one line (without its line end).
    fn add(&mut self, line: &str) {
        // (A line that does not start with a space is non-blank if it is not empty, with
        // no indent to count.)
        match line.as_bytes().first() {
            None => return,
            Some(&b) if b != b' ' => {
                self.non_blank += 1;
                self.numbers.add(line, b.is_ascii_digit());
                return;
            }
            Some(_) => {}
        }
        let body = line.trim_start_matches(' ');
        if body.is_empty() {
            return;
        }
        self.non_blank += 1;
        let lead = line.len() - body.len();
        self.numbers.add(line, lead <= 6 && body.as_bytes()[0].is_ascii_digit());
        if let Some(n) = self.counts.get_mut(lead).filter(|_| lead >= 12) {
            *n += 1;
        }
    }

    /// The body column, if the counts show one.
    fn column(&self) -> Option<usize> {
        let (col, &n) = self.counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
        (n >= 10 && n * 10 >= self.non_blank * 4).then_some(col)
    }

    /// The width of a pleading-paper margin, if the counts show one (the conditions of
    /// [`margin_line_numbers`]).
    fn line_number_margin(&self) -> Option<usize> {
        let n = &self.numbers;
        (n.numbered >= 20
            && n.numbered * 10 >= self.non_blank * 6
            && n.bare >= 2
            && n.longest >= 15)
            .then_some(n.margin)
            .flatten()
    }
}

impl LineNumbers {
    /// Counts a non-blank line; `may_be` is false when it cannot start with a number.
    fn add(&mut self, line: &str, may_be: bool) {
        let Some((n, text_at)) = may_be.then(|| margin_number(line)).flatten() else {
            self.last = None;
            return;
        };
        self.numbered += 1;
        self.run = if self.last.is_some_and(|l| l + 1 == n) { self.run + 1 } else { 1 };
        self.longest = self.longest.max(self.run);
        self.last = Some(n);
        match text_at {
            Some(col) => self.margin = Some(self.margin.map_or(col, |m| m.min(col))),
            None => self.bare += 1,
        }
    }
}

/// A caption line of a layout with body column `col`: the caption in the margin and the
/// text from the body column on, which may start with more spaces. Columns count
/// characters.
fn caption_split(line: &str, col: usize) -> Option<(&str, &str)> {
    let margin_start = line.len() - line.trim_start_matches(' ').len();
    if margin_start > 4 || line.len() <= col || line.contains('\t') {
        return None;
    }
    // The byte offset of character `col`.
    let (at, _) = line.char_indices().nth(col)?;
    let (margin, body) = line.split_at(at);
    let caption = margin.trim();
    let gap = margin.len() - margin.trim_end_matches(' ').len();
    (gap >= 2 && !caption.is_empty() && !body.trim_start().is_empty()).then_some((caption, body))
}

/// A necessary condition for [`furniture_pattern`] to match `line`, cheap to test: it
/// ends with a digit or a dash before white space (every branch ends so), and starts
/// with a dash after white space or holds "page" (any case) followed by white space.
fn may_be_furniture(line: &str) -> bool {
    // `is_numeric` holds for every `\d` (and more): still a necessary condition.
    let last = line.trim_end().chars().next_back();
    if !last.is_some_and(|c| c.is_numeric() || c == '-' || c == '–') {
        return false;
    }
    if line.trim_start().starts_with(['-', '–']) {
        return true;
    }
    let bytes = line.as_bytes();
    memchr::memchr2_iter(b'p', b'P', bytes).any(|at| {
        bytes.len() > at + 4
            && bytes[at + 1..at + 4].eq_ignore_ascii_case(b"age")
            && line[at + 4..].starts_with(char::is_whitespace)
    })
}

/// Removes the margin line numbers of pleading paper, as `pdftotext -layout` gives them
/// from minutes printed on it (many US county and city bodies):
///
/// ```text
///  7   COMMISSION MEMBERS PRESENT:                    STAFF PRESENT:
///  8   Linda Marchetti, Chair                         Renee Castle, Director of Planning
///  9
/// ```
///
/// becomes the text from the margin's width on ("COMMISSION MEMBERS PRESENT: ...", then
/// "Linda Marchetti, Chair ...", then a blank line). The layout is recognised when at least
/// twenty non-blank lines start, within six spaces of the left edge, with a number of one
/// or two digits followed by two spaces or the line end (a list's "1. Welcome" or "1)" is
/// none), they are at least 60% of the non-blank lines, at least two of them hold the number
/// alone (pleading paper numbers its blank lines; an agenda list does not), and one run of
/// fifteen of them counts up by one. The margin's width is the smallest column at which
/// text follows a number; a line without a number loses as many leading spaces when it has
/// them (a running header stays aligned with the body). The text is borrowed back unchanged
/// when the layout is not found (most texts).
pub fn margin_line_numbers(text: &str) -> Cow<'_, str> {
    let mut counts = ColumnCounts::default();
    let bytes = text.as_bytes();
    let mut start = 0;
    while start <= bytes.len() {
        let end = next_line_end(bytes, start);
        counts.add(&text[start..end]);
        start = end + 1;
    }
    match counts.line_number_margin() {
        Some(margin) => Cow::Owned(strip_line_numbers(text, margin)),
        None => Cow::Borrowed(text),
    }
}

/// `text` without the first `margin` bytes of each numbered line (see
/// [`margin_line_numbers`]) and without up to `margin` leading spaces of the others.
pub fn strip_line_numbers(text: &str, margin: usize) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    while start <= bytes.len() {
        let end = next_line_end(bytes, start);
        let line = &text[start..end];
        let cut = match margin_number(line) {
            Some(_) => line.len().min(margin),
            None => line.bytes().take(margin).take_while(|&b| b == b' ').count(),
        };
        // (`cut` ends within the ASCII margin: at a space, a digit or the line's end.)
        out.push_str(line.get(cut..).unwrap_or(line));
        if end < bytes.len() {
            out.push('\n');
        }
        start = end + 1;
    }
    out
}

/// A pleading-paper line number at the start of `line`: up to six spaces, one or two
/// digits, then the line's end or two spaces (or a tab) and maybe text. Returns the number
/// and the byte column where the text after it starts (None when there is none).
fn margin_number(line: &str) -> Option<(u32, Option<usize>)> {
    let b = line.as_bytes();
    let lead = b.iter().take_while(|&&c| c == b' ').count();
    if lead > 6 {
        return None;
    }
    let digits = b[lead..].iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let after = lead + digits;
    let n = line[lead..after].parse().ok()?;
    let rest = &b[after..];
    if !(rest.is_empty() || rest.starts_with(b"  ") || rest.starts_with(b"\t")) {
        return None;
    }
    let text_at = after + rest.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
    Some((n, (text_at < b.len()).then_some(text_at)))
}

/// The byte offset of the end (the `\n` or the end of the text) of the line holding `at`.
fn next_line_end(bytes: &[u8], at: usize) -> usize {
    memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |p| at + p)
}

#[cfg(test)]
mod furniture_tests {
    use super::*;
    use proptest::prelude::*;

    /// A page of pleading paper: `lines` numbered from 1, blank ones numbered too.
    fn pleading(lines: &[&str]) -> String {
        let mut out = String::from("      Planning Board              Minutes - May 1, 2025\n\n");
        for (i, l) in lines.iter().enumerate() {
            let n = format!("{:>3}", i + 1);
            out.push_str(&if l.is_empty() { n } else { format!("{n}   {l}") });
            out.push('\n');
        }
        out
    }

    #[test]
    fn pleading_paper_loses_its_line_numbers() {
        let mut lines = vec![
            "MEMBERS PRESENT:          STAFF PRESENT:",
            "Ann Lee, Chair            Tom Ng, Planner",
            "",
        ];
        lines.extend([
            "1.  CALL TO ORDER",
            "",
            "The Chair called the meeting to order at 7:02 p.m.",
            "  indented text",
            "",
        ]);
        lines.extend(std::iter::repeat_n("Commissioner Ruiz moved to approve the plan.", 14));
        let text = pleading(&lines);
        let got = margin_line_numbers(&text);
        let got: Vec<&str> = got.lines().collect();
        assert_eq!(got[0], "Planning Board              Minutes - May 1, 2025");
        assert_eq!(got[2], "MEMBERS PRESENT:          STAFF PRESENT:");
        assert_eq!(got[4], "");
        assert_eq!(got[5], "1.  CALL TO ORDER");
        assert_eq!(got[8], "  indented text");
        assert_eq!(got.len(), text.lines().count());
    }

    #[test]
    fn numbered_lists_and_tables_keep_their_numbers() {
        // An agenda list numbered "1  Title" with no numbered blank lines.
        let list: Vec<String> = (1..=24).map(|i| format!("{i}  Item title {i}")).collect();
        let list = list.join("\n");
        assert!(matches!(margin_line_numbers(&list), Cow::Borrowed(_)));
        // Numbered blank lines but too few lines.
        let short = pleading(&["a", "", "b", "", "c"]);
        assert!(matches!(margin_line_numbers(&short), Cow::Borrowed(_)));
        // Minute numbers with a dot are no line numbers.
        let dotted: Vec<String> = (1..=24).map(|i| format!("{i}.  Title")).collect();
        assert!(matches!(margin_line_numbers(&dotted.join("\n\n")), Cow::Borrowed(_)));
    }

    proptest! {
        /// Line structure is kept and nothing panics, whatever the text.
        #[test]
        fn line_numbers_keep_the_lines(lines in proptest::collection::vec("(?:[ ]{0,3}[0-9]{1,2}(?:[ ]{2,4}[a-z .]{0,12})?|[a-z ]{0,10})", 0..60)) {
            let text = lines.join("\n");
            let got = margin_line_numbers(&text);
            prop_assert_eq!(got.split('\n').count(), text.split('\n').count());
        }

        /// Pleading paper of any length from 20 lines loses every number.
        #[test]
        fn every_number_goes(n in 20usize..60, blank_every in 2usize..6) {
            let lines: Vec<&str> = (0..n).map(|i| if i % blank_every == 0 { "" } else { "Text of the line" }).collect();
            let text = pleading(&lines);
            let got = margin_line_numbers(&text);
            prop_assert!(got.lines().skip(1).all(|l| l.is_empty() || l == "Text of the line"), "{}", got);
        }

        #[test]
        fn furniture_blanking_matches_line_by_line(
            lines in proptest::collection::vec(
                "(?:Page 3 of 4|PAGE 2|pAgE\t7|Page\u{1680}8|- 5 -|– 9 –|page|age|AGE 1|x| |\u{1680}|-|–|of 2|3)*",
                0..8
            ),
            long in 0usize..2,
        ) {
            // A running title of 200 bytes or more is never read as furniture.
            let mut lines = lines;
            if long == 1 && !lines.is_empty() {
                lines[0] = "t".repeat(190) + &lines[0];
            }
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

#[cfg(test)]
mod caption_tests {
    use super::*;
    use proptest::prelude::*;

    const BODY: &str = "                     ";

    fn layout(blocks: &[(&[&str], &[&str])]) -> String {
        let mut s = String::from("RURAL MUNICIPALITY OF ELM No. 3\n\n");
        for (margin, body) in blocks {
            for (k, line) in body.iter().enumerate() {
                let m = margin.get(k).copied().unwrap_or("");
                s.push_str(&format!("{m:<21}{line}\n"));
            }
            s.push('\n');
        }
        s
    }

    #[test]
    fn margin_captions_move_onto_lines_of_their_own() {
        let s = layout(&[
            (
                &["CALL TO ORDER"],
                &["The Reeve called the meeting to order.", "All were present.", "a", "b", "c"],
            ),
            (
                &["AGENDA"],
                &["RES 25-1   Kowalchuk – Nyberg", "That the agenda be adopted.", "Noted."],
            ),
            (
                &["STATEMENT OF", "FINANCIAL", "ACTIVITY"],
                &[
                    "RES 25-2   Nyberg – Ostrander",
                    "That the Statement be accepted",
                    "as presented.",
                    "Filed.",
                ],
            ),
            (
                &["ADJOURNMENT"],
                &["That the meeting adjourn.", "It closed.", "At 4.", "d", "e", "f"],
            ),
        ]);
        let out = margin_captions(&s);
        assert!(out.contains(&format!(
            "\n\nSTATEMENT OF FINANCIAL ACTIVITY\n{BODY}RES 25-2   Nyberg – Ostrander\n{BODY}That the Statement be accepted\n{BODY}as presented.\n{BODY}Filed.\n"
        )));
        assert!(out.contains(&format!("\n\nCALL TO ORDER\n{BODY}The Reeve called")));
        assert!(out.starts_with("RURAL MUNICIPALITY OF ELM No. 3\n\n"));
    }

    #[test]
    fn other_layouts_are_left_alone() {
        // Fewer than three captions.
        let s = layout(&[
            (&["PRESENT"], &["Cllr A", "Cllr B", "Cllr C", "Cllr D", "Cllr E", "Cllr F"]),
            (&["ABSENT"], &["Cllr G", "Cllr H", "Cllr I", "Cllr J", "Cllr K"]),
        ]);
        assert!(matches!(margin_captions(&s), Cow::Borrowed(_)));
        // A table flattened with spaces, its rows starting at the left edge: no body column.
        let rows: String =
            (0..20).map(|k| format!("Councillor Number{k:<6}     Ward {k}\n")).collect();
        assert!(matches!(margin_captions(&rows), Cow::Borrowed(_)));
        // Cells split by TABs are a table, not captions.
        let tabbed: (&[&str], &[&str]) = (&["A\tB"], &["x", "y", "z", "w"]);
        let s = layout(&[tabbed; 4]);
        assert!(matches!(margin_captions(&s), Cow::Borrowed(_)));
    }

    /// [`body_column`] as first written: the lines split with `str::split`.
    fn body_column_by_split(text: &str) -> Option<usize> {
        let mut counts = [0usize; 41];
        let mut non_blank = 0;
        for line in text.split('\n') {
            let body = line.trim_start_matches(' ');
            if body.is_empty() {
                continue;
            }
            non_blank += 1;
            let lead = line.len() - body.len();
            if let Some(n) = counts.get_mut(lead).filter(|_| lead >= 12) {
                *n += 1;
            }
        }
        let (col, &n) = counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
        (n >= 10 && n * 10 >= non_blank * 4).then_some(col)
    }

    proptest! {
        /// The column found in the furniture pass is the column of the blanked text.
        #[test]
        fn body_column_found_with_the_furniture_is_the_blanked_texts(
            lines in proptest::collection::vec(
                "(?: {0,3}| {12,14}| {20,21}| {38,42}|\t)(?:[A-Za-z]{1,6} ?){0,3}(?:Page 3 of 4|- 5 -)?",
                0..40,
            ),
        ) {
            let text = lines.join("\n");
            let (blanked, col, _) = furniture_and_body_column(&text);
            prop_assert_eq!(&blanked, &blank_page_furniture(&text));
            prop_assert_eq!(col, body_column_by_split(&blanked));
            prop_assert_eq!(body_column(&blanked), body_column_by_split(&blanked));
        }

        #[test]
        fn captions_move_but_no_word_is_lost(
            lines in proptest::collection::vec("(?:[A-Z]{1,8} ?){0,2} {0,24}(?:[a-z]{1,6} ?){0,4}", 0..40)
        ) {
            let text = lines.join("\n");
            let out = margin_captions(&text);
            let words = |s: &str| {
                let mut w: Vec<String> = s.split_whitespace().map(str::to_owned).collect();
                w.sort();
                w
            };
            prop_assert_eq!(words(&text), words(&out));
        }
    }
}
