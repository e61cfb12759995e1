//! Small helpers over quick-xml shared by the DOCX part readers: decoding a part's bytes to
//! text, reading an attribute by its local name, resolving entity references.
//!
//! Every WordprocessingML reader here matches elements and attributes by local name, so the
//! usual `w:` prefix, another prefix, and Strict OOXML's namespace all read the same.

use quick_xml::events::{BytesRef, BytesStart};
use std::borrow::Cow;

/// The text of an XML part: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise
/// UTF-8 (invalid sequences replaced, never refused).
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return text;
    }
    // Validating is much faster than the lossy conversion; fall back only on bad bytes.
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// [`decode`] taking ownership, so valid UTF-8 is not copied.
pub fn decode_owned(bytes: Vec<u8>) -> String {
    if encoding_rs::Encoding::for_bom(&bytes).is_some() {
        return decode(&bytes).into_owned();
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The local part of a qualified name (`w:p` -> `p`).
pub fn local(name: &str) -> &str {
    // Names are short: a plain scan beats the general string searcher.
    match name.bytes().rposition(|b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// The value of the attribute whose local name is `name`, unescaped when possible.
pub fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    for a in e.attributes().with_checks(false) {
        let Ok(a) = a else { return None };
        if local(a.key.as_ref()) == name {
            return Some(match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
                Ok(v) => v.into_owned(),
                Err(_) => a.value.into_owned(),
            });
        }
    }
    None
}

/// An attribute parsed as a number.
pub fn attr_num<T: std::str::FromStr>(e: &BytesStart<'_>, name: &str) -> Option<T> {
    attr(e, name)?.trim().parse().ok()
}

/// Whether an on/off property is on: absent `w:val`, or any value but `0`/`false`/`off`.
pub fn on_off(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}

/// The character a `&...;` reference stands for (the five XML entities and numeric ones).
pub fn resolve_ref(r: &BytesRef<'_>) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match r.as_ref() {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf16_and_lossy_utf8() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("<a/>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16), "<a/>");
        assert_eq!(decode(b"<a>\xFF</a>"), "<a>\u{FFFD}</a>");
    }

    #[test]
    fn reads_attributes_by_local_name() {
        let e = BytesStart::from_content(r#"w:lvlText w:val="(%1)&amp;""#, 9);
        assert_eq!(attr(&e, "val").as_deref(), Some("(%1)&"));
        assert_eq!(local("w:p"), "p");
        assert_eq!(local("p"), "p");
    }
}
