//! Format sniffing: what the first bytes say a file is. The extension only breaks ties.

/// What a file's content looks like.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// `%PDF-` near the start.
    Pdf,
    /// A zip holding `word/document.xml` (or a zip named .docx/.docm/.dotx).
    Docx,
    /// Text in some encoding.
    Text,
    /// Something we recognise but do not read.
    Unsupported {
        /// What it is.
        format: &'static str,
        /// What to do about it.
        hint: &'static str,
    },
}

const CONVERT: &str = "convert it to PDF or DOCX (e.g. soffice --headless --convert-to docx FILE)";

/// Decides the format of `bytes`. `extension` is lower case without the dot.
pub fn sniff(bytes: &[u8], extension: Option<&str>) -> Sniffed {
    let head = &bytes[..bytes.len().min(1024)];
    if find(head, b"%PDF-").is_some() {
        return Sniffed::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        if find(&bytes[..bytes.len().min(128)], b"application/vnd.oasis.opendocument").is_some() {
            return Sniffed::Unsupported { format: "OpenDocument (.odt)", hint: CONVERT };
        }
        if find(bytes, b"word/").is_some()
            || matches!(extension, Some("docx" | "docm" | "dotx" | "dotm"))
        {
            return Sniffed::Docx;
        }
        return Sniffed::Unsupported {
            format: "zip archive",
            hint: "unpack it and pass the folder instead",
        };
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // A password-protected .docx is an OLE2 file holding EncryptedPackage: the DOCX
        // ingester reports it as encrypted.
        if super::docx::is_encrypted_ooxml(bytes) {
            return Sniffed::Docx;
        }
        return Sniffed::Unsupported { format: "legacy Word .doc (OLE2)", hint: CONVERT };
    }
    if bytes.starts_with(b"{\\rtf") {
        return Sniffed::Unsupported { format: "RTF", hint: CONVERT };
    }
    for (magic, name) in IMAGES {
        if bytes.starts_with(magic) {
            return Sniffed::Unsupported {
                format: name,
                hint: "an image holds no text; OCR it into a PDF first (e.g. ocrmypdf)",
            };
        }
    }
    let trimmed = trim_start(&head[..head.len().min(512)]);
    if starts_with_ignore_case(trimmed, b"<!doctype html")
        || starts_with_ignore_case(trimmed, b"<html")
    {
        return Sniffed::Unsupported {
            format: "HTML",
            hint: "save the page as text or print it to PDF",
        };
    }
    if looks_like_text(bytes) {
        Sniffed::Text
    } else {
        Sniffed::Unsupported {
            format: "binary data",
            hint: "the content is neither text, PDF nor DOCX; check the file is not damaged",
        }
    }
}

const IMAGES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"II*\0", "TIFF image"),
    (b"MM\0*", "TIFF image"),
];

/// True if `bytes` start with `lower` (lower case ASCII), in any case.
fn starts_with_ignore_case(bytes: &[u8], lower: &[u8]) -> bool {
    bytes.get(..lower.len()).is_some_and(|head| head.eq_ignore_ascii_case(lower))
}

fn trim_start(b: &[u8]) -> &[u8] {
    let start =
        b.iter().position(|c| !c.is_ascii_whitespace() && *c != 0xEF && *c != 0xBB && *c != 0xBF);
    &b[start.unwrap_or(b.len())..]
}

/// True when `bytes` decode as text: a Unicode BOM, UTF-16 by its NUL pattern, or few
/// control bytes in the first 64 KiB.
pub fn looks_like_text(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF])
        || bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
    {
        return true;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if super::txt::utf16_without_bom(sample).is_some() {
        return true;
    }
    control_bytes(sample) * 100 <= sample.len()
}

/// The number of control bytes in `bytes` other than tab, line feed, carriage return and
/// form feed. Eight bytes at a time: a word with no byte below 0x20 (most words of text)
/// is passed over in a few instructions; in the others (a line end's) the control bytes are
/// marked exactly (no carry crosses a byte: the sums stay below 0x100) and counted.
fn control_bytes(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // The high bit of each zero byte of `y`.
    let zero = |y: u64| !(((y & LOW) + LOW) | y) & HIGH;
    let words = bytes.chunks_exact(8);
    let tail = words.remainder();
    let mut count = 0;
    for word in words {
        let mut lanes = [0; 8];
        lanes.copy_from_slice(word);
        let w = u64::from_le_bytes(lanes);
        // Some byte is below 0x20 (exact for "some": no false negative).
        if w.wrapping_sub(ONES * 0x20) & !w & HIGH != 0 {
            let below = !(((w & LOW) + ONES * 0x60) | w) & HIGH;
            let allowed = zero(w ^ (ONES * u64::from(b'\t')))
                | zero(w ^ (ONES * u64::from(b'\n')))
                | zero(w ^ (ONES * u64::from(b'\r')))
                | zero(w ^ (ONES * 0x0C));
            count += (below & !allowed).count_ones() as usize;
        }
    }
    count + tail.iter().filter(|&&b| is_control(b)).count()
}

/// A control byte that text does not have (tab, line feed, carriage return and form feed
/// it does).
fn is_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)
}

/// Position of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    memchr::memmem::find(hay, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b"%PDF-1.7\n...", None), Sniffed::Pdf);
        assert_eq!(sniff(b"Minutes of the meeting", Some("pdf")), Sniffed::Text);
        assert!(matches!(sniff(b"{\\rtf1\\ansi", None), Sniffed::Unsupported { .. }));
        assert!(matches!(
            sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], None),
            Sniffed::Unsupported { format: "legacy Word .doc (OLE2)", .. }
        ));
        let mut encrypted = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(sniff(&encrypted, Some("docx")), Sniffed::Docx);
        assert!(matches!(sniff(b"\x89PNG\r\n\x1a\n....", None), Sniffed::Unsupported { .. }));
        assert!(matches!(sniff(b"  <!DOCTYPE html><html>", None), Sniffed::Unsupported { .. }));
    }

    proptest::proptest! {
        #[test]
        fn control_bytes_are_counted_as_defined(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..80),
            text in "[\\x00-\\x21\\x7e-\\u{100}a ]{0,80}",
        ) {
            for sample in [&bytes[..], text.as_bytes()] {
                let by_byte = sample.iter().filter(|&&b| is_control(b)).count();
                proptest::prop_assert_eq!(control_bytes(sample), by_byte);
                let found = sample.windows(2).position(|w| w == b"a\0");
                proptest::prop_assert_eq!(find(sample, b"a\0"), found);
            }
        }
    }

    #[test]
    fn random_bytes_are_not_text() {
        // A fixed pseudo-random sequence (xorshift) so the test is deterministic.
        let mut x: u32 = 0x1234_5678;
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                (x >> 24) as u8
            })
            .collect();
        assert!(matches!(sniff(&bytes, Some("txt")), Sniffed::Unsupported { .. }));
    }
}
