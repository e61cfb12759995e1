//! DOCX (also `.docm`, `.dotx`, `.dotm`): WordprocessingML read with a streaming reader of our
//! own on `zip` + `quick-xml`, never a DOM (see issue 4 for why not docx-rs's reader).
//!
//! This module owns the flow: refuse encrypted and legacy OLE2 files, open the package
//! ([`package`], which enforces the size limits), find the main part through the package
//! relationships, read the body ([`body`]), number its paragraphs as Word shows them
//! ([`numbering`], reading `numbering.xml` and `styles.xml` only when some paragraph can be
//! numbered), render the text ([`render`]) and normalise it.
//!
//! A damaged file that still yields text gives that text with a warning and `incomplete`;
//! one that yields nothing gives [`IngestError::Malformed`]. Limits give
//! [`IngestError::TooLarge`]. No input makes this module panic.

pub mod body;
pub mod numbering;
pub mod package;
pub mod render;
pub mod xml;

use super::{Document, IngestError, IngestOptions, normalise};
use crate::model::{SourceFormat, Warning};
use numbering::{Counters, Numbering, Styles};
use quick_xml::events::Event;

const OLE2: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// True when `bytes` are an OLE2 container holding an encrypted OOXML package (what Office
/// writes for a password-protected .docx).
pub fn is_encrypted_ooxml(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.starts_with(OLE2) && memchr::memmem::find(bytes, &name).is_some()
}

fn malformed(message: impl Into<String>) -> IngestError {
    IngestError::Malformed { format: "DOCX", message: message.into() }
}

/// Reads a DOCX.
pub fn ingest(bytes: &[u8], options: &IngestOptions) -> Result<Document, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::Empty);
    }
    if bytes.len() as u64 > options.limits.max_file_bytes {
        return Err(IngestError::TooLarge {
            what: format!("file of {} bytes", bytes.len()),
            limit: format!("{} bytes", options.limits.max_file_bytes),
        });
    }
    if bytes.starts_with(OLE2) {
        if is_encrypted_ooxml(bytes) {
            return Err(IngestError::Encrypted { format: "DOCX" });
        }
        return Err(IngestError::Unsupported {
            format: "legacy Word .doc (OLE2)".into(),
            hint: "convert it to DOCX or PDF (e.g. soffice --headless --convert-to docx FILE)"
                .into(),
        });
    }
    let mut warnings = Vec::new();
    let mut incomplete = false;
    let mut reader = package::Reader::open(bytes, &options.limits)?;
    if reader.recovered {
        warnings.push(Warning::new(
            "docx_damaged",
            "the zip's central directory is missing or damaged; parts were recovered from \
             local headers",
        ));
        incomplete = true;
    }

    let main = main_part_name(&mut reader)?;
    let part = reader.read(&main)?.ok_or_else(|| {
        malformed(format!("the package has no main document part ({main}); not a Word file?"))
    })?;
    if part.truncated {
        warnings.push(Warning::new(
            "docx_damaged",
            format!(
                "{main} is truncated or its compressed data is corrupt; text read up to the damage"
            ),
        ));
        incomplete = true;
    }
    let xml = xml::decode(&part.bytes);
    let mut body = body::parse(&xml);
    let header_id = first_header_id(&xml);
    drop(part);
    if let Some(damage) = &body.damage {
        // A cut part explains the XML error already.
        if !part_was_truncated(&warnings) {
            warnings.push(Warning::new("docx_damaged", format!("{damage}; text read up to it")));
        }
        incomplete = true;
    }

    if body.may_be_numbered {
        number(&mut reader, &main, &mut body.blocks)?;
    }
    // The first page's header is kept apart from the text (see `Document::header`).
    let header = header_id.and_then(|id| header_text(&mut reader, &main, &id));
    let mut text = String::new();
    let mut paragraph_starts = Vec::new();
    // Each block is normalised on its own so the offset where each starts is known:
    // evidence then names the Word paragraph (or table) a value came from.
    for (index, chunk) in render::render_chunks(&body.blocks) {
        let chunk = normalise::normalise(&chunk);
        let chunk = chunk.trim_matches('\n');
        if chunk.trim().is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        paragraph_starts.push((text.len(), index as u32 + 1));
        text.push_str(chunk);
    }
    if text.trim().is_empty() {
        if incomplete {
            return Err(malformed(
                warnings.first().map(|w| w.message.clone()).unwrap_or_else(|| "damaged".into()),
            ));
        }
        return Err(IngestError::Empty);
    }
    Ok(Document {
        text,
        paragraph_starts,
        format: Some(SourceFormat::Docx),
        header,
        warnings,
        incomplete,
        ..Document::default()
    })
}

fn part_was_truncated(warnings: &[Warning]) -> bool {
    warnings.iter().any(|w| w.message.contains("truncated"))
}

/// The relationship id of the first page's header: from the first `w:sectPr` in document
/// order (a paragraph's section break comes before the body's final one).
fn first_header_id(xml: &str) -> Option<String> {
    let start = memchr::memmem::find(xml.as_bytes(), b":sectPr")?;
    let start = xml[..start].rfind('<')?;
    let mut reader = quick_xml::Reader::from_str(&xml[start..]);
    let (mut first, mut default, mut title_pg) = (None, None, false);
    let mut depth = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                depth += 1;
                // Tracked section-property history is not the section's header.
                if xml::local(e.name().as_ref()) == "sectPrChange" {
                    reader.read_to_end(e.name()).ok()?;
                    depth -= 1;
                }
            }
            Ok(Event::Empty(e)) => match xml::local(e.name().as_ref()) {
                "sectPr" if depth == 0 => break,
                "headerReference" => {
                    let id = xml::attr(&e, "id");
                    match xml::attr(&e, "type").as_deref() {
                        Some("first") => first = id,
                        Some("default") | None => default = id,
                        _ => {}
                    }
                }
                "titlePg" => title_pg = xml::on_off(&e),
                _ => {}
            },
            Ok(Event::End(_)) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    if title_pg { first } else { default }
}

/// The header part `id` (a relationship of the main part) as text lines; `None` when it is missing, damaged or empty.
fn header_text(reader: &mut package::Reader<'_>, main: &str, id: &str) -> Option<String> {
    let (dir, rels_name) = relationships_of(main);
    let rels = reader.read(&rels_name).ok()??;
    let target = relationship_by_id(&rels.bytes, id)?;
    let part = reader.read(&resolve(dir, &target)).ok()??;
    let mut xml = xml::decode(&part.bytes).into_owned();
    drop(part);
    // Logos and shapes are not the header's words.
    for tag in ["drawing", "pict", "object"] {
        strip_elements(&mut xml, tag);
    }
    let blocks = body::parse(&xml).blocks;
    let mut out = String::new();
    for (_, chunk) in render::render_chunks(&blocks) {
        let chunk = normalise::normalise(&chunk);
        for line in chunk.lines() {
            let cells: Vec<&str> = line
                .split('\t')
                .map(str::trim)
                .filter(|c| !c.is_empty() && !crate::ingest::pdf::furniture::is_page_number(c))
                .collect();
            if !cells.is_empty() {
                out.push_str(&cells.join("\t"));
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    if out.is_empty() {
        return None;
    }
    Some(out)
}

/// Removes every `<w:tag ...>...</w:tag>` (any prefix) from `xml`; an unclosed one runs to
/// the end.
fn strip_elements(xml: &mut String, tag: &str) {
    let open = format!(":{tag}");
    let close = format!(":{tag}>");
    let mut from = 0;
    while let Some(pos) = xml[from..].find(&open).map(|p| p + from) {
        let Some(lt) = xml[..pos].rfind('<') else { break };
        let after = xml[pos + open.len()..].chars().next();
        if xml[lt..pos].contains('/') || !matches!(after, Some(' ' | '>' | '/')) {
            from = pos + open.len();
            continue;
        }
        // A self-closing element ends at its first '>'.
        let tag_end = xml[pos..].find('>').map_or(xml.len(), |e| pos + e + 1);
        let end = if xml[..tag_end].ends_with("/>") {
            tag_end
        } else {
            xml[tag_end..].find(&close).map_or(xml.len(), |e| tag_end + e + close.len())
        };
        xml.replace_range(lt..end, "");
        from = lt;
    }
}

/// The folder of the part `main` and the name of its relationships part
/// (`word/document.xml` -> `word`, `word/_rels/document.xml.rels`).
fn relationships_of(main: &str) -> (&str, String) {
    let dir = main.rsplit_once('/').map_or("", |(d, _)| d);
    let file = main.rsplit_once('/').map_or(main, |(_, f)| f);
    let rels = if dir.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{dir}/_rels/{file}.rels")
    };
    (dir, rels)
}

/// The target of the relationship whose `Id` is `id`.
fn relationship_by_id(bytes: &[u8], id: &str) -> Option<String> {
    let text = xml::decode(bytes);
    let mut reader = quick_xml::Reader::from_str(&text);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                if xml::local(e.name().as_ref()) == "Relationship"
                    && xml::attr(&e, "Id").is_some_and(|i| i == id)
                    && xml::attr(&e, "TargetMode").is_none_or(|m| m != "External")
                {
                    return xml::attr(&e, "Target");
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// The main document part, from `_rels/.rels` (`word/document.xml` when that says nothing).
fn main_part_name(reader: &mut package::Reader<'_>) -> Result<String, IngestError> {
    let rels = reader.read("_rels/.rels")?;
    let target = rels.and_then(|p| relationship(&p.bytes, "officeDocument"));
    Ok(target.map(|t| resolve("", &t)).unwrap_or_else(|| "word/document.xml".to_string()))
}

/// The target of the first relationship whose type ends with `/kind`.
fn relationship(bytes: &[u8], kind: &str) -> Option<String> {
    let text = xml::decode(bytes);
    let mut reader = quick_xml::Reader::from_str(&text);
    let suffix = format!("/{kind}");
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                if xml::local(e.name().as_ref()) == "Relationship"
                    && xml::attr(&e, "Type").is_some_and(|t| t.ends_with(&suffix))
                    && xml::attr(&e, "TargetMode").is_none_or(|m| m != "External")
                {
                    return xml::attr(&e, "Target");
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// A relationship target resolved against the folder of its source part.
fn resolve(base_dir: &str, target: &str) -> String {
    let mut parts: Vec<&str> = if target.starts_with('/') {
        Vec::new()
    } else {
        base_dir.split('/').filter(|s| !s.is_empty()).collect()
    };
    for seg in target.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// Gives numbered paragraphs their labels, in document order.
fn number(
    reader: &mut package::Reader<'_>,
    main: &str,
    blocks: &mut [body::Block],
) -> Result<(), IngestError> {
    let (dir, rels_name) = relationships_of(main);
    let rels = reader.read(&rels_name)?.map(|p| p.bytes).unwrap_or_default();
    let part_of = |kind: &str, default: &str| {
        relationship(&rels, kind).map(|t| resolve(dir, &t)).unwrap_or_else(|| resolve(dir, default))
    };
    let Some(numbering_part) = reader.read(&part_of("numbering", "numbering.xml"))? else {
        return Ok(());
    };
    let numbering = Numbering::parse(&numbering_part.bytes);
    if numbering.is_empty() {
        return Ok(());
    }
    // styles.xml is large (hundreds of KiB from Word) and the styles a document uses
    // usually come first: inflate a prefix, and the rest only if the prefix does not settle
    // every paragraph's numbering. The index parses styles only when asked for them.
    let mut ids = Vec::new();
    let mut default = false;
    styles_needed(blocks, &mut ids, &mut default);
    ids.sort();
    ids.dedup();
    let styles = if ids.is_empty() && !default && !numbering.uses_style_links() {
        Styles::default()
    } else {
        let name = part_of("styles", "styles.xml");
        match reader.read_prefix(&name, STYLES_PREFIX)? {
            None => Styles::default(),
            Some((part, true)) => Styles::parse_owned(part.bytes),
            Some((part, false)) => {
                let prefix = Styles::parse_prefix(part.bytes);
                if !numbering.uses_style_links() && prefix.covers(&ids, default) {
                    prefix
                } else {
                    reader.read(&name)?.map(|p| Styles::parse_owned(p.bytes)).unwrap_or_default()
                }
            }
        }
    };
    let mut counters = Counters::default();
    label_blocks(blocks, &numbering, &styles, &mut counters);
    Ok(())
}

/// Bytes of `styles.xml` inflated first (Word puts the styles in use near the start).
const STYLES_PREFIX: u64 = 64 * 1024;

/// The styles whose numbering the paragraphs of `blocks` depend on.
fn styles_needed(blocks: &[body::Block], ids: &mut Vec<String>, default: &mut bool) {
    for block in blocks {
        match block {
            body::Block::Para(p) => match numbering::style_need(p.num_pr, p.style.as_deref()) {
                Some(Some(id)) => ids.push(id.to_string()),
                Some(None) => *default = true,
                None => {}
            },
            body::Block::Table(t) => {
                for cell in t.rows.iter().flat_map(|r| &r.cells) {
                    styles_needed(&cell.blocks, ids, default);
                }
            }
        }
    }
}

fn label_blocks(
    blocks: &mut [body::Block],
    numbering: &Numbering,
    styles: &Styles,
    counters: &mut Counters,
) {
    for block in blocks {
        match block {
            body::Block::Para(p) => {
                p.label = counters.next(numbering, styles, p.num_pr, p.style.as_deref());
            }
            body::Block::Table(t) => {
                for row in &mut t.rows {
                    for cell in &mut row.cells {
                        label_blocks(&mut cell.blocks, numbering, styles, counters);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_targets() {
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("", "/word/document2.xml"), "word/document2.xml");
        assert_eq!(resolve("word", "numbering.xml"), "word/numbering.xml");
        assert_eq!(resolve("word", "../custom/n.xml"), "custom/n.xml");
    }

    #[test]
    fn refuses_ole2() {
        let mut ole = OLE2.to_vec();
        ole.extend(std::iter::repeat_n(0u8, 100));
        assert!(matches!(
            ingest(&ole, &IngestOptions::default()),
            Err(IngestError::Unsupported { .. })
        ));
        ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            ingest(&ole, &IngestOptions::default()).err(),
            Some(IngestError::Encrypted { format: "DOCX" })
        );
    }

    fn package(parts: &[(&str, &str)]) -> Vec<u8> {
        use std::io::Write;
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, data) in parts {
            out.start_file(*name, opts).unwrap();
            out.write_all(data.as_bytes()).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    /// The header and the text of a document with a section `sect` and a header part.
    fn doc_with_header(sect: &str, header: Option<&str>) -> (Option<String>, String) {
        let doc = format!(
            r#"<w:document xmlns:w="w" xmlns:r="r"><w:body>
            <w:p><w:r><w:t>Present: Cr A</w:t></w:r></w:p>
            <w:p><w:r><w:t>1. Minutes</w:t></w:r></w:p>{sect}</w:body></w:document>"#
        );
        let rels = r#"<Relationships><Relationship Id="rId1" Type="x/header" Target="header1.xml"/><Relationship Id="rId2" Type="x/header" Target="header2.xml"/></Relationships>"#;
        let mut parts =
            vec![("word/document.xml", doc.as_str()), ("word/_rels/document.xml.rels", rels)];
        if let Some(h) = header {
            parts.push(("word/header1.xml", h));
            parts.push((
                "word/header2.xml",
                r#"<w:hdr xmlns:w="w"><w:p><w:r><w:t>Later pages</w:t></w:r></w:p></w:hdr>"#,
            ));
        }
        let doc = ingest(&package(&parts), &IngestOptions::default()).unwrap();
        (doc.header, doc.text)
    }

    #[test]
    fn first_page_header_kept_apart() {
        let header = r#"<w:hdr xmlns:w="w"><w:tbl><w:tr><w:tc><w:p><w:r><w:t>SHIRE COUNCIL</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ordinary Meeting</w:t></w:r></w:p></w:tc><w:tc><w:p><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:drawing><w:t>logo</w:t></w:drawing></w:r></w:p></w:hdr>"#;
        let first = r#"<w:sectPr><w:headerReference w:type="first" r:id="rId1"/><w:headerReference w:type="default" r:id="rId2"/><w:titlePg/></w:sectPr>"#;
        let (h, text) = doc_with_header(first, Some(header));
        assert_eq!(h.as_deref(), Some("SHIRE COUNCIL\tOrdinary Meeting"));
        assert_eq!(text, "Present: Cr A\n\n1. Minutes");
        // Without w:titlePg the default header is the first page's.
        let default = r#"<w:sectPr><w:headerReference w:type="first" r:id="rId1"/><w:headerReference w:type="default" r:id="rId2"/></w:sectPr>"#;
        assert_eq!(doc_with_header(default, Some(header)).0.as_deref(), Some("Later pages"));
        // Traps: no header reference, or a reference to a missing part.
        assert_eq!(doc_with_header("<w:sectPr/>", Some(header)).0, None);
        assert_eq!(doc_with_header(default, None).0, None);
    }

    #[test]
    fn strips_drawings() {
        let mut x =
            "<a><w:drawing x=\"1\"><w:t>x</w:t></w:drawing><w:drawingX/><w:pict/>b</a>".to_string();
        strip_elements(&mut x, "drawing");
        strip_elements(&mut x, "pict");
        assert_eq!(x, "<a><w:drawingX/>b</a>");
    }

    #[test]
    fn garbage_is_malformed() {
        for bytes in [&b"PK\x03\x04garbage"[..], b"PK\x05\x06", b"not a zip"] {
            assert!(matches!(
                ingest(bytes, &IngestOptions::default()),
                Err(IngestError::Malformed { .. })
            ));
        }
    }
}
