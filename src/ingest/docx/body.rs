//! The main document part (`word/document.xml`) read as a stream of quick-xml events into
//! blocks: paragraphs and tables, in document order.
//!
//! Owns what counts as body text:
//! - runs' `w:t` (not hidden ones: `w:vanish` in the run's own properties; not ruby guide
//!   text `w:rt`); `w:tab`/`w:ptab` -> tab; `w:br`/`w:cr` (page breaks too) -> newline;
//!   `w:noBreakHyphen` -> `-`; `w:softHyphen` dropped; `w:sym` bullets -> `•`;
//! - tracked changes as if accepted: `w:ins`/`w:moveTo` kept, `w:del`/`w:moveFrom` dropped,
//!   a deleted paragraph mark joins the paragraph to the next, a deleted table row is dropped,
//!   and property-change history (`w:pPrChange`, ...) is ignored;
//! - fields: the displayed result kept, instructions (`w:instrText`, the part of a complex
//!   field before `separate`) dropped; `w:fldSimple`, hyperlinks, smart tags and content
//!   controls (`w:sdt`) are unwrapped;
//! - text boxes (`w:txbxContent`) become paragraphs of their own; `mc:Fallback` copies are
//!   skipped;
//! - tables: rows of cells with `w:gridSpan` and `w:vMerge`; a nested table stays inside its
//!   cell (flattened when rendered).
//!
//! Headers, footers, footnotes, endnotes and comments live in other parts and never enter.
//! Malformed or truncated XML stops the reader; what was read before is kept and the result
//! says it is incomplete.

use super::numbering::NumPr;
use super::xml::{attr, local, resolve_ref};
use quick_xml::events::{BytesStart, Event};

/// Deepest nesting of tables, text boxes or paragraphs followed; deeper content is skipped
/// (keeps rendering's recursion bounded on crafted input).
pub const MAX_NESTING: usize = 32;

/// A paragraph as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Para {
    /// The text of its runs (may hold `\t` and `\n`).
    pub text: String,
    /// `w:pStyle`.
    pub style: Option<String>,
    /// `w:numPr`.
    pub num_pr: NumPr,
    /// The numbering label, once counted.
    pub label: Option<(String, &'static str)>,
    /// The paragraph mark was deleted (tracked): the next paragraph continues this one.
    pub joins_next: bool,
}

/// Vertical merge state of a cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VMerge {
    /// Not merged.
    #[default]
    None,
    /// First cell of a vertically merged range (holds the content).
    Restart,
    /// Continues the range above (its content is the cell above's).
    Continue,
}

/// A table cell.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// Its content.
    pub blocks: Vec<Block>,
    /// Grid columns spanned (`w:gridSpan`).
    pub span: u32,
    /// Vertical merge.
    pub vmerge: VMerge,
}

/// A table row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// Its cells.
    pub cells: Vec<Cell>,
    /// Deleted as a tracked change.
    pub deleted: bool,
}

/// A table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// Its rows.
    pub rows: Vec<Row>,
}

/// A block of body content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Para(Para),
    /// A table.
    Table(Table),
}

/// The body as read.
#[derive(Debug, Default)]
pub struct Body {
    /// Blocks in document order.
    pub blocks: Vec<Block>,
    /// Why reading stopped early, if it did.
    pub damage: Option<String>,
    /// True when some paragraph has numbering properties or a style.
    pub may_be_numbered: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Container {
    Body,
    Cell,
    TextBox,
}

#[derive(Default)]
struct TableBuilder {
    rows: Vec<Row>,
    span: u32,
    vmerge: VMerge,
}

#[derive(Default)]
struct Parser {
    containers: Vec<(Container, Vec<Block>)>,
    tables: Vec<TableBuilder>,
    paras: Vec<Para>,
    /// Depth inside an element whose content is dropped.
    skip: usize,
    in_text: bool,
    in_ppr: bool,
    in_rpr: bool,
    in_num_pr: bool,
    in_tc_pr: bool,
    in_tr_pr: bool,
    /// The current run is hidden text (`w:vanish` in its own properties).
    run_hidden: bool,
    /// Open complex fields: `true` once past their `separate`.
    fields: Vec<bool>,
    body_done: bool,
    may_be_numbered: bool,
}

/// Elements whose whole content is not displayed text.
fn skipped(name: &str) -> bool {
    matches!(
        name,
        "del"
            | "moveFrom"
            | "instrText"
            | "delText"
            | "delInstrText"
            | "Fallback"
            | "pPrChange"
            | "rPrChange"
            | "tcPrChange"
            | "trPrChange"
            | "tblPrChange"
            | "tblPrExChange"
            | "sectPrChange"
            | "tblGridChange"
            | "numberingChange"
            | "tblPr"
            | "tblGrid"
            | "sectPr"
            | "footnoteReference"
            | "endnoteReference"
            | "commentReference"
            | "rt"
    )
}

impl Parser {
    fn visible(&self) -> bool {
        self.skip == 0 && !self.run_hidden && self.fields.iter().all(|&shown| shown)
    }

    fn push_text(&mut self, s: &str) {
        if self.visible()
            && let Some(p) = self.paras.last_mut()
        {
            p.text.push_str(s);
        }
    }

    fn push_char(&mut self, c: char) {
        if self.visible()
            && let Some(p) = self.paras.last_mut()
        {
            p.text.push(c);
        }
    }

    fn container(&mut self) -> &mut Vec<Block> {
        if self.containers.is_empty() {
            self.containers.push((Container::Body, Vec::new()));
        }
        let last = self.containers.len() - 1;
        &mut self.containers[last].1
    }

    fn nesting(&self) -> usize {
        self.containers.len() + self.tables.len() + self.paras.len()
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        let qname = e.name();
        let name = local(qname.as_ref());
        if self.skip > 0 {
            self.skip += usize::from(!empty);
            return;
        }
        // Markers inside property blocks come first: `w:del` there is not deleted content.
        if self.in_ppr && self.in_rpr && matches!(name, "del" | "moveFrom") {
            if let Some(p) = self.paras.last_mut() {
                p.joins_next = true;
            }
            self.skip += usize::from(!empty);
            return;
        }
        if self.in_tr_pr && name == "del" {
            if let Some(row) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                row.deleted = true;
            }
            self.skip += usize::from(!empty);
            return;
        }
        if skipped(name) {
            self.skip += usize::from(!empty);
            return;
        }
        match name {
            "body" => {}
            "r" => self.run_hidden = false,
            "p" if !empty => {
                if self.nesting() > MAX_NESTING {
                    self.skip = 1;
                } else {
                    self.paras.push(Para::default());
                }
            }
            "tbl" if !empty => {
                if self.nesting() > MAX_NESTING {
                    self.skip = 1;
                } else {
                    self.tables.push(TableBuilder::default());
                }
            }
            "tr" if !empty => {
                if let Some(t) = self.tables.last_mut() {
                    t.rows.push(Row::default());
                }
            }
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.span = 1;
                    t.vmerge = VMerge::None;
                    if empty {
                        if t.rows.is_empty() {
                            t.rows.push(Row::default());
                        }
                        if let Some(row) = t.rows.last_mut() {
                            row.cells.push(Cell { span: 1, ..Cell::default() });
                        }
                    } else {
                        self.containers.push((Container::Cell, Vec::new()));
                    }
                }
            }
            "txbxContent" if !empty => {
                if self.nesting() > MAX_NESTING {
                    self.skip = 1;
                } else {
                    self.containers.push((Container::TextBox, Vec::new()));
                }
            }
            "pPr" => self.in_ppr = !empty,
            "rPr" => self.in_rpr = !empty,
            "numPr" if self.in_ppr => self.in_num_pr = !empty,
            "tcPr" => self.in_tc_pr = !empty,
            "trPr" => self.in_tr_pr = !empty,
            "pStyle" if self.in_ppr => {
                if let Some(p) = self.paras.last_mut() {
                    p.style = attr(e, "val");
                    self.may_be_numbered = true;
                }
            }
            "numId" | "ilvl" if self.in_num_pr => {
                if let Some(p) = self.paras.last_mut() {
                    let v = attr(e, "val").and_then(|v| v.trim().parse::<u32>().ok());
                    if name == "numId" {
                        p.num_pr.num_id = v;
                    } else {
                        p.num_pr.ilvl = v.map(|v| v.min(8) as u8);
                    }
                    self.may_be_numbered = true;
                }
            }
            "gridSpan" if self.in_tc_pr => {
                if let Some(t) = self.tables.last_mut() {
                    t.span = attr(e, "val").and_then(|v| v.parse().ok()).unwrap_or(1).clamp(1, 64);
                }
            }
            // `w:hMerge` is the legacy horizontal merge: a continuation cell shows nothing.
            "vMerge" | "hMerge" if self.in_tc_pr => {
                if let Some(t) = self.tables.last_mut() {
                    t.vmerge = match attr(e, "val").as_deref() {
                        Some("restart") => VMerge::Restart,
                        _ => VMerge::Continue,
                    };
                }
            }
            "vanish" | "specVanish" if self.in_rpr && !self.in_ppr => {
                self.run_hidden = super::xml::on_off(e);
            }
            // Property blocks: nothing below is text (tab stops are `w:tab` too).
            _ if self.in_ppr || self.in_rpr || self.in_tc_pr || self.in_tr_pr => {}
            "t" => self.in_text = !empty,
            "tab" | "ptab" => self.push_char('\t'),
            "br" | "cr" => self.push_char('\n'),
            "noBreakHyphen" => self.push_char('-'),
            "sym" => {
                if let Some(c) = symbol(e) {
                    self.push_char(c);
                }
            }
            "fldChar" => match attr(e, "fldCharType").as_deref() {
                Some("begin") if self.fields.len() < MAX_NESTING => self.fields.push(false),
                Some("separate") => {
                    if let Some(f) = self.fields.last_mut() {
                        *f = true;
                    }
                }
                Some("end") => {
                    self.fields.pop();
                }
                _ => {}
            },
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        match name {
            "p" => self.end_paragraph(),
            "r" => self.run_hidden = false,
            "t" => self.in_text = false,
            "pPr" => self.in_ppr = false,
            "rPr" => self.in_rpr = false,
            "numPr" => self.in_num_pr = false,
            "tcPr" => self.in_tc_pr = false,
            "trPr" => self.in_tr_pr = false,
            "tc" => self.end_cell(),
            "tbl" => self.end_table(),
            "txbxContent" => {
                if self.containers.len() > 1
                    && self.containers.last().map(|c| c.0) == Some(Container::TextBox)
                    && let Some((_, blocks)) = self.containers.pop()
                {
                    self.container().extend(blocks);
                }
            }
            "body" => self.body_done = true,
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        let Some(p) = self.paras.pop() else { return };
        // A field whose instruction never reached `separate` in this paragraph shows nothing
        // yet hides nothing after it.
        for f in self.fields.iter_mut() {
            *f = true;
        }
        let container = self.container();
        if let Some(Block::Para(prev)) = container.last_mut()
            && prev.joins_next
        {
            prev.text.push_str(&p.text);
            prev.joins_next = p.joins_next;
            return;
        }
        container.push(Block::Para(p));
    }

    fn end_cell(&mut self) {
        if self.containers.last().map(|c| c.0) != Some(Container::Cell) {
            return;
        }
        let Some((_, blocks)) = self.containers.pop() else { return };
        if let Some(t) = self.tables.last_mut() {
            let cell = Cell { blocks, span: t.span.max(1), vmerge: t.vmerge };
            if t.rows.is_empty() {
                t.rows.push(Row::default());
            }
            if let Some(row) = t.rows.last_mut() {
                row.cells.push(cell);
            }
        }
    }

    fn end_table(&mut self) {
        // A table ends inside no cell of its own: close cells left open by damage.
        let Some(t) = self.tables.pop() else { return };
        self.container().push(Block::Table(Table { rows: t.rows }));
    }

    /// Closes whatever damage left open, innermost first. Every step removes one open
    /// paragraph, container or table, so this ends.
    fn finish(mut self) -> Vec<Block> {
        self.skip = 0;
        self.fields.clear();
        loop {
            if !self.paras.is_empty() {
                self.end_paragraph();
                continue;
            }
            let top = self.containers.last().map(|c| c.0);
            if self.containers.len() > 1 && top != Some(Container::Body) {
                if top == Some(Container::Cell) && !self.tables.is_empty() {
                    self.end_cell();
                } else if let Some((_, blocks)) = self.containers.pop() {
                    self.container().extend(blocks);
                }
            } else if !self.tables.is_empty() {
                self.end_table();
            } else {
                break;
            }
        }
        let mut blocks = Vec::new();
        for (_, b) in self.containers.drain(..) {
            blocks.extend(b);
        }
        blocks
    }
}

/// The character of a `w:sym`: bullets from symbol fonts become `•`, other private-use
/// symbol-font characters are dropped.
fn symbol(e: &BytesStart<'_>) -> Option<char> {
    let code = u32::from_str_radix(attr(e, "char")?.trim(), 16).ok()?;
    // Symbol fonts address glyphs as F000 + byte.
    let byte = if (0xF000..=0xF0FF).contains(&code) { code - 0xF000 } else { code };
    let font = attr(e, "font").unwrap_or_default().to_ascii_lowercase();
    if font.contains("symbol") || font.contains("wingdings") || font.contains("webdings") {
        return match byte {
            0xB7 | 0xA7 | 0x76 | 0xD8 | 0xFC | 0xA8 | 0xB2 | 0x6E | 0x71 | 0x9F | 0xA1 => Some('•'),
            0x2D => Some('-'),
            _ => None,
        };
    }
    char::from_u32(code).filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c))
}

/// Reads the main document part's XML into blocks.
pub fn parse(xml: &str) -> Body {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut parser = Parser::default();
    parser.containers.push((Container::Body, Vec::new()));
    let mut damage = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => parser.start(&e, false),
            Ok(Event::Empty(e)) => parser.start(&e, true),
            Ok(Event::End(e)) => parser.end(local(e.name().as_ref())),
            Ok(Event::Text(t)) => {
                if parser.in_text {
                    parser.push_text(&t.xml10_content());
                }
            }
            Ok(Event::CData(t)) => {
                if parser.in_text {
                    parser.push_text(&t.xml10_content());
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if parser.in_text
                    && let Some(c) = resolve_ref(&r)
                {
                    parser.push_char(c);
                }
            }
            Ok(Event::Eof) => {
                if !parser.body_done {
                    damage = Some("word/document.xml ends before the end of the body".to_string());
                }
                break;
            }
            Ok(_) => {}
            Err(err) => {
                damage = Some(format!(
                    "word/document.xml is malformed at byte {}: {err}",
                    reader.buffer_position()
                ));
                break;
            }
        }
    }
    let may_be_numbered = parser.may_be_numbered;
    Body { blocks: parser.finish(), damage, may_be_numbered }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="w" xmlns:mc="mc"><w:body>{body}</w:body></w:document>"#
        )
    }

    fn texts(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Para(p) => p.text.clone(),
                Block::Table(t) => format!("<table {} rows>", t.rows.len()),
            })
            .collect()
    }

    #[test]
    fn reads_runs_and_special_characters() {
        let body = parse(&doc(
            r#"<w:p><w:r><w:t xml:space="preserve">A &amp; B </w:t><w:tab/><w:t>C</w:t><w:br/>
            <w:t>co</w:t><w:softHyphen/><w:t>op</w:t><w:noBreakHyphen/><w:t>x</w:t>
            <w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>"#,
        ));
        assert_eq!(texts(&body.blocks), ["A & B \tC\ncoop-x•"]);
        let body = parse(&doc(
            r#"<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r><w:r><w:t>shown</w:t></w:r>
            <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> too</w:t></w:r></w:p>"#,
        ));
        assert_eq!(texts(&body.blocks), ["shown too"]);
        assert!(body.damage.is_none());
    }

    #[test]
    fn accepts_tracked_changes() {
        let body = parse(&doc(
            r#"<w:p><w:r><w:t>Keep </w:t></w:r><w:ins><w:r><w:t>new </w:t></w:r></w:ins>
            <w:del><w:r><w:delText>old </w:delText></w:r></w:del>
            <w:moveFrom><w:r><w:t>moved away</w:t></w:r></w:moveFrom>
            <w:moveTo><w:r><w:t>moved here</w:t></w:r></w:moveTo></w:p>
            <w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>joined </w:t></w:r></w:p>
            <w:p><w:r><w:t>to this</w:t></w:r></w:p>
            <w:p><w:pPr><w:pPrChange><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>z</w:t></w:r></w:p>"#,
        ));
        assert_eq!(texts(&body.blocks), ["Keep new moved here", "joined to this", "z"]);
        let Block::Para(p) = &body.blocks[2] else { panic!() };
        assert_eq!(p.num_pr, NumPr::default());
    }

    #[test]
    fn keeps_field_results_only() {
        let body = parse(&doc(
            r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>
            <w:r><w:t>hidden</w:t></w:r>
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Shown</w:t></w:r>
            <w:r><w:fldChar w:fldCharType="end"/></w:r>
            <w:fldSimple w:instr="PAGE"><w:r><w:t> 3</w:t></w:r></w:fldSimple>
            <w:hyperlink r:id="x"><w:r><w:t> link</w:t></w:r></w:hyperlink>
            <w:sdt><w:sdtContent><w:r><w:t> sdt</w:t></w:r></w:sdtContent></w:sdt></w:p>
            <w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>DATE</w:instrText></w:r></w:p>
            <w:p><w:r><w:t>after broken field</w:t></w:r></w:p>"#,
        ));
        assert_eq!(texts(&body.blocks), ["Shown 3 link sdt", "", "after broken field"]);
    }

    #[test]
    fn reads_tables_and_merges() {
        let body = parse(&doc(r#"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Members</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc>
              <w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>
            <w:tr><w:trPr><w:del/></w:trPr><w:tc><w:p><w:r><w:t>gone</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc/></w:tr></w:tbl>"#));
        let [Block::Table(t)] = &body.blocks[..] else { panic!("{:?}", body.blocks) };
        assert_eq!(t.rows.len(), 4);
        assert_eq!(t.rows[0].cells[0].span, 2);
        assert_eq!(t.rows[1].cells[0].vmerge, VMerge::Restart);
        assert!(matches!(t.rows[1].cells[1].blocks[0], Block::Table(_)));
        assert!(t.rows[2].deleted);
        assert_eq!(t.rows[3].cells[0].vmerge, VMerge::Continue);
        assert_eq!(t.rows[3].cells.len(), 2);
    }

    #[test]
    fn keeps_text_before_damage() {
        let full = doc(
            r#"<w:p><w:r><w:t>First</w:t></w:r></w:p><w:p><w:r><w:t>Second para</w:t></w:r></w:p>"#,
        );
        let cut = &full[..full.find("para").unwrap_or(0)];
        let body = parse(cut);
        assert_eq!(texts(&body.blocks), ["First", "Second "]);
        assert!(body.damage.is_some());
        let body = parse(&full.replace("</w:r></w:p><w:p>", "</w:p></w:r><w:p>"));
        assert!(body.damage.is_some());
        assert_eq!(texts(&body.blocks), ["First"]);
    }

    #[test]
    fn text_boxes_and_fallbacks() {
        let body = parse(&doc(
            r#"<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent><w:t>Anchor</w:t></w:r></w:p>"#,
        ));
        assert_eq!(texts(&body.blocks), ["Box", "Anchor"]);
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let deep = "<w:tbl><w:tr><w:tc>".repeat(10_000);
        let body = parse(&doc(&deep));
        assert!(body.damage.is_some());
        fn depth(b: &[Block]) -> usize {
            b.iter()
                .map(|b| match b {
                    Block::Table(t) => {
                        1 + t
                            .rows
                            .iter()
                            .flat_map(|r| &r.cells)
                            .map(|c| depth(&c.blocks))
                            .max()
                            .unwrap_or(0)
                    }
                    Block::Para(_) => 0,
                })
                .max()
                .unwrap_or(0)
        }
        assert!(depth(&body.blocks) <= MAX_NESTING);
    }
}
