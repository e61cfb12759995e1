//! The normalised text as lines with byte offsets, and the conversion of byte spans into
//! [`Evidence`] (line, character offsets, page). Shared by `segment` and `extract`.

use crate::ingest::Document;
use crate::model::Evidence;
use aho_corasick::AhoCorasick;
use std::ops::Range;

/// One line of the text: its byte range (without the `\n`) and its content.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    /// Index of the line, from 0.
    pub index: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// The line's text (without `\n`).
    pub text: &'a str,
}

impl<'a> Line<'a> {
    /// Byte offset one past the last byte.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// The text without leading and trailing white space.
    pub fn trimmed(&self) -> &'a str {
        trim(self.text)
    }

    /// True for a line of nothing but white space.
    pub fn is_blank(&self) -> bool {
        // (A first byte that is ASCII and not white space is a character of the text.)
        !self.text.as_bytes().first().is_some_and(|&b| ASCII_WORD[b as usize])
            && trim(self.text).is_empty()
    }

    /// Byte range of the trimmed text.
    pub fn trimmed_range(&self) -> Range<usize> {
        let lead = self.text.len() - self.text.trim_start().len();
        let s = self.start + lead;
        s..s + trim(self.text).len()
    }
}

/// `s.trim()`, with a shortcut for the commonest line: one that starts and ends with an
/// ASCII byte that is not white space (a byte below 0x80 is a whole character), which
/// `trim` leaves as it is.
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if ASCII_WORD[f as usize] && ASCII_WORD[l as usize] => s,
        _ => s.trim(),
    }
}

/// Words, or a pattern, searched for over whole documents.
///
/// Three ways to search, chosen when the matcher is built:
/// - [`Words::new`]: a list of words in the three cases writers use ("resolved",
///   "Resolved", "RESOLVED"; multi-word phrases also with each word capitalised). The case
///   variants are exact literals, so the search is a SIMD literal search (Teddy in
///   `aho-corasick`) that reads gigabytes a second. A case-insensitive alternation of the
///   same words is ten times slower: its literal prefilter keeps only short prefixes of the
///   case variants ("re", "se", ...) and stops at nearly every word of prose.
/// - [`Words::gated`]: a regular expression run only near the words that every one of its
///   matches contains (within a given reach on either side).
/// - [`Words::pattern`]: a regular expression run over the whole text by a lazy DFA with
///   no prefilter (for patterns without such words).
pub struct Words(Finder);

enum Finder {
    Literal(Literals),
    Gated(Literals, regex_automata::meta::Regex, usize),
    Dfa(regex_automata::meta::Regex),
}

impl Words {
    /// The matcher for `words` (the program's own ASCII constants), in lower case, with
    /// capital first letters, and in capitals, whatever case they are given in.
    pub fn new(words: &[&str]) -> Words {
        Words(Finder::Literal(Literals::new(words)))
    }

    /// A matcher for `pattern` (the program's own constant) whose every match contains one
    /// of `words` (as [`Words::new`] finds them) and reaches no further than `reach` bytes
    /// from it either way; the pattern runs only around those words.
    pub fn gated(words: &[&str], pattern: &str, reach: usize) -> Words {
        Words(Finder::Gated(Literals::new(words), dfa(pattern), reach))
    }

    /// A matcher for a regular expression (the program's own constant) that is searched
    /// for over whole documents and whose literal prefixes are common in prose, so that a
    /// straight DFA pass beats a prefilter that stops every few bytes.
    pub fn pattern(pattern: &str) -> Words {
        Words(Finder::Dfa(dfa(pattern)))
    }

    /// Whether `s` contains a match.
    pub fn is_match(&self, s: &str) -> bool {
        match &self.0 {
            Finder::Literal(words) => words.is_match(s),
            Finder::Dfa(re) => re.is_match(s),
            Finder::Gated(words, re, reach) => windows(words, s, *reach)
                .any(|w| re.is_match(regex_automata::Input::new(s).range(w))),
        }
    }

    /// Every position in `s` where a match starts, overlapping ones included, left to
    /// right (each search resumes one byte after the last start). For a gated pattern, the
    /// starts of its non-overlapping matches.
    pub fn starts<'s>(&'s self, s: &'s str) -> Box<dyn Iterator<Item = usize> + 's> {
        match &self.0 {
            Finder::Literal(words) => {
                let mut from = 0;
                Box::new(std::iter::from_fn(move || {
                    let m = words.find_from(s, from)?;
                    from = m.start + 1;
                    Some(m.start)
                }))
            }
            Finder::Dfa(re) => {
                let mut from = 0;
                Box::new(std::iter::from_fn(move || {
                    if from > s.len() {
                        return None;
                    }
                    let m = re.find(regex_automata::Input::new(s).range(from..))?;
                    from = m.start() + 1;
                    Some(m.start())
                }))
            }
            Finder::Gated(..) => Box::new(self.find_iter(s).map(|r| r.start)),
        }
    }

    /// The non-overlapping matches in `s`, left to right.
    pub fn find_iter<'s>(&'s self, s: &'s str) -> Box<dyn Iterator<Item = Range<usize>> + 's> {
        match &self.0 {
            Finder::Literal(words) => Box::new(words.iter(s)),
            Finder::Dfa(re) => Box::new(re.find_iter(s).map(|m| m.range())),
            Finder::Gated(words, re, reach) => {
                // The pattern runs in each window (its look-arounds still see the text
                // outside).
                Box::new(windows(words, s, *reach).flat_map(move |w| {
                    let input = regex_automata::Input::new(s).range(w);
                    re.find_iter(input).map(|m| m.range()).collect::<Vec<_>>()
                }))
            }
        }
    }
}

/// The windows `reach` bytes either side of the words in `s`, merged where they touch.
fn windows<'s>(
    words: &'s Literals,
    s: &'s str,
    reach: usize,
) -> impl Iterator<Item = Range<usize>> + 's {
    let mut words = words.iter(s).map(move |r| around(s, r, reach)).peekable();
    std::iter::from_fn(move || {
        let mut w = words.next()?;
        while let Some(next) = words.next_if(|next| next.start <= w.end) {
            w.end = w.end.max(next.end);
        }
        Some(w)
    })
}

/// The window `reach` bytes either side of `r`, on character boundaries.
fn around(s: &str, r: Range<usize>, reach: usize) -> Range<usize> {
    floor_char_boundary(s, r.start.saturating_sub(reach))
        ..ceil_char_boundary(s, (r.end + reach).min(s.len()))
}

/// How many literals Teddy, the SIMD searcher of `aho-corasick`, takes; with more, the
/// packed searcher is not built and the search falls back to the automaton, several times
/// slower.
const TEDDY_FORMS: usize = 64;

/// The lower-case, capitalised and upper-case forms of some words, searched for as
/// literals. Forms of three bytes or more go to one searcher (Teddy, which looks for
/// their first three bytes at once); shorter ones ("%", "pp") to another, so that they do
/// not weaken the first one's fingerprint to a single byte.
struct Literals {
    short: Option<Searcher>,
    long: Option<Searcher>,
}

/// One literal searcher: Teddy where the CPU has it (the automaton's own prefilter would
/// pick a memchr on the first byte when the forms share one or two first bytes, stopping
/// at every "p" for "percent" and "pp "), otherwise the automaton.
enum Searcher {
    Teddy(aho_corasick::packed::Searcher),
    Automaton(AhoCorasick),
}

impl Searcher {
    fn new(forms: &[&String]) -> Option<Searcher> {
        if forms.is_empty() {
            return None;
        }
        if forms.iter().all(|f| f.len() >= 3) {
            let mut b = aho_corasick::packed::Config::new().builder();
            for f in forms {
                b.add(f);
            }
            if let Some(t) = b.build() {
                return Some(Searcher::Teddy(t));
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(forms)
            .expect("fixed words build");
        Some(Searcher::Automaton(ac))
    }

    /// The leftmost form at or after `from`.
    fn find(&self, s: &str, from: usize) -> Option<Range<usize>> {
        match self {
            Searcher::Teddy(t) => t.find_in(s, aho_corasick::Span::from(from..s.len())),
            Searcher::Automaton(ac) => ac.find(aho_corasick::Input::new(s).range(from..)),
        }
        .map(|m| m.range())
    }
}

impl Literals {
    fn new(words: &[&str]) -> Literals {
        let mut forms: Vec<String> = Vec::new();
        for w in words {
            let lower = w.to_ascii_lowercase();
            let capital = capitalise(&lower, false);
            let each = capitalise(&lower, true);
            let upper = w.to_ascii_uppercase();
            for f in [lower, capital, each, upper] {
                if !forms.contains(&f) {
                    forms.push(f);
                }
            }
        }
        let (short, long): (Vec<&String>, Vec<&String>) = forms.iter().partition(|f| f.len() < 3);
        // The lists are the program's own: one that outgrows the SIMD searcher is a mistake
        // to catch in the tests, not a slower search to find in a profile (a 22nd trigger
        // word once cost the whole run 9% this way).
        debug_assert!(
            long.len() <= TEDDY_FORMS,
            "{} forms of three bytes or more, past the {TEDDY_FORMS} the SIMD searcher takes: {long:?}",
            long.len()
        );
        Literals { short: Searcher::new(&short), long: Searcher::new(&long) }
    }

    fn is_match(&self, s: &str) -> bool {
        [&self.short, &self.long].into_iter().flatten().any(|f| f.find(s, 0).is_some())
    }

    /// The leftmost form in `s` at or after `from` (the longer one where two start there).
    fn find_from(&self, s: &str, from: usize) -> Option<Range<usize>> {
        if from > s.len() {
            return None;
        }
        let find = |f: &Option<Searcher>| f.as_ref()?.find(s, from);
        match (find(&self.long), find(&self.short)) {
            (Some(l), Some(sh)) => Some(if sh.start < l.start { sh } else { l }),
            (l, sh) => l.or(sh),
        }
    }

    /// The forms in `s`, left to right, each search resuming after the last form found.
    fn iter<'s>(&'s self, s: &'s str) -> impl Iterator<Item = Range<usize>> + 's {
        let mut from = 0;
        // The next form of each searcher at or after `from` (searched again only once
        // `from` has passed it).
        let mut next: [Option<Option<Range<usize>>>; 2] = [None, None];
        std::iter::from_fn(move || {
            let mut best: Option<(usize, Range<usize>)> = None;
            for (k, ac) in [&self.long, &self.short].into_iter().enumerate() {
                let Some(ac) = ac else { continue };
                if next[k].as_ref().is_some_and(|m| m.as_ref().is_some_and(|m| m.start < from)) {
                    next[k] = None;
                }
                let m = next[k]
                    .get_or_insert_with(|| (from <= s.len()).then(|| ac.find(s, from)).flatten());
                if let Some(m) = m
                    && best.as_ref().is_none_or(|(_, b)| m.start < b.start)
                {
                    best = Some((k, m.clone()));
                }
            }
            let (k, m) = best?;
            next[k] = None;
            from = m.end.max(m.start + 1);
            Some(m)
        })
    }
}

/// `s` with its first letter in capitals (with `each`, the first letter of every word).
fn capitalise(s: &str, each: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word_start = true;
    for c in s.chars() {
        out.push(if word_start { c.to_ascii_uppercase() } else { c });
        word_start = each && !c.is_ascii_alphanumeric();
    }
    out
}

/// A lazy DFA for `pattern` with no prefilter.
fn dfa(pattern: &str) -> regex_automata::meta::Regex {
    regex_automata::meta::Builder::new()
        .configure(regex_automata::meta::Config::new().auto_prefilter(false))
        .build(&crate::pattern::narrow(pattern))
        .expect("a fixed pattern builds")
}

/// Patterns (the program's own constants) asked only whether any of them matches, or
/// (built with [`AnyOf::each`]) which of them match.
///
/// One forward lazy DFA over all of them, without captures and without the reverse
/// automata and prefilters a `RegexSet` also builds: it answers the same question at a
/// fraction of the set's build cost, which every run pays once.
pub struct AnyOf {
    dfa: std::sync::Arc<regex_automata::hybrid::dfa::DFA>,
    caches: regex_automata::util::pool::Pool<regex_automata::hybrid::dfa::Cache, CacheFn>,
}

type CacheFn = Box<
    dyn Fn() -> regex_automata::hybrid::dfa::Cache
        + Send
        + Sync
        + std::panic::UnwindSafe
        + std::panic::RefUnwindSafe,
>;

impl AnyOf {
    /// The matcher for `patterns`.
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> AnyOf {
        AnyOf::build(patterns, regex_automata::MatchKind::LeftmostFirst)
    }

    /// The matcher for `patterns` that also says which of them match ([`AnyOf::which`]):
    /// every match is kept, overlapping ones included.
    pub fn each<P: AsRef<str>>(patterns: &[P]) -> AnyOf {
        AnyOf::build(patterns, regex_automata::MatchKind::All)
    }

    fn build<P: AsRef<str>>(patterns: &[P], kind: regex_automata::MatchKind) -> AnyOf {
        use regex_automata::{
            hybrid::dfa::DFA,
            nfa::thompson::{self, WhichCaptures},
        };
        let dfa = DFA::builder()
            .configure(DFA::config().unicode_word_boundary(true).match_kind(kind))
            .thompson(thompson::Config::new().which_captures(WhichCaptures::None))
            .build_many(patterns)
            .expect("fixed patterns build");
        let dfa = std::sync::Arc::new(dfa);
        let for_cache = std::sync::Arc::clone(&dfa);
        let create: CacheFn = Box::new(move || for_cache.create_cache());
        AnyOf { dfa, caches: regex_automata::util::pool::Pool::new(create) }
    }

    /// Which patterns match somewhere in `s` (for a matcher built with [`AnyOf::each`]);
    /// `None` when the DFA cannot say (a Unicode word boundary next to a non-ASCII letter,
    /// or the DFA giving up), so that any of them may.
    pub fn which(&self, s: &str) -> Option<regex_automata::PatternSet> {
        let mut cache = self.caches.get();
        let mut set = regex_automata::PatternSet::new(self.dfa.pattern_len());
        let input = regex_automata::Input::new(s);
        self.dfa.try_which_overlapping_matches(&mut cache, &input, &mut set).ok().map(|()| set)
    }

    /// The end of the leftmost-first match of the patterns that starts at the start of `s`
    /// (`Some(None)`: none does), for a matcher built with [`AnyOf::new`]: what the regular
    /// expression's `find` gives as its end for a pattern anchored at the start (`^`);
    /// `None` when the DFA cannot say (a Unicode word boundary next to a non-ASCII letter).
    pub fn anchored_end(&self, s: &str) -> Option<Option<usize>> {
        let mut cache = self.caches.get();
        let input = regex_automata::Input::new(s).anchored(regex_automata::Anchored::Yes);
        self.dfa.try_search_fwd(&mut cache, &input).ok().map(|m| m.map(|m| m.offset()))
    }

    /// Whether one of the patterns matches in `s`. When the DFA cannot answer (a Unicode
    /// word boundary next to a non-ASCII letter), the answer is yes: callers then try the
    /// patterns one by one, as they would have anyway.
    pub fn is_match(&self, s: &str) -> bool {
        let mut cache = self.caches.get();
        let input = regex_automata::Input::new(s).earliest(true);
        self.dfa.try_search_fwd(&mut cache, &input).map_or(true, |m| m.is_some())
    }
}

/// Whether `hay` contains `needle`, ignoring ASCII case; `needle` is ASCII lower case.
pub fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return true };
    let mut at = 0;
    while let Some(p) = memchr::memchr2(first, first.to_ascii_uppercase(), &h[at..]) {
        let i = at + p;
        if h.get(i..i + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n)) {
            return true;
        }
        at = i + 1;
    }
    false
}

/// Whether `s` starts with `prefix`, ignoring ASCII case ("It was agreed ..." opens with
/// "it was agreed").
pub fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.as_bytes().get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `s` ends with `suffix`, ignoring ASCII case ("... held in the Chamber on" ends
/// with " on").
pub fn ends_with_ignore_ascii_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// The short words a name or an office keeps in lower case between its capitalised ones
/// ("Head of Planning and Regeneration", "Friends of the Park").
pub const JOINING_WORDS: &[&str] =
    &["a", "an", "and", "the", "of", "for", "in", "on", "to", "at", "with", "&"];

/// A few ASCII words (lower case) looked for anywhere in short texts, ignoring ASCII case:
/// one pass over the bytes, comparing only where one of the words' first letters stands.
/// Built at compile time, so a list costs nothing to set up.
pub struct AnyWord {
    words: &'static [&'static str],
    /// For each byte, whether a word starts with it (either case).
    starts: [bool; 256],
}

impl AnyWord {
    /// The matcher for `words` (ASCII lower case, not empty).
    pub const fn new(words: &'static [&'static str]) -> AnyWord {
        let mut starts = [false; 256];
        let mut k = 0;
        while k < words.len() {
            let b = words[k].as_bytes();
            if !b.is_empty() {
                starts[b[0] as usize] = true;
                starts[b[0].to_ascii_uppercase() as usize] = true;
            }
            k += 1;
        }
        AnyWord { words, starts }
    }

    /// Whether one of the words occurs in `hay`.
    pub fn is_in(&self, hay: &str) -> bool {
        let h = hay.as_bytes();
        (0..h.len()).any(|i| {
            self.starts[h[i] as usize]
                && self.words.iter().any(|w| {
                    h.get(i..i + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
                })
        })
    }
}

/// A set of whole ASCII words (lower case) asked about one word at a time, ignoring ASCII
/// case: the words are kept in buckets by first letter and length, so a word that is not in
/// the set (most words asked about) costs one bucket look and no comparison.
pub struct WordSet {
    /// Bucket `letter * 32 + len` holds the words of that first letter and length.
    buckets: Vec<Vec<Box<str>>>,
}

impl WordSet {
    /// The set of `words` (ASCII, each starting with a letter, under 32 bytes; others are
    /// never found).
    pub fn new(words: &[&str]) -> WordSet {
        let mut buckets = vec![Vec::new(); 26 * 32];
        for w in words {
            if let Some(b) = WordSet::bucket(w.as_bytes()).and_then(|k| buckets.get_mut(k)) {
                b.push(w.to_ascii_lowercase().into_boxed_str());
            }
        }
        WordSet { buckets }
    }

    /// The bucket of a word: first letter (any case) and length; `None` when the word does
    /// not start with an ASCII letter or is 32 bytes or longer.
    pub(crate) fn bucket(word: &[u8]) -> Option<usize> {
        let letter = word.first()?.to_ascii_lowercase().checked_sub(b'a').filter(|&l| l < 26)?;
        (word.len() < 32).then_some(letter as usize * 32 + word.len())
    }

    /// Whether `word` (any ASCII case) is in the set.
    pub fn contains(&self, word: &str) -> bool {
        WordSet::bucket(word.as_bytes())
            .and_then(|k| self.buckets.get(k))
            .is_some_and(|b| b.iter().any(|w| w.eq_ignore_ascii_case(word)))
    }
}

/// Bytes between two character-offset checkpoints.
const CHECKPOINT: usize = 256;

/// The lines of a text plus a map from byte offsets to evidence.
pub struct Text<'a> {
    /// The whole normalised text.
    pub src: &'a str,
    /// Its lines.
    pub lines: Vec<Line<'a>>,

    /// (byte offset, character offset) every ~256 bytes, so a character offset inside a very
    /// long line costs a short count, not the whole line.
    checkpoints: Vec<(usize, u64)>,
    /// The last paragraph whose sentences were asked for, with its sentences.
    paragraph_sentences: std::cell::RefCell<(Range<usize>, Vec<Range<usize>>)>,
    /// Page starts (byte offsets), empty without pages.
    page_starts: &'a [usize],
    /// Pages (1-based) whose text came from OCR.
    ocr_pages: &'a [u32],
    /// Paragraph starts (byte offset, number), empty without paragraph structure.
    paragraph_starts: &'a [(usize, u32)],
    /// The first page's running header, kept apart from the text (empty without one; see
    /// [`Document::header`]).
    pub header: &'a str,
}

impl<'a> Text<'a> {
    /// Splits `doc.text` into lines.
    pub fn new(doc: &'a Document) -> Text<'a> {
        let mut t = Text::from_str(&doc.text);
        t.page_starts = &doc.page_starts;
        t.ocr_pages = &doc.ocr_pages;
        t.paragraph_starts = &doc.paragraph_starts;
        t.header = doc.header.as_deref().unwrap_or("");
        t
    }

    /// Splits a bare string into lines (no pages).
    pub fn from_str(src: &'a str) -> Text<'a> {
        // Line ends found with the vectorised `memchr`, the lines counted first so the
        // vector is allocated once.
        let ends = memchr::memchr_iter(b'\n', src.as_bytes());
        let mut lines = Vec::with_capacity(ends.clone().count() + 1);
        let mut start = 0;
        for end in ends.chain(std::iter::once(src.len())) {
            lines.push(Line { index: lines.len(), start, text: &src[start..end] });
            start = end + 1;
        }
        let mut checkpoints = Vec::with_capacity(src.len() / CHECKPOINT + 1);
        let (mut at, mut count) = (0usize, 0u64);
        while at < src.len() {
            checkpoints.push((at, count));
            let mut next = (at + CHECKPOINT).min(src.len());
            while !src.is_char_boundary(next) {
                next += 1;
            }
            let chunk = &src[at..next];
            count += if chunk.is_ascii() { chunk.len() } else { chunk.chars().count() } as u64;
            at = next;
        }
        Text {
            src,
            lines,
            checkpoints,
            paragraph_sentences: Default::default(),
            page_starts: &[],
            paragraph_starts: &[],
            header: "",
            ocr_pages: &[],
        }
    }

    /// The sentence (see [`sentences`]) that holds byte offset `pos`, or failing that the
    /// first one after it in the same paragraph.
    ///
    /// Sentences never cross a blank line, so only the paragraph around `pos` (its lines
    /// between blank lines) is split, and the last paragraph split is kept: asking in text
    /// order splits each paragraph once, and paragraphs nobody asks about not at all.
    pub fn sentence_at(&self, pos: usize) -> Option<Range<usize>> {
        let mut cache = self.paragraph_sentences.borrow_mut();
        if !(cache.0.start <= pos && pos < cache.0.end) {
            let blank = |i: usize| self.lines[i].text.trim().is_empty();
            let line = self.line_of(pos);
            let (mut first, mut last) = (line, line);
            while first > 0 && !blank(first - 1) {
                first -= 1;
            }
            while last + 1 < self.lines.len() && !blank(last + 1) {
                last += 1;
            }
            let (Some(a), Some(b)) = (self.lines.get(first), self.lines.get(last)) else {
                return None;
            };
            let para = a.start..b.end();
            let found = sentences(&self.src[para.clone()])
                .into_iter()
                .map(|r| para.start + r.start..para.start + r.end)
                .collect();
            // A position in the line end after the paragraph still belongs to it.
            *cache = (para.start..(para.end + 1).min(self.src.len()).max(para.end), found);
        }
        let sents = &cache.1;
        sents.get(sents.partition_point(|r| r.end <= pos)).cloned()
    }

    /// The index of the line holding byte offset `pos`.
    pub fn line_of(&self, pos: usize) -> usize {
        self.lines.partition_point(|l| l.start <= pos).saturating_sub(1)
    }

    /// Character offset of byte offset `pos`.
    pub fn char_offset(&self, pos: usize) -> u64 {
        let pos = floor_char_boundary(self.src, pos.min(self.src.len()));
        let k = self.checkpoints.partition_point(|&(b, _)| b <= pos).saturating_sub(1);
        match self.checkpoints.get(k) {
            Some(&(b, c)) => c + self.src[b..pos].chars().count() as u64,
            None => 0,
        }
    }

    /// Evidence for the byte span `span`.
    pub fn evidence(&self, span: Range<usize>) -> Evidence {
        let page = if self.page_starts.is_empty() {
            None
        } else {
            Some(self.page_starts.partition_point(|&s| s <= span.start).max(1) as u32)
        };
        Evidence {
            line: self.line_of(span.start) as u32 + 1,
            char_start: self.char_offset(span.start),
            char_end: self.char_offset(span.end),
            page,
            paragraph: {
                let k = self.paragraph_starts.partition_point(|&(s, _)| s <= span.start);
                k.checked_sub(1).and_then(|k| self.paragraph_starts.get(k)).map(|&(_, n)| n)
            },
            ocr: page.is_some_and(|p| self.ocr_pages.contains(&p)),
        }
    }
}

/// The largest char boundary of `s` at or before byte `i` (clamped to the length).
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after byte `i` (clamped to the length).
pub fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Joins wrapped lines into running text: white space runs (including line ends and tabs)
/// become one space; a word broken by a line-end hyphen keeps its hyphen and the space
/// ("two- year": without a dictionary the break cannot be told from a compound's; names
/// and headings use [`reflow_name`]).
pub fn reflow(s: &str) -> String {
    join_words(s, false)
}

/// [`reflow`] for a name or a heading, where a word broken at a line end is one word:
/// "Lomax-\nPilling" -> "Lomax-Pilling" (a capital after the break: the hyphen is the
/// name's), "Super-\nvisors" -> "Supervisors" (a small letter: a hyphen of the layout).
/// A list joined onto one line keeps the break as spaces ("Lomax-   Pilling"): a word's
/// hyphen, spaces and a capital are one name too.
pub fn reflow_name(s: &str) -> String {
    let b = s.as_bytes();
    if !memchr::memchr_iter(b'-', b).any(|i| matches!(b.get(i + 1), Some(b'\n' | b'\r' | b' '))) {
        return reflow(s);
    }
    let mut glued = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('-') {
        let after = &rest[p + 1..];
        let gap = after.len() - after.trim_start().len();
        let next = after[gap..].chars().next();
        let line_end = after[..gap].contains(['\n', '\r']);
        let broken = gap > 0
            && rest[..p].chars().next_back().is_some_and(char::is_alphabetic)
            && next.is_some_and(|c| if line_end { c.is_alphabetic() } else { c.is_uppercase() });
        if broken {
            glued.push_str(&rest[..p]);
            if next.is_some_and(char::is_uppercase) {
                glued.push('-');
            }
            rest = &after[gap..];
        } else {
            glued.push_str(&rest[..=p]);
            rest = after;
        }
    }
    glued.push_str(rest);
    reflow(&glued)
}

/// Joins the words of `s` with single spaces; with `paragraphs`, words on either side of a
/// blank line (a run of white space holding two line ends) are joined with a blank line.
pub fn join_words(s: &str, paragraphs: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut newlines = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (b < 0x80 && !is_ascii_space(b)) || (b >= 0x80 && !starts_with_space(&s[i..])) {
            // A word: printable ASCII runs fast; other characters one by one.
            let start = i;
            while i < bytes.len() {
                // Eight bytes of words and single spaces at a time; where a chunk holds
                // something else, its bytes up to that at once.
                if let Some(chunk) = bytes.get(i..i + 8) {
                    let k = words_and_single_spaces(chunk);
                    if k == 8
                        && (chunk[7] != b' '
                            || bytes.get(i + 8).is_some_and(|&n| ASCII_WORD[n as usize]))
                    {
                        i += 8;
                        continue;
                    }
                    // (A space last in the chunk, before a byte that is not a word's, is
                    // left to the byte loop below; `i` stays short of the end.)
                    i += k.min(7);
                }
                let b = bytes[i];
                if ASCII_WORD[b as usize] {
                    i += 1;
                } else if b == b' '
                    && bytes.get(i + 1).is_some_and(|&n| n < 0x80 && !is_ascii_space(n))
                {
                    // One space between words is kept as it is: copy whole phrases.
                    i += 2;
                } else if b >= 0x80 && !starts_with_space(&s[i..]) {
                    i += s[i..].chars().next().map_or(1, char::len_utf8);
                } else {
                    break;
                }
            }
            if !out.is_empty() {
                out.push_str(if paragraphs && newlines >= 2 { "\n\n" } else { " " });
            }
            out.push_str(&s[start..i]);
            newlines = 0;
        } else {
            newlines += usize::from(b == b'\n');
            i += if b < 0x80 { 1 } else { s[i..].chars().next().map_or(1, char::len_utf8) };
        }
    }
    out
}

/// How many bytes at the start of the eight of `chunk` the byte loop of [`join_words`]
/// takes as they are (or fewer, before a control character): printable ASCII with no two spaces together and no space last before
/// another byte of the chunk (8 with the last byte possibly a space: the caller checks the
/// byte after it). Read as one word: every byte below 0x20 or above 0x7F and every space is
/// marked (a byte after such a byte may be marked too, never one before the first), so the
/// bytes before the first mark of a special byte or of a space followed by a space are
/// printable ASCII with single spaces.
fn words_and_single_spaces(chunk: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let Ok(eight) = <[u8; 8]>::try_from(chunk) else { return 0 };
    let x = u64::from_le_bytes(eight);
    // Some byte below 0x20 (control characters, tab, line end) or above 0x7F.
    let control_or_wide = (x.wrapping_sub(ONES * 0x20) & !x) | x;
    // Bytes equal to a space, marked in their high bit.
    let y = x ^ (ONES * 0x20);
    let spaces = y.wrapping_sub(ONES) & !y & HIGH;
    let special = (control_or_wide & HIGH) | (spaces & (spaces >> 8));
    let k = (special.trailing_zeros() / 8) as usize;
    // A space before the special byte is followed by none of a word's.
    if k < 8 && k > 0 && chunk[k - 1] == b' ' { k - 1 } else { k }
}

/// Bytes that are ASCII and not white space: one table load per byte in the hot loop.
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = !matches!(b as u8, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C);
        b += 1;
    }
    table
};

/// ASCII white space as `char::is_whitespace` has it (vertical tab included).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// Whether `s` starts with a white-space character.
fn starts_with_space(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `TEDDY_FORMS` is Teddy's limit: one form more and no packed searcher is built.
    #[test]
    fn teddy_takes_sixty_four_forms_and_no_more() {
        let forms: Vec<String> = (0..=TEDDY_FORMS).map(|k| format!("w{k:03}")).collect();
        let build = |n: usize| {
            let mut b = aho_corasick::packed::Config::new().builder();
            for f in &forms[..n] {
                b.add(f);
            }
            b.build()
        };
        assert!(build(TEDDY_FORMS + 1).is_none());
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("ssse3") {
            assert!(build(TEDDY_FORMS).is_some());
        }
    }

    /// A word list whose forms outgrow the SIMD searcher fails in the tests (twenty-two
    /// words in three forms each are 66).
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "past the 64 the SIMD searcher takes")]
    fn too_many_forms_fail_in_the_tests() {
        let words: Vec<String> = (0..22).map(|k| format!("word{k:02}")).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        Words::new(&words);
    }

    #[test]
    fn a_word_set_finds_its_words_in_any_case_and_nothing_else() {
        let set = WordSet::new(&["clerk", "officer", "vice"]);
        for w in ["clerk", "Clerk", "CLERK", "Officer", "vice"] {
            assert!(set.contains(w), "{w}");
        }
        for w in [
            "",
            "clerks",
            "cler",
            "Brown",
            "vice-chair",
            "é",
            "1clerk",
            "officerofficerofficerofficerofficer",
        ] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn evidence_counts_characters() {
        let t = Text::from_str("ab\n£c d\n");
        let pos = "ab\n£c ".len();
        let e = t.evidence(pos..pos + 1);
        assert_eq!((e.line, e.char_start, e.char_end), (2, 6, 7));
    }

    #[test]
    fn words_in_the_cases_writers_use() {
        let w = Words::new(&["resolved", "in place of", "%", "pp "]);
        let found = |s: &str| w.find_iter(s).map(|r| s[r].to_string()).collect::<Vec<_>>();
        assert_eq!(
            found("Resolved; RESOLVED, resolved. ReSolved"),
            ["Resolved", "RESOLVED", "resolved"]
        );
        assert_eq!(
            found("In place of, In Place Of, IN PLACE OF"),
            ["In place of", "In Place Of", "IN PLACE OF"]
        );
        // Short forms are searched for apart from the long ones and merged in order.
        assert_eq!(found("up 3pp and 4% but support 5 pp here"), ["pp ", "%", "pp "]);
        // Every start, overlapping ones included.
        let w = Words::new(&["recommended", "ended"]);
        assert_eq!(w.starts("it recommended").collect::<Vec<_>>(), [3, 9]);
        assert!(!w.is_match("Recommend"));
    }

    #[test]
    fn a_gated_pattern_matches_only_near_its_words() {
        let w = Words::gated(&["present"], r"(?i)(?:were|was)\s+present", 64);
        let s = "Those who were\npresent: A. Were   PRESENT. was absent, presentation";
        let found: Vec<&str> = w.find_iter(s).map(|r| &s[r]).collect();
        assert_eq!(found, ["were\npresent", "Were   PRESENT"]);
        assert!(w.is_match(s));
        assert!(!w.is_match("were absent; the presentation"));
    }

    #[test]
    fn reflows() {
        assert_eq!(reflow("That the \n\n\n report\tbe noted. "), "That the report be noted.");
        assert_eq!(reflow("\u{2003}a\u{A0}b£ c\u{85}"), "a b£ c");
    }

    proptest::proptest! {
        /// Run near its words, a gated pattern finds what it finds over the whole text
        /// (every match here contains a word and is shorter than the reach).
        #[test]
        fn a_gated_pattern_finds_what_the_whole_text_search_finds(
            s in r"(?:were|Were|WERE|was|present|Present|PRESENT|presented|apologies|Apologies|from|A Smith|[ \n]{1,3}|\.|:|é){0,60}"
        ) {
            let pattern = r"(?i)(?:were|was)\s+present(?-u:\b)|apologies\s+from\s+\w+";
            let gated = Words::gated(&["present", "apologies"], pattern, 64);
            let whole = regex::Regex::new(pattern).unwrap();
            let a: Vec<Range<usize>> = gated.find_iter(&s).collect();
            let b: Vec<Range<usize>> = whole.find_iter(&s).map(|m| m.range()).collect();
            proptest::prop_assert_eq!(a, b);
        }
    }

    proptest::proptest! {
        #[test]
        fn sentences_by_paragraph_are_the_sentences(
            s in "(?s)(?:[Aa]b|\\.|:|\t|•|\n|\n\n| |Mr\\.|1)*"
        ) {
            let text = Text::from_str(&s);
            for r in sentences(&s) {
                proptest::prop_assert_eq!(text.sentence_at(r.start), Some(r.clone()));
                proptest::prop_assert_eq!(text.sentence_at(r.end - 1), Some(r));
            }
        }

        /// The chunk reading takes what the byte loop takes, or less.
        #[test]
        fn chunk_prefix_is_the_byte_loops(chunk in proptest::collection::vec(proptest::sample::select(vec![b'a', b' ', b'\t', b'\n', 0x1F, 0x7F, 0x80, 0xC3, 0xFF, b'!', 0x21, 0x40, 0x60]), 8)) {
            let mut k = 0;
            while k < 8 {
                let b = chunk[k];
                if b == b' ' && k + 1 < 8 && ASCII_WORD[chunk[k + 1] as usize] {
                    k += 2;
                } else if ASCII_WORD[b as usize] || (b == b' ' && k == 7) {
                    k += 1;
                } else {
                    break;
                }
            }
            // (A control character that is not white space, a word's byte to the byte
            // loop, or a mark after a space stops the chunk reading early: it takes less
            // then, never more, and never stops inside a space and its word.)
            let got = words_and_single_spaces(&chunk);
            proptest::prop_assert!(got <= k);
            proptest::prop_assert!(got == 0 || got == 8 || chunk[got - 1] != b' ');
            if chunk.iter().all(|&b| b.is_ascii_alphanumeric() || b"\t\n".contains(&b) || b >= 0x80)
                || !chunk.contains(&b' ')
                    && chunk.iter().all(|&b| b >= 0x20 || !ASCII_WORD[b as usize])
            {
                proptest::prop_assert_eq!(got, k);
            }
        }

        #[test]
        fn trim_is_str_trim(s in "(?s)[a \t\n\r\u{b}\u{c}\u{a0}\u{85}é]{0,8}") {
            proptest::prop_assert_eq!(trim(&s), s.trim());
            let line = Line { index: 0, start: 3, text: &s };
            proptest::prop_assert_eq!(line.is_blank(), s.trim().is_empty());
        }

        #[test]
        fn reflow_joins_the_words(s in "(?s).{0,100}") {
            proptest::prop_assert_eq!(reflow(&s), s.split_whitespace().collect::<Vec<_>>().join(" "));
        }

        /// Mostly ASCII words and single spaces, so that eight bytes are often taken at once.
        #[test]
        fn joining_words_eight_bytes_at_a_time(s in "(?:[a-z]{1,9}|[ ,.]|  |\n|\t|\u{7F}|\u{1F}|é|\u{A0}|\u{1680}){0,80}") {
            proptest::prop_assert_eq!(join_words(&s, false), s.split_whitespace().collect::<Vec<_>>().join(" "));
        }

        #[test]
        fn paragraphs_split_at_blank_lines(s in "(?s)[a \n\t\u{A0}£]{0,60}") {
            let paras: Vec<String> = s
                .split('\n')
                .collect::<Vec<_>>()
                .split(|l| l.trim().is_empty())
                .map(|p| reflow(&p.join("\n")))
                .filter(|p| !p.is_empty())
                .collect();
            proptest::prop_assert_eq!(join_words(&s, true), paras.join("\n\n"));
        }
    }
}

/// Byte ranges of the sentences of `s`: split after `.`, `!` or `?` followed by white space
/// and a capital, digit, quote or bullet (not after an initial such as "B." or an
/// abbreviation such as "Cllr."), at blank lines, before bullet lines and around lines that
/// hold table cells (tabs).
pub fn sentences(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    let push = |a: usize, b: usize, out: &mut Vec<Range<usize>>| {
        let seg = &s[a..b];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        if a + lead < b - trail {
            out.push(a + lead..b - trail);
        }
    };
    // The current line's start and whether it holds a tab inside its text (found when it
    // was the next line), so that each line is read once at its line end.
    let mut this_line_start = 0;
    let mut this_tabbed = None;
    // Only line ends and ".", "!", "?" do anything, so the bytes between are skipped: the
    // next "\n", "." or "?" found with `memchr3`, the next "!" (rarer) with `memchr`, kept
    // until passed.
    let mut bang: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let nl_dot_query =
            memchr::memchr3(b'\n', b'.', b'?', &bytes[i..]).map_or(s.len(), |p| i + p);
        if bang.is_none_or(|b| b < i) {
            bang = Some(memchr::memchr(b'!', &bytes[i..]).map_or(s.len(), |p| i + p));
        }
        i = nl_dot_query.min(bang.unwrap_or(s.len()));
        if i >= bytes.len() {
            break;
        }
        let c = bytes[i];
        if c == b'\n' {
            let line_end = i;
            let next_start = i + 1;
            let next_line_end =
                memchr::memchr(b'\n', &bytes[next_start..]).map_or(s.len(), |p| next_start + p);
            let next = &s[next_start..next_line_end];
            let this = &s[this_line_start..line_end];
            let next_trimmed = next.trim();
            let blank = next_trimmed.is_empty();
            let bullet = starts_with_bullet(next.trim_start());
            let next_tabbed = next_trimmed.contains('\t');
            let this_tab = this_tabbed.unwrap_or_else(|| this.trim().contains('\t'));
            let tabbed = next_tabbed || this_tab;
            let colon = this.trim_end().ends_with(':');
            this_line_start = next_start;
            this_tabbed = Some(next_tabbed);
            if blank || bullet || tabbed || colon {
                push(start, line_end, &mut out);
                start = next_start;
            }
            i += 1;
            continue;
        }
        if matches!(c, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            // Closing curly quotes are multi-byte.
            let rest = &s[j..];
            let rest_trim = rest.trim_start_matches(['”', '’']);
            let j = j + (rest.len() - rest_trim.len());
            let after = &s[j..];
            if after.starts_with([' ', '\t', '\n']) {
                let next = after.trim_start();
                let starts_new = next.chars().next().is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || "\"“‘'(•·".contains(n)
                });
                if starts_new
                    && (c != b'.'
                        || !is_abbreviation(&s[..i]) && !reference_before_number(&s[..i], next))
                {
                    push(start, j, &mut out);
                    start = j;
                }
            }
        }
        i += 1;
    }
    push(start, s.len(), &mut out);
    out
}

/// True when the text before a full stop ends with an initial or a common abbreviation.
pub fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let w = word.trim_start_matches(['"', '“', '(']);
    // "... adjourned at 10:14 a.m. The next meeting ...": a clock time's "a.m." or "p.m."
    // ends its sentence when a capital follows (the caller asks only then).
    if (w.eq_ignore_ascii_case("a.m") || w.eq_ignore_ascii_case("p.m"))
        && before[..before.len() - word.len()].trim_end().ends_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
        return true;
    }
    // "H.J" before the final dot.
    if w.len() >= 3
        && w.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    {
        return true;
    }
    matches!(
        w.to_lowercase().as_str(),
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "cllr"
            | "cllrs"
            | "cr"
            // Welsh "Cyng." (Cynghorydd, Councillor).
            | "cyng"
            | "st"
            | "no"
            | "nos"
            | "prof"
            | "rev"
            | "revd"
            | "e.g"
            | "i.e"
            | "etc"
            | "approx"
            | "co"
            | "ltd"
            // Currencies written before the amount: "Kshs. 45 million", "Rs. 300".
            | "kshs"
            | "ksh"
            | "shs"
            | "rs"
            | "inc"
            | "v"
            | "vs"
            | "cf"
            | "fr"
            | "sgt"
            | "capt"
            | "col"
            | "gen"
            | "hon"
            | "rt"
            | "ref"
            | "para"
            | "paras"
            | "fig"
            | "vol"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "a.m"
            | "p.m"
            | "min"
            | "mins"
            | "ie"
            | "eg"
    )
}

/// True when the text before a full stop (the stop itself may be there or not) ends with a reference's abbreviation ("c", "s",
/// "p", "art", ...) and `next` goes on with a number: "M.G.L. c. 44", "s. 106 of the Act",
/// "art. 5" are references, not sentence ends (before a capital, "See p. The next ..."
/// still ends one).
fn reference_before_number(before: &str, next: &str) -> bool {
    const REFERENCES: &[&str] =
        &["c", "s", "ss", "p", "pp", "art", "cl", "ch", "sec", "reg", "sch"];
    let before = before.trim_end();
    let before = before.strip_suffix('.').unwrap_or(before);
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    REFERENCES.contains(&word) && next.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// True for a line that starts with a bullet character or a dash followed by a space.
pub fn starts_with_bullet(s: &str) -> bool {
    s.starts_with(['•', '·', '▪', '◦', '●', '■', '□', '➢', '✓', '*'])
        || s.starts_with("- ")
        || s.starts_with("– ")
        || s.starts_with("Ø ")
}

#[cfg(test)]
mod sentence_tests {
    use super::*;

    #[test]
    fn a_reference_before_its_number_does_not_end_a_sentence() {
        let s =
            "Voted under M.G.L. c. 44, S7 and s. 106 of the Act. Members noted it. See p. The end.";
        let got: Vec<&str> = sentences(s).into_iter().map(|r| s[r].trim()).collect();
        assert_eq!(
            got,
            [
                "Voted under M.G.L. c. 44, S7 and s. 106 of the Act.",
                "Members noted it.",
                "See p.",
                "The end."
            ]
        );
        assert!(reference_before_number("see s.", " 106 of the Act"));
        assert!(!reference_before_number("to approve the plan.", " 12 members voted"));
        assert!(!reference_before_number("see s.", " The next"));
        // A currency's abbreviation before the amount.
        let s = "It be increased by Kshs.\n45 million. Members agreed.";
        assert_eq!(sentences(s).len(), 2);
    }

    #[test]
    fn a_case_name_does_not_end_a_sentence() {
        let s = "The Clerk cited Harris v. Bolton Council on appeal. Members noted it.";
        let got: Vec<&str> = sentences(s).into_iter().map(|r| s[r].trim()).collect();
        assert_eq!(
            got,
            ["The Clerk cited Harris v. Bolton Council on appeal.", "Members noted it."]
        );
    }

    fn sents(s: &str) -> Vec<&str> {
        sentences(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn splits_sentences() {
        assert_eq!(
            sents("Mrs B. Seaton was there. It was 53.6% in total.\nNext line here."),
            ["Mrs B. Seaton was there.", "It was 53.6% in total.", "Next line here."]
        );
        assert_eq!(
            sents("Data:\n· G4 (20.1%)\n· G5 (63.1%)"),
            ["Data:", "· G4 (20.1%)", "· G5 (63.1%)"]
        );
        assert_eq!(
            sents("wrapped at the\nend of a line. Then"),
            ["wrapped at the\nend of a line.", "Then"]
        );
        // A clock time's "a.m." / "P.M." ends a sentence before a capital.
        assert_eq!(
            sents(
                "It adjourned at 10:14 a.m. The next meeting. Moved to adjourn at 8:21 P.M. Mr. Tran seconded."
            ),
            [
                "It adjourned at 10:14 a.m.",
                "The next meeting.",
                "Moved to adjourn at 8:21 P.M.",
                "Mr. Tran seconded."
            ]
        );
        // Trap: "a.m." without a time before it is no clock time.
        assert!(is_abbreviation("the a.m") && !is_abbreviation("at 7 p.m"));
        // The Welsh councillor's title "Cyng." ends no sentence.
        assert!(is_abbreviation("accepted from Cyng") && !is_abbreviation("from Cyngor"));
    }

    /// [`sentences`] as it was written before it skipped to the bytes that matter: the
    /// definition the skipping is held to.
    fn sentences_byte_by_byte(s: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = s.as_bytes();
        let push = |a: usize, b: usize, out: &mut Vec<Range<usize>>| {
            let seg = &s[a..b];
            let lead = seg.len() - seg.trim_start().len();
            let trail = seg.len() - seg.trim_end().len();
            if a + lead < b - trail {
                out.push(a + lead..b - trail);
            }
        };
        // The current line's start and whether it holds a tab inside its text (found when it
        // was the next line), so that each line is read once at its line end.
        let mut this_line_start = 0;
        let mut this_tabbed = None;
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if c == b'\n' {
                let line_end = i;
                let next_start = i + 1;
                let next_line_end =
                    memchr::memchr(b'\n', &bytes[next_start..]).map_or(s.len(), |p| next_start + p);
                let next = &s[next_start..next_line_end];
                let this = &s[this_line_start..line_end];
                let blank = next.trim().is_empty();
                let bullet = starts_with_bullet(next.trim_start());
                let next_tabbed = next.trim().contains('\t');
                let this_tab = this_tabbed.unwrap_or_else(|| this.trim().contains('\t'));
                let tabbed = next_tabbed || this_tab;
                let colon = this.trim_end().ends_with(':');
                this_line_start = next_start;
                this_tabbed = Some(next_tabbed);
                if blank || bullet || tabbed || colon {
                    push(start, line_end, &mut out);
                    start = next_start;
                }
                i += 1;
                continue;
            }
            if matches!(c, b'.' | b'!' | b'?') {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                    j += 1;
                }
                // Closing curly quotes are multi-byte.
                let rest = &s[j..];
                let rest_trim = rest.trim_start_matches(['”', '’']);
                let j = j + (rest.len() - rest_trim.len());
                let after = &s[j..];
                if after.starts_with([' ', '\t', '\n']) {
                    let next = after.trim_start();
                    let starts_new = next.chars().next().is_some_and(|n| {
                        n.is_uppercase() || n.is_ascii_digit() || "\"“‘'(•·".contains(n)
                    });
                    if starts_new
                        && (c != b'.'
                            || !is_abbreviation(&s[..i]) && !reference_before_number(&s[..i], next))
                    {
                        push(start, j, &mut out);
                        start = j;
                    }
                }
            }
            i += 1;
        }
        push(start, s.len(), &mut out);
        out
    }

    #[test]
    fn any_word_ignores_ascii_case() {
        static W: AnyWord = AnyWord::new(&["chair", "clerk"]);
        assert!(W.is_in("Vice-CHAIRMAN"));
        assert!(W.is_in("the Clerk"));
        assert!(!W.is_in("Chief Executive"));
        assert!(!W.is_in("cha"));
        assert!(contains_ignore_ascii_case("Held at NOON", "noon"));
        assert!(!contains_ignore_ascii_case("no", "noon"));
    }

    proptest::proptest! {
        /// The one-pass search agrees with lowering the text and searching it.
        #[test]
        fn any_word_is_contains_of_the_lowered_text(s in "(?:[cCkK]|la|LA|ir|IR|er|ch| |é)*") {
            static W: AnyWord = AnyWord::new(&["chair", "clerk"]);
            let lower = s.to_ascii_lowercase();
            proptest::prop_assert_eq!(W.is_in(&s), lower.contains("chair") || lower.contains("clerk"));
            proptest::prop_assert_eq!(contains_ignore_ascii_case(&s, "clerk"), lower.contains("clerk"));
        }

        /// The search ignoring ASCII case agrees with lowering the text.
        #[test]
        fn contains_ignoring_case_is_contains_of_the_lowered_text(
            s in "(?:[nNoOfFmMiIdDyY]|ay|AY| |é|K|\u{212A}){0,30}",
            needle in proptest::sample::select(vec!["noon", "midday", "of", " of the p", "day", "no", "meeting of", "", "y"]),
        ) {
            let lower = s.to_ascii_lowercase();
            proptest::prop_assert_eq!(contains_ignore_ascii_case(&s, needle), lower.contains(needle));
        }

        /// Skipping to the bytes that matter splits as reading every byte did.
        #[test]
        fn sentences_skipping_is_sentences_byte_by_byte(
            s in "(?s)(?:[Aa]b|\\.|!|\\?|:|\t|•|\n|\n\n| |Mr\\.|1|é|”|\"|\\)){0,40}"
        ) {
            proptest::prop_assert_eq!(sentences(&s), sentences_byte_by_byte(&s));
        }
    }

    #[test]
    fn names_broken_at_a_line_end_are_one_word() {
        assert_eq!(reflow_name("J. Lomax-\n        Pilling"), "J. Lomax-Pilling");
        assert_eq!(reflow_name("Board of Super-\nvisors"), "Board of Supervisors");
        assert_eq!(reflow_name("Vice - Chair"), "Vice - Chair");
        assert_eq!(reflow_name("J. Lomax-        Pilling"), "J. Lomax-Pilling");
        assert_eq!(reflow_name("Smith- and Jones"), "Smith- and Jones");
        assert_eq!(reflow("two-\nyear"), "two- year");
    }
}
