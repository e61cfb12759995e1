//! OCR of pages without a text layer: the page's largest embedded image is handed to a
//! `tesseract` subprocess (JPEG/DCT data as is, Flate or uncompressed 8-bit and 1-bit
//! images as PNM). Only used with `--ocr`.

use super::Budget;
use lopdf::{Document as PdfDoc, Object, ObjectId};
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Why a page could not be OCR'd.
#[derive(Debug, thiserror::Error)]
pub(crate) enum OcrError {
    /// tesseract is not on the PATH.
    #[error("tesseract is not installed (install tesseract-ocr to read scanned pages with --ocr)")]
    NoTesseract,
    /// The page image is in an encoding we do not pass on.
    #[error("the page image is in a format not supported for OCR ({0})")]
    UnsupportedImage(String),
    /// tesseract failed or timed out.
    #[error("tesseract failed: {0}")]
    Failed(String),
}

/// Seconds one tesseract run may take.
const TIMEOUT: Duration = Duration::from_secs(120);

/// True when a `tesseract` binary can be started.
pub(crate) fn available() -> bool {
    Command::new("tesseract")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The image's bytes in a format tesseract reads (JPEG or PNM).
fn image_file(doc: &PdfDoc, id: ObjectId, budget: &mut Budget) -> Result<Vec<u8>, OcrError> {
    let Ok(Object::Stream(stream)) = doc.get_object(id) else {
        return Err(OcrError::UnsupportedImage("missing image".into()));
    };
    let filters: Vec<Vec<u8>> =
        stream.filters().map(|f| f.iter().map(|n| n.to_vec()).collect()).unwrap_or_default();
    if filters.last().is_some_and(|f| f == b"DCTDecode" || f == b"DCT") {
        if filters.len() == 1 {
            return Ok(stream.content.clone());
        }
        return Err(OcrError::UnsupportedImage("DCT inside other filters".into()));
    }
    if let Some(f) =
        filters.iter().find(|f| !matches!(f.as_slice(), b"FlateDecode" | b"Fl" | b"LZWDecode"))
    {
        return Err(OcrError::UnsupportedImage(String::from_utf8_lossy(f).into_owned()));
    }
    let dict = &stream.dict;
    let int = |k: &[u8]| dict.get(k).ok().and_then(|o| o.as_i64().ok()).unwrap_or(0);
    let (w, h, bpc) = (int(b"Width"), int(b"Height"), int(b"BitsPerComponent"));
    let mask = dict.get(b"ImageMask").ok().and_then(|o| o.as_bool().ok()).unwrap_or(false);
    let comps = if mask {
        1
    } else {
        match dict.get(b"ColorSpace").ok().map(|o| super::deref(doc, o)) {
            Some(Object::Name(n)) if n == b"DeviceRGB" || n == b"CalRGB" => 3,
            Some(Object::Name(n)) if n == b"DeviceGray" || n == b"CalGray" => 1,
            Some(Object::Array(a)) => match a.get(1).map(|o| super::deref(doc, o)) {
                Some(Object::Stream(s)) => {
                    s.dict.get(b"N").ok().and_then(|o| o.as_i64().ok()).unwrap_or(0)
                }
                _ => 0,
            },
            _ => 0,
        }
    };
    if !(1..=20_000).contains(&w) || !(1..=20_000).contains(&h) || !(comps == 1 || comps == 3) {
        return Err(OcrError::UnsupportedImage("colour space or size".into()));
    }
    let data = budget
        .stream(stream)
        .ok_or_else(|| OcrError::UnsupportedImage("undecodable image".into()))?;
    let (w, h) = (w as usize, h as usize);
    let mut out = Vec::new();
    match (bpc, comps) {
        (8, c) => {
            let need = w * h * c as usize;
            if data.len() < need {
                return Err(OcrError::UnsupportedImage("short image data".into()));
            }
            let _ = write!(out, "{}\n{} {}\n255\n", if c == 1 { "P5" } else { "P6" }, w, h);
            out.extend_from_slice(&data[..need]);
        }
        (1, 1) => {
            let row = w.div_ceil(8);
            if data.len() < row * h {
                return Err(OcrError::UnsupportedImage("short image data".into()));
            }
            let _ = write!(out, "P4\n{} {}\n", w, h);
            // PDF gray: 0 is black; PBM: 1 is black. An image mask paints 0 by default too.
            out.extend(data[..row * h].iter().map(|b| !b));
        }
        _ => return Err(OcrError::UnsupportedImage(format!("{bpc} bits per component"))),
    }
    Ok(out)
}

/// OCRs image `id` with tesseract and returns its text.
pub(crate) fn ocr_image(
    doc: &PdfDoc,
    id: ObjectId,
    budget: &mut Budget,
) -> Result<String, OcrError> {
    let image = image_file(doc, id, budget)?;
    let mut child = Command::new("tesseract")
        .args(["stdin", "stdout", "--psm", "4"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| OcrError::NoTesseract)?;
    let mut stdin = child.stdin.take().ok_or_else(|| OcrError::Failed("no stdin".into()))?;
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&image);
    });
    let mut stdout = child.stdout.take().ok_or_else(|| OcrError::Failed("no stdout".into()))?;
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(OcrError::Failed("timed out".into()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(OcrError::Failed(e.to_string())),
        }
    };
    let _ = writer.join();
    let text = reader.join().unwrap_or_default();
    if !status.success() {
        return Err(OcrError::Failed(format!("exit status {status}")));
    }
    Ok(String::from_utf8_lossy(&text).into_owned())
}
