//! Word's automatic numbering: `numbering.xml` definitions, paragraph styles' numbering from
//! `styles.xml`, and the counters that turn a paragraph's (numId, ilvl) into the label Word
//! shows ("8.", "(a)", "iv)", "2.3", "•").
//!
//! Rules followed (ECMA-376 Part 1, 17.9):
//! - a `w:num` points at an `w:abstractNum`; its `w:lvlOverride` may replace a level
//!   (`w:lvl`) or its start (`w:startOverride`);
//! - counters belong to the abstractNum, so every num on it continues one sequence; a num's
//!   `w:startOverride` restarts its level at the first paragraph of that num (Word's "restart
//!   numbering"), after which the sequence goes on from there, for every num (what
//!   LibreOffice does too; its text export is our reference);
//! - using a level restarts the deeper levels, unless their `w:lvlRestart` says otherwise
//!   (`0` never restarts; `n` restarts only after level n or a higher one);
//! - `%n` in `w:lvlText` is level n's counter in level n's format (decimal under `w:isLgl`);
//! - `w:numStyleLink` abstractNums borrow the levels of the list their numbering style names;
//! - a paragraph gets its numbering from its own `w:numPr`, else from its style's `basedOn`
//!   chain; `numId` 0 switches numbering off.

use super::xml::{attr, attr_num, decode, decode_owned, local, on_off};
use quick_xml::events::Event;
use std::cell::RefCell;
use std::collections::HashMap;

/// Levels in a list (ilvl 0..=8).
pub const LEVELS: usize = 9;
/// Finds the id of a `w:style` (built once: a finder's setup is not free).
static STYLE_ID: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"w:styleId=\""));
/// Finds the end of a `w:style` element.
static STYLE_END: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"</w:style>"));

/// Longest label pattern kept.
const MAX_LEVEL_TEXT: usize = 255;
/// Longest `basedOn` / style-link chain followed (guards against cycles).
const MAX_CHAIN: usize = 16;

/// How a level's counter is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NumFmt {
    /// 1, 2, 3 (also the fallback for formats not listed here).
    #[default]
    Decimal,
    /// 01, 02, ... 10.
    DecimalZero,
    /// a, b, ... z, aa, bb.
    LowerLetter,
    /// A, B, ... Z, AA, BB.
    UpperLetter,
    /// i, ii, iii.
    LowerRoman,
    /// I, II, III.
    UpperRoman,
    /// 1st, 2nd.
    Ordinal,
    /// A bullet: the label is always `•`.
    Bullet,
    /// No label text for this level.
    None,
}

impl NumFmt {
    fn parse(s: &str) -> Option<NumFmt> {
        Some(match s {
            "decimal" => NumFmt::Decimal,
            "decimalZero" => NumFmt::DecimalZero,
            "lowerLetter" => NumFmt::LowerLetter,
            "upperLetter" => NumFmt::UpperLetter,
            "lowerRoman" => NumFmt::LowerRoman,
            "upperRoman" => NumFmt::UpperRoman,
            "ordinal" => NumFmt::Ordinal,
            "bullet" => NumFmt::Bullet,
            "none" => NumFmt::None,
            // Word 2010 custom formats come with a plain fallback next to them.
            "custom" => return None,
            _ => NumFmt::Decimal,
        })
    }
}

/// One level of a list definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Level {
    /// First value of the counter.
    pub start: u32,
    /// Counter format.
    pub fmt: NumFmt,
    /// The label pattern, `%1.` or `(%2)`.
    pub text: String,
    /// `w:lvlRestart`: `None` restarts after any higher level, `Some(0)` never.
    pub restart: Option<u32>,
    /// The paragraph style linked to this level.
    pub style: Option<String>,
    /// Legal numbering: every `%n` written in decimal.
    pub legal: bool,
    /// What follows the label: `tab` (default), `space` or `nothing`.
    pub suffix: Suffix,
}

impl Default for Level {
    fn default() -> Level {
        Level {
            start: 1,
            fmt: NumFmt::Decimal,
            text: String::new(),
            restart: None,
            style: None,
            legal: false,
            suffix: Suffix::Tab,
        }
    }
}

/// What Word puts between a label and the paragraph text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Suffix {
    /// A tab (rendered as a space: a tab in our text separates table cells).
    #[default]
    Tab,
    /// A space.
    Space,
    /// Nothing.
    Nothing,
}

/// An `w:abstractNum`.
#[derive(Clone, Debug, Default)]
struct Abstract {
    levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`: the levels live in the list of this numbering style.
    num_style_link: Option<String>,
}

/// A level override in a `w:num`.
#[derive(Clone, Debug, Default)]
struct Override {
    start: Option<u32>,
    level: Option<Level>,
}

/// A `w:num`: a list instance.
#[derive(Clone, Debug, Default)]
struct Num {
    abstract_id: u32,
    overrides: HashMap<u8, Override>,
}

/// The numbering definitions of a document.
#[derive(Clone, Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<u32, Abstract>,
    nums: HashMap<u32, Num>,
}

/// A style's numbering and parent.
#[derive(Clone, Debug, Default)]
struct Style {
    based_on: Option<String>,
    num_id: Option<u32>,
    ilvl: Option<u8>,
}

/// The numbering-relevant part of `styles.xml`, read lazily: Word writes hundreds of KiB of
/// styles and a document uses a handful, so styles are located by one fast scan for their
/// `w:styleId` attributes and parsed only when a paragraph asks for them (a file written
/// another way is parsed whole).
#[derive(Debug, Default)]
pub struct Styles {
    /// The part's text.
    xml: String,
    /// styleId -> byte range of its `w:style` element in `xml`.
    spans: HashMap<String, (usize, usize)>,
    /// Styles parsed so far (`None`: no such style).
    parsed: RefCell<HashMap<String, Option<Style>>>,
    /// The default paragraph style.
    default_paragraph: Option<String>,
}

fn level_index(v: Option<u32>) -> Option<usize> {
    v.map(|v| v as usize).filter(|&v| v < LEVELS)
}

impl Numbering {
    /// Parses `numbering.xml`. Damaged XML keeps the definitions read before the damage.
    pub fn parse(bytes: &[u8]) -> Numbering {
        let text = decode(bytes);
        let mut reader = quick_xml::Reader::from_str(&text);
        let mut numbering = Numbering::default();
        let mut abs: Option<(u32, Abstract)> = None;
        let mut num: Option<(u32, Num)> = None;
        let mut ovr: Option<(u8, Override)> = None;
        let mut lvl: Option<(usize, Level)> = None;
        let mut skip = 0usize;
        loop {
            let (e, empty) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::End(e)) => {
                    if skip > 0 {
                        skip -= 1;
                        continue;
                    }
                    match local(e.name().as_ref()) {
                        "lvl" => {
                            if let Some((i, level)) = lvl.take() {
                                if let Some((_, o)) = ovr.as_mut() {
                                    o.level = Some(level);
                                } else if let Some((_, a)) = abs.as_mut() {
                                    a.levels[i] = Some(level);
                                }
                            }
                        }
                        "lvlOverride" => {
                            if let (Some((i, o)), Some((_, n))) = (ovr.take(), num.as_mut()) {
                                n.overrides.insert(i, o);
                            }
                        }
                        "abstractNum" => {
                            // Duplicate ids: the first definition wins, as in Word.
                            if let Some((id, a)) = abs.take() {
                                numbering.abstracts.entry(id).or_insert(a);
                            }
                        }
                        "num" => {
                            if let Some((id, n)) = num.take() {
                                numbering.nums.entry(id).or_insert(n);
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            if skip > 0 {
                skip += usize::from(!empty);
                continue;
            }
            let qname = e.name();
            let name = local(qname.as_ref());
            match name {
                "abstractNum" if !empty => {
                    abs = attr_num(&e, "abstractNumId").map(|id| (id, Abstract::default()));
                }
                "num" if !empty => {
                    num = attr_num(&e, "numId").map(|id| (id, Num::default()));
                }
                "abstractNumId" => {
                    if let (Some((_, n)), Some(v)) = (num.as_mut(), attr_num(&e, "val")) {
                        n.abstract_id = v;
                    }
                }
                "lvlOverride" if !empty && num.is_some() => {
                    ovr = level_index(attr_num(&e, "ilvl")).map(|i| (i as u8, Override::default()));
                }
                "startOverride" => {
                    if let Some((_, o)) = ovr.as_mut() {
                        o.start = attr_num(&e, "val");
                    }
                }
                "lvl" if !empty => {
                    lvl = level_index(attr_num(&e, "ilvl")).map(|i| (i, Level::default()));
                }
                "numStyleLink" => {
                    if let Some((_, a)) = abs.as_mut() {
                        a.num_style_link = attr(&e, "val");
                    }
                }
                // Formatting history holds the old definitions: not the ones shown.
                "pPr" | "rPr" | "numberingChange" if !empty => skip = 1,
                _ => {
                    if let Some((_, l)) = lvl.as_mut() {
                        match name {
                            "start" => l.start = attr_num(&e, "val").unwrap_or(1),
                            "numFmt" => {
                                if let Some(f) = attr(&e, "val").as_deref().and_then(NumFmt::parse)
                                {
                                    l.fmt = f;
                                }
                            }
                            // Word caps lvlText at 255 characters; so do we (each numbered
                            // paragraph copies it).
                            "lvlText" => {
                                l.text = attr(&e, "val")
                                    .unwrap_or_default()
                                    .chars()
                                    .take(MAX_LEVEL_TEXT)
                                    .collect()
                            }
                            "lvlRestart" => l.restart = attr_num(&e, "val"),
                            "pStyle" => l.style = attr(&e, "val"),
                            "isLgl" => l.legal = on_off(&e),
                            "suff" => {
                                l.suffix = match attr(&e, "val").as_deref() {
                                    Some("space") => Suffix::Space,
                                    Some("nothing") => Suffix::Nothing,
                                    _ => Suffix::Tab,
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        numbering
    }

    /// True when nothing was defined.
    pub fn is_empty(&self) -> bool {
        self.nums.is_empty()
    }

    /// True when some list borrows its levels from a numbering style (needs `styles.xml`).
    pub fn uses_style_links(&self) -> bool {
        self.abstracts.values().any(|a| a.num_style_link.is_some())
    }

    /// The abstractNum holding the levels of `abstract_id`, following `numStyleLink`.
    fn levels_of<'a>(&'a self, abstract_id: u32, styles: &Styles) -> Option<(u32, &'a Abstract)> {
        let mut id = abstract_id;
        for _ in 0..MAX_CHAIN {
            let a = self.abstracts.get(&id)?;
            let Some(link) = &a.num_style_link else { return Some((id, a)) };
            let num_id = styles.num_of(link)?.0;
            id = self.nums.get(&num_id)?.abstract_id;
        }
        None
    }

    /// The level shown for (num, ilvl), with the start after overrides, the abstractNum whose
    /// counters it uses, and whether the num restarts that level (`w:startOverride`).
    fn level(&self, num_id: u32, ilvl: usize, styles: &Styles) -> Option<(u32, Level, bool)> {
        let num = self.nums.get(&num_id)?;
        let (abstract_id, abs) = self.levels_of(num.abstract_id, styles)?;
        let o = num.overrides.get(&(ilvl as u8));
        let mut level = match o.and_then(|o| o.level.clone()) {
            Some(l) => l,
            None => abs.levels.get(ilvl)?.clone()?,
        };
        let restart = o.and_then(|o| o.start);
        if let Some(start) = restart {
            level.start = start;
        }
        Some((abstract_id, level, restart.is_some()))
    }

    /// The level of a list whose paragraph style is `style`, for styles without an `ilvl`.
    fn level_for_style(&self, num_id: u32, style: &str, styles: &Styles) -> Option<u8> {
        let num = self.nums.get(&num_id)?;
        let (_, a) = self.levels_of(num.abstract_id, styles)?;
        a.levels
            .iter()
            .position(|l| l.as_ref().and_then(|l| l.style.as_deref()) == Some(style))
            .map(|i| i as u8)
    }
}

/// Every style in `text` (a whole `styles.xml` or one `w:style` element), and the default
/// paragraph style.
fn parse_styles(text: &str) -> (HashMap<String, Option<Style>>, Option<String>) {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut styles: HashMap<String, Option<Style>> = HashMap::new();
    let mut default_paragraph = None;
    let mut cur: Option<(String, Style)> = None;
    let mut skip = 0usize;
    let mut in_num_pr = false;
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                match local(e.name().as_ref()) {
                    "style" => {
                        if let Some((id, s)) = cur.take() {
                            styles.entry(id).or_insert(Some(s));
                        }
                    }
                    "numPr" => in_num_pr = false,
                    _ => {}
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => continue,
        };
        if skip > 0 {
            skip += usize::from(!empty);
            continue;
        }
        match local(e.name().as_ref()) {
            "style" if !empty => {
                let id = attr(&e, "styleId").unwrap_or_default();
                if attr(&e, "default").as_deref().is_some_and(|d| d == "1" || d == "true")
                    && attr(&e, "type").as_deref() == Some("paragraph")
                {
                    default_paragraph = Some(id.clone());
                }
                cur = Some((id, Style::default()));
            }
            "basedOn" => {
                if let Some((_, s)) = cur.as_mut() {
                    s.based_on = attr(&e, "val");
                }
            }
            "numPr" if !empty => in_num_pr = true,
            "numId" if in_num_pr => {
                if let Some((_, s)) = cur.as_mut() {
                    s.num_id = attr_num(&e, "val");
                }
            }
            "ilvl" if in_num_pr => {
                if let Some((_, s)) = cur.as_mut() {
                    s.ilvl = attr_num(&e, "val");
                }
            }
            // Run properties and history hold nothing we need; latent styles are long.
            "rPr" | "pPrChange" | "rPrChange" | "tblPr" | "latentStyles" | "docDefaults"
                if !empty =>
            {
                skip = 1
            }
            _ => {}
        }
    }
    // A style cut short by damage still counts.
    if let Some((id, s)) = cur.take() {
        styles.entry(id).or_insert(Some(s));
    }
    (styles, default_paragraph)
}

impl Styles {
    /// Indexes `styles.xml`; styles are parsed when first asked for.
    pub fn parse(bytes: &[u8]) -> Styles {
        Styles::parse_owned(bytes.to_vec())
    }

    /// [`Styles::parse`] taking the part's bytes.
    pub fn parse_owned(bytes: Vec<u8>) -> Styles {
        Styles::index(bytes, true)
    }

    /// Indexes the first bytes of `styles.xml` (a style cut at the end is left out, and a
    /// prefix written another way gives nothing: see [`Styles::covers`]).
    pub fn parse_prefix(bytes: Vec<u8>) -> Styles {
        Styles::index(bytes, false)
    }

    fn index(mut bytes: Vec<u8>, whole: bool) -> Styles {
        if !whole {
            // Keep whole characters only.
            let valid = match std::str::from_utf8(&bytes) {
                Ok(_) => bytes.len(),
                Err(e) if e.error_len().is_none() => e.valid_up_to(),
                Err(_) => bytes.len(),
            };
            bytes.truncate(valid);
        }
        let xml = decode_owned(bytes);
        let mut styles = Styles::default();
        let b = xml.as_bytes();
        // Every style's start tag holds its id: find the ids (a rarer byte pattern than
        // "<w:style", so a faster search), then the tag around each.
        let mut after = 0;
        for at in STYLE_ID.find_iter(b) {
            if at < after {
                continue;
            }
            let Some(pos) = memchr::memrchr(b'<', &b[..at]) else { continue };
            if !b[pos..].starts_with(b"<w:style")
                || !b.get(pos + 8).is_some_and(|c| c.is_ascii_whitespace())
            {
                continue;
            }
            let Some(tag_len) = memchr::memchr(b'>', &b[at..]) else { break };
            let tag_end = at + tag_len + 1;
            let tag = &xml[pos + 1..tag_end - 1];
            let tag = tag.strip_suffix('/').unwrap_or(tag);
            let start = quick_xml::events::BytesStart::from_content(tag, 7);
            let Some(id) = attr(&start, "styleId") else { continue };
            let end = if xml[..tag_end].ends_with("/>") {
                tag_end
            } else {
                match STYLE_END.find(&b[tag_end..]) {
                    Some(e) => tag_end + e + 10,
                    None if whole => b.len(),
                    None => break,
                }
            };
            if attr(&start, "default").is_some_and(|d| d == "1" || d == "true")
                && attr(&start, "type").as_deref() == Some("paragraph")
                && styles.default_paragraph.is_none()
            {
                styles.default_paragraph = Some(id.clone());
            }
            styles.spans.entry(id).or_insert((pos, end));
            after = end;
        }
        let found = !styles.spans.is_empty();
        if !found && whole {
            let (all, default_paragraph) = parse_styles(&xml);
            styles.parsed = RefCell::new(all);
            styles.default_paragraph = default_paragraph;
        }
        styles.xml = xml;
        styles
    }

    /// True when this index settles the numbering of paragraphs with the styles `ids` (and,
    /// with `default`, of paragraphs without a style): each style and its `basedOn` chain up
    /// to the numbering or the chain's end is indexed.
    pub fn covers(&self, ids: &[String], default: bool) -> bool {
        if self.spans.is_empty() {
            return false;
        }
        let default_id = if default {
            match &self.default_paragraph {
                Some(d) => Some(d.clone()),
                None => return false,
            }
        } else {
            None
        };
        ids.iter().chain(default_id.iter()).all(|id| {
            let mut id = id.clone();
            for _ in 0..MAX_CHAIN {
                if !self.spans.contains_key(&id) {
                    return false;
                }
                let Some(s) = self.get(&id) else { return false };
                if s.num_id.is_some() {
                    return true;
                }
                match s.based_on {
                    Some(b) => id = b,
                    None => return true,
                }
            }
            true
        })
    }

    /// The style `id`, parsed on first use.
    fn get(&self, id: &str) -> Option<Style> {
        if let Some(s) = self.parsed.borrow().get(id) {
            return s.clone();
        }
        let style = self.spans.get(id).and_then(|&(start, end)| {
            let (mut one, _) = parse_styles(self.xml.get(start..end)?);
            one.remove(id).flatten()
        });
        self.parsed.borrow_mut().insert(id.to_string(), style.clone());
        style
    }

    /// The (numId, ilvl) a style gives its paragraphs, following `basedOn`; `None` when the
    /// chain sets no numbering or switches it off (numId 0).
    fn num_of(&self, style: &str) -> Option<(u32, Option<u8>)> {
        let mut id = style.to_string();
        let mut ilvl = None;
        for _ in 0..MAX_CHAIN {
            let s = self.get(&id)?;
            ilvl = ilvl.or(s.ilvl);
            if let Some(num) = s.num_id {
                return (num != 0).then_some((num, ilvl));
            }
            id = s.based_on?;
        }
        None
    }
}

/// Counters for every list (abstractNum), in document order.
#[derive(Debug, Default)]
pub struct Counters {
    lists: HashMap<u32, [Option<u32>; LEVELS]>,
    /// (numId, ilvl) whose start override has been applied.
    restarted: std::collections::HashSet<(u32, usize)>,
}

/// A paragraph's own numbering properties.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NumPr {
    /// `w:numId`, if the paragraph sets it.
    pub num_id: Option<u32>,
    /// `w:ilvl`, if the paragraph sets it.
    pub ilvl: Option<u8>,
}

/// What a paragraph needs from `styles.xml`: its style, the default paragraph style, or
/// nothing (its own `numPr` says it all). See [`Counters::next`].
pub fn style_need(num_pr: NumPr, style: Option<&str>) -> Option<Option<&str>> {
    if num_pr.num_id.is_some() && num_pr.ilvl.is_some() { None } else { Some(style) }
}

impl Counters {
    /// Counts the next paragraph with `num_pr` and `style` and returns its label and the text
    /// that follows it ("" for `suff=nothing`, else a space); `None` when it is not numbered.
    pub fn next(
        &mut self,
        numbering: &Numbering,
        styles: &Styles,
        num_pr: NumPr,
        style: Option<&str>,
    ) -> Option<(String, &'static str)> {
        // Styles matter only for what the paragraph does not say itself.
        let style = if num_pr.num_id.is_none() || num_pr.ilvl.is_none() {
            style.or(styles.default_paragraph.as_deref())
        } else {
            None
        };
        let from_style = style.and_then(|s| styles.num_of(s));
        let num_id = num_pr.num_id.or(from_style.map(|f| f.0))?;
        if num_id == 0 {
            return None;
        }
        let ilvl = num_pr
            .ilvl
            .or(from_style.and_then(|f| f.1))
            .or_else(|| style.and_then(|s| numbering.level_for_style(num_id, s, styles)))
            .unwrap_or(0);
        let ilvl = usize::from(ilvl).min(LEVELS - 1);
        let (key, level, restart) = numbering.level(num_id, ilvl, styles)?;
        // All levels of this list, for %n references and restarts.
        let levels: Vec<Option<Level>> =
            (0..LEVELS).map(|i| numbering.level(num_id, i, styles).map(|(_, l, _)| l)).collect();
        let counters = self.lists.entry(key).or_default();
        if restart && self.restarted.insert((num_id, ilvl)) {
            counters[ilvl] = None;
        }
        counters[ilvl] = Some(match counters[ilvl] {
            Some(c) => c.saturating_add(1),
            None => level.start,
        });
        for (d, counter) in counters.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = levels[d].as_ref().and_then(|l| l.restart);
            let restarts = match restart {
                None => true,
                Some(0) => false,
                Some(r) if r as usize > d => true,
                Some(r) => ilvl < r as usize,
            };
            if restarts {
                *counter = None;
            }
        }
        let suffix = match level.suffix {
            Suffix::Nothing => "",
            _ => " ",
        };
        if level.fmt == NumFmt::Bullet {
            return Some(("•".to_string(), " "));
        }
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%'
                && let Some(d) = chars.peek().and_then(|d| d.to_digit(10))
                && (1..=LEVELS as u32).contains(&d)
            {
                chars.next();
                let i = d as usize - 1;
                let l = levels[i].as_ref();
                let value = counters[i].unwrap_or(l.map_or(1, |l| l.start));
                let fmt = if level.legal {
                    NumFmt::Decimal
                } else {
                    l.map_or(NumFmt::Decimal, |l| l.fmt)
                };
                label.push_str(&format_number(value, fmt));
            } else {
                label.push(c);
            }
        }
        let label = label.trim().to_string();
        if label.is_empty() { None } else { Some((label, suffix)) }
    }
}

/// `n` written in `fmt`.
pub fn format_number(n: u32, fmt: NumFmt) -> String {
    match fmt {
        NumFmt::Decimal | NumFmt::Bullet => n.to_string(),
        NumFmt::DecimalZero if n < 10 => format!("0{n}"),
        NumFmt::DecimalZero => n.to_string(),
        NumFmt::LowerLetter => letters(n).to_ascii_lowercase(),
        NumFmt::UpperLetter => letters(n),
        NumFmt::LowerRoman => roman(n).to_ascii_lowercase(),
        NumFmt::UpperRoman => roman(n),
        NumFmt::Ordinal => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
        NumFmt::None => String::new(),
    }
}

/// Word's letter numbering: A..Z, then AA..ZZ, AAA.. (the letter repeated).
fn letters(n: u32) -> String {
    if n == 0 {
        return "0".into();
    }
    let n = n.min(780); // 30 repetitions is plenty and bounds the string.
    let letter = char::from(b'A' + ((n - 1) % 26) as u8);
    std::iter::repeat_n(letter, ((n - 1) / 26 + 1) as usize).collect()
}

fn roman(n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="8"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3)"/><w:lvlRestart w:val="0"/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%4"/><w:isLgl/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Clauses"/></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/>
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>"#;

    const STYLES: &str = r#"<w:styles xmlns:w="w">
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Item"><w:basedOn w:val="Normal"/>
        <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Item2"><w:basedOn w:val="Item"/>
        <w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Plain"><w:basedOn w:val="Item"/>
        <w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>
      <w:style w:type="numbering" w:styleId="Clauses">
        <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    </w:styles>"#;

    fn setup() -> (Numbering, Styles, Counters) {
        (
            Numbering::parse(NUMBERING.as_bytes()),
            Styles::parse(STYLES.as_bytes()),
            Counters::default(),
        )
    }

    fn label(
        c: &mut Counters,
        n: &Numbering,
        s: &Styles,
        num: Option<u32>,
        ilvl: Option<u8>,
        style: Option<&str>,
    ) -> Option<String> {
        c.next(n, s, NumPr { num_id: num, ilvl }, style).map(|(l, _)| l)
    }

    #[test]
    fn counts_levels_restarts_and_overrides() {
        let (n, s, mut c) = setup();
        let mut l = |num, ilvl| label(&mut c, &n, &s, Some(num), Some(ilvl), None);
        assert_eq!(l(1, 0).as_deref(), Some("8."));
        assert_eq!(l(1, 1).as_deref(), Some("(a)"));
        assert_eq!(l(1, 1).as_deref(), Some("(b)"));
        assert_eq!(l(1, 2).as_deref(), Some("i)"));
        assert_eq!(l(1, 2).as_deref(), Some("ii)"));
        // num 2 shares abstractNum 0 without overrides: the same sequence.
        assert_eq!(l(2, 0).as_deref(), Some("9."));
        assert_eq!(l(1, 1).as_deref(), Some("(a)"));
        // lvlRestart 0: level 2 never restarts.
        assert_eq!(l(1, 2).as_deref(), Some("iii)"));
        assert_eq!(l(1, 3).as_deref(), Some("9.1"));
        // num 3 overrides the start: the list restarts there and goes on, for all its nums.
        assert_eq!(l(3, 0).as_deref(), Some("1."));
        assert_eq!(l(3, 0).as_deref(), Some("2."));
        assert_eq!(l(1, 0).as_deref(), Some("3."));
        assert_eq!(l(3, 0).as_deref(), Some("4."));
        assert_eq!(l(4, 0).as_deref(), Some("•"));
        assert_eq!(l(0, 0), None);
        assert_eq!(l(99, 0), None);
        // numStyleLink: num 5 uses the Clauses style's list (num 1).
        assert_eq!(l(5, 0).as_deref(), Some("5."));
    }

    #[test]
    fn inherits_numbering_from_styles() {
        let (n, s, mut c) = setup();
        let mut l = |style| label(&mut c, &n, &s, None, None, Some(style));
        assert_eq!(l("Item").as_deref(), Some("8."));
        assert_eq!(l("Item2").as_deref(), Some("(a)"));
        assert_eq!(l("Plain"), None);
        assert_eq!(l("Loop1"), None);
        assert_eq!(l("Normal"), None);
        assert_eq!(l("Missing"), None);
    }

    #[test]
    fn a_prefix_covers_only_what_it_holds() {
        let whole = STYLES.as_bytes();
        let cut = whole.len() - 60; // inside the last style
        let s = Styles::parse_prefix(whole[..cut].to_vec());
        assert!(s.covers(&["Item2".to_string(), "Plain".to_string()], true));
        assert!(!s.covers(&["Clauses".to_string()], false));
        assert!(!s.covers(&["Missing".to_string()], false));
        let s = Styles::parse_prefix(whole[..40].to_vec());
        assert!(!s.covers(&[], true));
    }

    #[test]
    fn styles_with_another_prefix_are_parsed_whole() {
        let n = Numbering::parse(NUMBERING.as_bytes());
        let s = Styles::parse(STYLES.replace("w:", "s:").as_bytes());
        let mut c = Counters::default();
        assert_eq!(label(&mut c, &n, &s, None, None, Some("Item2")).as_deref(), Some("(a)"));
        assert_eq!(label(&mut c, &n, &s, None, None, Some("Plain")), None);
    }

    #[test]
    fn formats_numbers() {
        assert_eq!(format_number(27, NumFmt::LowerLetter), "aa");
        assert_eq!(format_number(1994, NumFmt::UpperRoman), "MCMXCIV");
        assert_eq!(format_number(4, NumFmt::LowerRoman), "iv");
        assert_eq!(format_number(7, NumFmt::DecimalZero), "07");
        assert_eq!(format_number(12, NumFmt::Ordinal), "12th");
        assert_eq!(format_number(22, NumFmt::Ordinal), "22nd");
        assert_eq!(format_number(u32::MAX, NumFmt::UpperLetter).len(), 30);
    }
}
