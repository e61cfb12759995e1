//! Content streams: runs the text and graphics state operators of a page (and of the form
//! XObjects it draws) and produces positioned glyphs in device space, upright, y up.

use super::fonts::{Code, Font};
use super::{Budget, deref, get_f32};
use lopdf::content::Content;
use lopdf::{Dictionary, Document as PdfDoc, Object, ObjectId};
use std::collections::HashMap;
use std::rc::Rc;

/// A 2D affine matrix [a b c d e f].
pub(crate) type Matrix = [f32; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m × n` in PDF's row-vector convention (apply m first, then n).
pub(crate) fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// One glyph on the page.
#[derive(Clone, Debug)]
pub(crate) struct Glyph {
    /// Left edge of the glyph (device space).
    pub x0: f32,
    /// Right edge (x0 + advance).
    pub x1: f32,
    /// Baseline.
    pub y: f32,
    /// Font size in device space.
    pub size: f32,
    /// Byte range in [`PageContent::text`].
    pub start: u32,
    /// Length in bytes.
    pub len: u16,
    /// A space glyph was shown just before this one, in the same string run.
    pub space_before: bool,
    /// Order in the content stream.
    pub seq: u32,
}

/// An image drawn on the page (for OCR).
#[derive(Clone, Debug)]
pub(crate) struct PageImage {
    /// The image XObject.
    pub id: ObjectId,
    /// Its area on the page in square device units.
    pub area: f32,
}

/// What a page's content streams drew.
#[derive(Debug, Default)]
pub(crate) struct PageContent {
    /// Glyphs, in content-stream order.
    pub glyphs: Vec<Glyph>,
    /// Text of all glyphs, indexed by [`Glyph::start`].
    pub text: String,
    /// Glyphs with no Unicode value.
    pub unmapped: u64,
    /// Glyphs drawn rotated (not upright), dropped.
    pub rotated: u64,
    /// Images drawn.
    pub images: Vec<PageImage>,
    /// Horizontal rules drawn (table borders, lines): (y, x0, x1).
    pub rules: Vec<(f32, f32, f32)>,
    /// Vertical rules drawn: (x, y0, y1).
    pub vrules: Vec<(f32, f32, f32)>,
    /// The operator budget ran out.
    pub truncated: bool,
    /// A content stream could not be parsed to its end.
    pub damaged: bool,
}

impl PageContent {
    /// The text of a glyph.
    pub(crate) fn glyph_text(&self, g: &Glyph) -> &str {
        self.text.get(g.start as usize..g.start as usize + g.len as usize).unwrap_or("")
    }
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    hscale: f32,
    leading: f32,
    rise: f32,
}

/// Most glyphs kept per page; the rest of the page is cut short.
const MAX_GLYPHS: usize = 400_000;
/// Deepest nesting of form XObjects followed.
const MAX_FORM_DEPTH: usize = 12;
/// Deepest q nesting kept (further q's still balance but are not saved).
const MAX_Q_DEPTH: usize = 256;

/// Runs content streams; holds the font cache for one document.
pub(crate) struct Interpreter<'a> {
    doc: &'a PdfDoc,
    fonts: HashMap<ObjectId, Rc<Font>>,
    fallback: Rc<Font>,
    /// Operators left for the current page.
    ops_left: u64,
    codes: Vec<Code>,
}

impl<'a> Interpreter<'a> {
    /// An interpreter for `doc`.
    pub(crate) fn new(doc: &'a PdfDoc) -> Interpreter<'a> {
        Interpreter {
            doc,
            fonts: HashMap::new(),
            fallback: Rc::new(Font::fallback()),
            ops_left: 0,
            codes: Vec::new(),
        }
    }

    /// Runs one page's content streams with `resources` and the page rotation.
    pub(crate) fn page(
        &mut self,
        streams: &[Vec<u8>],
        resources: Option<&Dictionary>,
        rotate: i64,
        max_ops: u64,
        budget: &mut Budget,
    ) -> PageContent {
        let ctm = match rotate.rem_euclid(360) {
            90 => [0.0, -1.0, 1.0, 0.0, 0.0, 0.0],
            180 => [-1.0, 0.0, 0.0, -1.0, 0.0, 0.0],
            270 => [0.0, 1.0, -1.0, 0.0, 0.0, 0.0],
            _ => IDENTITY,
        };
        self.ops_left = max_ops;
        let mut out = PageContent::default();
        let mut gs = GState {
            ctm,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            hscale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        // Page content streams are one stream split in parts: join them (an operator may
        // straddle a boundary).
        let mut joined = Vec::with_capacity(streams.iter().map(|s| s.len() + 1).sum());
        for s in streams {
            joined.extend_from_slice(s);
            joined.push(b'\n');
        }
        let mut stack = Vec::new();
        self.run(&joined, resources, &mut gs, &mut out, budget, &mut stack);
        out
    }

    fn font(
        &mut self,
        resources: Option<&Dictionary>,
        name: &[u8],
        budget: &mut Budget,
    ) -> Rc<Font> {
        let doc = self.doc;
        let Some(fonts) = resources.and_then(|r| r.get(b"Font").ok()).map(|o| deref(doc, o)) else {
            return self.fallback.clone();
        };
        let Object::Dictionary(fonts) = fonts else { return self.fallback.clone() };
        let Ok(entry) = fonts.get(name) else { return self.fallback.clone() };
        let id = match entry {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        if let Some(id) = id
            && let Some(f) = self.fonts.get(&id)
        {
            return f.clone();
        }
        let font = match deref(doc, entry) {
            Object::Dictionary(d) => Rc::new(Font::load(doc, d, budget)),
            _ => self.fallback.clone(),
        };
        if let Some(id) = id {
            self.fonts.insert(id, font.clone());
        }
        font
    }

    fn run(
        &mut self,
        data: &[u8],
        resources: Option<&Dictionary>,
        gs: &mut GState,
        out: &mut PageContent,
        budget: &mut Budget,
        forms: &mut Vec<ObjectId>,
    ) {
        let doc = self.doc;
        let mut saved: Vec<GState> = Vec::new();
        let mut q_overflow = 0usize;
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        let mut pending_space = false;
        // Segments of the path being built, device space.
        let mut path: Vec<((f32, f32), (f32, f32))> = Vec::new();
        let mut cur = (0.0f32, 0.0f32);
        for op in Content::decode_iter(data) {
            let Ok(op) = op else {
                out.damaged = true;
                break;
            };
            if self.ops_left == 0 {
                out.truncated = true;
                break;
            }
            self.ops_left -= 1;
            let args = &op.operands;
            let num =
                |i: usize| args.get(i).and_then(|o| get_f32(doc, o)).filter(|v| v.is_finite());
            match op.operator.as_str() {
                "q" => {
                    if saved.len() < MAX_Q_DEPTH {
                        saved.push(gs.clone());
                    } else {
                        q_overflow += 1;
                    }
                }
                "Q" => {
                    if q_overflow > 0 {
                        q_overflow -= 1;
                    } else if let Some(s) = saved.pop() {
                        *gs = s;
                    }
                }
                "cm" => {
                    if let (Some(a), Some(b), Some(c), Some(d), Some(e), Some(f)) =
                        (num(0), num(1), num(2), num(3), num(4), num(5))
                    {
                        gs.ctm = mul(&[a, b, c, d, e, f], &gs.ctm);
                    }
                }
                "re" => {
                    if let (Some(x), Some(y), Some(w), Some(h)) = (num(0), num(1), num(2), num(3)) {
                        let c = [
                            apply(&gs.ctm, x, y),
                            apply(&gs.ctm, x + w, y),
                            apply(&gs.ctm, x + w, y + h),
                            apply(&gs.ctm, x, y + h),
                        ];
                        if path.len() < 4096 {
                            for k in 0..4 {
                                path.push((c[k], c[(k + 1) % 4]));
                            }
                        }
                    }
                }
                "m" => {
                    if let (Some(x), Some(y)) = (num(0), num(1)) {
                        cur = apply(&gs.ctm, x, y);
                    }
                }
                "l" => {
                    if let (Some(x), Some(y)) = (num(0), num(1)) {
                        let p = apply(&gs.ctm, x, y);
                        if path.len() < 4096 {
                            path.push((cur, p));
                        }
                        cur = p;
                    }
                }
                "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" => {
                    for ((ax, ay), (bx, by)) in path.drain(..) {
                        if out.rules.len() + out.vrules.len() >= 40_000 {
                            break;
                        }
                        if (ay - by).abs() < 0.5 && (ax - bx).abs() > 5.0 {
                            out.rules.push((ay, ax.min(bx), ax.max(bx)));
                        } else if (ax - bx).abs() < 0.5 && (ay - by).abs() > 5.0 {
                            out.vrules.push((ax, ay.min(by), ay.max(by)));
                        }
                    }
                }
                "n" => path.clear(),
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                    pending_space = false;
                }
                "Tf" => {
                    if let Some(Object::Name(name)) = args.first() {
                        gs.font = Some(self.font(resources, name, budget));
                    }
                    if let Some(s) = num(1) {
                        gs.size = s;
                    }
                }
                "Tc" => gs.char_spacing = num(0).unwrap_or(0.0),
                "Tw" => gs.word_spacing = num(0).unwrap_or(0.0),
                "Tz" => gs.hscale = num(0).unwrap_or(100.0) / 100.0,
                "TL" => gs.leading = num(0).unwrap_or(0.0),
                "Ts" => gs.rise = num(0).unwrap_or(0.0),
                "Td" | "TD" => {
                    let (tx, ty) = (num(0).unwrap_or(0.0), num(1).unwrap_or(0.0));
                    if op.operator == "TD" {
                        gs.leading = -ty;
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &tlm);
                    tm = tlm;
                    pending_space = false;
                }
                "Tm" => {
                    if let (Some(a), Some(b), Some(c), Some(d), Some(e), Some(f)) =
                        (num(0), num(1), num(2), num(3), num(4), num(5))
                    {
                        tlm = [a, b, c, d, e, f];
                        tm = tlm;
                    }
                    pending_space = false;
                }
                "T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                    pending_space = false;
                }
                "Tj" | "'" | "\"" => {
                    if op.operator != "Tj" {
                        if op.operator == "\"" {
                            gs.word_spacing = num(0).unwrap_or(gs.word_spacing);
                            gs.char_spacing = num(1).unwrap_or(gs.char_spacing);
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                        tm = tlm;
                        pending_space = false;
                    }
                    if let Some(Object::String(bytes, _)) = args.last() {
                        self.show(bytes, gs, &mut tm, out, &mut pending_space);
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = args.first() {
                        for item in items {
                            match item {
                                Object::String(bytes, _) => {
                                    self.show(bytes, gs, &mut tm, out, &mut pending_space)
                                }
                                o => {
                                    if let Some(n) = get_f32(doc, o).filter(|n| n.is_finite()) {
                                        let tx = -n / 1000.0 * gs.size * gs.hscale;
                                        tm[4] += tx * tm[0];
                                        tm[5] += tx * tm[1];
                                        // A large negative kern is a word space in its own right.
                                        if -n > 200.0 {
                                            pending_space = true;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                "Do" => {
                    if let Some(Object::Name(name)) = args.first() {
                        self.draw_xobject(name, resources, gs, out, budget, forms);
                    }
                }
                _ => {}
            }
        }
    }

    fn draw_xobject(
        &mut self,
        name: &[u8],
        resources: Option<&Dictionary>,
        gs: &mut GState,
        out: &mut PageContent,
        budget: &mut Budget,
        forms: &mut Vec<ObjectId>,
    ) {
        let doc = self.doc;
        let Some(Object::Dictionary(xobjects)) =
            resources.and_then(|r| r.get(b"XObject").ok()).map(|o| deref(doc, o))
        else {
            return;
        };
        let Ok(Object::Reference(id)) = xobjects.get(name) else { return };
        let id = *id;
        let Ok(Object::Stream(stream)) = doc.get_object(id) else { return };
        let subtype =
            stream.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()).unwrap_or_default();
        if subtype == b"Image" {
            let (a, b) = apply(&gs.ctm, 1.0, 0.0);
            let (c, d) = apply(&gs.ctm, 0.0, 1.0);
            let (e, f) = apply(&gs.ctm, 0.0, 0.0);
            let area = ((a - e) * (d - f) - (b - f) * (c - e)).abs();
            if out.images.len() < 64 {
                out.images.push(PageImage { id, area });
            }
            return;
        }
        if subtype != b"Form" || forms.len() >= MAX_FORM_DEPTH || forms.contains(&id) {
            return;
        }
        let Some(data) = budget.stream(stream) else { return };
        let mut inner = gs.clone();
        if let Ok(Object::Array(m)) = stream.dict.get(b"Matrix") {
            let v: Vec<f32> = m.iter().filter_map(|o| get_f32(doc, o)).collect();
            if v.len() == 6 && v.iter().all(|x| x.is_finite()) {
                inner.ctm = mul(&[v[0], v[1], v[2], v[3], v[4], v[5]], &inner.ctm);
            }
        }
        let own = match stream.dict.get(b"Resources").ok().map(|o| deref(doc, o)) {
            Some(Object::Dictionary(d)) => Some(d),
            _ => resources,
        };
        forms.push(id);
        self.run(&data, own, &mut inner, out, budget, forms);
        forms.pop();
    }

    fn show(
        &mut self,
        bytes: &[u8],
        gs: &GState,
        tm: &mut Matrix,
        out: &mut PageContent,
        pending_space: &mut bool,
    ) {
        let font = gs.font.clone().unwrap_or_else(|| self.fallback.clone());
        let mut codes = std::mem::take(&mut self.codes);
        font.codes(bytes, &mut codes);
        let size = gs.size;
        for code in &codes {
            if out.glyphs.len() >= MAX_GLYPHS {
                out.truncated = true;
                self.ops_left = 0;
                break;
            }
            let text = font.text(code.code);
            let is_space = code.len == 1 && code.code == 32;
            let trm = mul(tm, &gs.ctm);
            let adv_text = code.width * size * gs.hscale;
            let (x0, y0) = apply(&trm, 0.0, gs.rise);
            let (x1, _) = apply(&trm, adv_text, gs.rise);
            let dev_size = size.abs() * (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            let upright = trm[0] > 0.0 && trm[1].abs() <= 0.05 * trm[0].abs();
            match text {
                None => out.unmapped += 1,
                Some(t) if t.chars().all(char::is_whitespace) => *pending_space = true,
                Some(t) if !upright => {
                    let _ = t;
                    out.rotated += 1;
                }
                Some(t) => {
                    if out.glyphs.len() < u32::MAX as usize
                        && dev_size.is_finite()
                        && x0.is_finite()
                        && y0.is_finite()
                    {
                        let start = out.text.len() as u32;
                        for c in t.chars().take(16) {
                            out.text.push(if c.is_control() { ' ' } else { c });
                        }
                        let len = (out.text.len() as u32 - start) as u16;
                        let seq = out.glyphs.len() as u32;
                        out.glyphs.push(Glyph {
                            x0,
                            x1: x1.max(x0),
                            y: y0,
                            size: dev_size,
                            start,
                            len,
                            space_before: std::mem::take(pending_space),
                            seq,
                        });
                    }
                }
            }
            let tx = (code.width * size
                + gs.char_spacing
                + if is_space { gs.word_spacing } else { 0.0 })
                * gs.hscale;
            tm[4] += tx * tm[0];
            tm[5] += tx * tm[1];
        }
        self.codes = codes;
    }
}
