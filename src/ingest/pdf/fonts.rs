//! Fonts: how the bytes of a shown string become character codes, Unicode text and glyph
//! widths. Simple fonts (standard encodings, `/Differences` through the Adobe Glyph List,
//! symbolic TrueType), Type0/CID fonts (Identity-H and embedded CMaps, `/W`, `/DW`) and
//! Type3 fonts; `ToUnicode` CMaps win over encodings when they give a value.

use super::glyphlist::{GLYPH_NAMES, MAC_ROMAN, PDF_DOC, STANDARD, SYMBOL, WIN_ANSI};
use super::{Budget, deref, get_f32, get_name, metrics};
use lopdf::{Dictionary, Document as PdfDoc, Object};
use std::borrow::Cow;
use std::collections::HashMap;

/// A parsed `ToUnicode` (or encoding) CMap.
#[derive(Debug, Default)]
pub(crate) struct CMap {
    /// Code space ranges: (byte length, low, high).
    codespace: Vec<(u8, u32, u32)>,
    /// Single codes to text.
    chars: HashMap<u32, String>,
    /// Ranges: (low, high, first destination, or one destination per code).
    ranges: Vec<(u32, u32, RangeDst)>,
}

#[derive(Debug)]
enum RangeDst {
    /// Destination of the low code; higher codes increment the last UTF-16 unit.
    Start(Vec<u16>),
}

/// Tokens of a CMap program (only what bfchar/bfrange/codespacerange need).
#[derive(Debug, PartialEq)]
enum Tok<'a> {
    Hex(Vec<u8>),
    Int(i64),
    Word(&'a [u8]),
    Open,
    Close,
}

fn tokens(data: &[u8]) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        match c {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let start = i + 1;
                let mut j = start;
                while j < data.len() && data[j] != b'>' {
                    j += 1;
                }
                let digits: Vec<u8> =
                    data[start..j].iter().copied().filter(|b| b.is_ascii_hexdigit()).collect();
                let mut bytes = Vec::with_capacity(digits.len() / 2 + 1);
                for pair in digits.chunks(2) {
                    let hi = hex_val(pair[0]);
                    let lo = pair.get(1).map_or(0, |&b| hex_val(b));
                    bytes.push(hi << 4 | lo);
                }
                out.push(Tok::Hex(bytes));
                i = j + 1;
            }
            b'[' => {
                out.push(Tok::Open);
                i += 1;
            }
            b']' => {
                out.push(Tok::Close);
                i += 1;
            }
            b'(' => {
                // Literal strings appear in CMap headers only; skip them (with nesting).
                let mut depth = 0usize;
                while i < data.len() {
                    match data[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            c if c.is_ascii_whitespace() || c == 0 => i += 1,
            _ => {
                let start = i;
                while i < data.len()
                    && !data[i].is_ascii_whitespace()
                    && !matches!(data[i], b'<' | b'>' | b'[' | b']' | b'(' | b'%')
                {
                    i += 1;
                    if data[i - 1] == b'/' && i - 1 != start {
                        i -= 1;
                        break;
                    }
                }
                if i == start {
                    i += 1;
                    continue;
                }
                let word = &data[start..i];
                match std::str::from_utf8(word).ok().and_then(|s| s.parse::<i64>().ok()) {
                    Some(n) => out.push(Tok::Int(n)),
                    None => out.push(Tok::Word(word)),
                }
            }
        }
    }
    out
}

fn hex_val(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        b'A'..=b'F' => b - b'A' + 10,
        _ => 0,
    }
}

fn be(bytes: &[u8]) -> u32 {
    bytes.iter().take(4).fold(0u32, |acc, &b| acc << 8 | b as u32)
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|c| if c.len() == 2 { u16::from_be_bytes([c[0], c[1]]) } else { c[0] as u16 })
        .collect()
}

fn utf16_string(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied()).filter_map(Result::ok).collect()
}

/// Ranges larger than this many codes are ignored.
const MAX_RANGE: u32 = 1 << 16;
/// Most single-code entries kept (ranges are expanded into them while below this).
const MAX_ENTRIES: usize = 1 << 17;
/// Most unexpanded ranges kept (each is searched linearly).
const MAX_RANGES: usize = 4096;

impl CMap {
    /// Parses a CMap program; unknown parts are skipped, never an error.
    pub(crate) fn parse(data: &[u8]) -> CMap {
        let toks = tokens(data);
        let mut cmap = CMap::default();
        let mut i = 0;
        while i < toks.len() {
            match &toks[i] {
                Tok::Word(b"begincodespacerange") => {
                    i += 1;
                    while i + 1 < toks.len() {
                        match (&toks[i], &toks[i + 1]) {
                            (Tok::Hex(lo), Tok::Hex(hi)) => {
                                let len = lo.len().clamp(1, 4) as u8;
                                cmap.codespace.push((len, be(lo), be(hi)));
                                i += 2;
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(b"beginbfchar") | Tok::Word(b"begincidchar") => {
                    let cid = matches!(toks[i], Tok::Word(b"begincidchar"));
                    i += 1;
                    while i + 1 < toks.len() {
                        match (&toks[i], &toks[i + 1]) {
                            (Tok::Hex(src), Tok::Hex(dst)) if !cid => {
                                cmap.chars.insert(be(src), utf16_string(&utf16_units(dst)));
                                i += 2;
                            }
                            (Tok::Hex(src), Tok::Word(name)) if !cid => {
                                if let Some(s) =
                                    glyph_name_to_string(name.strip_prefix(b"/").unwrap_or(name))
                                {
                                    cmap.chars.insert(be(src), s);
                                }
                                i += 2;
                            }
                            (Tok::Hex(src), Tok::Int(n)) if cid => {
                                cmap.chars
                                    .insert(be(src), (*n).clamp(0, u16::MAX as i64).to_string());
                                i += 2;
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(b"beginbfrange") => {
                    i += 1;
                    while i + 2 < toks.len() {
                        let (Tok::Hex(lo), Tok::Hex(hi)) = (&toks[i], &toks[i + 1]) else { break };
                        let (lo, hi) = (be(lo), be(hi));
                        if hi < lo {
                            i += 3;
                            continue;
                        }
                        match &toks[i + 2] {
                            Tok::Hex(dst) => {
                                let units = utf16_units(dst);
                                if hi - lo < 256 && cmap.chars.len() < MAX_ENTRIES {
                                    // Expand small ranges: the common case, fastest to look up.
                                    for (k, code) in (lo..=hi).enumerate() {
                                        let mut u = units.clone();
                                        if let Some(last) = u.last_mut() {
                                            *last = last.wrapping_add(k as u16);
                                        }
                                        cmap.chars.insert(code, utf16_string(&u));
                                    }
                                } else if hi - lo <= MAX_RANGE && cmap.ranges.len() < MAX_RANGES {
                                    cmap.ranges.push((lo, hi, RangeDst::Start(units)));
                                }
                                i += 3;
                            }
                            Tok::Open => {
                                let mut j = i + 3;
                                let mut list = Vec::new();
                                while j < toks.len() {
                                    match &toks[j] {
                                        Tok::Hex(d) => list.push(utf16_string(&utf16_units(d))),
                                        Tok::Close => break,
                                        _ => {}
                                    }
                                    j += 1;
                                }
                                for (k, s) in list.into_iter().enumerate() {
                                    cmap.chars.insert(lo.saturating_add(k as u32), s);
                                }
                                i = j + 1;
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(b"begincidrange") => {
                    i += 1;
                    while i + 2 < toks.len() {
                        let (Tok::Hex(lo), Tok::Hex(hi), Tok::Int(cid)) =
                            (&toks[i], &toks[i + 1], &toks[i + 2])
                        else {
                            break;
                        };
                        let (lo, hi) = (be(lo), be(hi));
                        if hi >= lo && hi - lo <= MAX_RANGE && cmap.ranges.len() < MAX_RANGES {
                            let base = (*cid).clamp(0, u16::MAX as i64) as u16;
                            cmap.ranges.push((lo, hi, RangeDst::Start(vec![base])));
                        }
                        i += 3;
                    }
                }
                _ => i += 1,
            }
        }
        cmap.codespace.sort_unstable();
        cmap
    }

    /// The text for `code`, if mapped (an empty mapping counts as unmapped).
    pub(crate) fn get(&self, code: u32) -> Option<Cow<'_, str>> {
        if let Some(s) = self.chars.get(&code) {
            return if s.is_empty() { None } else { Some(Cow::Borrowed(s.as_str())) };
        }
        for (lo, hi, dst) in &self.ranges {
            if (*lo..=*hi).contains(&code) {
                let k = code - lo;
                return match dst {
                    RangeDst::Start(units) => {
                        let mut u = units.clone();
                        if let Some(last) = u.last_mut() {
                            *last = last.wrapping_add(k as u16);
                        }
                        Some(utf16_string(&u)).filter(|s| !s.is_empty()).map(Cow::Owned)
                    }
                };
            }
        }
        None
    }

    /// The CID for `code` when this is an encoding CMap (cidchar/cidrange).
    fn cid(&self, code: u32) -> Option<u32> {
        if let Some(s) = self.chars.get(&code) {
            return s.parse().ok();
        }
        for (lo, hi, dst) in &self.ranges {
            if (*lo..=*hi).contains(&code) {
                let RangeDst::Start(u) = dst;
                return Some(u.first().copied().unwrap_or(0) as u32 + (code - lo));
            }
        }
        None
    }

    /// Length in bytes of the code starting at `bytes[0]`, from the code space ranges.
    fn code_len(&self, bytes: &[u8]) -> usize {
        for len in 1..=4u8 {
            if bytes.len() < len as usize {
                break;
            }
            let code = be(&bytes[..len as usize]);
            if self.codespace.iter().any(|&(l, lo, hi)| l == len && (lo..=hi).contains(&code)) {
                return len as usize;
            }
        }
        self.codespace.first().map_or(2, |c| c.0 as usize).min(bytes.len()).max(1)
    }
}

/// Unicode text for an Adobe glyph name: the Adobe Glyph List, `uniXXXX[XXXX...]`,
/// `uXXXX[XX]`, ligature names joined by `_`, and suffixes after `.` ignored.
pub(crate) fn glyph_name_to_string(name: &[u8]) -> Option<String> {
    let name = std::str::from_utf8(name).ok()?;
    let base = name.split('.').next().unwrap_or(name);
    if base.is_empty() {
        return None;
    }
    if base.contains('_') {
        let parts: Option<String> =
            base.split('_').map(|p| glyph_name_to_string(p.as_bytes())).collect();
        return parts;
    }
    if let Ok(i) = GLYPH_NAMES.binary_search_by(|(n, _)| n.cmp(&base)) {
        return char::from_u32(GLYPH_NAMES[i].1 as u32).map(String::from);
    }
    if let Some(hex) = base.strip_prefix("uni")
        && hex.len() >= 4
        && hex.len() % 4 == 0
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        let units: Vec<u16> = hex
            .as_bytes()
            .chunks(4)
            .filter_map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok())
            .collect();
        let s = utf16_string(&units);
        return Some(s).filter(|s| !s.is_empty());
    }
    if let Some(hex) = base.strip_prefix('u')
        && (4..=6).contains(&hex.len())
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32).map(String::from);
    }
    // Names like "g123", "cid123", "glyph12" carry no Unicode value.
    None
}

/// How codes are read from a string.
#[derive(Debug)]
enum Coding {
    /// One byte per code.
    Simple,
    /// Two bytes per code, code = CID (Identity-H/V and UCS-2 CMaps).
    Identity,
    /// An embedded or predefined CMap with code space ranges.
    CMap(CMap),
}

/// One decoded glyph of a shown string.
pub(crate) struct Code {
    /// The character code.
    pub code: u32,
    /// Bytes the code took (word spacing applies to the single byte 32).
    pub len: u8,
    /// Horizontal advance in text space units per unit of font size (width/1000).
    pub width: f32,
}

/// A font as needed for text extraction.
#[derive(Debug)]
pub(crate) struct Font {
    coding: Coding,
    /// Simple font: code to Unicode text from the encoding (None: not known).
    simple: Option<Box<[Option<Box<str>>; 256]>>,
    to_unicode: Option<CMap>,
    /// Simple font widths from `/FirstChar`.
    first_char: u32,
    widths: Vec<f32>,
    /// CID font widths by CID.
    cid_widths: HashMap<u32, f32>,
    /// A standard 14 font used without `/Widths`: its widths by Unicode value, or a fixed
    /// width (Courier).
    std_widths: Option<&'static [(u16, u16)]>,
    fixed_width: Option<f32>,
    default_width: f32,
    /// Type3 glyph space scale (FontMatrix a), 0.001 for other fonts.
    pub scale: f32,
}

impl Font {
    /// A font with no dictionary: WinAnsi-like, widths of half an em.
    pub(crate) fn fallback() -> Font {
        Font {
            coding: Coding::Simple,
            simple: Some(table_encoding(&STANDARD_OR_WINANSI)),
            to_unicode: None,
            first_char: 0,
            widths: Vec::new(),
            cid_widths: HashMap::new(),
            std_widths: None,
            fixed_width: None,
            default_width: 500.0,
            scale: 0.001,
        }
    }

    /// Reads a font dictionary. Never fails: what cannot be read is left unmapped.
    pub(crate) fn load(doc: &PdfDoc, dict: &Dictionary, budget: &mut Budget) -> Font {
        let subtype = get_name(doc, dict, b"Subtype").unwrap_or_default();
        let to_unicode = match dict.get(b"ToUnicode").ok().map(|o| deref(doc, o)) {
            Some(Object::Stream(s)) => budget.stream(s).map(|data| CMap::parse(&data)),
            _ => None,
        };
        let mut font = Font::fallback();
        font.to_unicode = to_unicode;
        font.simple = None;
        if subtype == b"Type0" {
            font.load_type0(doc, dict, budget);
            return font;
        }
        // Simple font (Type1, MMType1, TrueType, Type3).
        let descriptor = match dict.get(b"FontDescriptor").ok().map(|o| deref(doc, o)) {
            Some(Object::Dictionary(d)) => Some(d),
            _ => None,
        };
        let flags = descriptor
            .and_then(|d| d.get(b"Flags").ok())
            .and_then(|o| o.as_i64().ok())
            .unwrap_or(0);
        let symbolic = flags & 4 != 0 && flags & 32 == 0;
        let base_font = get_name(doc, dict, b"BaseFont").unwrap_or_default();
        let base_name = String::from_utf8_lossy(&base_font).to_ascii_lowercase();
        let is_symbol_font = base_name.contains("symbol") && !base_name.contains("opensymbol");
        let is_dingbats = base_name.contains("dingbat") || base_name.contains("wingding");

        let mut base: [Option<Box<str>>; 256] = std::array::from_fn(|_| None);
        let mut base_set = false;
        let encoding = dict.get(b"Encoding").ok().map(|o| deref(doc, o));
        let set_table = |base: &mut [Option<Box<str>>; 256], t: &[u16; 256]| {
            for (slot, &u) in base.iter_mut().zip(t.iter()) {
                *slot = if u == 0 {
                    None
                } else {
                    char::from_u32(u as u32).map(|c| c.to_string().into())
                };
            }
        };
        let named = |n: &[u8]| -> Option<&'static [u16; 256]> {
            match n {
                b"WinAnsiEncoding" => Some(&WIN_ANSI),
                b"MacRomanEncoding" => Some(&MAC_ROMAN),
                b"StandardEncoding" => Some(&STANDARD),
                b"PDFDocEncoding" => Some(&PDF_DOC),
                _ => None,
            }
        };
        let mut differences: Option<&Vec<Object>> = None;
        match encoding {
            Some(Object::Name(n)) => {
                if let Some(t) = named(n) {
                    set_table(&mut base, t);
                    base_set = true;
                }
            }
            Some(Object::Dictionary(d)) => {
                if let Some(t) = get_name(doc, d, b"BaseEncoding").as_deref().and_then(named) {
                    set_table(&mut base, t);
                    base_set = true;
                }
                if let Ok(Object::Array(a)) = d.get(b"Differences").map(|o| deref(doc, o)) {
                    differences = Some(a);
                }
            }
            _ => {}
        }
        if !base_set {
            if is_symbol_font {
                set_table(&mut base, &SYMBOL);
            } else if symbolic && subtype == b"TrueType" || is_dingbats {
                // Symbolic TrueType: codes are glyph ids in the (3,0) cmap at U+F000 + code.
                for (code, slot) in base.iter_mut().enumerate() {
                    *slot = char::from_u32(0xF000 + code as u32).map(|c| c.to_string().into());
                }
            } else if subtype == b"TrueType" {
                set_table(&mut base, &WIN_ANSI);
            } else {
                set_table(&mut base, &STANDARD);
            }
        }
        if let Some(diffs) = differences {
            let mut code: i64 = 0;
            for item in diffs {
                match deref(doc, item) {
                    Object::Integer(n) => code = *n,
                    Object::Name(name) => {
                        if (0..256).contains(&code) {
                            base[code as usize] = glyph_name_to_string(name).map(Into::into);
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
        font.simple = Some(Box::new(base));
        font.first_char =
            dict.get(b"FirstChar").ok().and_then(|o| o.as_i64().ok()).unwrap_or(0).clamp(0, 255)
                as u32;
        if let Ok(Object::Array(ws)) = dict.get(b"Widths").map(|o| deref(doc, o)) {
            font.widths = ws.iter().take(256).map(|w| get_f32(doc, w).unwrap_or(0.0)).collect();
        }
        if font.widths.is_empty() {
            // A standard 14 font (or its usual substitute) without widths: built-in metrics.
            let name = base_name.rsplit('+').next().unwrap_or(&base_name);
            let bold = name.contains("bold") || name.contains("black") || name.contains("heavy");
            let italic = name.contains("italic") || name.contains("oblique");
            if name.contains("courier") || name.contains("mono") {
                font.fixed_width = Some(600.0);
            } else if name.contains("helvetica") || name.contains("arial") {
                font.std_widths = Some(if bold { metrics::SANS_BOLD } else { metrics::SANS });
            } else if name.contains("times") {
                font.std_widths = Some(match (bold, italic) {
                    (true, true) => metrics::SERIF_BOLD_ITALIC,
                    (true, false) => metrics::SERIF_BOLD,
                    (false, true) => metrics::SERIF_ITALIC,
                    (false, false) => metrics::SERIF,
                });
            }
        }
        font.default_width = descriptor
            .and_then(|d| d.get(b"MissingWidth").ok())
            .and_then(|o| get_f32(doc, o))
            .filter(|w| *w > 0.0)
            .unwrap_or(500.0);
        if subtype == b"Type3"
            && let Ok(Object::Array(m)) = dict.get(b"FontMatrix").map(|o| deref(doc, o))
            && let Some(a) = m.first().and_then(|o| get_f32(doc, o))
            && a.is_finite()
            && a.abs() > 1e-7
            && a.abs() < 10.0
        {
            // Widths are in glyph space; scale them to text space per 1000.
            font.scale = a.abs();
        }
        font
    }

    fn load_type0(&mut self, doc: &PdfDoc, dict: &Dictionary, budget: &mut Budget) {
        self.coding = match dict.get(b"Encoding").ok().map(|o| deref(doc, o)) {
            Some(Object::Stream(s)) => match budget.stream(s).map(|d| CMap::parse(&d)) {
                Some(c) if !c.codespace.is_empty() => Coding::CMap(c),
                _ => Coding::Identity,
            },
            _ => Coding::Identity,
        };
        let descendant = match dict.get(b"DescendantFonts").ok().map(|o| deref(doc, o)) {
            Some(Object::Array(a)) => a.first().map(|o| deref(doc, o)),
            _ => None,
        };
        let Some(Object::Dictionary(cid_font)) = descendant else { return };
        self.default_width = cid_font
            .get(b"DW")
            .ok()
            .and_then(|o| get_f32(doc, o))
            .filter(|w| *w > 0.0)
            .unwrap_or(1000.0);
        if let Ok(Object::Array(w)) = cid_font.get(b"W").map(|o| deref(doc, o)) {
            let mut i = 0;
            let mut total = 0usize;
            while i < w.len() && total < 1 << 17 {
                let Some(first) = get_f32(doc, &w[i]).map(|f| f as u32) else { break };
                match w.get(i + 1).map(|o| deref(doc, o)) {
                    Some(Object::Array(list)) => {
                        for (k, wo) in list.iter().enumerate() {
                            if let Some(v) = get_f32(doc, wo) {
                                self.cid_widths.insert(first.saturating_add(k as u32), v);
                            }
                            total += 1;
                        }
                        i += 2;
                    }
                    Some(o) => {
                        let last = get_f32(doc, o).map(|f| f as u32).unwrap_or(first);
                        let v = w
                            .get(i + 2)
                            .and_then(|o| get_f32(doc, o))
                            .unwrap_or(self.default_width);
                        if last >= first && last - first < 1 << 16 {
                            for cid in first..=last {
                                self.cid_widths.insert(cid, v);
                                total += 1;
                            }
                        }
                        i += 3;
                    }
                    None => break,
                }
            }
        }
    }

    /// Splits a shown string into codes with their widths.
    pub(crate) fn codes(&self, bytes: &[u8], out: &mut Vec<Code>) {
        out.clear();
        match &self.coding {
            Coding::Simple => {
                for &b in bytes {
                    let code = b as u32;
                    let w = code
                        .checked_sub(self.first_char)
                        .and_then(|i| self.widths.get(i as usize))
                        .copied()
                        .or(self.fixed_width)
                        .or_else(|| self.std_width(code))
                        .unwrap_or(self.default_width);
                    out.push(Code { code, len: 1, width: w * self.scale });
                }
            }
            Coding::Identity => {
                for pair in bytes.chunks(2) {
                    let code = be(pair);
                    let w = self.cid_widths.get(&code).copied().unwrap_or(self.default_width);
                    out.push(Code { code, len: pair.len() as u8, width: w * 0.001 });
                }
            }
            Coding::CMap(cmap) => {
                let mut i = 0;
                while i < bytes.len() {
                    let len = cmap.code_len(&bytes[i..]).min(bytes.len() - i).max(1);
                    let code = be(&bytes[i..i + len]);
                    let cid = cmap.cid(code).unwrap_or(code);
                    let w = self.cid_widths.get(&cid).copied().unwrap_or(self.default_width);
                    out.push(Code { code, len: len as u8, width: w * 0.001 });
                    i += len;
                }
            }
        }
    }

    /// A standard 14 font's width for `code`, through its Unicode value.
    fn std_width(&self, code: u32) -> Option<f32> {
        let table = self.std_widths?;
        let c = self.simple.as_ref()?.get(code as usize)?.as_ref()?.chars().next()?;
        let u = u16::try_from(c as u32).ok()?;
        table.binary_search_by_key(&u, |e| e.0).ok().map(|i| table[i].1 as f32)
    }

    /// The text of `code`, or None when it has no known Unicode value.
    pub(crate) fn text(&self, code: u32) -> Option<Cow<'_, str>> {
        if let Some(cmap) = &self.to_unicode
            && let Some(s) = cmap.get(code)
            && !s.chars().all(|c| c == '\u{FFFD}' || c == '\0')
        {
            return Some(s);
        }
        if let Some(table) = &self.simple
            && let Some(Some(s)) = table.get(code as usize)
        {
            return Some(Cow::Borrowed(s));
        }
        None
    }
}

const STANDARD_OR_WINANSI: [u16; 256] = WIN_ANSI;

fn table_encoding(t: &[u16; 256]) -> Box<[Option<Box<str>>; 256]> {
    Box::new(std::array::from_fn(|i| {
        if t[i] == 0 { None } else { char::from_u32(t[i] as u32).map(|c| c.to_string().into()) }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names() {
        assert_eq!(glyph_name_to_string(b"A").as_deref(), Some("A"));
        assert_eq!(glyph_name_to_string(b"quoteright").as_deref(), Some("\u{2019}"));
        assert_eq!(glyph_name_to_string(b"uni0041").as_deref(), Some("A"));
        assert_eq!(glyph_name_to_string(b"uni00660069").as_deref(), Some("fi"));
        assert_eq!(glyph_name_to_string(b"u1F600").as_deref(), Some("\u{1F600}"));
        assert_eq!(glyph_name_to_string(b"f_f_i").as_deref(), Some("ffi"));
        assert_eq!(glyph_name_to_string(b"a.sc").as_deref(), Some("a"));
        assert_eq!(glyph_name_to_string(b"g123"), None);
        assert_eq!(glyph_name_to_string(b"fi").as_deref(), Some("\u{FB01}"));
    }

    #[test]
    fn cmap_bfchar_bfrange() {
        let cm = CMap::parse(
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
              1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0011> <00660069> endbfchar\n\
              2 beginbfrange <0024> <0026> <0041> <0030> <0031> [<0061> <0062>] endbfrange\n\
              endcmap",
        );
        assert_eq!(cm.get(3).as_deref(), Some(" "));
        assert_eq!(cm.get(0x11).as_deref(), Some("fi"));
        assert_eq!(cm.get(0x25).as_deref(), Some("B"));
        assert_eq!(cm.get(0x31).as_deref(), Some("b"));
        assert_eq!(cm.get(0x99), None);
        assert_eq!(cm.code_len(&[0, 3]), 2);
    }

    #[test]
    fn cmap_garbage_never_panics() {
        for data in
            [&b"beginbfrange <FFFF> <0000> <0041> endbfrange"[..], b"<", b"(((", b"beginbfchar <00"]
        {
            let _ = CMap::parse(data);
        }
    }
}
