//! Plain text: detect the encoding, decode, normalise (Markdown markup becomes plain layout).
//!
//! Order of evidence: a byte-order mark; UTF-16 without a BOM by its pattern of NUL bytes
//! (NUL is valid UTF-8 but never in real text); strict UTF-8; otherwise a legacy encoding guessed by chardetng (with the `.uk` hint, which
//! keeps it from guessing windows-1250 or KOI8-U for UK English with a "£" or curly quote).

use super::{Document, IngestError};
use crate::model::SourceFormat;
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
use std::borrow::Cow;

/// Decodes `bytes` as text and normalises it.
pub fn ingest(bytes: &[u8]) -> Result<Document, IngestError> {
    let (text, encoding) = decode_borrowed(bytes);
    let mut doc = Document::from_text(&text, SourceFormat::Txt);
    if super::markdown::looks_like_markdown(&doc.text) {
        doc.text = super::normalise::normalise(&super::markdown::to_plain(&doc.text));
    }
    // Page furniture blanked, the body column of a margin-caption layout and the margin of
    // pleading paper's line numbers found in one pass over the lines; the captions are
    // looked for only where there is such a column.
    let (blanked, mut col, margin) = super::normalise::furniture_and_body_column(&doc.text);
    if let Cow::Owned(text) = blanked {
        doc.text = text;
    }
    if let Some(margin) = margin {
        // Without its line numbers, the text's columns are counted again.
        doc.text = super::normalise::strip_line_numbers(&doc.text, margin);
        col = super::normalise::body_column(&doc.text);
    }
    if let Some(col) = col
        && let Cow::Owned(text) = super::normalise::margin_captions_at(&doc.text, col)
    {
        doc.text = text;
    }
    doc.encoding = Some(name(encoding));
    if doc.text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    Ok(doc)
}

/// Decodes `bytes`, returning the text and the name of the encoding used (lower case).
pub fn decode(bytes: &[u8]) -> (String, String) {
    let (text, encoding) = decode_borrowed(bytes);
    (text.into_owned(), name(encoding))
}

/// [`decode`], borrowing `bytes` when they are already UTF-8 (no copy: the normaliser
/// makes the document's own text).
fn decode_borrowed(bytes: &[u8]) -> (Cow<'_, str>, &'static Encoding) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return (enc.decode_without_bom_handling(&bytes[bom_len..]).0, enc);
    }
    // NUL bytes are valid UTF-8 but never in real text: test for UTF-16 first.
    if let Some(enc) = utf16_without_bom(bytes) {
        return (enc.decode_without_bom_handling(bytes).0, enc);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(s), UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(Some(b"uk"), chardetng::Utf8Detection::Allow);
    (enc.decode_without_bom_handling(bytes).0, enc)
}

fn name(enc: &'static Encoding) -> String {
    enc.name().to_ascii_lowercase()
}

/// UTF-16 without a BOM: in ASCII-heavy text every other byte is NUL. Returns the byte order
/// if at least 40% of the even (BE) or odd (LE) bytes are NUL and almost none of the others.
pub fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(64 * 1024) & !1];
    if sample.len() < 4 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd * 10 >= pairs * 4 && even * 50 <= pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 4 && odd * 50 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_and_legacy() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc"), ("abc".into(), "utf-8".into()));
        assert_eq!(decode(b"\xFF\xFEa\0b\0"), ("ab".into(), "utf-16le".into()));
        assert_eq!(decode(b"\xFE\xFF\0a\0b"), ("ab".into(), "utf-16be".into()));
        assert_eq!(decode(b"a\0b\0c\0d\0").1, "utf-16le");
        assert_eq!(decode(b"\0a\0b\0c\0d").1, "utf-16be");
        let (text, enc) = decode(b"The cost was \xA3100 \x96 the \x93best\x94 yet.");
        assert_eq!(enc, "windows-1252");
        assert_eq!(text, "The cost was £100 – the “best” yet.");
    }

    #[test]
    fn empty_text_is_an_error() {
        assert_eq!(ingest(b" \r\n\t ").err(), Some(IngestError::Empty));
    }
}
