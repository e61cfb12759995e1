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
    let lower: Vec<u8> = head.iter().take(512).map(|b| b.to_ascii_lowercase()).collect();
    let trimmed = trim_start(&lower);
    if trimmed.starts_with(b"<!doctype html") || trimmed.starts_with(b"<html") {
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
    // Counted in byte-sized lanes, a chunk at a time, so the loop vectorises.
    let control: usize = sample
        .chunks(255)
        .map(|chunk| {
            let n: u8 = chunk
                .iter()
                .map(|&b| {
                    u8::from((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C))
                })
                .fold(0, u8::wrapping_add);
            usize::from(n)
        })
        .sum();
    control * 100 <= sample.len()
}

/// Position of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
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
