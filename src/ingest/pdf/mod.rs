//! PDF: lopdf parses the file (xref recovery, decryption with the empty password, stream
//! filters); our own positioned-glyph text layer on top of it turns each page's content
//! into lines in reading order, the same text conventions the TXT path produces.
//!
//! - `fonts`: character codes to Unicode and glyph widths;
//! - `content`: content-stream operators to positioned glyphs;
//! - `layout`: glyphs to lines, cells, columns and paragraph gaps;
//! - `furniture`: running headers/footers, page numbers, line-break hyphens;
//! - `ocr`: tesseract for pages without a text layer (`--ocr`).
//!
//! Limits: decompressed bytes (per stream and per document), pages, and content operators
//! per page; nesting of form XObjects and `q` is bounded and cycles are cut.

mod content;
mod fonts;
pub(crate) mod furniture;
mod glyphlist;
mod layout;
mod metrics;
mod ocr;

use super::{Document, IngestError, IngestOptions, normalise::normalise};
use crate::model::{SourceFormat, TextLayer, Warning};
use lopdf::{Dictionary, Document as PdfDoc, LoadOptions, Object, ObjectId, Stream};

/// Content operators run per page (including form XObjects) before the page is cut short.
const MAX_OPS_PER_PAGE: u64 = 2_000_000;
/// Largest single decompressed stream, in bytes.
const MAX_STREAM_BYTES: u64 = 64 * 1024 * 1024;

/// Decompressed bytes left for one document.
pub(crate) struct Budget {
    left: u64,
    exceeded: bool,
}

impl Budget {
    /// The decoded content of `s`, counted against the budget; None when it cannot be
    /// decoded or the budget is spent.
    pub(crate) fn stream(&mut self, s: &Stream) -> Option<Vec<u8>> {
        if self.left == 0 {
            self.exceeded = true;
            return None;
        }
        let cap = self.left.min(MAX_STREAM_BYTES) as usize;
        let data = if s.filters().is_ok_and(|f| !f.is_empty()) {
            match s.decompressed_content_with_limit(cap) {
                Ok(d) => d,
                Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                    ..
                })) => {
                    self.exceeded = true;
                    return None;
                }
                // Unknown filter or damaged data: use what is there if it is plain.
                Err(_) => return None,
            }
        } else {
            if s.content.len() > cap {
                self.exceeded = true;
                return None;
            }
            s.content.clone()
        };
        self.left = self.left.saturating_sub(data.len() as u64);
        Some(data)
    }
}

static NULL: Object = Object::Null;

/// Follows references (a bounded number of times); a missing object is `Null`.
pub(crate) fn deref<'a>(doc: &'a PdfDoc, mut o: &'a Object) -> &'a Object {
    for _ in 0..16 {
        match o {
            Object::Reference(id) => match doc.objects.get(id) {
                Some(next) => o = next,
                None => return &NULL,
            },
            _ => return o,
        }
    }
    &NULL
}

/// A number (integer or real), following references.
pub(crate) fn get_f32(doc: &PdfDoc, o: &Object) -> Option<f32> {
    match deref(doc, o) {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// A name entry of a dictionary, following references.
pub(crate) fn get_name(doc: &PdfDoc, dict: &Dictionary, key: &[u8]) -> Option<Vec<u8>> {
    match deref(doc, dict.get(key).ok()?) {
        Object::Name(n) => Some(n.clone()),
        _ => None,
    }
}

/// A page attribute, inherited from the page tree when the page does not set it.
fn inherited<'a>(doc: &'a PdfDoc, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = page;
    for _ in 0..32 {
        if let Ok(o) = node.get(key) {
            return Some(deref(doc, o));
        }
        match node.get(b"Parent").ok().map(|p| deref(doc, p)) {
            Some(Object::Dictionary(parent)) => node = parent,
            _ => return None,
        }
    }
    None
}

fn malformed(message: impl Into<String>) -> IngestError {
    IngestError::Malformed { format: "PDF", message: message.into() }
}

/// Reads a PDF: its text page by page, with page offsets and a text-layer diagnosis.
pub fn ingest(bytes: &[u8], options: &IngestOptions) -> Result<Document, IngestError> {
    // The text layer is written not to panic; lopdf is third-party code, so a panic in it
    // is still caught here and reported as a damaged file.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ingest_inner(bytes, options))) {
        Ok(r) => r,
        Err(_) => Err(malformed("the file could not be read (internal error while parsing)")),
    }
}

fn load(bytes: &[u8], options: &IngestOptions) -> Result<PdfDoc, IngestError> {
    let max = options.limits.max_decompressed_bytes.min(MAX_STREAM_BYTES * 4) as usize;
    let load_options = LoadOptions { max_decompressed_size: Some(max), ..LoadOptions::default() };
    let doc = match PdfDoc::load_mem_with_options(bytes, load_options) {
        Ok(doc) => doc,
        Err(lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword) => {
            return Err(IngestError::Encrypted { format: "PDF" });
        }
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
            return Err(IngestError::TooLarge {
                what: "decompressed PDF stream".into(),
                limit: format!("{max} bytes"),
            });
        }
        Err(e) => return Err(malformed(e.to_string())),
    };
    Ok(doc)
}

fn ingest_inner(bytes: &[u8], options: &IngestOptions) -> Result<Document, IngestError> {
    let doc = load(bytes, options)?;
    let encrypted = doc.trailer.has(b"Encrypt");
    if encrypted && doc.encryption_state.is_none() {
        return Err(IngestError::Encrypted { format: "PDF" });
    }
    let page_ids: Vec<ObjectId> =
        doc.page_iter().take(options.limits.max_pages as usize + 1).collect();
    if page_ids.is_empty() {
        return Err(if encrypted {
            IngestError::Encrypted { format: "PDF" }
        } else {
            malformed("no pages found")
        });
    }
    let mut warnings = Vec::new();
    let mut incomplete = false;
    let mut page_ids = page_ids;
    if page_ids.len() > options.limits.max_pages as usize {
        page_ids.truncate(options.limits.max_pages as usize);
        warnings.push(Warning::new(
            "page_limit",
            format!(
                "only the first {} pages were read (raise --max-pages)",
                options.limits.max_pages
            ),
        ));
        incomplete = true;
    }

    let mut budget = Budget { left: options.limits.max_decompressed_bytes, exceeded: false };
    let mut interp = content::Interpreter::new(&doc);
    let mut pages: Vec<Vec<layout::Line>> = Vec::with_capacity(page_ids.len());
    let mut layer = TextLayer::default();
    let mut images: Vec<Vec<content::PageImage>> = Vec::new();
    let mut unmapped_per_page: Vec<u64> = Vec::new();
    let (mut truncated, mut damaged, mut rotated) = (0u32, 0u32, 0u64);
    for &page_id in &page_ids {
        let Ok(page) = doc.get_dictionary(page_id) else {
            pages.push(Vec::new());
            layer.chars_per_page.push(0);
            unmapped_per_page.push(0);
            images.push(Vec::new());
            damaged += 1;
            continue;
        };
        let ids = doc.get_page_contents(page_id);
        let streams: Vec<Vec<u8>> = ids
            .iter()
            .filter_map(|id| match doc.objects.get(id) {
                Some(Object::Stream(s)) => budget.stream(s),
                _ => None,
            })
            .collect();
        // A content stream that is missing or cannot be decoded.
        let lost_stream = streams.len() < ids.len();
        let resources = match inherited(&doc, page, b"Resources") {
            Some(Object::Dictionary(d)) => Some(d),
            _ => None,
        };
        let rotate = inherited(&doc, page, b"Rotate").and_then(|o| o.as_i64().ok()).unwrap_or(0);
        let pc = interp.page(&streams, resources, rotate, MAX_OPS_PER_PAGE, &mut budget);
        truncated += pc.truncated as u32;
        damaged += (pc.damaged || lost_stream) as u32;
        rotated += pc.rotated;
        layer.unmapped_glyphs += pc.unmapped;
        unmapped_per_page.push(pc.unmapped);
        layer.chars_per_page.push(pc.text.chars().filter(|c| !c.is_whitespace()).count() as u64);
        let raw = layout::lines(&pc);
        let lines = layout::arrange(raw, &pc.rules, &pc.vrules);
        images.push(pc.images);
        pages.push(lines);
        if budget.exceeded {
            break;
        }
    }
    let header = furniture::remove(&mut pages);

    // Pages without text but with images (or unreadable glyphs) have no usable text layer.
    let mut ocr_ready: Option<bool> = None;
    let mut page_texts: Vec<String> = Vec::with_capacity(pages.len());
    for (i, lines) in pages.iter_mut().enumerate() {
        let n = i as u32 + 1;
        let no_text = layer.chars_per_page.get(i).copied().unwrap_or(0) == 0;
        let has_images = images.get(i).is_some_and(|v| !v.is_empty());
        // Glyphs drawn but none readable (fonts without Unicode values) is no text layer
        // either.
        let unreadable = unmapped_per_page.get(i).copied().unwrap_or(0) > 0;
        if no_text && (has_images || unreadable) {
            let mut done = false;
            if options.ocr {
                let ready = *ocr_ready.get_or_insert_with(ocr::available);
                if ready {
                    let largest =
                        images[i].iter().max_by(|a, b| a.area.total_cmp(&b.area)).map(|im| im.id);
                    match largest.map(|id| ocr::ocr_image(&doc, id, &mut budget)) {
                        Some(Ok(text)) => {
                            page_texts.push(normalise(text.trim_end()));
                            layer.ocr_pages.push(n);
                            done = true;
                        }
                        Some(Err(e)) => {
                            warnings.push(Warning::new("ocr_failed", format!("page {n}: {e}")))
                        }
                        None => {}
                    }
                }
            }
            if done {
                continue;
            }
            layer.pages_without_text.push(n);
            page_texts.push(String::new());
            continue;
        }
        furniture::join_hyphens(lines);
        let mut text = String::new();
        for line in lines.iter() {
            if line.cells.is_empty() {
                continue;
            }
            if line.gap_before && !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&line.text());
            text.push('\n');
        }
        page_texts.push(normalise(text.trim_end()));
    }
    if !layer.pages_without_text.is_empty() {
        incomplete = true;
        let list =
            layer.pages_without_text.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        let hint = if !options.ocr {
            " (scanned images; try --ocr with tesseract installed)"
        } else if ocr_ready == Some(false) {
            " (scanned images; tesseract is not installed, so --ocr could not read them)"
        } else {
            " (scanned images)"
        };
        warnings
            .push(Warning::new("no_text_layer", format!("no text layer on page(s) {list}{hint}")));
    }
    let mapped: u64 = layer.chars_per_page.iter().sum();
    if layer.unmapped_glyphs > 0 && layer.unmapped_glyphs * 10 > mapped {
        // More than one glyph in eleven unreadable: words are missing from the text.
        incomplete = true;
    }
    if layer.unmapped_glyphs > 0 {
        warnings.push(Warning::new(
            "unmapped_glyphs",
            format!("{} glyphs have no Unicode value and were left out", layer.unmapped_glyphs),
        ));
    }
    if rotated > 0 {
        warnings.push(Warning::new(
            "rotated_text",
            format!("{rotated} rotated characters were left out"),
        ));
    }
    if truncated > 0 {
        incomplete = true;
        warnings.push(Warning::new(
            "operator_limit",
            format!("{truncated} page(s) have more than {MAX_OPS_PER_PAGE} drawing operators and were cut short"),
        ));
    }
    if damaged > 0 {
        incomplete = true;
        warnings.push(Warning::new(
            "damaged_content",
            format!("{damaged} page(s) have damaged content and were read in part"),
        ));
    }
    if budget.exceeded {
        incomplete = true;
        warnings.push(Warning::new(
            "decompressed_limit",
            format!(
                "reading stopped at the limit of {} decompressed bytes (raise --max-decompressed-bytes)",
                options.limits.max_decompressed_bytes
            ),
        ));
    }
    if page_texts.len() < page_ids.len() {
        incomplete = true;
    }

    let mut doc_out = Document { format: Some(SourceFormat::Pdf), ..Document::default() };
    for (i, t) in page_texts.iter().enumerate() {
        if i > 0 {
            doc_out.text.push('\n');
        }
        doc_out.page_starts.push(doc_out.text.len());
        doc_out.text.push_str(t);
    }
    if doc_out.text.trim().is_empty() && layer.pages_without_text.is_empty() && !incomplete {
        return Err(IngestError::Empty);
    }
    if !header.is_empty() {
        doc_out.header = Some(normalise(&header.join("\n")));
    }
    doc_out.ocr_pages = layer.ocr_pages.clone();
    doc_out.text_layer = Some(layer);
    doc_out.warnings = warnings;
    doc_out.incomplete = incomplete;
    Ok(doc_out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let opts = IngestOptions::default();
        assert!(ingest(b"%PDF-1.4\n", &opts).is_err());
        assert!(
            ingest(
                b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
                &opts
            )
            .is_err()
        );
        assert!(ingest(b"", &opts).is_err());
    }
}
