//! Segment: the normalised text -> a preamble and agenda items.
//!
//! Like pulldown-cmark's two passes, every line that *might* open an item becomes a
//! [`Candidate`] first ("8. Minutes.", "Item 5: Budget", "45/19 Planning", "CPB/23/12",
//! "1." with the title on the next line, an all-caps heading), and only then is one
//! consistent sequence chosen: numbers of one family that increase through the document,
//! preferring consecutive steps and heading-like titles. A numbered list inside an item
//! ("1. Who thinks ...?" after item 3) restarts its count and so never joins the chain.
//! ModernGov's `<AIn>` markers and a single published item ("Agenda item" ... "Minutes:")
//! are recognised before any of that.

use crate::text::{Line, Text};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The document cut into preamble and items.
#[derive(Clone, Debug, Default)]
pub struct Segments {
    /// Byte range of the text before the first item (title, date, attendance...).
    pub preamble: Range<usize>,
    /// The items, in document order.
    pub items: Vec<ItemSpan>,
}

/// One agenda item's place in the text.
#[derive(Clone, Debug)]
pub struct ItemSpan {
    /// The number as written, without trailing punctuation.
    pub number: Option<String>,
    /// The title, without number and trailing full stop or colon.
    pub title: String,
    /// Byte range of the heading (number and title).
    pub heading: Range<usize>,
    /// Byte range of the body: after the heading up to the next item.
    pub body: Range<usize>,
}

impl Segments {
    /// The item whose heading or body holds byte offset `pos`.
    pub fn item_at(&self, pos: usize) -> Option<usize> {
        self.items
            .iter()
            .position(|it| it.heading.start <= pos && pos < it.body.end.max(it.heading.end))
    }
}

/// Cuts `text` into preamble and items.
pub fn segment(text: &Text) -> Segments {
    let len = text.src.len();
    if let Some(s) = moderngov(text) {
        return s;
    }
    if let Some(s) = single_published_item(text) {
        return s;
    }
    let mut candidates = candidates(text);
    drop_listed_again(text, &mut candidates);
    let mut chosen = choose_chain(text, &candidates);
    add_siblings_taken_out_of_order(&candidates, &mut chosen);
    drop_sub_number_lists(text, &candidates, &mut chosen);
    drop_numbered_paragraphs(text, &candidates, &mut chosen);
    if chosen.is_empty() {
        return Segments { preamble: 0..len, items: Vec::new() };
    }
    let headed = headings_above(text, &candidates, &chosen);
    let mut items = Vec::with_capacity(chosen.len());
    for (k, &ci) in chosen.iter().enumerate() {
        let c = &candidates[ci];
        if let Some(h) = headed.as_ref().map(|h| &candidates[h[k]]) {
            // The heading above the numbered paragraph is the title; the number is its own.
            let end = chosen.get(k + 1).map_or(len, |&n| {
                headed
                    .as_ref()
                    .map_or(candidates[n].heading.start, |h| candidates[h[k + 1]].heading.start)
            });
            items.push(ItemSpan {
                number: c.number.clone(),
                title: h.title.clone(),
                heading: h.heading.clone(),
                body: h.body_start.min(end)..end,
            });
            continue;
        }
        let end = chosen.get(k + 1).map_or(len, |&n| candidates[n].heading.start);
        items.push(ItemSpan {
            number: c.number.clone(),
            title: c.title.clone(),
            heading: c.heading.clone(),
            body: c.body_start.min(end)..end,
        });
    }
    number_from_first_paragraphs(text, &mut items);
    list_text_to_parent(text, &mut items);
    let first = items[0].heading.start;
    Segments { preamble: 0..first, items }
}

/// Decimal sub-items listed line under line ("3.1  Minutes of May 21" / "3.2  CEO Report"
/// / "3.3  Statistics" under "3. CONSENT AGENDA") are items, but the text after the list
/// (the consent motion) is the parent item's, not the last entry's: the parent's body runs
/// over the list to where the last entry's ran, and the last entry keeps its heading only.
/// Only for two or more siblings one per line ("9.1" over "9.1.1" is a heading over its
/// sub-item, whose text is its own).
fn list_text_to_parent(text: &Text, items: &mut [ItemSpan]) {
    let depth = |n: &str| n.bytes().filter(|&b| b == b'.').count();
    let decimal = |it: &ItemSpan| it.number.as_deref().is_some_and(is_decimal_number);
    let mut k = 1;
    while k < items.len() {
        let mut e = k;
        while e + 1 < items.len()
            && decimal(&items[e])
            && decimal(&items[e + 1])
            && depth(items[e].number.as_deref().unwrap_or(""))
                == depth(items[e + 1].number.as_deref().unwrap_or(""))
            && text.line_of(items[e + 1].heading.start) == text.line_of(items[e].heading.start) + 1
        {
            e += 1;
        }
        let parent = items[k - 1].number.as_deref().unwrap_or("").to_string();
        let under = |it: &ItemSpan| {
            it.number.as_deref().is_some_and(|n| {
                n.strip_prefix(parent.as_str()).is_some_and(|r| r.starts_with('.'))
            })
        };
        if e > k && !parent.is_empty() && under(&items[k]) && under(&items[e]) {
            let end = items[e].body.end;
            let h = items[e].heading.end;
            items[e].body = h..h;
            items[k - 1].body.end = end;
        }
        k = e + 1;
    }
}

/// An agenda list at the top ("Agenda:" / "1. Minutes" / "2. Matters Arising" / ...): a run
/// of three or more numbered lines one under another, nothing between them, each of whose
/// numbers heads an item again further on. The list's lines are not items; the later
/// headings (with their full titles and business) are.
fn drop_listed_again(text: &Text, cands: &mut Vec<Candidate>) {
    let src = text.src;
    let tight = |a: &Candidate, b: &Candidate| {
        b.heading.start >= a.body_start
            && src.get(a.body_start..b.heading.start).is_some_and(|gap| {
                gap.trim().is_empty() && gap.bytes().filter(|&c| c == b'\n').count() <= 1
            })
    };
    let mut drop = vec![false; cands.len()];
    let mut i = 0;
    while i < cands.len() {
        let mut j = i;
        // (One numbering family: "5. CONSENT AGENDA" over "A. ...", "B. ..." is an item and
        // its own list.)
        let family = |c: &Candidate| c.key.as_ref().map(|k| (k.0.clone(), k.1.len()));
        while j + 1 < cands.len()
            && tight(&cands[j], &cands[j + 1])
            && family(&cands[j]) == family(&cands[j + 1])
        {
            j += 1;
        }
        let run = &cands[i..=j];
        let later = &cands[j + 1..];
        let again = |c: &Candidate| c.key.is_some() && later.iter().any(|l| l.key == c.key);
        if run.len() >= 3 && run.iter().all(again) {
            drop[i..=j].iter_mut().for_each(|d| *d = true);
        }
        i = j + 1;
    }
    if drop.contains(&true) {
        let mut k = 0;
        cands.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }
}

/// A sub-item taken out of order ("10.B" heard before "10.A", then "10.C" under "10. NEW
/// BUSINESS") cannot join an increasing chain with its siblings; it joins the items in
/// document order when its parent is chosen, it sits inside the parent's item (only the
/// parent's sub-items chosen between them), a chosen sibling next to it is out of order
/// with it (a higher number before it, or a lower one after it), and no chosen sibling has
/// its number.
fn add_siblings_taken_out_of_order(cands: &[Candidate], chosen: &mut Vec<usize>) {
    let Some((fam, _)) = chosen.first().and_then(|&c| cands[c].key.as_ref()) else { return };
    if !matches!(fam, Family::Arabic | Family::UpperAlpha) {
        return;
    }
    let key = |c: usize| match &cands[c].key {
        Some((f, k)) if f == fam && !k.is_empty() => Some(k),
        _ => None,
    };
    let sub_key = |c: usize| key(c).filter(|k| k.len() == 2 && k[1] != 0);
    let mut added = Vec::new();
    for c in 0..cands.len() {
        let Some(k) = sub_key(c) else { continue };
        let at = chosen.partition_point(|&x| x < c);
        if chosen.get(at) == Some(&c) || at == 0 {
            continue;
        }
        // Back over the chosen siblings to the parent.
        let sibling = |x: usize| sub_key(x).is_some_and(|q| q[0] == k[0]);
        let mut p = at;
        while p > 0 && sibling(chosen[p - 1]) {
            p -= 1;
        }
        let parent = p > 0
            && key(chosen[p - 1]).is_some_and(|q| q[0] == k[0] && q.get(1).is_none_or(|&d| d == 0));
        let higher_before = at > p && sub_key(chosen[at - 1]).is_some_and(|q| q > k);
        let lower_after =
            chosen.get(at).is_some_and(|&x| sibling(x) && sub_key(x).is_some_and(|q| q < k));
        let taken = chosen.iter().any(|&x| sub_key(x) == Some(k));
        if parent && (higher_before || lower_after) && !taken {
            added.push(c);
        }
    }
    if !added.is_empty() {
        chosen.extend(added);
        chosen.sort_unstable();
    }
}

/// A decimal item number ("3.1", "9.1.1"): digits and dots, with a dot.
fn is_decimal_number(n: &str) -> bool {
    n.contains('.') && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// Sub-numbered lines that follow each other with nothing between ("7(a) Minutes of ...",
/// "7(b) Claims ...", "7(c) ..." under "7. CONSENT AGENDA"; "7.A", "7.B" or "E-1", "E-2"
/// alike) are a list inside their item, not items: an item has a body. Decimal sub-numbers
/// ("3.1", "3.2") are sub-items all the same (README, settled in the nineteenth session on
/// the b35 library board's consent agenda). An entry may wrap
/// onto lines indented deeper than its number ("    7.B  Approval of Claims ... in the
/// amount of" / "         $1,284,611.40"): those are still the entry, not a body. Drops
/// runs of two or more from the chain.
fn drop_sub_number_lists(text: &Text, cands: &[Candidate], chosen: &mut Vec<usize>) {
    let sub = |c: usize| matches!(&cands[c].key, Some((Family::Arabic | Family::UpperAlpha, k)) if k.get(1).is_some_and(|&x| x != 0));
    let line = |c: usize| text.line_of(cands[c].heading.start);
    let indent = |l: &Line| l.text.len() - l.text.trim_start().len();
    // The next sub-number's heading on the very next line, or after lines of the entry's
    // own, indented deeper than its number (none blank).
    // Decimal sub-numbers ("3.1  Minutes of May 21" / "3.2  CEO Report" under "3. CONSENT
    // AGENDA", "9.1 CORPORATE SERVICES" / "9.1.1 Quarterly Finance Report") are sub-items
    // with titles of their own (README), listed one under another or not.
    let decimal = |c: usize| cands[c].number.as_deref().is_some_and(is_decimal_number);
    let adjacent = |a: usize, b: usize| {
        if decimal(a) && decimal(b) {
            return false;
        }
        if !sub(a) || !sub(b) {
            return false;
        }
        // A section heading over its first sub-item, not two entries of a list (decimal
        // ones, "9.1" over "9.1.1", are kept above; this holds for the other families).
        if let (Some((_, ka)), Some((_, kb))) = (&cands[a].key, &cands[b].key)
            && kb.len() > ka.len()
            && kb.starts_with(ka)
        {
            return false;
        }
        let (la, lb) = (line(a), line(b));
        if lb == la + 1 {
            return text.line_of(cands[a].heading.end) == la;
        }
        let col = cands[a].heading.start - text.lines[la].start;
        lb > la
            && lb - la <= 4
            && text.lines[la + 1..lb].iter().all(|l| !l.is_blank() && indent(l) > col)
    };
    let n = chosen.len();
    let in_run: Vec<bool> = (0..n)
        .map(|k| {
            (k + 1 < n && adjacent(chosen[k], chosen[k + 1]))
                || (k > 0 && adjacent(chosen[k - 1], chosen[k]))
        })
        .collect();
    if in_run.iter().any(|&r| r) {
        let mut k = 0;
        chosen.retain(|_| {
            k += 1;
            !in_run[k - 1]
        });
    }
}

/// Minutes that number the paragraphs inside each item ("4.1<TAB>Dr X reported that ...",
/// "4.2<TAB>The Board NOTED the report.") use sub-numbers for text, not items. When most
/// lines of the document that start with a sub-number ("N.N" then white space) end as
/// sentences ('.', ':', ';') or run on as one (wrapped onto a line in lower case, or broken
/// after a comma or inside a word), sub-numbered candidates leave the chain, if two or more
/// items remain. Sub-numbered headings ("5.1  MONTHLY FINANCIAL REPORT") do neither.
/// Within such minutes, the sub-numbers under one number that are all short titles ("6.1
/// Audit Committee – 25 November 2025", "6.2 Finance Committee – 26 November 2025" under
/// "6. Reports of Committees", each over its own paragraphs) are items all the same.
fn drop_numbered_paragraphs(text: &Text, cands: &[Candidate], chosen: &mut Vec<usize>) {
    let sub = |c: usize| {
        matches!(&cands[c].key, Some((Family::Arabic, k)) if k.get(1).is_some_and(|&x| x != 0))
            && cands[c].number.as_deref().is_some_and(|n| n.contains('.'))
    };
    if !chosen.iter().any(|&c| sub(c)) {
        return;
    }
    let (mut sentences, mut all) = (0usize, 0usize);
    // Per whole number: how many sub-numbered lines, and whether all are titles.
    let mut groups: Vec<(&str, usize, bool)> = Vec::new();
    for (i, l) in text.lines.iter().enumerate() {
        let t = l.trimmed();
        // Cheap gate: a digit first.
        if !t.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let Some(rest) = after_sub_number(t) else { continue };
        all += 1;
        let rest = rest.trim_end();
        // A sentence that ends here, or one that runs on: a line end inside a word or
        // after a comma, or a next line in lower case ("... as a board member of" /
        // "the provider.").
        let runs_on = rest.ends_with(['-', ','])
            || text
                .lines
                .get(i + 1)
                .is_some_and(|n| n.trimmed().starts_with(|c: char| c.is_lowercase()));
        let sentence = rest.ends_with(['.', ':', ';']) || runs_on;
        if sentence {
            sentences += 1;
        }
        // A title: short, capitalised, no sentence inside, and text under it after a blank
        // line, or straight under it in longer lines (a PDF keeps no blank lines).
        let text_line =
            |n: &crate::text::Line| !n.is_blank() && after_sub_number(n.trimmed()).is_none();
        let title = !sentence
            && rest.trim_start().starts_with(|c: char| c.is_uppercase())
            && rest.split_whitespace().count() <= 12
            && !rest.contains(". ")
            && match text.lines.get(i + 1) {
                Some(n) if n.is_blank() => text.lines.get(i + 2).is_some_and(text_line),
                Some(n) => text_line(n) && t.len() + 10 < n.trimmed().len(),
                None => false,
            };
        let whole = &t[..t.find('.').unwrap_or(0)];
        match groups.iter_mut().find(|g| g.0 == whole) {
            Some(g) => {
                g.1 += 1;
                g.2 &= title;
            }
            None => groups.push((whole, 1, title)),
        }
    }
    if all >= 2 && sentences * 2 > all {
        // The sub-numbers of a group of two or more titles stay.
        let titled = |c: usize| {
            let number = cands[c].number.as_deref().unwrap_or_default();
            let whole = &number[..number.find('.').unwrap_or(0)];
            groups.iter().any(|g| g.0 == whole && g.1 >= 2 && g.2)
        };
        let kept: Vec<usize> = chosen.iter().copied().filter(|&c| !sub(c) || titled(c)).collect();
        if kept.len() >= 2 {
            *chosen = kept;
        }
    }
}

/// A minute reference in brackets opening a heading line, "(25/113) APOLOGIES" or
/// "(CPB/23/12)  MINUTES": the reference (a compound number, with a slash) and the rest of
/// the line after the bracket. The title must open with a capital; the caller asks for a
/// blank line above, so a reference that wraps to a line start inside running prose
/// ("... as set out in minute" / "(25/110) the Committee ...") is none. A plain minute
/// number in brackets ("(28)  APOLOGIES AND SUBSTITUTIONS") counts only before a title in
/// capitals: "(2) The Council agreed ..." is a clause of a resolution.
fn bracketed_reference(t: &str) -> Option<(&str, &str)> {
    let close = t.as_bytes().iter().take(16).position(|&b| b == b')')?;
    let num = &t[1..close];
    let rest = &t[close + 1..];
    if !rest.starts_with([' ', '\t']) || !rest.trim_start().starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let plain = (1..=4).contains(&num.len()) && num.bytes().all(|b| b.is_ascii_digit());
    if plain {
        return all_caps(rest).then_some((num, rest));
    }
    if !num.contains('/')
        || !num.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'/')
        || !matches!(number_key(num), Some((Family::Compound(_), _)))
    {
        return None;
    }
    Some((num, rest))
}

/// The text after a leading sub-number "N.N" (1-3 digits, a dot, 1-2 digits) and white
/// space; none when the line does not start so.
fn after_sub_number(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let whole = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&whole) || b.get(whole) != Some(&b'.') {
        return None;
    }
    let frac = b[whole + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let at = whole + 1 + frac;
    if !(1..=2).contains(&frac) || !b.get(at).is_some_and(|c| *c == b' ' || *c == b'\t') {
        return None;
    }
    Some(&t[at..])
}

/// When every numbered paragraph of the chain sits right under an unnumbered all-caps
/// heading ("DECLARATIONS OF INTEREST" / "2.  Councillor X declared ..."), the headings are
/// the titles: for each chosen candidate, the index of that heading candidate.
fn headings_above(text: &Text, cands: &[Candidate], chosen: &[usize]) -> Option<Vec<usize>> {
    if chosen.len() < 2 || chosen.iter().any(|&c| cands[c].number.is_none()) {
        return None;
    }
    let mut out = Vec::with_capacity(chosen.len());
    for &c in chosen {
        let line = text.line_of(cands[c].heading.start);
        let above = (0..line).rev().find(|&i| !text.lines[i].is_blank())?;
        // A blank line between heading and paragraph, as in print.
        if above + 1 == line {
            return None;
        }
        let start = text.lines[above].trimmed_range().start;
        let h = cands[..c].iter().rposition(|u| {
            u.heading.start == start && matches!(u.key, Some((Family::Unnumbered, _)))
        })?;
        if !cands[h].title.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
            return None;
        }
        out.push(h);
    }
    Some(out)
}

/// Scottish council minutes put the minute number at the start of each unnumbered
/// heading's first paragraph ("DECLARATIONS OF INTEREST" / "2.  Councillor X declared
/// ..."). When every item is unnumbered and every one's first paragraph starts with such a
/// number, increasing through the document, those are the item numbers.
fn number_from_first_paragraphs(text: &Text, items: &mut [ItemSpan]) {
    static PARA: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::regex(r"^(\d{1,4})\.\s+\S").unwrap());
    if items.len() < 2 || items.iter().any(|it| it.number.is_some()) {
        return;
    }
    let mut found = Vec::with_capacity(items.len());
    for it in items.iter() {
        if it.body.is_empty() {
            return;
        }
        let first = text.line_of(it.body.start);
        let last = text.line_of(it.body.end.saturating_sub(1));
        let line = (first..=last)
            .map(|i| &text.lines[i])
            .find(|l| l.start >= it.body.start && !l.is_blank());
        let Some(n) = line
            .and_then(|l| PARA.captures(l.trimmed()))
            .and_then(|c| c.get(1))
            .and_then(|m| m.as_str().parse::<u32>().ok())
        else {
            return;
        };
        found.push(n);
    }
    if found.windows(2).all(|w| w[1] > w[0]) {
        for (it, n) in items.iter_mut().zip(found) {
            it.number = Some(n.to_string());
        }
    }
}

/// A line that might open an item.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Number as written.
    pub number: Option<String>,
    /// Numbering family and position within it, for the chain.
    pub key: Option<(Family, Vec<u32>)>,
    /// Title.
    pub title: String,
    /// Heading span.
    pub heading: Range<usize>,
    /// Where the body starts.
    pub body_start: usize,
    /// How much the title looks like a heading (higher is more).
    pub score: f32,
}

/// Kinds of item numbering; a chain never mixes them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    /// 1, 2, 3 (with optional sub-letter: 5a, 5(a)).
    Arabic,
    /// Numbers with a separator and a shape: "45/19", "CPB/23/12", "A23/014"; the string is the
    /// shape with digits replaced by `9`.
    Compound(String),
    /// I, II, III.
    UpperRoman,
    /// A, B, C.
    UpperAlpha,
    /// Unnumbered all-caps or well-known headings.
    Unnumbered,
}

static AI_OPEN: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^\s*<AI(\d+)>\s*$").unwrap());
static AI_CLOSE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^\s*</AI(\d+)>\s*$").unwrap());

/// ModernGov exports wrap each item in `<AIn>` ... `</AIn>`.
fn moderngov(text: &Text) -> Option<Segments> {
    // Most documents have no marker at all: one search says so.
    memchr::memmem::find(text.src.as_bytes(), b"<AI")?;
    let opens: Vec<usize> = text
        .lines
        .iter()
        .filter(|l| l.text.contains("<AI") && AI_OPEN.is_match(l.text))
        .map(|l| l.index)
        .collect();
    if opens.is_empty() {
        return None;
    }
    let mut items = Vec::new();
    for (k, &open) in opens.iter().enumerate() {
        let limit = opens.get(k + 1).copied().unwrap_or(text.lines.len());
        let close =
            (open + 1..limit).find(|&i| AI_CLOSE.is_match(text.lines[i].text)).unwrap_or(limit);
        let end = if close < text.lines.len() { text.lines[close].start } else { text.src.len() };
        let first = (open + 1..close).find(|&i| !text.lines[i].is_blank());
        let Some(first) = first else { continue };
        let heading = parse_heading(text, first, close).or_else(|| {
            // No number: the first line is the title.
            let l = &text.lines[first];
            Some(Candidate {
                number: None,
                key: None,
                title: clean_title(l.trimmed()),
                heading: l.trimmed_range(),
                body_start: l.end(),
                score: 1.0,
            })
        })?;
        items.push(ItemSpan {
            number: heading.number,
            title: heading.title,
            heading: heading.heading,
            body: heading.body_start.min(end)..end,
        });
    }
    if items.is_empty() {
        return None;
    }
    let preamble = 0..text.lines[opens[0]].start;
    Some(Segments { preamble, items })
}

/// The "Agenda item" label of a single published item, with its number: the specification
/// of [`agenda_item`], which reads it by hand.
#[cfg(test)]
static AGENDA_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^agenda\s+item(?:\s+(?:no\.?\s*)?(\d+[a-z]?))?\s*:?$").unwrap()
});
static MINUTES_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"(?i)^(?:minutes|decision|record of decision)\s*:").unwrap()
});

/// A single item published on its own: "Agenda item", the title, ..., "Minutes:".
fn single_published_item(text: &Text) -> Option<Segments> {
    // (Only the first six non-blank lines are read: the label among the first five, then
    // the title.)
    let nonblank: Vec<&Line> = text.lines.iter().filter(|l| !l.is_blank()).take(6).collect();
    let pos = nonblank.iter().take(5).position(|l| agenda_item(l.trimmed()).is_some())?;
    let label = nonblank[pos];
    let title_line = nonblank.get(pos + 1)?;
    if !text.lines[title_line.index..].iter().any(|l| MINUTES_LABEL.is_match(l.trimmed())) {
        return None;
    }
    let number = agenda_item(label.trimmed())?.map(|r| label.trimmed()[r].to_string());
    let item = ItemSpan {
        number,
        title: clean_title(title_line.trimmed()),
        heading: label.trimmed_range().start..title_line.trimmed_range().end,
        body: title_line.end()..text.src.len(),
    };
    Some(Segments { preamble: 0..label.start, items: vec![item] })
}

/// Whether `t` is an "Agenda item" label ("Agenda item", "AGENDA ITEM 7:", "Agenda Item No.
/// 12a"), with the range of its number if it has one: [`AGENDA_ITEM`] (`(?i)^agenda\s+item
/// (?:\s+(?:no\.?\s*)?(\d+[a-z]?))?\s*:?$`) read by hand. "agenda", "item" and "no" in any
/// case (no character outside ASCII folds to their letters), white space as `\s` reads it
/// ([`char::is_whitespace`]: both are Unicode's White_Space), ASCII digits, and after them
/// one letter in either case, or the long s or the Kelvin sign (the two characters outside
/// ASCII that `(?i)[a-z]` takes). The number's reading is the only one that can reach the
/// end, so the pattern's preference plays no part.
fn agenda_item(t: &str) -> Option<Option<Range<usize>>> {
    let word = |at: usize, w: &str| {
        t.as_bytes().get(at..at + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    };
    // The length of the run of white space at `at`.
    let space = |at: usize| t[at..].len() - t[at..].trim_start().len();
    // `\s*:?$` at `at`.
    let ends = |at: usize| {
        let rest = t[at..].trim_start();
        rest.strip_prefix(':').unwrap_or(rest).is_empty()
    };
    if !word(0, "agenda") || space(6) == 0 || !word(6 + space(6), "item") {
        return None;
    }
    let after_item = 6 + space(6) + 4;
    let number = (space(after_item) > 0)
        .then(|| {
            let mut at = after_item + space(after_item);
            if word(at, "no") {
                at += 2;
                if t[at..].starts_with('.') {
                    at += 1;
                }
                at += space(at);
            }
            let digits = t[at..].bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            let mut end = at + digits;
            if let Some(c) = t[end..]
                .chars()
                .next()
                .filter(|c| c.is_ascii_alphabetic() || matches!(c, '\u{17F}' | '\u{212A}'))
            {
                end += c.len_utf8();
            }
            ends(end).then_some(at..end)
        })
        .flatten();
    match number {
        Some(r) => Some(Some(r)),
        None => ends(after_item).then_some(None),
    }
}

/// An item number at a line start: the pattern that [`numbered_pattern`] reads by hand
/// (kept as its specification, which the tests compare it with).
#[cfg(test)]
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?x)^
        (?P<prefix>(?i:(?:agenda\s+)?item(?:\s+no\.?)?|minute(?:\s+no\.?)?|min\.?\s*no|min|no|art[il]cle)(?:\.\s*|\s+))?
        (?P<num>
            [A-Z][A-Za-z]{0,4}[A-Z]\x20\d{1,4}/\d{1,4}  # CoG 24/31, FC 24/101
          | [A-Z]{1,6}(?:/[A-Z]{2,6})?/\d{1,4}/\d{1,4}(?:/\d{1,4})?   # CPB/23/12, MAR/SCHS/081/2025
          | [A-Z]{2,6}/\d{1,4}                        # EX/1, FC/101
          | [A-Z]{1,3}\.\d{1,3}\.\d{1,4}              # P.23.14
          | [A-Z]{1,6}\.\d{1,4}/\d{2,4}                # MD.45/24, E.118/25
          | [A-Z]{2,6}\.\d{1,4}                       # CAB.45
          | [A-Z]{2,6}\(\d{2}\)\d{1,4}               # QSEC(24)44
          | [A-Z]{1,3}\d{1,4}/\d{1,4}                 # A23/014
          | \d{1,4}\.[A-Z]                            # 9.A (a lettered sub-item)
          | \d{1,4}/\d{1,4}(?:/\d{1,4}|-\d{2,4})?      # 45/19, 15/23-24
          | \d{1,4}(?:\.\d{1,2}(?:\.\d)?)?(?:\s?\([a-z]\)|[a-z])?   # 8, 8.1, 9.1.1, 5(a), 5a
          | [A-Z]-\d{1,2}                             # E-1 (a numbered sub-item)
          | [IVXL]{1,6}                               # IV
          | [A-Z]                                     # B
        )
        (?P<sep>\s*[.):\-–—]\s*|\t+\s*|\s+|$)",
    )
    .unwrap()
});

/// The indices of [`NUMBERED`]'s groups "prefix", "num" and "sep" (a look-up by index, not
/// by name, which hashes the name each time; a test checks them).
#[cfg(test)]
const PREFIX: usize = 1;
#[cfg(test)]
const NUM: usize = 2;
#[cfg(test)]
const SEP: usize = 3;

/// Whether [`NUMBERED`] can match `s`, from its first bytes: every match opens with a digit,
/// a capital or a prefix ("agenda", "item", "minute", "min", "no", "article", "artlcle" in
/// any case). After a capital, a small letter follows only in a prefix or in a committee's
/// initials before a number ("CoG 24/31": letters that end in a capital, a space and a
/// digit); a small letter opens only a prefix. None of the prefixes' letters is a case fold
/// of a character outside ASCII, and a character outside ASCII among the bytes read is left
/// to the pattern. Most lines of prose open with a capital and a small letter, or a small
/// letter, and are turned away here.
fn may_be_numbered(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(&first) = b.first() else { return false };
    if first.is_ascii_digit() || !first.is_ascii() {
        return true;
    }
    if !first.is_ascii_alphabetic() {
        return false;
    }
    if first.is_ascii_uppercase() && !b.get(1).is_some_and(u8::is_ascii_lowercase) {
        return true;
    }
    // A prefix, read in ASCII case (a character outside ASCII among its bytes: the pattern).
    // (Each opens with "a", "i", "m" or "n", in either case: no other character folds to
    // one of their letters, a test checks.)
    const PREFIXES: [&[u8]; 5] = [b"agenda", b"item", b"min", b"no", b"art"];
    let prefix = matches!(first | 0x20, b'a' | b'i' | b'm' | b'n')
        && PREFIXES.iter().any(|p| {
            let head = &b[..p.len().min(b.len())];
            !head.is_ascii() || head.eq_ignore_ascii_case(p)
        });
    if prefix {
        return true;
    }
    // "CoG 24/31": up to six letters, the last a capital, a space and a digit.
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    first.is_ascii_uppercase()
        && letters <= 6
        && b[letters - 1].is_ascii_uppercase()
        && b.get(letters) == Some(&b' ')
        && b.get(letters + 1).is_some_and(u8::is_ascii_digit)
}

/// An item number at a line start, as [`NUMBERED`] reads it: its groups "prefix" ("Item
/// "), "num" and "sep" (the white space and punctuation after the number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct NumberedLine<'s> {
    prefix: Option<&'s str>,
    num: &'s str,
    sep: &'s str,
}

/// [`NUMBERED`]'s groups on the line `s` and the rest of the line after the separator;
/// none for text that runs over a line end. (The rest is not a capture group: capturing
/// `.*` makes the regex engine walk every byte of the line a second time.)
fn numbered(s: &str) -> Option<(NumberedLine<'_>, &str)> {
    let (caps, end) = match numbered_by_hand(s) {
        Some(found) => {
            let (num_end, end) = found?;
            (NumberedLine { prefix: None, num: &s[..num_end], sep: &s[num_end..end] }, end)
        }
        None => {
            // (The pattern read by hand: its captures cost a hundred times more.)
            if !may_be_numbered(s) {
                return None;
            }
            let (p, num_end, end) = numbered_pattern(s)?;
            let line = NumberedLine {
                prefix: (p > 0).then(|| &s[..p]),
                num: &s[p..num_end],
                sep: &s[num_end..end],
            };
            (line, end)
        }
    };
    let rest = &s[end..];
    if rest.contains('\n') {
        return None;
    }
    Some((caps, rest))
}

/// [`NUMBERED`] read by hand on the commonest lines, those that open with a plain number
/// ("12. Title", "3 Title", "4<TAB>Title", "5) Title", "2025"): the end of the number and
/// of the match, `Some(None)` for no match, and `None` for a line left to the pattern.
///
/// Such a line cannot open with a prefix or a lettered number, and of the numbers only
/// "45/19" (a slash after the digits) and "8", "8.1", "5(a)", "5a" fit it. With one to four
/// digits followed by white space (no bracket after one white space character: "5 (a)"),
/// a full stop (no digit after it: "8.1"), ")", ":" or the end, the number is the digits
/// and the separator the pattern's first alternative that fits: white space, one of
/// ".):-–—" and white space; else the white space alone (`\t+\s*` and `\s+` take the same
/// run); else the end. Five digits or more never match (a digit after `\d{1,4}` fits
/// nothing that follows it). A test compares this with the pattern.
fn numbered_by_hand(s: &str) -> Option<Option<(usize, usize)>> {
    let b = s.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 {
        return letter_by_hand(s);
    }
    if n > 4 {
        return Some(None);
    }
    let end = match b.get(n) {
        None => n,
        // "9.A" (a lettered sub-item): left to the pattern.
        Some(b'.') if b.get(n + 1).is_some_and(u8::is_ascii_uppercase) => return None,
        Some(b'.') if !b.get(n + 1).is_some_and(u8::is_ascii_digit) => space_after(s, n + 1),
        Some(b')' | b':') => space_after(s, n + 1),
        Some(b' ' | b'\t') if b.get(n + 1) != Some(&b'(') => spaced_sep_end(s, n),
        _ => return None,
    };
    Some(Some((n, end)))
}

/// [`NUMBERED`] read by hand on a line that opens with one capital letter and then white
/// space, a full stop (no digit after it), ")", ":" or the end ("A motion was ...", "B.
/// Tax", "R. Dhaliwal, Vice Chair"): the end of the number (the letter) and of the match,
/// or `None` for a line left to the pattern (it never says "no match").
///
/// No prefix can match such a line (each of the prefixes opens with two letters), and of
/// the numbers only `[IVXL]{1,6}` and `[A-Z]` fit one letter not followed by a letter, a
/// digit, "/" or a full stop and a digit (the others need two letters, or a "/", a digit
/// or ".\d" after the first): both take the letter alone. The separator is then read as
/// [`numbered_by_hand`] reads it after digits. A test compares this with the pattern.
fn letter_by_hand(s: &str) -> Option<Option<(usize, usize)>> {
    let b = s.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let end = match b.get(1) {
        None => 1,
        Some(b'.') if !b.get(2).is_some_and(u8::is_ascii_digit) => space_after(s, 2),
        Some(b')' | b':') => space_after(s, 2),
        Some(b' ' | b'\t') => spaced_sep_end(s, 1),
        _ => return None,
    };
    Some(Some((1, end)))
}

/// The end of the white space (Unicode's, as `\s`) in `s` from byte `at`.
fn space_after(s: &str, at: usize) -> usize {
    at + (s[at..].len() - s[at..].trim_start().len())
}

/// The end of [`NUMBERED`]'s separator when white space follows the number at byte `at`:
/// the pattern's first alternative that fits: white space, one of ".):-–—" and white space;
/// else the white space alone (`\t+\s*` and `\s+` take the same run).
fn spaced_sep_end(s: &str, at: usize) -> usize {
    let w = space_after(s, at);
    match s[w..].chars().next().filter(|c| matches!(c, '.' | ')' | ':' | '-' | '–' | '—')) {
        Some(c) => space_after(s, w + c.len_utf8()),
        None => w,
    }
}

/// [`NUMBERED`] read by hand on any line, as the regex engine reads it (leftmost-first: the
/// first way to match in the order a backtracking engine tries them): where the number
/// starts (after the prefix and its separator, 0 without a prefix), where it ends, and where
/// the match ends; none when the pattern does not match. Tests compare this with the
/// pattern on lines made of its pieces.
///
/// How the pieces are read (every class but `\s` and the prefix is ASCII, and `\d` is
/// `[0-9]` after [`crate::pattern::narrow`]):
/// - A run of digits or capitals that must be followed by a given byte ("/", ".", "(", ")")
///   or by a separator matches only whole: a shorter take leaves a digit or capital next,
///   which none of them is. So "`\d{1,4}` then `/`" is a whole run of one to four digits
///   then "/", and "`\d{1,4}` then the separator" a whole run of one to four digits.
/// - A `\s*` or `\s+` followed by a number, a literal word or a punctuation mark takes the
///   whole run of white space (a shorter take leaves white space next, which none of them
///   starts with).
/// - The separator is [`sep_end`]; where it fails after one reading of the number, the
///   next reading is tried in the pattern's order (optional groups present first, longer
///   takes of a bounded repeat before shorter ones, alternatives in written order).
/// - The prefix's words are matched ignoring ASCII case: no character outside ASCII is a
///   case fold of one of their letters (a test checks every character).
fn numbered_pattern(s: &str) -> Option<(usize, usize, usize)> {
    let b = s.as_bytes();
    // Prefix ends (before the prefix's own separator), in the order the pattern tries them.
    let mut ends = [0usize; 16];
    let mut n = 0;
    let mut push = |e: usize| {
        if let Some(slot) = ends.get_mut(n) {
            *slot = e;
            n += 1;
        }
    };
    let word = |at: usize, w: &str| {
        b.get(at..at + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    };
    // `(?:\s+no\.?)?` after a word ending at `e`: "no." first, then "no", then nothing.
    let with_no = |e: usize, push: &mut dyn FnMut(usize)| {
        let w = space_after(s, e);
        if w > e && word(w, "no") {
            if b.get(w + 2) == Some(&b'.') {
                push(w + 3);
            }
            push(w + 2);
        }
        push(e);
    };
    // (?:agenda\s+)?item(?:\s+no\.?)?
    if word(0, "agenda") {
        let w = space_after(s, 6);
        if w > 6 && word(w, "item") {
            with_no(w + 4, &mut push);
        }
    }
    if word(0, "item") {
        with_no(4, &mut push);
    }
    // minute(?:\s+no\.?)?
    if word(0, "minute") {
        with_no(6, &mut push);
    }
    if word(0, "min") {
        // min\.?\s*no
        for st in [4, 3] {
            if st == 4 && b.get(3) != Some(&b'.') {
                continue;
            }
            let w = space_after(s, st);
            if word(w, "no") {
                push(w + 2);
            }
        }
        // min
        push(3);
    }
    // no
    if word(0, "no") {
        push(2);
    }
    // art[il]cle
    if word(0, "art")
        && b.get(3).is_some_and(|c| matches!(c, b'i' | b'I' | b'l' | b'L'))
        && word(4, "cle")
    {
        push(7);
    }
    for &e in &ends[..n] {
        // (?:\.\s*|\s+)
        if b.get(e) == Some(&b'.') {
            let p = space_after(s, e + 1);
            if let Some((num_end, end)) = number_at(s, p) {
                return Some((p, num_end, end));
            }
        }
        let p = space_after(s, e);
        if p > e
            && let Some((num_end, end)) = number_at(s, p)
        {
            return Some((p, num_end, end));
        }
    }
    number_at(s, 0).map(|(num_end, end)| (0, num_end, end))
}

/// The end of [`NUMBERED`]'s separator `\s*[.):\-–—]\s*|\t+\s*|\s+|$` at byte `q` of `s`,
/// none when it does not match there: white space, one of the marks and white space; else
/// white space (`\t+\s*` and `\s+` take the same run); else the end of the text.
fn sep_end(s: &str, q: usize) -> Option<usize> {
    let w = space_after(s, q);
    if let Some(c) =
        s[w..].chars().next().filter(|c| matches!(c, '.' | ')' | ':' | '-' | '–' | '—'))
    {
        return Some(space_after(s, w + c.len_utf8()));
    }
    (w > q || q == s.len()).then_some(w)
}

/// [`NUMBERED`]'s group "num" and then its separator at byte `p` of `s`: the ends of the
/// number and of the match, trying the number's alternatives in the pattern's order (see
/// [`numbered_pattern`]).
fn number_at(s: &str, p: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let digits =
        |at: usize| b.get(at..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let upper = |at: usize| {
        b.get(at..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_uppercase()).count())
    };
    let is = |at: usize, c: u8| b.get(at) == Some(&c);
    let sep = |q: usize| sep_end(s, q).map(|e| (q, e));
    // A whole run of `lo..=hi` digits at `at`: its end.
    let run = |at: usize, lo: usize, hi: usize| {
        let d = digits(at);
        (lo..=hi).contains(&d).then_some(at + d)
    };
    let u = upper(p);
    // [A-Z][A-Za-z]{0,4}[A-Z]\x20\d{1,4}/\d{1,4}
    let letters =
        b.get(p..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_alphabetic()).count());
    if u >= 1
        && (2..=6).contains(&letters)
        && b[p + letters - 1].is_ascii_uppercase()
        && is(p + letters, b' ')
        && let Some(a) = run(p + letters + 1, 1, 4)
        && is(a, b'/')
        && let Some(e) = run(a + 1, 1, 4)
        && let Some(m) = sep(e)
    {
        return Some(m);
    }
    // [A-Z]{1,6}(?:/[A-Z]{2,6})?/\d{1,4}/\d{1,4}(?:/\d{1,4})?
    if (1..=6).contains(&u) && is(p + u, b'/') {
        let a = p + u;
        let u2 = upper(a + 1);
        // The group's "/" is followed by capitals, the number's by a digit: one way at most.
        let r = if (2..=6).contains(&u2) && is(a + 1 + u2, b'/') { a + 1 + u2 } else { a };
        if is(r, b'/')
            && let Some(x) = run(r + 1, 1, 4)
            && is(x, b'/')
            && let Some(q) = run(x + 1, 1, 4)
        {
            let third = (is(q, b'/')).then(|| run(q + 1, 1, 4)).flatten().and_then(sep);
            if let Some(m) = third.or_else(|| sep(q)) {
                return Some(m);
            }
        }
    }
    // [A-Z]{2,6}/\d{1,4}
    if (2..=6).contains(&u)
        && is(p + u, b'/')
        && let Some(e) = run(p + u + 1, 1, 4)
        && let Some(m) = sep(e)
    {
        return Some(m);
    }
    // [A-Z]{1,3}\.\d{1,3}\.\d{1,4}
    if (1..=3).contains(&u)
        && is(p + u, b'.')
        && let Some(x) = run(p + u + 1, 1, 3)
        && is(x, b'.')
        && let Some(e) = run(x + 1, 1, 4)
        && let Some(m) = sep(e)
    {
        return Some(m);
    }
    if (1..=6).contains(&u) && is(p + u, b'.') {
        // [A-Z]{1,6}\.\d{1,4}/\d{2,4}
        if let Some(x) = run(p + u + 1, 1, 4)
            && is(x, b'/')
            && let Some(e) = run(x + 1, 2, 4)
            && let Some(m) = sep(e)
        {
            return Some(m);
        }
        // [A-Z]{2,6}\.\d{1,4}
        if u >= 2
            && let Some(e) = run(p + u + 1, 1, 4)
            && let Some(m) = sep(e)
        {
            return Some(m);
        }
    }
    // [A-Z]{2,6}\(\d{2}\)\d{1,4}
    if (2..=6).contains(&u)
        && is(p + u, b'(')
        && let Some(x) = run(p + u + 1, 2, 2)
        && is(x, b')')
        && let Some(e) = run(x + 1, 1, 4)
        && let Some(m) = sep(e)
    {
        return Some(m);
    }
    // [A-Z]{1,3}\d{1,4}/\d{1,4}
    if (1..=3).contains(&u)
        && let Some(x) = run(p + u, 1, 4)
        && is(x, b'/')
        && let Some(e) = run(x + 1, 1, 4)
        && let Some(m) = sep(e)
    {
        return Some(m);
    }
    if let Some(q0) = run(p, 1, 4) {
        // \d{1,4}\.[A-Z]
        if is(q0, b'.')
            && b.get(q0 + 1).is_some_and(u8::is_ascii_uppercase)
            && let Some(m) = sep(q0 + 2)
        {
            return Some(m);
        }
        // \d{1,4}/\d{1,4}(?:/\d{1,4}|-\d{2,4})?
        if is(q0, b'/')
            && let Some(q) = run(q0 + 1, 1, 4)
        {
            let tail = if is(q, b'/') {
                run(q + 1, 1, 4)
            } else if is(q, b'-') {
                run(q + 1, 2, 4)
            } else {
                None
            };
            if let Some(m) = tail.and_then(sep).or_else(|| sep(q)) {
                return Some(m);
            }
        }
        // \d{1,4}(?:\.\d{1,2}(?:\.\d)?)?(?:\s?\([a-z]\)|[a-z])?
        let mut after_dots = [0usize; 5];
        let mut k = 0;
        if is(q0, b'.') {
            let d = digits(q0 + 1);
            for l in (1..=d.min(2)).rev() {
                let a = q0 + 1 + l;
                if is(a, b'.') && b.get(a + 1).is_some_and(u8::is_ascii_digit) {
                    after_dots[k] = a + 2;
                    k += 1;
                }
                after_dots[k] = a;
                k += 1;
            }
        }
        after_dots[k] = q0;
        k += 1;
        for &a in &after_dots[..k] {
            // \s?\([a-z]\): one white-space character first, then none; then [a-z].
            let bracket = |at: usize| {
                (is(at, b'(')
                    && b.get(at + 1).is_some_and(u8::is_ascii_lowercase)
                    && is(at + 2, b')'))
                .then_some(at + 3)
            };
            let space = s[a..].chars().next().filter(|c| c.is_whitespace()).map(char::len_utf8);
            let found = space
                .and_then(|w| bracket(a + w))
                .and_then(sep)
                .or_else(|| bracket(a).and_then(sep))
                .or_else(|| {
                    b.get(a).is_some_and(u8::is_ascii_lowercase).then(|| sep(a + 1)).flatten()
                })
                .or_else(|| sep(a));
            if found.is_some() {
                return found;
            }
        }
    }
    // [A-Z]-\d{1,2}
    if u >= 1
        && is(p + 1, b'-')
        && let Some(e) = run(p + 2, 1, 2)
        && let Some(m) = sep(e)
    {
        return Some(m);
    }
    // [IVXL]{1,6}
    let roman = b.get(p..).map_or(0, |r| {
        r.iter().take(6).take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L')).count()
    });
    for l in (1..=roman).rev() {
        if let Some(m) = sep(p + l) {
            return Some(m);
        }
    }
    // [A-Z]
    if u >= 1 {
        return sep(p + 1);
    }
    None
}

/// Parses line `i` as an item heading; the title may be on a following line before `limit`.
fn parse_heading(text: &Text, i: usize, limit: usize) -> Option<Candidate> {
    let line = &text.lines[i];
    let from_lead = line.text.trim_start();
    let lead = line.text.len() - from_lead.len();
    parse_heading_trimmed(text, i, limit, from_lead.trim_end(), lead)
}

/// [`parse_heading`] with line `i`'s trimmed text `trimmed` and the length of its indent
/// `lead` (read once by the caller).
fn parse_heading_trimmed(
    text: &Text,
    i: usize,
    limit: usize,
    trimmed: &str,
    lead: usize,
) -> Option<Candidate> {
    let line = &text.lines[i];
    // "(25/113) APOLOGIES": a minute reference in brackets before the title.
    let bracketed = (trimmed.starts_with('(') && (i == 0 || text.lines[i - 1].is_blank()))
        .then(|| bracketed_reference(trimmed))
        .flatten();
    let (num, sep, rest_all, has_prefix) = match bracketed {
        Some((num, rest_all)) => (num, ")", rest_all, false),
        None => {
            let (caps, rest_all) = numbered(trimmed)?;
            let (num, sep) = (caps.num, caps.sep);
            // "ARTICLE 4.  CAPITAL PLAN" (a town meeting's warrant articles, "ARTlCLE" as
            // OCR reads an I): a heading only with a capitalised title, not "article 14
            // she could not vote".
            if caps
                .prefix
                .is_some_and(|p| p.as_bytes().get(1).is_some_and(|b| b.eq_ignore_ascii_case(&b'r')))
                && !rest_all.trim().starts_with(|c: char| c.is_uppercase())
            {
                return None;
            }
            // "31 -- APOLOGIES FOR ABSENCE": a double hyphen (a typed dash) is one separator;
            // the pattern takes one hyphen, so the second is taken here, with the white
            // space after it (a hyphen run on to a word, "4 --5", is left alone).
            let rest_all = match rest_all.strip_prefix('-') {
                Some(after) if sep.ends_with('-') && after.starts_with(char::is_whitespace) => {
                    after.trim_start()
                }
                _ => rest_all,
            };
            (num, sep, rest_all, caps.prefix.is_some())
        }
    };
    let rest = rest_all.trim();
    // "7.1.2  Summary of submissions [7.1.2 - 6 pages]": an attachment list's entry, its
    // number repeated in the bracket after the title, not an item.
    if rest.ends_with(']')
        && let Some(open) = rest.rfind('[')
        && rest[open + 1..].starts_with(num)
    {
        return None;
    }
    let key = number_key(num)?;
    let sep_trim = sep.trim();
    // Single letters and roman numerals need punctuation ("B." "IV."), or a prefix; a
    // letter's numbered sub-item ("E-1  Award of Bid") has its own.
    if matches!(key.0, Family::UpperAlpha | Family::UpperRoman)
        && key.1.len() == 1
        && sep_trim.is_empty()
        && !has_prefix
    {
        return None;
    }
    // A bare number followed by a space ("32 young people") must be followed by a capital
    // (after the agenda number, when a minute reference has one: "C101/24 1. APOLOGIES").
    if sep_trim.is_empty() && !sep.contains('\t') && !rest.is_empty() && !has_prefix {
        let words = match SECOND_NUMBER.find(rest) {
            Some(m) if m.end() < rest.len() => &rest[m.end()..],
            _ => rest,
        };
        let first = words.chars().next()?;
        // "8.1 2025-2026 School Calendar": a title may open with a year; "PL/24/45
        // 24/01187/FUL - LAND ...": with an application reference.
        if !first.is_uppercase() && !starts_with_year_title(words) && !starts_with_reference(words)
        {
            return None;
        }
        // "11 September 2025 at 2.00 pm": a date, not a heading.
        if MONTH_START.is_match(words) {
            return None;
        }
    }
    // "11.05am." / "7.30 pm" / "10:32 a.m." at the start of a wrapped line: a time, not
    // "11." and a title.
    if matches!(sep, "." | ":") && rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let number = num.to_string();
    let line_start = line.start + lead;
    if rest.is_empty() {
        // "1." alone: the title is on the next non-blank line (within three lines).
        let next = (i + 1..limit.min(i + 5)).find(|&j| !text.lines[j].is_blank())?;
        let tl = &text.lines[next];
        let title = tl.trimmed();
        if number_key_of_line(title).is_some() {
            return None;
        }
        let score = title_score(title)?;
        return Some(Candidate {
            number: Some(number),
            key: Some(key),
            title: clean_title(title),
            heading: line_start..tl.trimmed_range().end,
            body_start: tl.end(),
            score: score + if has_prefix { 1.0 } else { 0.0 },
        });
    }
    let rest_start = line.start + lead + (trimmed.len() - rest_all.len());
    let rest_start = rest_start + (rest_all.len() - rest_all.trim_start().len());
    // A second number after the minute reference ("C101/24   1.   APOLOGIES"): the agenda
    // number, not part of the title.
    let (rest, rest_start) = match SECOND_NUMBER.find(rest) {
        Some(m) if m.end() < rest.len() => (&rest[m.end()..], rest_start + m.end()),
        _ => (rest, rest_start),
    };
    // A file number column after the item number ("1.   26-0031      Approval of the
    // minutes of the ...", a Legistar export): a reference, not part of the title, which
    // runs on as a paragraph under its own column.
    let (rest, rest_start, filed) = match file_number_cell(rest) {
        Some(at) => (&rest[at..], rest_start + at, true),
        None => (rest, rest_start, false),
    };
    // A row of two short cells in two languages ("1.<TAB>Ymddiheuriadau<TAB>Apologies"):
    // the title is both, as written.
    let bilingual = two_language_title(rest);
    // A table row ("1<TAB>Welcome and apologies<TAB>The Chair welcomed ..."): the title is
    // the first cell.
    // (A page reference cell, "(Pages 5 – 12)", stays with the heading.)
    let (title, title_len) = match rest.find('\t') {
        Some(cell) if cell > 0 && !PAGE_CELL.is_match(rest[cell..].trim_start()) => {
            (rest[..cell].trim_end(), cell)
        }
        // The same row flattened with runs of spaces ("TB/25/041  Welcome ...   Chair
        // Note   10.00"): the title is the first cell.
        _ => match space_cell(rest) {
            Some(cell) => (&rest[..cell], cell),
            None => run_in_title(rest)?,
        },
    };
    // A title wrapped onto a second line aligned under it, read with that line:
    // - a long capitals heading (PDF text): "4   PLANNING APPLICATION 25/03118/FUL - 41-47
    //   HALFORD ROAD," / "    KESTREL HEATH";
    // - an agenda heading whose second line ends in the page reference cell: "8.1  NP/25/0142
    //   – Conversion of barn, Low Gill Barn," / "     Thwaite Bridge       (Pages 35 - 48)";
    // - a title broken off unfinished: after a comma ("7.2   Planning Permit Application
    //   PA2024/317 – Two Lot Subdivision," / "      45 Creek Road, Kelvale"), a dash, a
    //   word such as "and" or "of", inside a bracket, or on a line filled to the wrap width.
    let col = rest_start - line.start;
    if let Some(both) = bilingual {
        let score = title_score(&both)? + if has_prefix { 1.0 } else { 0.0 };
        return Some(Candidate {
            number: Some(number),
            key: Some(key),
            title: clean_title(&both),
            heading: line_start..rest_start + rest.len(),
            body_start: line.end(),
            score,
        });
    }
    if filed
        && title_len == rest.len()
        && let Some(last) = paragraph_under(text, i, limit, col)
    {
        let mut joined = title.to_string();
        for l in &text.lines[i + 1..=last] {
            joined.push(' ');
            joined.push_str(l.trimmed());
        }
        let score = title_score(title)? + if has_prefix { 1.0 } else { 0.0 };
        return Some(Candidate {
            number: Some(number),
            key: Some(key),
            title: clean_title(&joined),
            heading: line_start..text.lines[last].trimmed_range().end,
            body_start: text.lines[last].end(),
            score,
        });
    }
    let wrapped = (title_len == rest.len())
        .then(|| {
            caps_continuation(text, i, limit, col, title)
                .or_else(|| page_continuation(text, i, limit, col))
                .or_else(|| unfinished_continuation(text, i, limit, col, title))
        })
        .flatten();
    if let Some(next) = wrapped {
        let cont = &text.lines[next];
        let joined = format!("{title} {}", cont.trimmed());
        let score = title_score(&joined)? + if has_prefix { 1.0 } else { 0.0 };
        return Some(Candidate {
            number: Some(number),
            key: Some(key),
            title: clean_title(&joined),
            heading: line_start..cont.trimmed_range().end,
            body_start: cont.end(),
            score,
        });
    }
    // "Item 5.C - Trustee Holloway asked why ..." / "last year. ...": a paragraph about a
    // lettered sub-item, run on in lower case onto the next line, not its heading.
    if title_len == rest.len()
        && lettered_sub_number(num)
        && text.lines.get(i + 1).is_some_and(|n| n.trimmed().starts_with(char::is_lowercase))
    {
        return None;
    }
    let score = title_score(title)? + if has_prefix { 1.0 } else { 0.0 };
    let heading_end = rest_start + title_len;
    Some(Candidate {
        number: Some(number),
        key: Some(key),
        title: clean_title(title),
        heading: line_start..heading_end,
        body_start: if title_len < rest.len() { heading_end } else { line.end() },
        score,
    })
}

/// A sub-item numbered with a letter and a number: "9.A" or "E-1".
fn lettered_sub_number(num: &str) -> bool {
    match num.as_bytes() {
        [.., b'.', l] => l.is_ascii_uppercase(),
        [l, b'-', ..] => l.is_ascii_uppercase(),
        _ => false,
    }
}

/// Where the title starts after a file number cell at the start of `rest`: "26-0031" (two
/// to four digits, a hyphen, three to five digits), a TAB or two or more spaces, then a
/// capital. None otherwise, and for a range of years ("2022-2028   Budget").
fn file_number_cell(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let d1 = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(2..=4).contains(&d1) || b.get(d1) != Some(&b'-') {
        return None;
    }
    let d2 = b[d1 + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    if !(3..=5).contains(&d2) {
        return None;
    }
    let year = |s: &[u8]| s.starts_with(b"19") || s.starts_with(b"20");
    if d1 == 4 && d2 == 4 && year(b) && year(&b[5..]) {
        return None;
    }
    let end = d1 + 1 + d2;
    let gap = b[end..].iter().take_while(|c| matches!(c, b' ' | b'\t')).count();
    if gap < 2 && b.get(end) != Some(&b'\t') {
        return None;
    }
    rest[end + gap..].starts_with(|c: char| c.is_uppercase()).then_some(end + gap)
}

/// The last line of a title paragraph under heading line `i`: the lines straight after it
/// that start in the title's column `col` and are not numbered, up to a blank line (at most
/// eight). None when the next line does not go on so.
fn paragraph_under(text: &Text, i: usize, limit: usize, col: usize) -> Option<usize> {
    let end = limit.min(text.lines.len()).min(i + 9);
    let mut last = None;
    for j in i + 1..end {
        let l = &text.lines[j];
        let lead = l.text.len() - l.text.trim_start().len();
        if l.is_blank() || lead != col || punctuated_number(l.trimmed()) {
            break;
        }
        last = Some(j);
    }
    last
}

/// The title of a row of exactly two short cells in two languages, read as "Welsh /
/// English" ("Ymddiheuriadau<TAB>Apologies" -> "Ymddiheuriadau / Apologies"): each cell
/// opens with a capital, has at most seven words and no closing stop or colon, and the
/// second holds no digit (not a page number), is not a person ("Cllr J Smith", "A. Jones")
/// and is not a role or purpose column ("Chair", "Clerk", "For decision", "Note").
fn two_language_title(rest: &str) -> Option<String> {
    let cell = memchr::memchr(b'\t', rest.as_bytes())?;
    let first = rest[..cell].trim();
    let second = rest[cell..].trim();
    if second.contains('\t') || second.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let short = |t: &str| {
        t.starts_with(|c: char| c.is_uppercase())
            && t.len() <= 60
            && t.split_whitespace().count() <= 7
            && !t.ends_with(['.', ':', ';', ','])
    };
    if !short(first) || !short(second) || is_person_entry(second) {
        return None;
    }
    // An initial ("J Smith", "A. Jones") marks a name.
    if second.split_whitespace().any(|w| {
        let w = w.trim_end_matches('.');
        w.chars().count() == 1 && w.starts_with(|c: char| c.is_uppercase())
    }) {
        return None;
    }
    let head = second.split_whitespace().next().unwrap_or("").to_lowercase();
    const COLUMN_WORDS: &[&str] = &[
        "chair",
        "chairman",
        "chairperson",
        "chairwoman",
        "vice",
        "clerk",
        "mayor",
        "officer",
        "manager",
        "director",
        "secretary",
        "treasurer",
        "head",
        "lead",
        "chief",
        "all",
        "for",
        "to",
        "note",
        "noting",
        "decision",
        "information",
        "discussion",
        "assurance",
        "approval",
        "approve",
        "verbal",
        "presentation",
        "paper",
        "ceo",
        "cllr",
        "councillor",
        "noted",
        "agreed",
        "approved",
        "received",
        "resolved",
        "deferred",
        "carried",
        "none",
        "nil",
        "yes",
        "no",
        "action",
        "info",
        "item",
        "report",
    ];
    if COLUMN_WORDS.contains(&head.as_str()) {
        return None;
    }
    Some(format!("{first} / {second}"))
}

/// True when `t` opens with a range of numbers ("2022-2028 (SETTLEMENT BOUNDARY)"), not an
/// item number.
fn opens_with_range(t: &str) -> bool {
    let d = t.bytes().take_while(u8::is_ascii_digit).count();
    d > 0 && {
        let r = &t[d..];
        let r = r.strip_prefix('-').or_else(|| r.strip_prefix('–'));
        r.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    }
}

/// Where the first cell of a table row flattened with spaces ends: before the first run of
/// three or more spaces that has more text after it. None for a line without such a run.
fn space_cell(rest: &str) -> Option<usize> {
    // Cheap gate: most headings hold no run of spaces.
    let at = memchr::memmem::find(rest.as_bytes(), b"   ")?;
    let head = rest[..at].trim_end();
    let after = rest[at..].trim_start();
    // A page column alone ("Adoption of Minutes      3 - 11") stays for `clean_title`.
    let pages = after.bytes().all(|b| b.is_ascii_digit() || b == b' ' || b == b'-')
        || after.contains('–') && after.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '–');
    (!head.is_empty()
        && !after.is_empty()
        && !pages
        && head.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .then_some(head.len())
}

/// True when `s` opens with a year ("2025", "2025-2026", "2024/25", "2026–27") and then a capitalised
/// word: "2025-2026 School Calendar".
fn starts_with_year_title(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 6 || !(b.starts_with(b"19") || b.starts_with(b"20")) {
        return false;
    }
    if !b[..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut at = 4;
    // (The joiner is a hyphen, a slash or an en dash, "2026–27", three bytes.)
    let joiner = match b[at] {
        b'-' | b'/' => 1,
        _ if s[at..].starts_with('–') => '–'.len_utf8(),
        _ => 0,
    };
    if joiner > 0 {
        let d = b[at + joiner..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(2..=4).contains(&d) {
            return false;
        }
        at += joiner + d;
    }
    b.get(at) == Some(&b' ') && s[at + 1..].starts_with(|c: char| c.is_uppercase())
}

/// True when `s` opens with a planning or case reference: a word that starts with a digit
/// and holds a slash and a capital letter ("24/01187/FUL - LAND NORTH OF MILL LANE").
fn starts_with_reference(s: &str) -> bool {
    let word = s.split_whitespace().next().unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_digit())
        && word.contains('/')
        && word.bytes().any(|b| b.is_ascii_uppercase())
}

/// The line after heading line `i` when it continues an all-capitals title: it starts in the
/// title's column `col`, is in capitals itself, is not numbered (a range of years may open
/// it: "2022-2028 (SETTLEMENT BOUNDARY)"), and a blank line (or the end) follows it. PDF text wraps long headings so; body text is never in capitals.
fn caps_continuation(
    text: &Text,
    i: usize,
    limit: usize,
    col: usize,
    title: &str,
) -> Option<usize> {
    let j = i + 1;
    if j >= limit.min(text.lines.len()) || !all_caps(title) {
        return None;
    }
    let l = &text.lines[j];
    let lead = l.text.len() - l.text.trim_start().len();
    let t = l.trimmed();
    // A title that ends on a dash or comma goes on ("EX/4  PLANNING APPLICATION ...
    // FURLONG LANE -" / "OUTLINE APPLICATION ..."), at a smaller indent too and with the
    // minute's text straight after it.
    let tail = title.trim_end();
    let dangling = [" -", " –", ",", " &"].iter().any(|e| tail.ends_with(e));
    // A heading line filled to the wrap width goes on at the margin too ("MIN. NO.
    // MAR/SCHS/084/2025: CONSIDERATION OF THE HEALTH SERVICES BUDGET" / "ESTIMATES FOR FY
    // 2025/2026").
    let line = text.lines[i].text.trim_end();
    let full = line.len() >= 60 && line.chars().count() >= 60 && !t.ends_with('.');
    // A shorter heading line, in capitals (wider letters than the text's), whose next word
    // did not fit: "12. WIND ENERGY ... ORDINANCE – FIRST" / "CONSIDERATION" / text.
    let full = full || caps_word_did_not_fit(text, j, line, t);
    if lead != col && !(lead < col && (dangling || full))
        || t.is_empty()
        || !all_caps(t)
        || number_key_of_line(t).is_some() && !opens_with_range(t)
    {
        return None;
    }
    let after_blank = text.lines.get(j + 1).is_none_or(|n| n.is_blank());
    // A heading line filled to the wrap width goes on without a blank line after it:
    // "6. PUBLIC HEARING - ... REZONE, 1450 ORCHARD" / "   ROAD (APN 044-210-17)" / text.
    (after_blank || dangling || full).then_some(j)
}

/// Whether capitals line `next` (line `j`, under heading line `line`) is the heading's last
/// word or two, wrapped because the first did not fit: it is one or two words of capitals
/// with no digit or closing punctuation and no word of a motion's furniture ("CARRIED",
/// "MOTION", "ROLL CALL"), text in sentence case follows it straight away, and the heading
/// line with its first word, its capitals counted as wide as five letters of text in four,
/// is wider than the longest of the next lines of that text. A sub-heading such as "PUBLIC
/// HEARING" under a heading line it would have fitted on is not.
fn caps_word_did_not_fit(text: &Text, j: usize, line: &str, next: &str) -> bool {
    const FURNITURE: [&str; 16] = [
        "CARRIED", "APPROVED", "ADOPTED", "DENIED", "TABLED", "MOTION", "RESOLVED", "PASSED",
        "FAILED", "AYES", "NAYS", "ROLL", "ACTION", "PRESENT", "ABSENT", "AGREED",
    ];
    let mut words = next.split_whitespace();
    let Some(first) = words.next() else { return false };
    if words.count() > 1
        || next.ends_with(['.', ':', ';', ','])
        || next.bytes().any(|b| b.is_ascii_digit())
        || FURNITURE.iter().any(|f| next.split_whitespace().any(|w| w.eq_ignore_ascii_case(f)))
    {
        return false;
    }
    // The text straight under it, in sentence case.
    let below: Vec<&str> = text.lines[j + 1..]
        .iter()
        .take(6)
        .take_while(|l| !l.is_blank())
        .map(|l| l.text.trim_end())
        .collect();
    let Some(top) = below.first() else { return false };
    let t = top.trim_start();
    if !t.starts_with(char::is_uppercase) || !t.chars().any(char::is_lowercase) {
        return false;
    }
    let width = below.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let wanted = line.chars().count() + 1 + first.chars().count();
    below.len() >= 2 && wanted * 5 > width * 4
}

/// The line after heading line `i` when it ends the heading with a page reference cell:
/// it starts in the title's column `col`, is not numbered, and after its text comes a run
/// of spaces (or a TAB) and "(Pages 35 - 48)" / "Page 3". Agendas put the page column on
/// the last line of a wrapped heading.
fn page_continuation(text: &Text, i: usize, limit: usize, col: usize) -> Option<usize> {
    let j = i + 1;
    if j >= limit.min(text.lines.len()) {
        return None;
    }
    let l = &text.lines[j];
    let t = l.trimmed();
    let lead = l.text.len() - l.text.trim_start().len();
    // A web page's document link ends the heading the same way: "Permit Charges 2025/26
    // PDF 240 KB".
    if let Some(at) = doc_link_start(t) {
        let head = t[..at].trim_end();
        return (lead == col
            && head.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && number_key_of_line(t).is_none())
        .then_some(j);
    }
    // Cheap gate: a page cell ends in a digit or a bracket.
    if !t.ends_with(|c: char| c.is_ascii_digit() || c == ')') {
        return None;
    }
    let cell = t.rfind("   ").or_else(|| t.rfind('\t'))?;
    let (head, page) = (t[..cell].trim_end(), t[cell..].trim_start());
    if lead != col
        || head.is_empty()
        || !PAGE_CELL.is_match(page)
        || number_key_of_line(t).is_some()
    {
        return None;
    }
    Some(j)
}

/// Where a web page's document link after a title starts ("Work Programme  PDF 77 KB",
/// "Report  DOCX 1.2 MB", ModernGov's "Minutes pdf icon PDF 214 KB" with its icon's alt
/// text): the white space before it. None without one.
fn doc_link_start(t: &str) -> Option<usize> {
    const KINDS: [&str; 12] =
        ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "htm", "html", "icon"];
    let b = t.as_bytes();
    // Cheap gate: the size unit's last letter.
    if !b.last().is_some_and(|c| c.eq_ignore_ascii_case(&b'b')) || b.len() < 8 {
        return None;
    }
    let unit = &b[b.len() - 2..];
    if !(unit.eq_ignore_ascii_case(b"kb") || unit.eq_ignore_ascii_case(b"mb")) {
        return None;
    }
    let rest = t[..t.len() - 2].trim_end();
    let size = rest.bytes().rev().take_while(|c| c.is_ascii_digit() || *c == b'.' || *c == b',');
    let size = size.count();
    if size == 0 || !rest.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let before_size = &rest[..rest.len() - size];
    if !before_size.ends_with(char::is_whitespace) {
        return None;
    }
    // The file type, and before it the icon's alt text ("pdf icon") when there is one.
    let kind_of = |s: &str| -> Option<(usize, String)> {
        let s = s.trim_end();
        let at = s.rfind(char::is_whitespace)? + 1;
        let kind = s[at..].to_ascii_lowercase();
        KINDS.contains(&kind.as_str()).then_some((at, kind))
    };
    let (at, kind) = kind_of(before_size)?;
    if kind == "icon" {
        return None;
    }
    let mut head = rest[..at].trim_end();
    if let Some((icon_at, _)) = kind_of(head).filter(|(_, k)| k == "icon")
        && let Some((type_at, _)) = kind_of(&head[..icon_at]).filter(|(_, k)| k != "icon")
    {
        head = head[..type_at].trim_end();
    }
    Some(head.len())
}

/// The line after heading line `i` when it ends a title broken off unfinished: `title` ends
/// after a comma, a dash or a joining word ("and", "of", "for", "the" ...), inside an open
/// bracket, or fills its line to the wrap width (60 characters or more); and the next line
/// starts in the title's column `col`, is not a numbered heading ("8." but a house number,
/// "45 Creek Road", may open it), does not end a sentence, and a blank line (or the end)
/// follows it.
fn unfinished_continuation(
    text: &Text,
    i: usize,
    limit: usize,
    col: usize,
    title: &str,
) -> Option<usize> {
    let j = i + 1;
    if j >= limit.min(text.lines.len()) || col == 0 {
        return None;
    }
    let tail = title.trim_end();
    let last = tail.rsplit(' ').next().unwrap_or("");
    // (Brackets counted by their bytes, ASCII; a line of fewer than 60 bytes has fewer than
    // 60 characters.)
    let brackets = |b: u8| tail.bytes().filter(|&c| c == b).count();
    let line = text.lines[i].text.trim_end();
    let unfinished = tail.ends_with([',', '-', '–', '&'])
        || JOINING_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
        || brackets(b'(') > brackets(b')')
        || line.len() >= 60 && line.chars().count() >= 60;
    if !unfinished {
        return None;
    }
    let l = &text.lines[j];
    let t = l.trimmed();
    let lead = l.text.len() - l.text.trim_start().len();
    // (A title broken off at a spaced dash, "... Fund Application -" / "     Tōtara Heights
    // Residents' Association", goes on under itself whatever follows the second line.)
    let after_blank =
        matches!(last, "-" | "–") || text.lines.get(j + 1).is_none_or(|n| n.is_blank());
    // A heading line filled to the wrap width goes on at the margin, text straight after
    // it, when the rest is a short phrase in title case ("6.2 Report INF-2025-31 – Award of
    // Tender ..., Concession" / "Road 4 Reconstruction"): the end of a wrapped title, not
    // the first line of a paragraph (which fills its line, or reads as a sentence), when
    // a sentence follows (not a label over a motion, "Council Resolution" / "Moved ...").
    let margin = lead < col
        && line.len() >= 60
        && t.len() <= 40
        && !t.contains(':')
        && word_count_le(t, 6)
        && t.split_whitespace().all(|w| {
            let mut cs = w.chars();
            // A capitalised word, a number or a joining word: no reference
            // ("ITCC/2026/00012") and no word in capitals.
            let word = cs.next().is_some_and(char::is_uppercase)
                && cs.all(|c| c.is_lowercase() || matches!(c, '-' | '’' | '\''));
            word || w.bytes().all(|c| c.is_ascii_digit())
                || JOINING_WORDS.iter().any(|j| w.eq_ignore_ascii_case(j))
        })
        && !t.split_whitespace().any(|w| {
            ["resolved", "resolution", "recommendation", "moved", "motion"]
                .iter()
                .any(|l| w.eq_ignore_ascii_case(l))
        })
        && text.lines.get(j + 1).is_some_and(|n| {
            let n = n.trimmed();
            n.ends_with('.') && !word_count_le(n, 3) || opens_with_field_label(n)
        });
    ((lead == col && after_blank || margin)
        && !t.is_empty()
        && !t.ends_with([',', ';', '.', ':'])
        && !punctuated_number(t))
    .then_some(j)
}

/// Whether `t` opens with a field's label: one or two words, the first capitalised, then a
/// colon and text ("Author: Simon Birtles, Director ...", "File reference: PA2025/087"), the
/// report's details under its heading. Not a time ("6:30 pm") nor a label alone.
fn opens_with_field_label(t: &str) -> bool {
    let Some((head, rest)) = t.split_once(':') else { return false };
    let mut words = head.split(' ');
    let first_ok = words.next().is_some_and(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_lowercase() || c == '-')
    });
    first_ok
        && words.count() <= 1
        && head.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && rest.starts_with(' ')
        && !rest.trim().is_empty()
}

/// Whether `t` has at most `n` words.
fn word_count_le(t: &str, n: usize) -> bool {
    t.split_whitespace().nth(n).is_none()
}

/// Words a title does not end on: a line that stops after one was broken off.
const JOINING_WORDS: [&str; 14] =
    ["and", "of", "for", "the", "to", "in", "on", "by", "with", "at", "a", "an", "or", "from"];

/// True when `t` opens with an item number marked as one: punctuation after it ("8.",
/// "8)", "8:") or a prefix ("Item 8").
fn punctuated_number(t: &str) -> bool {
    numbered(t).is_some_and(|(c, _)| {
        c.prefix.is_some() || !c.sep.trim().is_empty() || c.sep.contains('\t')
    })
}

/// True when `t` has two or more letters and all are capitals.
fn all_caps(t: &str) -> bool {
    // (ASCII text by its bytes: there a letter is an ASCII letter, a capital an ASCII
    // capital.)
    if t.is_ascii() {
        let mut letters = 0usize;
        for &c in t.as_bytes() {
            if c.is_ascii_lowercase() {
                return false;
            }
            letters += usize::from(c.is_ascii_uppercase());
        }
        return letters >= 2;
    }
    let mut letters = t.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some()
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && letters.all(char::is_uppercase)
}

/// Line `i` read as an item heading, as the segmenter would read it (the title may be on a
/// following line); `None` when it cannot open an item. For `check`, which looks for
/// headings the chosen sequence left out.
pub fn heading_at(text: &Text, i: usize) -> Option<Candidate> {
    parse_heading(text, i, text.lines.len())
}

/// The numbering family and sort key of the number a line starts with ("3. Budget" gives
/// Arabic [3, 0]), whatever follows it.
pub fn number_key_of_line(s: &str) -> Option<(Family, Vec<u32>)> {
    let (caps, _) = numbered(s)?;
    number_key(caps.num)
}

/// The heading part of a line that may run on into text ("2415. APOLOGIES: Cllr X sent
/// apologies."). Returns the title and its length in bytes within `rest`.
fn run_in_title(rest: &str) -> Option<(&str, usize)> {
    // (The first ": " and the length in characters, read once.)
    let colon = find_sep(rest, ": ");
    // "Apologies: Mr G and Mrs D Trethewey": a well-known heading, a colon, then the text.
    if let Some(p) = colon
        && COMMON_HEADING.is_match(&rest[..p])
    {
        return Some((&rest[..p], p));
    }
    // An all-caps heading with a colon runs on whatever the length: "MINUTES: The ...".
    // (Capitals after the colon go on with the title: "ESTATES: CLARENDON BUILDING
    // REFURBISHMENT – FULL BUSINESS CASE".)
    if let Some(p) = colon {
        let head = &rest[..p];
        let letters = head.chars().filter(|c| c.is_alphabetic());
        if head.chars().any(char::is_alphabetic)
            && letters.clone().all(char::is_uppercase)
            && head.split_whitespace().count() <= 10
            && rest[p..].split_whitespace().count() >= 3
            && !all_caps(&rest[p..])
        {
            return Some((head, p));
        }
    }
    // "Apologies for absence. Apologies were received from ...": a short heading, a full
    // stop, then the text.
    if let Some(p) = find_sep(rest, ". ") {
        let head = &rest[..p];
        let after = rest[p + 2..].trim_start();
        let last = head.rsplit(' ').next().unwrap_or("");
        let abbreviation = last.chars().count() <= 2
            || matches!(
                last.to_lowercase().as_str(),
                "cllr"
                    | "mrs"
                    | "no"
                    | "nos"
                    | "st"
                    | "dr"
                    | "etc"
                    | "inc"
                    | "ltd"
                    | "co"
                    | "prof"
                    | "rev"
            );
        // The text after the stop must read as a sentence (lower-case words), not as the
        // rest of a title ("... (NEET)/Education. Employment and Training (EET)").
        let lower_words = after
            .split_whitespace()
            .filter(|w| {
                w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    && !matches!(*w, "and" | "of" | "the" | "or" | "for" | "in" | "on" | "to")
            })
            .count();
        if !abbreviation
            && head.split_whitespace().count() <= 8
            && after.starts_with(|c: char| c.is_uppercase())
            && after.split_whitespace().count() >= 3
            && lower_words >= 2
        {
            return Some((&rest[..p + 1], p + 1));
        }
    }
    // "Notes of the last meeting (5 June) – agreed as a correct record.": a short heading,
    // a dash, then a sentence in lower case that opens with what happened to it (not a
    // title's second half: "National requirements - legislation and guidance.").
    const OUTCOME: &[&str] = &[
        "agreed",
        "approved",
        "noted",
        "received",
        "accepted",
        "adopted",
        "deferred",
        "confirmed",
        "signed",
        "withdrawn",
        "carried",
        "resolved",
        "none",
        "nothing",
        "no",
    ];
    // (A dash's bytes first: most titles have none.)
    let dashed = memchr::memchr2(b'-', 0xE2, rest.as_bytes()).is_some();
    for sep in [" – ", " - ", " — "].iter().filter(|_| dashed) {
        if let Some(p) = find_sep(rest, sep) {
            let head = &rest[..p];
            let after = &rest[p + sep.len()..];
            let first = after.split_whitespace().next().unwrap_or("");
            if OUTCOME.contains(&first)
                && after.trim_end().ends_with('.')
                && after.split_whitespace().count() >= 3
                && head.split_whitespace().count() <= 10
            {
                return Some((head, p));
            }
        }
    }
    let chars = rest.chars().count();
    if chars <= 100 {
        return Some((rest, rest.len()));
    }
    // A long heading that is not a sentence ("Agreement with X, Inc. for services, FY
    // 2023-24, in an amount not to exceed $1,480,000").
    if chars <= 200 && !rest.ends_with('.') && colon.is_none() {
        return Some((rest, rest.len()));
    }
    // A long agenda-form heading of one sentence ("To receive declarations of interest ...
    // and to consider any requests for dispensations.").
    if chars <= 200 && rest.starts_with("To ") && find_sep(rest, ". ").is_none() {
        return Some((rest, rest.len()));
    }
    // Long line: a short heading before ": ", " - ", " – " or ". ".
    for sep in [": ", " - ", " – ", " — ", ". "] {
        if let Some(p) = find_sep(rest, sep) {
            let head = &rest[..p];
            if head.chars().count() <= 80 && head.split_whitespace().count() <= 12 {
                let len = if sep == ". " { p + 1 } else { p };
                return Some((&rest[..len], len));
            }
        }
    }
    None
}

/// `s.find(sep)` for a short separator (": ", ". ", " - ", " – ", " — "): the leftmost
/// match, looked for at its byte after a leading space (else its first byte) with
/// `memchr`, not with a substring searcher built for each call.
fn find_sep(s: &str, sep: &str) -> Option<usize> {
    let (h, n) = (s.as_bytes(), sep.as_bytes());
    // The byte searched for, at `key` in the separator.
    let key = usize::from(n.len() > 1 && n[0] == b' ');
    let &k = n.get(key)?;
    let mut from = key;
    while let Some(p) = memchr::memchr(k, h.get(from..)?) {
        // The separator's `key`th byte is at `from + p`: candidates in order, so the
        // first that fits is the leftmost match.
        let start = from + p - key;
        if h.get(start..start + n.len()) == Some(n) {
            return Some(start);
        }
        from += p + 1;
    }
    None
}

/// Family and sort key of an item number: "8" gives Arabic `[8, 0]`, "8.1" `[8, 2]`, "8a"
/// and "8.A" `[8, 1]`; "E" UpperAlpha `[5]`, "E-1" `[5, 2]`; "45/19" a compound `[45, 19]`.
pub fn number_key(num: &str) -> Option<(Family, Vec<u32>)> {
    // "CAB.45", "P.23.14": a letter prefix and dotted numbers; "QSEC(24)44": a committee's
    // letters, the year in brackets and the number (a Welsh NHS committee's minutes).
    if num.contains('/')
        || num.starts_with(|c: char| c.is_ascii_uppercase())
            && (num.contains('.') || num.contains('('))
    {
        let shape: String = num.chars().map(|c| if c.is_ascii_digit() { '9' } else { c }).collect();
        let shape = collapse_nines(&shape);
        let parts: Vec<u32> = num
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.parse().ok())
            .collect();
        return Some((Family::Compound(shape), parts));
    }
    if num.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')) && num.len() > 1 || num == "I" {
        return roman(num).map(|n| (Family::UpperRoman, vec![n]));
    }
    if num.len() == 1 && num.chars().all(|c| c.is_ascii_uppercase()) {
        let n = num.as_bytes()[0] - b'A' + 1;
        return Some((Family::UpperAlpha, vec![u32::from(n)]));
    }
    // "E-1": a lettered item's numbered sub-item, after "E" and before "F".
    if let [l @ b'A'..=b'Z', b'-', d @ ..] = num.as_bytes()
        && d.iter().all(u8::is_ascii_digit)
        && let Ok(d) = num[2..].parse::<u32>()
    {
        return Some((Family::UpperAlpha, vec![u32::from(l - b'A' + 1), 1 + d]));
    }
    // (ASCII digits are one byte each: the leading digits are a slice.)
    let digits = &num[..num.bytes().take_while(u8::is_ascii_digit).count()];
    let main: u32 = digits.parse().ok()?;
    let tail = &num[digits.len()..];
    // "9.A": a numbered item's lettered sub-item, as "9a".
    if let [b'.', l @ b'A'..=b'Z'] = tail.as_bytes() {
        return Some((Family::Arabic, vec![main, u32::from(l - b'A' + 1)]));
    }
    if let Some(dec) = tail.strip_prefix('.') {
        // 8.1: a sub-number; kept in the Arabic family after its parent.
        let d_str = &dec[..dec.bytes().take_while(u8::is_ascii_digit).count()];
        let d = d_str.parse::<u32>().ok()?;
        // "7.0 FINANCE" (decimal outline numbering): the item itself, before "7.1".
        if d == 0 {
            return Some((Family::Arabic, vec![main, 0]));
        }
        // "9.1.1" (a third level): after "9.1", before "9.1.2" and "9.2".
        if let Some(e) = dec[d_str.len()..].strip_prefix('.')
            && let Ok(e) = e.parse::<u32>()
        {
            return Some((Family::Arabic, vec![main, 1 + d, 1 + e]));
        }
        return Some((Family::Arabic, vec![main, 1 + d]));
    }
    let letter = tail.chars().find(|c| c.is_ascii_lowercase());
    Some((Family::Arabic, vec![main, letter.map_or(0, |c| c as u32 - 'a' as u32 + 1)]))
}

fn collapse_nines(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c == '9' && out.ends_with('9') {
            continue;
        }
        out.push(c);
    }
    out
}

/// Value of an upper-case roman numeral.
pub fn roman(s: &str) -> Option<u32> {
    let value = |c| match c {
        'I' | 'i' => Some(1),
        'V' | 'v' => Some(5),
        'X' | 'x' => Some(10),
        'L' | 'l' => Some(50),
        'C' | 'c' => Some(100),
        _ => None,
    };
    // Each digit counts against the total when a larger one follows it.
    let mut total = 0i64;
    let mut prev: Option<u32> = None;
    for c in s.chars() {
        let v = value(c)?;
        if let Some(p) = prev {
            total += if v > p { -i64::from(p) } else { i64::from(p) };
        }
        prev = Some(v);
    }
    total += i64::from(prev?);
    u32::try_from(total).ok().filter(|&t| t > 0)
}

/// How much `title` looks like an item heading; None when it cannot be one.
fn title_score(title: &str) -> Option<f32> {
    let t = title.trim();
    let first = t.chars().next()?;
    if !(first.is_uppercase() || first.is_ascii_digit() || "'\"‘“(".contains(first)) {
        return None;
    }
    if t.ends_with('?') || t.ends_with(',') || t.ends_with(';') {
        return None;
    }
    // (ASCII text, most titles, is counted by bytes in one pass: the same words, letters
    // and capitals.)
    let (words, letters, upper) = if t.is_ascii() {
        let (mut words, mut letters, mut upper) = (0usize, 0usize, 0usize);
        let mut after_space = true;
        for &c in t.as_bytes() {
            let space = is_ascii_space_byte(c);
            words += usize::from(after_space && !space);
            after_space = space;
            letters += usize::from(c.is_ascii_alphabetic());
            upper += usize::from(c.is_ascii_uppercase());
        }
        (words, letters, upper)
    } else {
        let (letters, upper) = t
            .chars()
            .filter(|c| c.is_alphabetic())
            .fold((0, 0), |(n, u), c| (n + 1, u + usize::from(c.is_uppercase())));
        (t.split_whitespace().count(), letters, upper)
    };
    // Agenda-form headings ("To resolve that, in view of the confidential nature of the
    // business ...") run longer than others.
    if words > if t.starts_with("To ") { 40 } else { 25 } {
        return None;
    }
    if letters == 0 {
        return None;
    }
    let mut score = 1.0;
    if upper == letters && letters >= 3 {
        score += 1.0;
    }
    // (In ASCII case: of the characters outside ASCII only the Kelvin sign lowers to an
    // ASCII letter, "k", which none of the words holds.)
    let opener = t.split_whitespace().next().is_some_and(|w| {
        ["that", "the", "it", "this", "there", "we", "a", "an"]
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o))
    });
    if opener && words > 6 {
        score -= 0.8;
    }
    if t.ends_with('.') && words > 10 {
        score -= 0.7;
    }
    if words > 14 {
        score -= 0.4;
    }
    if words > 8 && find_sep(t, ". ").is_some() {
        score -= 0.5;
    }
    // "1.  Cllr. Pádraig Ó Maoláin (Cathaoirleach)": an entry of a numbered list of people,
    // not a heading.
    if words <= 8 && is_person_entry(t) {
        score -= 1.5;
    }
    Some(score)
}

/// Whether a title opens with a personal honorific and a capitalised name ("Cllr. A
/// Byrne", "Hon. Grace Mugo, MCA", "Dr Orla Keegan (Community Interests)").
fn is_person_entry(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    let honorific = first.trim_end_matches('.');
    [
        "cllr",
        "councillor",
        "cyng",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "hon",
        "prof",
        "rev",
        "revd",
        "alderman",
        "ald",
    ]
    .iter()
    .any(|h| honorific.eq_ignore_ascii_case(h))
        && second.starts_with(|c: char| c.is_uppercase())
}

/// Strips trailing full stop, colon and white space from a title.
pub fn clean_title(t: &str) -> String {
    // "Work Programme 2024/25  PDF 77 KB", "Minutes pdf icon PDF 214 KB" (web copies of
    // ModernGov pages): the document link is not the title's.
    let t = doc_link_start(t).map_or(t, |at| &t[..at]);
    static PAGES: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::regex(r"(?i)\s*\((?:pages?|pp?\.?)\s*\d+(?:\s*[-–—]\s*\d+)?\)\s*$").unwrap()
    });
    let t = if t.trim_end().ends_with(')') {
        PAGES.replace(t.trim(), "")
    } else {
        std::borrow::Cow::Borrowed(t.trim())
    };
    // An agenda's page column after a run of spaces: "Adoption of Minutes      3 - 11".
    static PAGE_COLUMN: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::regex(r"\s{3,}\d{1,4}(?:\s*[-–]\s*\d{1,4})?$").unwrap());
    let t = if t.ends_with(|c: char| c.is_ascii_digit()) && t.contains("   ") {
        PAGE_COLUMN.replace(t.trim(), "")
    } else {
        t
    };
    let t = t.trim();
    let t = t.trim_end_matches([':', '.', ' ', '\t', '-', '–']);
    let t = t.trim_start_matches(['-', '–', ' ', '\t']);
    crate::text::reflow(t)
}

/// A page reference in an agenda's last column: "(Pages 5 – 12)", "Page 3".
static PAGE_CELL: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"(?i)^\(?(?:pages?|pp?\.?)\s*\d").unwrap());

/// A month name at the start of the text ("September 2025 at 2.00 pm").
static MONTH_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\b|\.)").unwrap()
});

static SECOND_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^\d{1,3}[.)]?\s{2,}|^\d{1,3}[.)]\s+").unwrap());

static IN_RE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^(?i:in\s+re)\s*:\s*(?P<title>\S.*)$").unwrap());

/// A heading in capitals: the specification of [`caps_heading`], which reads it by hand.
#[cfg(test)]
static CAPS_HEADING: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::regex(r"^[A-Z][A-Z0-9 ,'’&/()\-–]{3,80}$").unwrap());

/// Whether `t` is a heading in capitals, [`CAPS_HEADING`] (`^[A-Z][A-Z0-9 ,'’&/()\-–]{3,80}$`)
/// read by hand: an ASCII capital, then 3 to 80 characters, each a capital, a digit, a
/// space, a comma, an apostrophe (straight or curly), '&', '/', a bracket, a hyphen or an
/// en dash, to the end.
fn caps_heading(t: &str) -> bool {
    let mut chars = t.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let mut n = 0;
    for c in chars {
        let ok = matches!(
            c,
            'A'..='Z' | '0'..='9' | ' ' | ',' | '\'' | '’' | '&' | '/' | '(' | ')' | '-' | '–'
        );
        n += 1;
        if !ok || n > 80 {
            return false;
        }
    }
    n >= 3
}

/// Whether `t` can match [`CAPS_HEADING`]: a capital, then no lower-case letter, in the
/// first two bytes.
fn may_be_caps_heading(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 4 && b[0].is_ascii_uppercase() && !b[1].is_ascii_lowercase()
}

/// Lines that are labels or signatures, never item headings on their own.
static NOT_A_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)^(present|members present|also present|in attendance|apologies|absent|chair(man|person|woman)?|vice[- ]chair(man)?|signed|date|resolved|agreed|recommended|decision|action|actions|note|notes|page \d+.*|cllrs?|councillors?|part [ab12i]+|[A-Z]+ COUNCIL|.*council|sederunt|roll call|(motion )?(carried|defeated|lost|failed|withdrawn|adopted|approved)( unanimously)?)\s*[:\-–—.]?$",
    )
    .unwrap()
});

static COMMON_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)^(apologies( for absence)?( and substitutions)?|declarations? of (interests?|pecuniary interests?)|(approval of |confirmation of )?(the )?minutes( of the (previous|last) meeting)?( for approval)?|matters arising|public (participation|forum|question time|questions)|open forum|chair(man)?'?s? (report|announcements)|clerk'?s? report|correspondence|finance|financial report|accounts for payment|planning( applications| matters)?|any other business|date (and time )?of (the )?next meeting|urgent business|exclusion of (the )?press and public|call to order|roll call|adjournment|approval of (the )?agenda|public comment|consent agenda|old business|new business|unfinished business)\s*[.:]?$",
    )
    .unwrap()
});

/// Whether [`COMMON_HEADING`] matches `t`. Every heading it knows opens with a, c, d, e, f, m,
/// n, o, p, r, t or u, in either case (none of them is a fold of a character outside
/// ASCII): other lines, most of them, skip the pattern.
fn common_heading(t: &str) -> bool {
    let first = t.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii()
        && !matches!(
            first.to_ascii_lowercase(),
            b'a' | b'c' | b'd' | b'e' | b'f' | b'm' | b'n' | b'o' | b'p' | b'r' | b't' | b'u'
        )
    {
        return false;
    }
    COMMON_HEADING.is_match(t)
}

/// True for a well-known item heading on a line of its own ("Declarations of interest",
/// "Matters arising", "Any other business").
pub fn is_common_heading(line: &str) -> bool {
    COMMON_HEADING.is_match(line.trim())
}

/// Whether `b` is white space as [`char::is_whitespace`] reads an ASCII byte (the vertical
/// tab included, which [`u8::is_ascii_whitespace`] leaves out).
fn is_ascii_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// [`Line::is_blank`], answered from the first byte when that is printable ASCII (most
/// lines): only white space can open a blank line.
fn blank(l: &Line) -> bool {
    match l.text.as_bytes().first() {
        None => true,
        Some(&b) if b.is_ascii() && !matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') => {
            false
        }
        _ => l.is_blank(),
    }
}

/// Every line that might open an item.
fn candidates(text: &Text) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = text.lines.len();
    let mut nonblank_before = 0;
    // Whether an attendance label ("Present:", "MEMBERS PRESENT") has been seen in the
    // first lines: a title comes before it.
    let mut attendance_seen = false;
    for i in 0..n {
        let line = &text.lines[i];
        if blank(line) {
            continue;
        }
        nonblank_before += 1;
        let from_lead = line.text.trim_start();
        let lead = line.text.len() - from_lead.len();
        let t = from_lead.trim_end();
        if let Some(c) = parse_heading_trimmed(text, i, n, t, lead) {
            // "V." and "X." are roman numerals as much as letters: offer both readings.
            if let (Some((Family::UpperAlpha, _)), Some(num)) = (&c.key, &c.number)
                && let Some(v) = roman(num).filter(|_| num.len() == 1)
            {
                let mut r = c.clone();
                r.key = Some((Family::UpperRoman, vec![v]));
                out.push(r);
            }
            // And "2026 BUDGET" is a capital heading as much as a numbered one: offer it
            // unnumbered too (a year numbers no items; see `choose_chain`).
            if c.number.as_deref().is_some_and(is_year) && all_caps(t) {
                let mut u = c.clone();
                u.number = None;
                u.key = Some((Family::Unnumbered, vec![0]));
                u.title = clean_title(t);
                u.score = 0.8;
                out.push(u);
            }
            // And "I." is the ninth letter as much as one: "H.", "I.", "J." in a lettered list.
            if let (Some((Family::UpperRoman, _)), Some("I")) = (&c.key, c.number.as_deref()) {
                let mut a = c.clone();
                a.key = Some((Family::UpperAlpha, vec![9]));
                out.push(a);
            }
            out.push(c);
            continue;
        }
        let blank_before = i == 0 || blank(&text.lines[i - 1]);
        // "IN RE: CALL TO ORDER" (Virginia minute books): a heading whatever its case.
        if t.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("in"))
            && let Some(c) = IN_RE.captures(t)
            && let Some(m) = c.name("title")
        {
            out.push(Candidate {
                number: None,
                key: Some((Family::Unnumbered, vec![0])),
                title: clean_title(m.as_str()),
                heading: line.trimmed_range(),
                body_start: line.end(),
                score: 3.0,
            });
            continue;
        }
        let caps = (may_be_caps_heading(t) && caps_heading(t) || numbered_instrument_heading(t))
            && t.chars().filter(|c| c.is_alphabetic()).count() >= 5
            && !ends_in_function_word(t)
            && !is_date_line(t);
        let common = common_heading(t);
        if nonblank_before <= TITLE_BLOCK_LINES && is_attendance_label(t) {
            attendance_seen = true;
        }
        // The first lines are the document's title, not an item; so are the lines of a
        // title that runs on ("MINUTES OF MEETING OF THE CLIMATE ACTION, TRANSPORT AND" /
        // "NETWORKS COMMITTEE" / "held ... on 6th February 2025") before the attendance.
        if (caps || common)
            && !NOT_A_HEADING.is_match(t)
            && (blank_before || caps)
            && nonblank_before > 3
            && !(nonblank_before <= TITLE_BLOCK_LINES
                && !attendance_seen
                && in_title_paragraph(text, i))
        {
            out.push(Candidate {
                number: None,
                key: Some((Family::Unnumbered, vec![0])),
                title: clean_title(t),
                heading: line.trimmed_range(),
                body_start: line.end(),
                score: if caps && common {
                    1.5
                } else if common {
                    1.0
                } else {
                    0.8
                },
            });
        }
        if out.len() > 20_000 {
            break;
        }
    }
    out
}

/// How many non-blank lines from the top a document's title block can reach.
const TITLE_BLOCK_LINES: usize = 15;

/// An attendance label opening a line: "Present:", "MEMBERS PRESENT:", "In attendance",
/// "Apologies", "Sederunt".
fn is_attendance_label(t: &str) -> bool {
    const LABELS: &[&str] = &[
        "present",
        "members present",
        "also present",
        "in attendance",
        "attendance",
        "apologies",
        "absent",
        "members absent",
        "sederunt",
    ];
    let b = t.as_bytes();
    LABELS.iter().any(|l| {
        b.get(..l.len()).is_some_and(|w| w.eq_ignore_ascii_case(l.as_bytes()))
            && b.get(l.len()).is_none_or(|c| !c.is_ascii_alphabetic())
    })
}

/// True when line `i` belongs to the document's title paragraph: a line of the paragraph at
/// or above it opens with "Minutes" or "Agenda", and the paragraph gives a date ("MINUTES OF
/// MEETING OF THE ..." / "... COMMITTEE" / "held in the Council Chamber" / "on Thursday, 6th
/// February 2025").
fn in_title_paragraph(text: &Text, i: usize) -> bool {
    const REACH: usize = 6;
    let mut top = i;
    while top > 0 && i - top < REACH && !text.lines[top - 1].is_blank() {
        top -= 1;
    }
    let mut bottom = i;
    while bottom + 1 < text.lines.len() && bottom - i < REACH && !text.lines[bottom + 1].is_blank()
    {
        bottom += 1;
    }
    let opens = |w: &str, word: &str| {
        w.as_bytes().get(..word.len()).is_some_and(|x| x.eq_ignore_ascii_case(word.as_bytes()))
    };
    let titled = text.lines[top..=i]
        .iter()
        .any(|l| opens(l.trimmed(), "minutes") || opens(l.trimmed(), "agenda"));
    titled
        && text.lines[top..=bottom]
            .iter()
            .any(|l| !crate::extract::meeting::dates(l.text, false).is_empty())
}

/// An all-capitals heading naming a numbered instrument: "RESOLUTION #2025-14: AUTHORIZE
/// SETTLEMENT", "LOCAL LAW INTRODUCTORY NO. 2 OF 2025 - SHORT-TERM RENTALS", "ORDINANCE NO.
/// 24-07". Beyond [`CAPS_HEADING`]'s characters it allows '#' before a digit, "NO." before a
/// number and a colon after one ("#2025-14: "), so vote lines ("AYES: SMITH") and capital
/// sentences ("MEETING ADJOURNED AT 8.26 P.M.") stay out.
fn numbered_instrument_heading(t: &str) -> bool {
    // Cheap gate: most lines hold neither mark.
    // ("NO. " read from its capital N, rare in prose.)
    let b = t.as_bytes();
    if t.len() > 100
        || t.ends_with(['.', ':'])
        || !(memchr::memchr(b'#', b).is_some()
            || memchr::memchr_iter(b'N', b).any(|k| b[k..].starts_with(b"NO. ")))
    {
        return false;
    }
    let b = t.as_bytes();
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    for (k, &c) in b.iter().enumerate() {
        let ok = match c {
            b'#' => digit(k + 1),
            b'.' => {
                k >= 2
                    && &b[k - 2..k] == b"NO"
                    && (k == 2 || !b[k - 3].is_ascii_alphabetic())
                    && b.get(k + 1) == Some(&b' ')
                    && digit(k + 2)
            }
            b':' => k >= 1 && digit(k - 1) && b.get(k + 1) == Some(&b' '),
            _ => true,
        };
        if !ok {
            return false;
        }
    }
    let plain: String = t.chars().filter(|c| !matches!(c, '#' | '.' | ':')).collect();
    caps_heading(&plain)
}

/// True when the line is a date and nothing else ("MONDAY, FEBRUARY 10, 2025", "Tuesday 4th
/// March 2025"): a title-block line, not a heading.
fn is_date_line(t: &str) -> bool {
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const DAYS: &[&str] =
        &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let (mut month, mut year) = (false, false);
    for w in t.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()) {
        let w = w.to_ascii_lowercase();
        if MONTHS.contains(&w.as_str()) {
            month = true;
            continue;
        }
        if DAYS.contains(&w.as_str()) {
            continue;
        }
        let digits = w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            year |= digits.len() == 4;
            continue;
        }
        return false;
    }
    month && year
}

/// "UPON MOTION DULY MADE AND SECONDED, THERE BEING NO FURTHER BUSINESS TO": a capitalised
/// sentence wrapped at a line end, not a heading.
fn ends_in_function_word(t: &str) -> bool {
    let last = t.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "TO" | "THE"
            | "OF"
            | "AND"
            | "FOR"
            | "A"
            | "AN"
            | "IN"
            | "ON"
            | "BY"
            | "WITH"
            | "AT"
            | "THAT"
    )
}

/// Chooses the best increasing chain of one family; returns candidate indexes.
fn choose_chain(text: &Text, cands: &[Candidate]) -> Vec<usize> {
    // Explicit item markers ("IN RE:") outrank numbering: the numbers are then paragraphs.
    let marked: Vec<usize> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.number.is_none() && c.score >= 3.0)
        .map(|(i, _)| i)
        .collect();
    if marked.len() >= 2 {
        return marked;
    }
    let mut families: Vec<Family> = Vec::new();
    for c in cands {
        if let Some((f, _)) = &c.key
            && !families.contains(f)
        {
            families.push(f.clone());
        }
    }
    let mut best: (f32, Vec<usize>) = (0.0, Vec::new());
    for fam in families.iter().filter(|f| **f != Family::Unnumbered) {
        let idx: Vec<usize> = cands
            .iter()
            .enumerate()
            .filter(|(_, c)| c.key.as_ref().is_some_and(|(f, _)| f == fam))
            .map(|(i, _)| i)
            .collect();
        let (score, chain) = best_chain(cands, &idx, fam);
        let penalty = match fam {
            Family::Arabic | Family::Compound(_) => 1.0,
            _ => 0.8,
        };
        let score = score * penalty;
        // One item alone (an extraordinary meeting's single business) counts when its
        // heading is strong, or numbered by a lettered minute reference ("EPC/01/25").
        let strong_single = chain.len() == 1
            && (cands[chain[0]].score >= 2.0 || lettered_reference(&cands[chain[0]]));
        if (chain.len() >= 2 || strong_single) && score > best.0 {
            best = (score, chain);
        }
    }
    let un: Vec<usize> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.key, Some((Family::Unnumbered, _))))
        .map(|(i, _)| i)
        .collect();
    // A single "item" numbered by a year ("2026 BUDGET" among the capital headings of a
    // county commission's minutes) is a heading's year, not a numbering.
    let year_single = best.1.len() == 1 && cands[best.1[0]].number.as_deref().is_some_and(is_year);
    if best.1.is_empty() || year_single {
        // No numbering: all-caps or well-known headings, if at least two.
        if un.len() >= 2 {
            return un;
        }
    }
    if lettered_list_in_one_section(cands, &best.1, &un)
        || numbered_list_in_one_section(text, cands, &best.1, &un)
    {
        return un;
    }
    best.1
}

/// True when the chosen chain is a compact list ("1. Tenancies: ...", "2. Voids: ...", one
/// entry after another without a blank line between) inside one section of a document laid
/// out with more unnumbered headings than the list has entries: a report's key points under
/// "CEO REPORT", not the items. Needs a heading before and one after the list, none inside.
fn numbered_list_in_one_section(
    text: &Text,
    cands: &[Candidate],
    chain: &[usize],
    un: &[usize],
) -> bool {
    let (Some(&first), Some(&last)) = (chain.first(), chain.last()) else { return false };
    if chain.len() < 2 || un.len() <= chain.len() || un.len() < 3 {
        return false;
    }
    let start = cands[first].heading.start;
    let end = cands[last].heading.start;
    let before = un.iter().any(|&u| cands[u].heading.start < start);
    let after = un.iter().any(|&u| cands[u].heading.start > end);
    let inside = un.iter().any(|&u| (start..=end).contains(&cands[u].heading.start));
    if !before || !after || inside {
        return false;
    }
    let (a, b) = (text.line_of(start), text.line_of(end));
    !text.lines[a..=b].iter().any(blank)
}

/// A year, 1900 to 2099, written alone: "2026".
fn is_year(n: &str) -> bool {
    n.len() == 4
        && n.bytes().all(|b| b.is_ascii_digit())
        && (n.starts_with("19") || n.starts_with("20"))
}

/// A minute reference with letters and a slash ("EPC/01/25", "FC24/101") numbering a
/// heading-like title.
fn lettered_reference(c: &Candidate) -> bool {
    matches!(c.key, Some((Family::Compound(_), _)))
        && c.number
            .as_deref()
            .is_some_and(|n| n.starts_with(|ch: char| ch.is_ascii_uppercase()) && n.contains('/'))
        && c.score >= 0.5
}

/// True when the chosen chain is lettered ("A.", "B.", "C.") and sits wholly inside one
/// section of a document laid out with unnumbered headings: a list under "CONSENT AGENDA",
/// not the items. Needs three or more headings, at least one before and one after the list.
fn lettered_list_in_one_section(cands: &[Candidate], chain: &[usize], un: &[usize]) -> bool {
    let (Some(&first), Some(&last)) = (chain.first(), chain.last()) else { return false };
    let lettered = matches!(cands[first].key, Some((Family::UpperAlpha | Family::UpperRoman, _)));
    if !lettered || un.len() < 3 {
        return false;
    }
    let start = cands[first].heading.start;
    let end = cands[last].heading.start;
    let before = un.iter().any(|&u| cands[u].heading.start < start);
    let after = un.iter().any(|&u| cands[u].heading.start > end);
    let inside = un.iter().any(|&u| (start..=end).contains(&cands[u].heading.start));
    before && after && !inside
}

/// Longest-scoring strictly increasing chain among `idx` (dynamic programming).
fn best_chain(cands: &[Candidate], idx: &[usize], fam: &Family) -> (f32, Vec<usize>) {
    let n = idx.len();
    let mut score = vec![0f32; n];
    let mut prev = vec![usize::MAX; n];
    // Compound numbers compare part by part ("45/19" -> [45, 19], "CPB/23/12" -> [23, 12]);
    // `increases` requires the constant parts to agree.
    let keys: Vec<Vec<u32>> = idx
        .iter()
        .map(|&i| cands[i].key.as_ref().map(|(_, k)| k.clone()).unwrap_or_default())
        .collect();
    // Limit the look-back so pathological inputs stay linear-ish.
    const WINDOW: usize = 400;
    for j in 0..n {
        let own = cands[idx[j]].score;
        score[j] = own;
        for i in j.saturating_sub(WINDOW)..j {
            if !increases(&keys[i], &keys[j], fam) {
                continue;
            }
            let step = step_bonus(&keys[i], &keys[j], fam);
            let s = score[i] + own + step;
            if s > score[j] {
                score[j] = s;
                prev[j] = i;
            }
        }
    }
    let Some((mut j, &top)) = score
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal))
    else {
        return (0.0, Vec::new());
    };
    let mut chain = vec![idx[j]];
    while prev[j] != usize::MAX {
        j = prev[j];
        chain.push(idx[j]);
    }
    chain.reverse();
    (top, chain)
}

fn increases(a: &[u32], b: &[u32], fam: &Family) -> bool {
    match fam {
        Family::Compound(_) => {
            // The same constant parts, one increasing part.
            if a.len() != b.len() {
                return false;
            }
            // (Counted without collecting the differing parts: this runs for every pair of
            // candidates within the look-back.)
            let mut diff = (0..a.len()).filter(|&i| a[i] != b[i]);
            match (diff.next(), diff.next()) {
                (Some(d), None) => b[d] > a[d],
                _ => false,
            }
        }
        _ => b > a,
    }
}

fn step_bonus(a: &[u32], b: &[u32], fam: &Family) -> f32 {
    let gap = match fam {
        Family::Compound(_) => {
            let d = (0..a.len().min(b.len())).find(|&i| a[i] != b[i]);
            d.map_or(0, |i| b[i].saturating_sub(a[i]))
        }
        _ => {
            if a.first() == b.first() {
                // 5 -> 5(a), 5.1 -> 5.2
                1
            } else {
                b.first().unwrap_or(&0).saturating_sub(*a.first().unwrap_or(&0))
            }
        }
    };
    match gap {
        1 => 1.0,
        2 => 0.3,
        3..=5 => -0.3,
        _ => -1.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(s: &str) -> Vec<(Option<String>, String)> {
        let t = Text::from_str(s);
        segment(&t).items.into_iter().map(|i| (i.number, i.title)).collect()
    }

    fn nums(s: &str) -> Vec<String> {
        seg(s).into_iter().map(|(n, _)| n.unwrap_or_default()).collect()
    }

    #[test]
    fn warrant_articles_are_items() {
        // A town meeting's minutes go article by article, the word "Article" like "Item"
        // (an OCR'd "ARTlCLE" too); a page header's number is not an item, nor is an
        // "article" of a code in a sentence.
        let s = "12   TOWN OF ELMSBURY\n\nSPECIAL TOWN MEETING\n\nArticle 1. Transfer of Funds\nMotion made and seconded to transfer $5,000.\nUnder article 14 she left the hall.\n\n13   TOWN OF ELMSBURY\n\nARTlCLE 2.  SNOW AND ICE DEFICIT\nMotion passed.\n\nArticle 3  Adjournment\nText.\n";
        assert_eq!(
            seg(s),
            [
                (Some("1".to_string()), "Transfer of Funds".to_string()),
                (Some("2".to_string()), "SNOW AND ICE DEFICIT".to_string()),
                (Some("3".to_string()), "Adjournment".to_string()),
            ]
        );
        assert!(nums("Text\n\narticle 14 she could not vote\n\narticle 15 he left\n").is_empty());
    }

    #[test]
    fn an_agenda_list_whose_numbers_head_items_again_is_not_the_items() {
        let s = "Minutes\n\nAgenda:\n  1. Minutes\n  2. Matters Arising\n  3. Reports\n\n1. Confirmation of Minutes of Meeting held on 19th September 2025\n\nAgreed.\n\n2. Matters Arising from the Minutes\n\nNone.\n\n3. Reports\n\nNoted.\n";
        assert_eq!(
            seg(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            [
                "Confirmation of Minutes of Meeting held on 19th September 2025",
                "Matters Arising from the Minutes",
                "Reports"
            ]
        );
        // Trap: items listed one under another with no business, numbers not heard again.
        let s = "Minutes\n\n1. Apologies\n2. Minutes\n3. Reports\n\nText (1) and (2).\n";
        assert_eq!(nums(s), ["1", "2", "3"]);
    }

    #[test]
    fn a_double_hyphen_after_a_running_minute_number_is_one_separator() {
        // "31 -- APOLOGIES FOR ABSENCE": running minute numbers with a typed dash; a
        // hyphen run on to the next word ("33 --5 degrees") is not a separator.
        let s = "PRESENT\n\nCouncillor A Fell\n\n31 -- APOLOGIES FOR ABSENCE\n\nNone.\n\n32 -- DECLARATIONS OF INTEREST\n\nNone.\n\n33 -- MINUTES\n\nResolved.\n";
        assert_eq!(
            seg(s),
            [
                (Some("31".to_string()), "APOLOGIES FOR ABSENCE".to_string()),
                (Some("32".to_string()), "DECLARATIONS OF INTEREST".to_string()),
                (Some("33".to_string()), "MINUTES".to_string()),
            ]
        );
        let t = Text::from_str("33 --5 DEGREES\n");
        assert!(heading_at(&t, 0).is_none_or(|c| c.title != "5 DEGREES"));
    }

    #[test]
    fn web_page_document_links_are_not_titles() {
        // A committee web page: each title has its document's link and size after it, and
        // a wrapped title carries the link on its second line.
        let s = "Minutes: Cabinet\n\n12.    Budget Monitoring Quarter 2  PDF 1.4 MB\n\n       Minutes:\n       RESOLVED: That the report be noted.\n\n13.    Fees and Charges Review – Leisure Centres and\n       Community Halls 2025/26  DOCX 88 kB\n\n       Minutes:\n       Text.\n\n14.    Urgent Business\n\n       Minutes:\n       None.\n";
        let titles: Vec<String> = seg(s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            titles,
            [
                "Budget Monitoring Quarter 2",
                "Fees and Charges Review – Leisure Centres and Community Halls 2025/26",
                "Urgent Business"
            ]
        );
        assert_eq!(doc_link_start("PDF 5 KB"), None);
        assert_eq!(doc_link_start("Five hundred KB"), None);
        assert_eq!(doc_link_start("Minutes pdf icon PDF 214 KB"), Some(7));
        assert_eq!(doc_link_start("Agenda\tdoc icon DOC  31KB"), Some(6));
    }

    #[test]
    fn committee_letters_with_a_bracketed_year_number_items() {
        // A Welsh NHS committee: "QSEC(24)44" (the committee's letters, the year in
        // brackets, the number) before each capitals title; a reference in prose and a
        // bracket without a number after it are not headings.
        let s = "UNCONFIRMED MINUTES\n\nMrs A Jones     Director (QSEC(24)45 only)\n\nQSEC(24)44    INTRODUCTIONS AND APOLOGIES\n\nText.\n\nQSEC(24)45    DECLARATIONS OF INTERESTS\n\nNone, and QSEC(24)37 was amended.\n\nNHS(24)    NOT A NUMBER\n\nQSEC(24)46    MINUTES OF THE MEETING HELD ON\n              8 OCTOBER 2024\n\nApproved.\n";
        assert_eq!(
            seg(s),
            [
                (Some("QSEC(24)44".to_string()), "INTRODUCTIONS AND APOLOGIES".to_string()),
                (Some("QSEC(24)45".to_string()), "DECLARATIONS OF INTERESTS".to_string()),
                (
                    Some("QSEC(24)46".to_string()),
                    "MINUTES OF THE MEETING HELD ON 8 OCTOBER 2024".to_string()
                ),
            ]
        );
        assert_eq!(number_key("QSEC(24)44").map(|k| k.1), Some(vec![24, 44]));
        assert_eq!(number_key_of_line("NHS(24)    NOT A NUMBER"), None);
    }

    #[test]
    fn a_title_broken_at_a_dash_goes_on_under_it_before_text() {
        let s = "Agenda\n\n7.   Grants\nText.\n\n8.   Discretionary Response Fund Application -\n     Heights Residents' Association\nMember Kean left the room.\n\n9.   Next Meeting\nText.\n";
        assert_eq!(
            seg(s)[1].1,
            "Discretionary Response Fund Application - Heights Residents' Association"
        );
        // Trap: a title that ends in a word takes no line of text under it.
        let s = "Agenda\n\n7.   Grants\nText.\n\n8.   Discretionary Response Fund Application\n     Heights Residents' Association\nMember Kean left the room.\n\n9.   Next Meeting\nText.\n";
        assert_eq!(seg(s)[1].1, "Discretionary Response Fund Application");
    }

    #[test]
    fn three_level_numbers_head_items() {
        // Outline numbering to a third level: "9.1.1<TAB>Title" under "9.1<TAB>SECTION".
        let s = "Minutes\n\n9\tOFFICER REPORTS\n\n9.1\tCORPORATE SERVICES\n\n9.1.1\tQuarterly Finance Report\n\nText.\n\n9.1.2\tCommunity Grants Program\n\nText.\n\n9.2\tPLANNING\n\n9.2.1\tPlanning Application\n\nText.\n\n10\tCLOSE\n\nText.\n";
        assert_eq!(nums(s), ["9", "9.1", "9.1.1", "9.1.2", "9.2", "9.2.1", "10"]);
        assert_eq!(number_key("9.1.1").map(|k| k.1), Some(vec![9, 2, 2]));
        // An attachment list's entries repeat their numbers in brackets: not items.
        let s = "Minutes\n\n9\tOFFICER REPORTS\n\n9.1\tCORPORATE SERVICES\n\nAttachments:   9.1.1  Budget [9.1.1 - 58 pages]\n               9.1.2  Submissions [9.1.2 - 6 pages]\n\nText.\n\n10\tCLOSE\n\nText.\n";
        assert_eq!(nums(s), ["9", "9.1", "10"]);
        // Trap: a date with dots is no number.
        assert_eq!(numbered("10.12.2024 Finance").map(|(c, _)| c.num), Some("10.12"));
    }

    #[test]
    fn a_title_broken_after_a_comma_goes_on_under_it() {
        let s = "Agenda\n\n4.1   Budget Monitoring\nText.\n\n4.2   Planning Application 25/0091 – Change of Use,\n      12 Mill Yard, Foxton\n\n      The officer summarised the application.\n\n4.3   Urgent Business\nNone.\n";
        assert_eq!(
            seg(s)[1].1,
            "Planning Application 25/0091 – Change of Use, 12 Mill Yard, Foxton"
        );
        assert_eq!(nums(s), ["4.1", "4.2", "4.3"]);
    }

    #[test]
    fn bracketed_minute_references_before_titles() {
        // County committee minutes: "(25/113) APOLOGIES ..." with the title wrapped under
        // itself; a bracketed reference that wraps to a line start inside prose, and a
        // bracketed plain number, are not headings.
        let s = "Committee\n\nPresent: A\n\n(25/113) APOLOGIES FOR ABSENCE\n\nNone.\n\n(25/114) MINUTES\n\nThe minutes were approved, as amended in minute\n(25/110) Budget, and signed.\n\n(25/115) EXTENSION OF QUARRY,\n         STANWICK ST JOHN\n\nText.\n\n(2) Some clause.\n";
        assert_eq!(
            seg(s),
            [
                (Some("25/113".into()), "APOLOGIES FOR ABSENCE".into()),
                (Some("25/114".into()), "MINUTES".into()),
                (Some("25/115".into()), "EXTENSION OF QUARRY, STANWICK ST JOHN".into()),
            ]
        );
        assert_eq!(bracketed_reference("(25/113) APOLOGIES"), Some(("25/113", " APOLOGIES")));
        assert_eq!(bracketed_reference("(25/113) the committee"), None);
        assert_eq!(bracketed_reference("(2) That"), None);
        assert_eq!(bracketed_reference("(see page 4) Text"), None);
        // A plain minute number in brackets before a capitals title; not a clause label.
        assert_eq!(
            bracketed_reference("(28)  APOLOGIES AND SUBSTITUTIONS"),
            Some(("28", "  APOLOGIES AND SUBSTITUTIONS"))
        );
        assert_eq!(bracketed_reference("(2) The Council agreed the budget"), None);
        assert_eq!(bracketed_reference("(2)   the Commissioner be asked"), None);
    }

    #[test]
    fn plain_minute_numbers_in_brackets_open_items() {
        let s = "Panel\n\nMembers:\n\nCllr A\n\n(28)  APOLOGIES\n\nNone.\n\n(29)  MINUTES OF THE PREVIOUS\n      MEETING\n\nThe Panel RESOLVED that:\n\n(1)   the minutes be approved;\n(2)   The Chair signs them.\n\n(30)  WORK PROGRAMME\n\nNoted.\n";
        assert_eq!(
            seg(s),
            [
                (Some("28".into()), "APOLOGIES".into()),
                (Some("29".into()), "MINUTES OF THE PREVIOUS MEETING".into()),
                (Some("30".into()), "WORK PROGRAMME".into()),
            ]
        );
    }

    #[test]
    fn capitals_after_a_colon_go_on_with_the_title() {
        let s = "Minutes\n\n7.  PUBLIC HEARING: LOCAL CONTROL AND ACCOUNTABILITY PLAN (LCAP) 2025-26\nText.\n\n8.  MINUTES: The minutes of the last meeting were approved.\n";
        assert_eq!(
            seg(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            ["PUBLIC HEARING: LOCAL CONTROL AND ACCOUNTABILITY PLAN (LCAP) 2025-26", "MINUTES"]
        );
    }

    #[test]
    fn a_title_broken_off_unfinished_goes_on_under_it() {
        // Broken after "and", inside a bracket, and on a line filled to the wrap width; the
        // traps: a finished title with a sentence under it, and a full line whose next line
        // ends a sentence.
        let s = "Minutes\n\n5.1  Grants to Community Groups and\n     Voluntary Organisations\n\nText.\n\n5.2  File No. PL-24-0188 – Orchard Terrace (Tentative Subdivision\n     Map), 1400 block of Orchard Road\n\nText.\n\n5.3  File No. PL-25-0007 – Conditional Use Permit, Drive-Through Coffee\n     Kiosk, 88 Harbor Boulevard\n\nText.\n\n5.4  Budget Monitoring\n     Reported by the Treasurer\n\n5.5  Planning Application 25/0091 – Change of Use of the former Mill Yard\n     The officer summarised the application.\n\n5.6  Close\n";
        assert_eq!(
            seg(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            [
                "Grants to Community Groups and Voluntary Organisations",
                "File No. PL-24-0188 – Orchard Terrace (Tentative Subdivision Map), 1400 block of Orchard Road",
                "File No. PL-25-0007 – Conditional Use Permit, Drive-Through Coffee Kiosk, 88 Harbor Boulevard",
                "Budget Monitoring",
                "Planning Application 25/0091 – Change of Use of the former Mill Yard",
                "Close"
            ]
        );
    }

    #[test]
    fn a_full_title_line_goes_on_at_the_margin_in_title_case() {
        // PDF text: a heading filled to the wrap width, its last words at the margin and
        // the minute's text straight after. Traps: a sentence at the margin under a full
        // heading line is the minute's text, and a label over a motion is no title.
        let s = "Minutes\n\n6.1 Report FIN-2025-19 – Draft Operating Budget\nThe Treasurer presented the budget.\n\n6.2 Report ENG-2025-31 – Award of Tender ENG-T-2025-07, Mill Lane and\nBridge Street Resurfacing\nThe Director reported that six bids were received.\n\n6.3 Report ENG-2025-32 – Award of Tender ENG-T-2025-08, Harbour Wall\nCouncil deferred the report to November.\n\n6.4 Notice of Motion 4/2025 – Cr Lowe – Solar Panels on the Community Halls\nCouncil Resolution\nMoved Cr Lowe\n\n6.5 Close\nText.\n";
        assert_eq!(
            seg(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            [
                "Report FIN-2025-19 – Draft Operating Budget",
                "Report ENG-2025-31 – Award of Tender ENG-T-2025-07, Mill Lane and Bridge Street Resurfacing",
                "Report ENG-2025-32 – Award of Tender ENG-T-2025-08, Harbour Wall",
                "Notice of Motion 4/2025 – Cr Lowe – Solar Panels on the Community Halls",
                "Close"
            ]
        );
    }

    #[test]
    fn numbered_paragraphs_that_wrap_are_not_items() {
        // Scottish board minutes: "1.1" paragraphs run on over hard-wrapped lines.
        let s = "Board\n\nPresent: A\n\n1.   DECLARATIONS OF INTEREST\n\n1.1  Councillor Lowrie declared an interest in item 4 as a board member of\na care provider.\n\n2.   MINUTE OF PREVIOUS MEETING\n\n2.1  The minute of the meeting held on 11 December was approved as a\ncorrect record.\n\n3.   FINANCE\n\n3.1  The Chief Finance Officer reported a projected overspend of £6.1m, or\n2.3% of the budget.\n";
        assert_eq!(nums(s), ["1", "2", "3"]);
    }

    #[test]
    fn letter_prefixed_minute_numbers_and_a_title_ending_on_a_dash() {
        // Extraordinary meeting minutes "EX/1" ...; a long capitals title broken after " -"
        // goes on on the next line even with the minute's text straight after it.
        let s = "Town Council\nEXTRAORDINARY MEETING\n\nPresent: A\n\nEX/1  APOLOGIES FOR ABSENCE\nNone.\n\nEX/2  PLANNING APPLICATION 24/02718/OUT - LAND NORTH OF FURLONG LANE -\n      OUTLINE APPLICATION FOR 240 DWELLINGS\nThe Clerk summarised the application.\n";
        assert_eq!(nums(s), ["EX/1", "EX/2"]);
        assert_eq!(
            seg(s)[1].1,
            "PLANNING APPLICATION 24/02718/OUT - LAND NORTH OF FURLONG LANE - OUTLINE APPLICATION FOR 240 DWELLINGS"
        );
    }

    #[test]
    fn mixed_case_reference_prefix_with_a_space() {
        // NHS council of governors: "CoG 24/31   WELCOME ...".
        let s = "Trust\nCOUNCIL OF GOVERNORS\n\nPresent: A\n\nCoG 24/31   WELCOME AND APOLOGIES\nText.\n\nCoG 24/32   MINUTES\nText.\n\nFC 24/33   FINANCE\nText.\n";
        assert_eq!(nums(s), ["CoG 24/31", "CoG 24/32"]);
        assert_eq!(seg(s)[0].1, "WELCOME AND APOLOGIES");
    }

    #[test]
    fn title_opening_with_an_application_reference() {
        let s = "Council\nPlanning Committee\n\nPL/24/44  UPDATE SHEET\nText.\n\nPL/24/45  24/01187/FUL - LAND NORTH OF MILL LANE\nText.\n\nPL/24/46  MINUTES\nText.\n";
        assert_eq!(nums(s), ["PL/24/44", "PL/24/45", "PL/24/46"]);
        assert_eq!(seg(s)[1].1, "24/01187/FUL - LAND NORTH OF MILL LANE");
        assert!(starts_with_reference("24/00912/HOUSE - 7 ORCHARD RISE"));
        assert!(!starts_with_reference("25/26 budget"));
    }

    #[test]
    fn a_full_capitals_heading_wraps_onto_the_next_line() {
        let s = "Minutes\n\n5. CONSENT\nText.\n\n6. PUBLIC HEARING - ZONE CHANGE ZC 25-01 AND SUBDIVISION, 210 MILLBROOK\n   AVENUE (APN 012-345-67)\nStaff presented the report.\n\n7. ADJOURNMENT\n   The meeting closed.\n";
        let titles: Vec<String> = seg(s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            titles,
            [
                "CONSENT",
                "PUBLIC HEARING - ZONE CHANGE ZC 25-01 AND SUBDIVISION, 210 MILLBROOK AVENUE (APN 012-345-67)",
                "ADJOURNMENT"
            ]
        );
        // Filled to the wrap width, it goes on at the margin; a short one does not.
        let s = "Minutes\n\nMIN. NO. MAR/SCHS/084/2025: CONSIDERATION OF THE HEALTH SERVICES BUDGET\nESTIMATES FOR FY 2025/2026\nThe Chief Officer took the Committee through them.\n\nMIN. NO. MAR/SCHS/085/2025: ANY OTHER BUSINESS\nNONE WAS RAISED\nThe meeting rose.\n";
        let items = seg(s);
        assert_eq!(items[0].0.as_deref(), Some("MAR/SCHS/084/2025"));
        assert_eq!(
            items[0].1,
            "CONSIDERATION OF THE HEALTH SERVICES BUDGET ESTIMATES FOR FY 2025/2026"
        );
        assert_eq!(items[1].1, "ANY OTHER BUSINESS");
    }

    #[test]
    fn a_section_heading_over_its_first_sub_item_and_a_title_wrapped_over_a_field_label() {
        let s = "Minutes\n\n9\tOFFICER REPORTS\n9.1\tCORPORATE AND COMMUNITY SERVICES\n9.1.1 Quarterly Finance Report – Period Ended 31 December 2025\nAuthor: Rachel Ostrowski, Director Corporate and Community Services\nThe report presents the figures.\n9.1.2 Community Grants Program 2025/26 – Round 2\nEleven applications were received.\n9.2\tINFRASTRUCTURE AND PLANNING\n\n9.2.1 Planning Application PA2025/087 – Dwelling and Shed, 140 Boundary Road,\nTarrangower\nAuthor: Simon Birtles, Director Infrastructure and Planning\nThe application seeks approval.\n\n10\tCLOSE\nText.\n";
        let items = seg(s);
        let numbers: Vec<&str> = items.iter().map(|(n, _)| n.as_deref().unwrap_or("")).collect();
        assert_eq!(numbers, ["9", "9.1", "9.1.1", "9.1.2", "9.2", "9.2.1", "10"]);
        assert_eq!(
            items[5].1,
            "Planning Application PA2025/087 – Dwelling and Shed, 140 Boundary Road, Tarrangower"
        );
        // Sibling sub-numbers on consecutive lines are a consent agenda's entries: items
        // too (fixtures/styles/README.md), not a list inside item 7.
        let s = "Minutes\n\n7. CONSENT AGENDA\n7.1 Minutes of the meeting\n7.2 Claims\n7.3 Payroll\nApproved.\n\n8. CLOSE\nText.\n";
        let numbers: Vec<String> = seg(s).into_iter().map(|(n, _)| n.unwrap_or_default()).collect();
        assert_eq!(numbers, ["7", "7.1", "7.2", "7.3", "8"]);
        assert!(opens_with_field_label("Author: Simon Birtles, Director"));
        assert!(!opens_with_field_label("6:30 pm the meeting resumed"));
        assert!(!opens_with_field_label("The Council resolved as follows: that"));
    }

    #[test]
    fn a_capitals_heading_whose_next_word_did_not_fit_wraps() {
        let body = "County Attorney Drees reviewed the draft ordinance amending Chapter 38 of\nthe Keeler County Code of Ordinances. The draft would increase the setback of\ncommercial turbines from non-participating residences to 2,000 feet.\n";
        let s = format!(
            "Minutes\n\n11. BOARD REPORTS\nText.\n\n12. WIND ENERGY CONVERSION SYSTEMS ORDINANCE – FIRST\nCONSIDERATION\n{body}\n13. ADJOURNMENT\nText.\n"
        );
        let titles: Vec<String> = seg(&s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            titles,
            [
                "BOARD REPORTS",
                "WIND ENERGY CONVERSION SYSTEMS ORDINANCE – FIRST CONSIDERATION",
                "ADJOURNMENT"
            ]
        );
        // Traps: a sub-heading the heading line had room for, and a motion's outcome.
        for under in ["PUBLIC HEARING", "CARRIED"] {
            let s = format!(
                "Minutes\n\n11. BOARD REPORTS\nText.\n\n12. WIND ENERGY CONVERSION SYSTEMS ORDINANCE\n{under}\n{body}\n13. ADJOURNMENT\nText.\n"
            );
            let titles: Vec<String> = seg(&s).into_iter().map(|(_, t)| t).collect();
            assert_eq!(titles[1], "WIND ENERGY CONVERSION SYSTEMS ORDINANCE", "{under}");
        }
    }

    #[test]
    fn a_numbered_list_of_people_is_not_the_items() {
        let s = "Minutes\n\nPresent:\n   1.  Cllr. Pádraig Ó Maoláin (Cathaoirleach)\n   2.  Cllr. Tomás Geraghty\n   3.  Ms. Gráinne Hurley (Staff Representative)\n   4.  Dr. Orla Keegan\n\n1.   Confirmation of Minutes\nThe minutes were confirmed.\n\n2.   Matters Arising\nNone.\n\n3.   Correspondence\nNoted.\n";
        let titles: Vec<String> = seg(s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(titles, ["Confirmation of Minutes", "Matters Arising", "Correspondence"]);
        // An item named after a person's office is still an item.
        assert!(!is_person_entry("Mayor's Announcements"));
        assert!(!is_person_entry("Dr. and Mrs. "));
        assert!(is_person_entry("Hon. Grace Wanjiru Mugo, MCA"));
    }

    #[test]
    fn a_run_in_outcome_after_a_dash_is_not_the_title() {
        let s = "Minutes\n\n1) Notes of the May meeting – approved without changes.\n\n2) Footpath survey – JB\nText.\n\n3) Hall - roof repairs and painting.\nText.\n";
        let titles: Vec<String> = seg(s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            titles,
            [
                "Notes of the May meeting",
                "Footpath survey – JB",
                "Hall - roof repairs and painting"
            ]
        );
    }

    #[test]
    fn a_title_that_runs_on_in_capitals_is_not_an_item() {
        // A long capitals title wrapped over lines, with the date below it, before the
        // attendance: the document's title, not unnumbered items.
        let s = "COMHAIRLE CONTAE X\nWESTMARSH COUNTY COUNCIL\n\nMiontuairiscí\nMINUTES OF MEETING OF THE HOUSING, COMMUNITY AND\nCULTURE STRATEGIC POLICY COMMITTEE\nheld on Tuesday, 4th March 2025 at 3.00 p.m.\n\nMEMBERS PRESENT:\nCllr. A. Byrne\n\nMINUTES OF PREVIOUS MEETING\nThe minutes of 4th February 2025 were adopted.\n\nHOUSING DELIVERY\nText.\n";
        let titles: Vec<String> = seg(s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(titles, ["MINUTES OF PREVIOUS MEETING", "HOUSING DELIVERY"]);
    }

    #[test]
    fn a_time_at_a_line_start_is_not_a_number() {
        let s = "Council\nMinutes\n\n7. REPORTS\nText.\n\n8. CLOSURE OF MEETING\nThe Mayor declared the meeting closed at\n11.05am.\n";
        assert_eq!(nums(s), ["7", "8"]);
        // With a colon: "9:45 p.m." wrapped to a line start.
        let s = "Council\nMinutes\n\n7. REPORTS\nThe Board recessed at\n9:45 p.m. to take a short break.\n\n8. ADJOURNMENT\nThe meeting ended at\n10:05 p.m.\n";
        assert_eq!(nums(s), ["7", "8"]);
    }

    #[test]
    fn unnumbered_instrument_headings_and_a_date_line() {
        let s = "VILLAGE OF X\nBOARD OF TRUSTEES\nREGULAR MEETING MINUTES\nMONDAY, FEBRUARY 10, 2025\n\nAPPROVAL OF MINUTES\nText.\n\nRESOLUTION #2025-14: AUTHORIZE SETTLEMENT\nText.\nAYES: GALVIN, BRUNO\n\nLOCAL LAW INTRODUCTORY NO. 2 OF 2025 - SHORT-TERM RENTALS\nText.\n\nADJOURNMENT\nText.\n";
        let titles: Vec<String> = seg(s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            titles,
            [
                "APPROVAL OF MINUTES",
                "RESOLUTION #2025-14: AUTHORIZE SETTLEMENT",
                "LOCAL LAW INTRODUCTORY NO. 2 OF 2025 - SHORT-TERM RENTALS",
                "ADJOURNMENT"
            ]
        );
        assert!(is_date_line("Tuesday 4th March 2025"));
        assert!(!is_date_line("MARCH BUDGET 2025 REVIEW"));
        assert!(!numbered_instrument_heading("MEETING ADJOURNED AT 8.26 P.M."));
        assert!(!numbered_instrument_heading("RESOLUTION #12 AYES: GALVIN"));
    }

    #[test]
    fn numbered_headings_and_a_list_that_restarts() {
        let s = "Title\n\n1. Welcome\n\nText.\n\n2. Questions\n\nWe asked:\n\n1. Who is here?\n2. Why should we do this today?\n\n3. Close\n";
        assert_eq!(nums(s), ["1", "2", "3"]);
    }

    #[test]
    fn letters_dot_number_slash_year_minute_numbers() {
        let s = "Present: Cllr A\n\nMD.45/24  VOTES OF SYMPATHY\nText.\n\nMD.46/24  CONFIRMATION OF MINUTES\nText.\n\nMD.47/24  MATTERS ARISING\nText.\n";
        assert_eq!(nums(s), ["MD.45/24", "MD.46/24", "MD.47/24"]);
        // A year opening one capital heading among others numbers nothing.
        let s = "BOARD OF COUNTY COMMISSIONERS\nREGULAR MEETING MINUTES\nMonday, August 4, 2025\n\nPresent: Commissioners A, B and C.\n\nAGENDA\nApproved.\n\nMINUTES\nApproved.\n\n2026 BUDGET\nDiscussed.\n\nADJOURNMENT\nClosed.\n";
        assert_eq!(
            seg(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            ["AGENDA", "MINUTES", "2026 BUDGET", "ADJOURNMENT"]
        );
        // A committee's one-letter code (Northern Ireland councils: "E.118/25").
        let s = "Present: Cllr A\n\nE.118/25  APOLOGIES\nText.\n\nE.119/25  DECLARATIONS OF INTEREST\nText.\n\nE.120/25  MINUTES\nText.\n";
        assert_eq!(nums(s), ["E.118/25", "E.119/25", "E.120/25"]);
        // Trap: a reference in running text is no heading.
        let s = "1. Minutes\nSee MD.45/24 of the last meeting, which was noted.\n\n2. Planning\nText.\n";
        assert_eq!(nums(s), ["1", "2"]);
    }

    #[test]
    fn minute_numbers_start_mid_sequence() {
        let s = "PRESENT\n\nMr A\n\n8. Minutes.\n\nText\n\n9. Declarations of Interest.\n\nNone.\n";
        assert_eq!(seg(s)[0], (Some("8".into()), "Minutes".into()));
        assert_eq!(nums(s), ["8", "9"]);
    }

    #[test]
    fn decimal_outline_numbers_and_year_titles() {
        // "7.0 FINANCE" then "7.1 ..." on the next line: the item and its first sub-item,
        // not a list; "8.1 2025-2026 School Calendar" opens with a year.
        let s = "Board\nMinutes\n\n6.0 REPORTS\nText.\n\n7.0 FINANCE\n7.1 Treasurer's Report\nText.\n\n7.2 Payment of Bills\nText.\n\n8.0 NEW BUSINESS\n8.1 2025-2026 School Calendar\nMotion made.\n\n9.0 ADJOURNMENT\n";
        assert_eq!(nums(s), ["6.0", "7.0", "7.1", "7.2", "8.0", "8.1", "9.0"]);
        assert_eq!(seg(s)[5].1, "2025-2026 School Calendar");
        assert!(starts_with_year_title("2024/25 Budget"));
        assert!(starts_with_year_title("2026–27 Budget Calendar"));
        assert!(!starts_with_year_title("2026–2 Budget"));
        assert!(!starts_with_year_title("2026–27 was a year"));
        assert!(!starts_with_year_title("2024 was a year"));
        assert!(!starts_with_year_title("20"));
    }

    #[test]
    fn single_item_with_a_lettered_reference() {
        // An extraordinary meeting's one item.
        let s = "Parish Council\nMinutes of an Extraordinary Meeting\n\nPresent: A, B\n\nEPC/01/25  Planning Application 25/00184/OUT - Outline application for up to 120 dwellings, land north of Mill Lane\n\nText.\n";
        assert_eq!(nums(s), ["EPC/01/25"]);
        // A bare reference in prose is not an item.
        let s = "Parish Council\nMinutes\n\nPresent: A, B\n\nThe clerk wrote.\nEPC/01/25 was the reference given by the council in its letter of March.\n";
        assert!(nums(s).is_empty());
    }

    #[test]
    fn table_row_flattened_with_spaces() {
        // Ref, Item, Lead, Action, Time columns: the title is the Item cell.
        let s = "Trust\nAGENDA\n\nRef  Item  Lead\n\nTB/25/041  Welcome and apologies for absence      Chair      Note    10.00\nTB/25/042  Declarations of interest   Chair   Note\n";
        assert_eq!(
            seg(s),
            [
                (Some("TB/25/041".into()), "Welcome and apologies for absence".into()),
                (Some("TB/25/042".into()), "Declarations of interest".into())
            ]
        );
        assert_eq!(space_cell("Budget"), None);
        assert_eq!(space_cell("A   b"), None);
        assert_eq!(space_cell("Adoption of Minutes      3 - 11"), None);
    }

    #[test]
    fn compound_numbers() {
        let s =
            "Present: x\n\n45/19 Apologies\n\nNone\n\n46/19 Minutes\n\nAgreed.\n\n47/19 Planning\n";
        assert_eq!(nums(s), ["45/19", "46/19", "47/19"]);
        let s = "CPB/23/12 Apologies\ntext\nCPB/23/13 Minutes of the last meeting\ntext\n";
        assert_eq!(nums(s), ["CPB/23/12", "CPB/23/13"]);
    }

    #[test]
    fn minute_reference_then_agenda_number() {
        let s = "Minutes\n\nC101/24 1. APOLOGIES FOR ABSENCE\n\nNone.\n\nC102/24      2.     PUBLIC QUESTIONS.\n\nNone.\n";
        assert_eq!(
            seg(s),
            [
                (Some("C101/24".into()), "APOLOGIES FOR ABSENCE".into()),
                (Some("C102/24".into()), "PUBLIC QUESTIONS".into())
            ]
        );
        // A bare count is still not a heading.
        assert!(nums("Present: x\n\n32 young people attended.\n").is_empty());
    }

    #[test]
    fn title_on_next_line() {
        let s = "\t1.\n\n\tIntroductions\n\ntext\n\n\t2.\n\tMinutes\n\nmore\n";
        assert_eq!(
            seg(s),
            [(Some("1".into()), "Introductions".into()), (Some("2".into()), "Minutes".into())]
        );
    }

    #[test]
    fn item_prefix_and_sub_letters() {
        let s = "Item 4: Finance\ntext\nItem 5(a): Planning application 21/0034\ntext\nItem 5(b): Trees\nItem 6: AOB\n";
        assert_eq!(nums(s), ["4", "5(a)", "5(b)", "6"]);
    }

    #[test]
    fn run_in_heading() {
        let s = "2415. APOLOGIES: Apologies were received from Councillor Smith, who was away on holiday for the whole of the month of March and could not attend.\n2416. MINUTES: The minutes of the meeting held on 3 March were approved as a correct record and signed.\n";
        assert_eq!(
            seg(s),
            [(Some("2415".into()), "APOLOGIES".into()), (Some("2416".into()), "MINUTES".into())]
        );
    }

    #[test]
    fn unnumbered_caps_headings() {
        let s = "Minutes\n\nPRESENT\nA B\n\nAPOLOGIES FOR ABSENCE\nNone.\n\nDECLARATIONS OF INTEREST\nNone.\n\nPLANNING APPLICATIONS\nNone.\n";
        assert_eq!(seg(s).len(), 3);
        assert_eq!(seg(s)[0].1, "APOLOGIES FOR ABSENCE");
        // A motion's outcome in capitals, on its own line (often right-aligned), is no heading.
        let s = "Minutes\n\nPRESENT\nA B\n\nAGENDA\nThat the agenda be adopted.\n                      CARRIED\n\nROAD GRADING\nThat the road be graded.\n                      DEFEATED\n\nCEMETERY FENCE\nThat a fence be built.\n                      MOTION CARRIED UNANIMOUSLY\n";
        let titles: Vec<String> = seg(s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(titles, ["AGENDA", "ROAD GRADING", "CEMETERY FENCE"]);
    }

    #[test]
    fn bare_numbers_in_prose_are_not_items() {
        let s =
            "1. Finance\n\n32 young people on work placements\n21 on apprenticeships\n\n2. Other\n";
        assert_eq!(nums(s), ["1", "2"]);
    }

    #[test]
    fn roman_values() {
        assert_eq!(roman("XIV"), Some(14));
        assert_eq!(roman("iv"), Some(4));
        assert_eq!(roman(""), None);
    }
    #[test]
    fn file_number_column_and_a_title_paragraph() {
        let s = "Minutes\n\n1.   26-0031      Approval of the minutes of the January 13, 2026 regular meeting of the\n                  Public Safety Committee.\n\n                  A motion was made.\n\n2.   26-0058      An Ordinance amending Section 333.03 of the Codified\n                  Ordinances to establish a speed limit in designated\n                  school zones.\n\n                  Sponsors: Okoro\n";
        assert_eq!(
            seg(s),
            [
                (
                    Some("1".into()),
                    "Approval of the minutes of the January 13, 2026 regular meeting of the Public Safety Committee".into()
                ),
                (
                    Some("2".into()),
                    "An Ordinance amending Section 333.03 of the Codified Ordinances to establish a speed limit in designated school zones".into()
                )
            ]
        );
        // Trap: a range of years is not a file number.
        assert_eq!(file_number_cell("2022-2028   Budget Strategy"), None);
        assert_eq!(file_number_cell("26-0031      Approval"), Some(13));
        assert_eq!(file_number_cell("26-0031 approval"), None);
    }

    #[test]
    fn two_language_heading_rows() {
        let s = "Minutes\n\n1.\tYmddiheuriadau\tApologies\n\nText.\n\n2.\tDatgan Buddiant\tDeclarations of Interest\n\nText.\n";
        assert_eq!(
            seg(s),
            [
                (Some("1".into()), "Ymddiheuriadau / Apologies".into()),
                (Some("2".into()), "Datgan Buddiant / Declarations of Interest".into())
            ]
        );
        // Traps: an officer, a page number, a purpose or a person column is not a second
        // language.
        assert_eq!(two_language_title("Welcome and apologies\tChair"), None);
        assert_eq!(two_language_title("Budget monitoring\t12"), None);
        assert_eq!(two_language_title("Budget monitoring\tFor decision"), None);
        assert_eq!(two_language_title("Budget monitoring\tJ Smith"), None);
        assert_eq!(two_language_title("Budget monitoring\tCllr Jones"), None);
        assert_eq!(two_language_title("Welcome\tThe Chair welcomed members."), None);
        assert_eq!(two_language_title("Finance\tCyllid\tNote"), None);
    }

    #[test]
    fn capitals_heading_wrapped_before_a_range_of_years() {
        let s = "Minutes\n\nITEM NO. 5    PROPOSED VARIATION NO. 3 OF THE KILBRENNA COUNTY DEVELOPMENT PLAN\n              2022-2028 (SETTLEMENT BOUNDARY, CARRIGBEG)\n\nMs. Lyons presented the report.\n\nITEM NO. 6    NOTICES OF MOTION\n\nText.\n";
        assert_eq!(
            seg(s)[0],
            (
                Some("5".into()),
                "PROPOSED VARIATION NO. 3 OF THE KILBRENNA COUNTY DEVELOPMENT PLAN 2022-2028 (SETTLEMENT BOUNDARY, CARRIGBEG)".into()
            )
        );
        assert!(opens_with_range("2022-2028 (X)"));
        // Trap: a numbered heading is not a range.
        assert!(!opens_with_range("12 - PLANNING"));
        assert!(!opens_with_range("6. NOTICES"));
    }

    #[test]
    fn table_row_title_is_the_first_cell() {
        let s = "Minutes\n\nNo.\tItem\tDiscussion\n1\tWelcome and apologies\tThe Chair welcomed members.\n2\tSerious Violence Duty – needs assessment\tDr A outlined the refresh.\n";
        assert_eq!(
            seg(s),
            [
                (Some("1".into()), "Welcome and apologies".into()),
                (Some("2".into()), "Serious Violence Duty – needs assessment".into())
            ]
        );
    }

    #[test]
    fn a_date_is_not_a_heading() {
        let s = "1. Welcome\n\ntext\n\n2. Date of next meeting\n\nThursday\n11 September 2025 at 2.00 pm\n";
        assert_eq!(nums(s), ["1", "2"]);
    }

    #[test]
    fn lettered_list_under_one_caps_heading() {
        let s = "TITLE\nCOUNTY\nMINUTES\n\nThe board met.\n\nCALL TO ORDER\nThe chair opened.\n\nCONSENT AGENDA\nA. Minutes of May 19\nB. Tax releases\nC. Budget amendment\nMotion carried.\n\nPUBLIC HEARING\nNone.\n\nADJOURNMENT\nDone.\n";
        assert_eq!(
            seg(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            ["CALL TO ORDER", "CONSENT AGENDA", "PUBLIC HEARING", "ADJOURNMENT"]
        );
    }

    #[test]
    fn numbered_list_under_one_caps_heading() {
        // A report's key points "1."..."3." under one of many unnumbered capital headings
        // are not the items.
        let s = "TITLE\nBOARD\nMINUTES\n\nPRESENT: A\n\nWELCOME AND QUORUM\n\nThe chair opened.\n\nMATTERS ARISING\n\nNone.\n\nCEO REPORT\n\nKey points:\n   1. Tenancies: 412 homes.\n   2. Voids: 7 homes.\n   3. Arrears: 4%.\n\nThe report was noted.\n\nRISK REGISTER\n\nReviewed.\n\nANY OTHER BUSINESS\n\nNone.\n";
        assert_eq!(
            seg(s).into_iter().map(|(n, t)| (n.is_none(), t)).collect::<Vec<_>>(),
            [
                (true, "WELCOME AND QUORUM".to_string()),
                (true, "MATTERS ARISING".to_string()),
                (true, "CEO REPORT".to_string()),
                (true, "RISK REGISTER".to_string()),
                (true, "ANY OTHER BUSINESS".to_string()),
            ]
        );
        // Trap: numbered items spaced by blank lines, each with its business, are the items
        // even among capital lines before and after them.
        let t = "TITLE\nBOARD\nMINUTES\n\nWELCOME AND QUORUM\n\nThe chair opened.\n\nMATTERS ARISING\n\nNone.\n\n1. Tenancies\n\nNoted.\n\n2. Voids\n\nNoted.\n\nRISK REGISTER\n\nReviewed.\n\nANY OTHER BUSINESS\n\nNone.\n";
        assert_eq!(nums(t), ["1", "2"]);
    }
    #[test]
    fn paragraph_numbers_under_caps_headings() {
        let s = "COUNCIL\n\nCOMMITTEE\n\nELGIN, 3 February 2026. - Minute of Meeting.\n\nMore text here.\n\nDETERMINATION OF URGENT BUSINESS\n\n1.  There was no urgent business.\n\nDECLARATIONS OF INTEREST\n\n2.  Councillor H declared an interest in item 5.\n\nMINUTE OF PREVIOUS MEETING\n\n3.  The Committee had before it the minute.\n";
        assert_eq!(nums(s), ["1", "2", "3"]);
        assert_eq!(seg(s)[1].1, "DECLARATIONS OF INTEREST");
    }
    #[test]
    fn dash_numbered_sub_items_under_lettered_items() {
        let s = "Minutes\n\nA.  CALL TO ORDER\n\nThe Board met.\n\nB.  SECONDARY ROADS\n\nE-1  Award of Bid - Granular Surfacing\n\nThe Engineer reported.\n\nB-2  Utility Permit\n\nApproved.\n\nC.  ADJOURNMENT\n\nDone.\n";
        assert_eq!(nums(s), ["A", "B", "B-2", "C"]);
        let s = s.replace("E-1", "B-1");
        assert_eq!(nums(&s), ["A", "B", "B-1", "B-2", "C"]);
        // Trap: a road number wrapped to a line start ("G-28 and Highway 14.") is prose.
        let t = "Minutes\n\nA.  CALL TO ORDER\n\nThe Board met.\n\nB.  ROADS\n\nA detour would be signed using\nG-28 and Highway 14.\n\nC.  ADJOURNMENT\n\nDone.\n";
        assert_eq!(nums(t), ["A", "B", "C"]);
    }

    #[test]
    fn lettered_sub_items_under_numbered_items_in_document_order() {
        let s = "Minutes\n\n9.  UNFINISHED BUSINESS\n\n9.A  Ordinance No. 2025-09\n\nStaff reported.\n\n10.  NEW BUSINESS\n\n10.B  Heron Park Agreement\n\n(Taken out of order.)\n\n10.A  Ordinance No. 2025-10\n\nFirst reading.\n\n10.C  Resolution No. 1189\n\nAdopted.\n\n11.  ADJOURNMENT\n\nDone.\n";
        assert_eq!(nums(s), ["9", "9.A", "10", "10.B", "10.A", "10.C", "11"]);
        // Trap: a paragraph about a sub-item, run on in lower case, is no heading.
        let t = "Minutes\n\n5.  CONSENT AGENDA\n\nMotion carried.\n\nItem 5.C - Trustee Holloway asked why income\nwas below last year.\n\n6.  ADJOURNMENT\n\nDone.\n";
        assert_eq!(nums(t), ["5", "6"]);
    }

    #[test]
    fn indented_sub_entries_that_wrap_are_a_list() {
        let s = "Minutes\n\n7.  CONSENT AGENDA\n\n    7.A  Approval of Minutes of May 20\n    7.B  Approval of Claims Vouchers in the amount of\n         $1,284,611.40\n    7.C  Resolution No. 1187 - Interlocal Agreement with Alder\n         County for Jail Services\n    7.D  Approval of Payroll for the period ending May 31, 2025\n\nMotion carried 5-0.\n\n8.  ADJOURNMENT\n\nDone.\n";
        assert_eq!(nums(s), ["7", "8"]);
        // Trap: sub-items each over their own body text stay items.
        let t = "Minutes\n\n7.  NEW BUSINESS\n\n7.A  Park Agreement\nThe Director reported on the park.\n\n7.B  Fee Schedule\nThe Director reported on fees.\n\n8.  ADJOURNMENT\n\nDone.\n";
        assert_eq!(nums(t), ["7", "7.A", "7.B", "8"]);
    }

    #[test]
    fn consecutive_sub_numbers_are_a_list() {
        let s = "Minutes\n\n6.  PRESENTATIONS\n6(a) Proclamation. The Mayor read it.\n\n7.  CONSENT AGENDA\n7(a) Minutes of March 16\n7(b) Claims and payroll\n7(c) Resolution 2026-31\nMotion carried 5-0.\n\n8.  ADJOURNMENT\nDone.\n";
        assert_eq!(nums(s), ["6", "6(a)", "7", "8"]);
    }

    #[test]
    fn consecutive_decimal_sub_items_are_items() {
        // Decimal sub-items listed one under another under a consent agenda are sub-items
        // (README: decimal sub-items with their own titles); so is "9.1.1" right under "9.1".
        let s = "Minutes\n\n2.  AGENDA\n\nAdopted.\n\n3.  CONSENT AGENDA\n\n    3.1  Minutes of the Meeting of May 21, 2025\n    3.2  CEO Report - May 2025\n\nMotion carried.\n\n4.  ADJOURNMENT\n\nDone.\n";
        assert_eq!(nums(s), ["2", "3", "3.1", "3.2", "4"]);
        // The consent motion under the list is the parent's text.
        let t = Text::from_str(s);
        let g = segment(&t);
        let motion = s.find("Motion carried").unwrap();
        assert_eq!(g.items[g.item_at(motion).unwrap()].number.as_deref(), Some("3"));
        let t = "Minutes\n\n9.  REPORTS\n\n9.1  CORPORATE SERVICES\n9.1.1  Quarterly Finance Report\n\nReceived.\n\n10.  CLOSE\n\nDone.\n";
        assert_eq!(nums(t), ["9", "9.1", "9.1.1", "10"]);
        // Trap: a lettered list ("3(a)", "3(b)") under the same heading is not.
        let u = s.replace("3.1 ", "3(a)").replace("3.2 ", "3(b)");
        assert_eq!(nums(&u), ["2", "3", "4"]);
    }

    #[test]
    fn capitals_ending_in_a_function_word_are_not_a_heading() {
        let s = "Minutes\nBoard\nCounty\nText.\n\nCALL TO ORDER\nOpened.\n\nUPON MOTION DULY MADE AND SECONDED, THERE BEING NO FURTHER BUSINESS TO\nCOME BEFORE THE BOARD, THE MEETING WAS ADJOURNED.\n\nADJOURNMENT\nDone.\n";
        assert_eq!(
            seg(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            ["CALL TO ORDER", "ADJOURNMENT"]
        );
    }
    #[test]
    fn letter_i_in_a_lettered_list() {
        let s = "Minutes\n\nF. CONSENT\ntext\n\nG. ACTION ITEMS\ntext\n\nH. REPORTS\ntext\n\nI. BOARD MEMBER REPORTS\ntext\n\nJ. ADJOURNMENT\ntext\n";
        assert_eq!(nums(s), ["F", "G", "H", "I", "J"]);
    }
    #[test]
    fn numbered_paragraphs_are_not_items() {
        let s = "Minutes\n\n1.\tWelcome and apologies\n1.1\tThe Chair welcomed members. Apologies were noted.\n\n2.\tDeclarations of interest\n2.1\tNone were made.\n\n3.\tFinance report\n3.1\tMr A reported a deficit of £3m.\n3.2\tThe Board NOTED the report.\n\n4.\tAny other business\n4.1\tNone.\n";
        assert_eq!(nums(s), ["1", "2", "3", "4"]);
        // Sub-numbered headings stay items.
        let s = "Minutes\n\n5.  REPORTS OF OFFICERS\n\n5.1  MONTHLY FINANCIAL REPORT\nText.\n\n5.2  SCHEDULE OF ACCOUNTS\nText.\n\n6.  CLOSURE\nNil.\n";
        assert_eq!(nums(s), ["5", "5.1", "5.2", "6"]);
        // Among numbered paragraphs, a group of sub-numbered titles, each over its own
        // paragraphs, stays items; a group with a sentence among it does not.
        let s = "Minutes\n\n5. Budget\n\n5.1 The Principal presented the budget.\n\n5.2 The Corporation AGREED to approve it.\n\n6. Reports of Committees\n\n6.1 Audit Committee – 25 November 2025\n\nThe Chair presented the report.\n\n6.2 Finance Committee – 26 November 2025\n\nThe accounts were presented.\n\n7. Pay\n\n7.1 Pay award\n\n7.2 The award was approved.\n\n8. Close\n\n8.1 The meeting closed at 8 pm.\n";
        assert_eq!(nums(s), ["5", "6", "6.1", "6.2", "7", "8"]);
        // The same from a PDF, without blank lines; a paragraph's first line broken before a
        // capital is no title.
        let s = "Minutes\n5. Budget\n5.1 The Principal presented the budget.\n5.2 The Corporation AGREED to approve it.\n6. Reports of Committees\n6.1 Audit Committee – 25 November 2025\nThe Chair of the Committee presented the annual report of the Committee.\n6.2 Finance Committee – 26 November 2025\nThe accounts for the year ended 31 July 2025 were presented to governors.\n7. Pay\n7.1 Governors asked about the pay award. The\nPrincipal explained the position on the pay award for the coming year.\n7.2 The award was approved.\n8. Close\n8.1 The meeting closed at 8 pm.\n";
        assert_eq!(nums(s), ["5", "6", "6.1", "6.2", "7", "8"]);
    }

    #[test]
    fn capitals_title_wrapped_under_itself() {
        let s = "Minutes\n\n3            MINUTES\n\n             Agreed.\n\n4            PLANNING APPLICATION 25/03118/FUL - 41-47 HALFORD ROAD,\n             KESTREL HEATH, E17 6QP\n\n             The report was introduced.\n\n5            PLANNING APPLICATION 25/02961/HOU - 9 ORCHARD MEWS\n\n             Granted.\n";
        assert_eq!(
            seg(s),
            [
                (Some("3".into()), "MINUTES".into()),
                (
                    Some("4".into()),
                    "PLANNING APPLICATION 25/03118/FUL - 41-47 HALFORD ROAD, KESTREL HEATH, E17 6QP"
                        .into()
                ),
                (Some("5".into()), "PLANNING APPLICATION 25/02961/HOU - 9 ORCHARD MEWS".into())
            ]
        );
    }

    #[test]
    fn page_column_is_not_part_of_the_title() {
        let s = "Agenda\n\n5. Adoption of Minutes                                  3 - 11\nText.\n\n6. Delegations                                          12\nText.\n\n7. Budget 2026\nText.\n";
        assert_eq!(
            seg(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            ["Adoption of Minutes", "Delegations", "Budget 2026"]
        );
    }

    #[test]
    fn a_heading_wrapped_onto_the_line_with_its_page_reference() {
        let s = "Agenda\n\n4.    Planning applications\n\n4.1   P/24/0311 – Change of use of shop to cafe, 12 Market Place,\n      Easton                                   (Pages 7 - 19)\n      The report.\n\n4.2   P/24/0350 – New vehicle access, Mill House, Low\n      Road, Weston                             (Pages 20 - 31)\n      The report.\n\n5.    Date of next meeting\n";
        assert_eq!(
            seg(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
            [
                "Planning applications",
                "P/24/0311 – Change of use of shop to cafe, 12 Market Place, Easton",
                "P/24/0350 – New vehicle access, Mill House, Low Road, Weston",
                "Date of next meeting"
            ]
        );
    }

    #[test]
    fn long_agenda_form_headings() {
        let s = "Agenda\n\n24/01\tTo receive apologies for absence.\n\n24/02\tTo receive declarations of interest in items on the agenda and to consider any requests for dispensations.\n\n24/03\tTo resolve that, in view of the confidential nature of the business about to be transacted, the public and press be excluded from the meeting (Public Bodies (Admission to Meetings) Act 1960)\n";
        assert_eq!(nums(s), ["24/01", "24/02", "24/03"]);
    }

    proptest::proptest! {
        /// The hand reading of lines that open with a number is the pattern's.
        #[test]
        fn numbered_by_hand_is_the_pattern(
            s in r"[0-9]{1,6}[ \t.):(\-–—a-z0-9/\u{a0}]{0,4}[ \t\u{2003}]{0,2}[.):\-–—]?[ \t]{0,2}[A-Za-z(]{0,3}\n?[a-z]?"
        ) {
            if let Some(found) = numbered_by_hand(&s) {
                let spec = NUMBERED.captures(&s).map(|c| {
                    proptest::prop_assert!(c.get(PREFIX).is_none());
                    let num = c.get(NUM).map_or(0, |m| m.end());
                    Ok((num, c.get(0).map_or(0, |m| m.end())))
                });
                let spec = match spec {
                    Some(r) => Some(r?),
                    None => None,
                };
                proptest::prop_assert_eq!(found, spec);
            }
        }
    }

    proptest::proptest! {
        /// The hand reading of lines that open with one capital letter is the pattern's.
        #[test]
        fn letter_by_hand_is_the_pattern(
            s in r"[A-Z][ \t.):(\-–—a-zA-Z0-9/\u{a0}]{0,4}[ \t\u{2003}]{0,2}[.):\-–—]?[ \t]{0,2}[A-Za-z(0-9]{0,3}\n?[a-z]?"
        ) {
            if let Some(found) = numbered_by_hand(&s) {
                let spec = NUMBERED.captures(&s).map(|c| {
                    proptest::prop_assert!(c.get(PREFIX).is_none());
                    let num = c.get(NUM).map_or(0, |m| m.end());
                    Ok((num, c.get(0).map_or(0, |m| m.end())))
                });
                let spec = match spec {
                    Some(r) => Some(r?),
                    None => None,
                };
                proptest::prop_assert_eq!(found, spec);
            }
        }

        /// The separator search is `str::find`.
        #[test]
        fn find_sep_is_find(
            s in r"[a-z :.\-–—é]{0,24}",
            sep in proptest::sample::select(vec![": ", ". ", " - ", " – ", " — "]),
        ) {
            proptest::prop_assert_eq!(find_sep(&s, sep), s.find(sep));
        }

        /// The byte reading of ASCII text is the character reading.
        #[test]
        fn all_caps_by_bytes_is_by_chars(s in r"[A-Za-z0-9 .,\-]{0,12}") {
            let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
            let by_chars = letters.peek().is_some()
                && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && letters.all(char::is_uppercase);
            proptest::prop_assert_eq!(all_caps(&s), by_chars);
        }
    }

    proptest::proptest! {
        /// The hand reading of the whole pattern is the pattern's, on lines made of its
        /// pieces.
        #[test]
        fn numbered_pattern_is_the_pattern(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "agenda", "Agenda", "ITEM", "item", "Item", "no", "No", "NO", ".", "min",
                "Min", "MIN", "minute", "Minute", "article", "ARTlCLE", "Art", "cle", " ",
                "  ", "\t", "\u{a0}", "\u{2003}", ")", ":", "-", "–", "—", "/", "(", "a",
                "b", "x", "é", "A", "B", "C", "Q", "SEC", "CoG", "I", "V", "X", "L", "IV",
                "S", "HT", "0", "1", "2", "4", "12", "24", "123", "2025", "12345", "\n",
            ]), 0..12)
        ) {
            let s: String = parts.concat();
            let spec = NUMBERED.captures(&s).map(|c| {
                (
                    c.get(PREFIX).map_or(0, |m| m.end()),
                    c.get(NUM).map_or(0, |m| m.end()),
                    c.get(0).map_or(0, |m| m.end()),
                )
            });
            proptest::prop_assert_eq!(numbered_pattern(&s), spec, "{:?}", s);
        }

        /// The same on codes shaped as the numbers' alternatives.
        #[test]
        fn numbered_pattern_is_the_pattern_on_codes(
            s in r"(?:(?i:agenda|item|minute|min|no|art[il]cle)[ .]{0,2}(?i:no)?[. ]{0,2})?[A-Z]{0,7}[a-z]?[A-Z]?[ /.(]?[0-9]{0,5}[/.)\-]?[0-9]{0,5}[/.\-]?[0-9]{0,5}[ (]?[a-z]?[)]?[ \t.):\-–—\u{a0}]{0,3}[A-Za-z]{0,2}"
        ) {
            let spec = NUMBERED.captures(&s).map(|c| {
                (
                    c.get(PREFIX).map_or(0, |m| m.end()),
                    c.get(NUM).map_or(0, |m| m.end()),
                    c.get(0).map_or(0, |m| m.end()),
                )
            });
            proptest::prop_assert_eq!(numbered_pattern(&s), spec, "{:?}", s);
        }
    }

    #[test]
    fn no_character_outside_ascii_folds_to_a_prefix_letter() {
        let letters = regex::Regex::new(r"(?i)^[agenditmourcl]$").unwrap();
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            assert!(!letters.is_match(c.encode_utf8(&mut [0; 4])), "{c:?}");
        }
    }

    #[test]
    fn numbered_pattern_examples() {
        for s in [
            "ITEM 1: Budget",
            "HT/25/061 Budget",
            "Min. 87/25 Budget",
            "QSEC(24)44 X",
            "MAR/SCHS/081/2025: X",
            "Minute No. 5 X",
            "agenda item no 5",
            "15/23-24 X",
            "15/23-2x",
            "10.12.2024 Finance",
            "5 (a) X",
            "5(a)X",
            "IV. X",
            "CoG 24/31 B",
            "P.23.14 X",
            "MD.45/24 X",
            "CAB.45",
            "A23/014 X",
            "ARTlCLE 4. X",
            "No.3",
            "Item",
            "9.A  Ordinance",
            "10.B",
            "9.Am",
            "E-1  Award",
            "I-12 X",
            "E-123 X",
            "T-17x",
        ] {
            let spec = NUMBERED.captures(s).map(|c| {
                (
                    c.get(PREFIX).map_or(0, |m| m.end()),
                    c.get(NUM).map_or(0, |m| m.end()),
                    c.get(0).map_or(0, |m| m.end()),
                )
            });
            assert_eq!(numbered_pattern(s), spec, "{s:?}");
        }
    }

    #[test]
    fn numbered_group_indices() {
        let names: Vec<_> = NUMBERED.capture_names().collect();
        assert_eq!(names[PREFIX], Some("prefix"));
        assert_eq!(names[NUM], Some("num"));
        assert_eq!(names[SEP], Some("sep"));
        for s in [
            "CoG 24/31 Budget",
            "Cog 24/31",
            "The Council",
            "ThE 5",
            "Item 4: Finance",
            "item 4",
            "min. no 5",
            "No. 3",
            "Article 4.",
            "artlcle 9",
            "agenda item 5",
            "8. Minutes",
            "IV. Reports",
            "B. Tax",
            "EX/1 Apologies",
            "CAB.45 X",
            "QSEC(24)44 X",
            "QSEC(24) X",
            "A23/014 X",
            "Xy 1",
            "xy",
            "é 5",
            "ÉIRE 5",
            "",
            " 5",
            "(25/113) X",
            "Mr Smith",
            "Ms 5",
            "Abcdef 5",
            "AbcdeF 5",
            "AbcdefG 5",
        ] {
            if NUMBERED.is_match(s) {
                assert!(may_be_numbered(s), "{s:?}");
            }
        }
    }

    proptest::proptest! {
        /// The byte look before [`NUMBERED`] never turns away a line it matches.
        #[test]
        fn the_numbered_look_keeps_every_match(
            s in r"[A-Za-z0-9 .:/()\-–\tÉé]{0,12}",
            t in r"(?:[AIMNaimn][a-zA-Z]{0,8}[ .]{0,2})?[A-Z][A-Za-z]{0,6}[ /.]?[0-9]{0,3}[ .:]?[A-Za-z]{0,3}",
            u in r"(?:(?i:agenda|item|minute|min|no|article|artlcle|art)[ .]{0,2}){0,2}(?i:no)?[. ]{0,2}[A-Za-z0-9]{0,3}[ .:)]?[A-Z]?",
        ) {
            for x in [&s, &t, &u] {
                if NUMBERED.is_match(x) {
                    proptest::prop_assert!(may_be_numbered(x), "{:?}", x);
                }
            }
        }

        /// The first-byte look before [`COMMON_HEADING`] never turns away a line it matches.
        #[test]
        fn the_common_heading_look_keeps_every_match(
            s in proptest::sample::select(vec![
                "apologies", "Apologies for absence", "DECLARATIONS OF INTEREST", "Minutes",
                "the minutes of the last meeting", "Matters arising", "Public forum",
                "open forum", "Chairman's report", "clerk's report", "Correspondence",
                "Finance", "Financial report", "accounts for payment", "Planning matters",
                "any other business", "Date of next meeting", "urgent business",
                "Exclusion of the press and public", "call to order", "Roll Call",
                "adjournment", "approval of the agenda", "Public Comment", "consent agenda",
                "old business", "New Business", "unfinished business", "Confirmation of minutes",
                "Approval of minutes", "Declaration of pecuniary interests",
            ]),
            end in r"[ .:]{0,2}"
        ) {
            let line = format!("{s}{end}");
            if COMMON_HEADING.is_match(&line) {
                proptest::prop_assert!(common_heading(&line));
            }
            proptest::prop_assert!(COMMON_HEADING.is_match(s));
        }
    }

    proptest::proptest! {
        /// The byte look before [`CAPS_HEADING`] never turns away a line it matches.
        #[test]
        fn the_heading_looks_keep_every_match(s in r"[A-Za-z0-9 ,'’&/()\-–:é]{0,24}") {
            if CAPS_HEADING.is_match(&s) {
                proptest::prop_assert!(may_be_caps_heading(&s));
            }
        }

        /// [`caps_heading`] is [`CAPS_HEADING`], at both ends of its length.
        #[test]
        fn caps_heading_by_hand_is_the_pattern(
            s in r"[A-Z0-9 ,'’&/()\-–:a.é\n—]{0,6}|[A-Z][A-Z0-9 ,'’&/()\-–]{0,84}[a\n]?"
        ) {
            proptest::prop_assert_eq!(caps_heading(&s), CAPS_HEADING.is_match(&s), "{:?}", s);
        }

        /// [`agenda_item`] is [`AGENDA_ITEM`], with the same number.
        #[test]
        fn agenda_item_by_hand_is_the_pattern(
            s in r"(?:agenda|AGENDA|Agenda|agendum|agend)?[ \t\n\u{a0}\u{2003}]{0,2}(?:item|ITEM|Item|items|ite|ıtem|İTEM)?(?:[ \t\n]{0,2}(?:no|No|NO|nO|n)?\.?[ \t]{0,2}[0-9]{0,3}[a-zA-Z\u{17F}\u{212A}éıİ]{0,2})?[ \t\u{a0}]{0,2}:?[ :x.]?"
        ) {
            let spec = AGENDA_ITEM.captures(&s).map(|c| c.get(1).map(|m| m.range()));
            proptest::prop_assert_eq!(agenda_item(&s), spec, "{:?}", s);
        }
    }
}
