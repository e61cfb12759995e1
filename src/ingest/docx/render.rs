//! Blocks to text, following the conventions every ingester shares:
//!
//! - one paragraph per line, a blank line between body paragraphs;
//! - a numbered paragraph starts with its label and a space ("8. Minutes", "(a) That");
//!   Word's default tab after the label becomes a space, because a tab in our text means a
//!   table cell boundary;
//! - a table is a block of lines, one per row, cells joined by a tab; a cell spanning grid
//!   columns is one cell; a vertically merged continuation cell is empty (its text was given
//!   with the first cell of the range, as Word's and LibreOffice's text exports do);
//! - a cell holding several paragraphs: row line i takes paragraph i of every cell, so a row
//!   whose name cell and organisation cell each hold two paragraphs gives two lines
//!   `name<TAB>organisation` instead of `name name<TAB>org org` (what a reader sees, and
//!   what attendance extraction needs); tabs inside a cell's paragraph become spaces; a row
//!   where that would multiply the text (one tall cell among many) joins each cell's
//!   paragraphs with spaces instead;
//! - a nested table's rows become lines of its cell, so a layout table around a real table
//!   yields the real table's rows; empty cells at the ends of a row and empty rows vanish.

use super::body::{Block, Cell, Para, Table, VMerge};

/// Renders body blocks to text (not yet normalised).
pub fn render(blocks: &[Block]) -> String {
    render_chunks(blocks).into_iter().map(|(_, t)| t).collect::<Vec<_>>().join("\n\n")
}

/// The text of each non-empty body block with the block's index in the body (paragraphs
/// and tables counted in document order, from 0). Joined by a blank line they are
/// [`render`]'s text.
pub fn render_chunks(blocks: &[Block]) -> Vec<(usize, String)> {
    let mut chunks = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Para(p) => {
                let text = para_text(p);
                if !text.trim().is_empty() {
                    chunks.push((i, text));
                }
            }
            Block::Table(t) => {
                let lines = table_lines(t);
                if !lines.is_empty() {
                    chunks.push((i, lines.join("\n")));
                }
            }
        }
    }
    chunks
}

/// A paragraph's text with its numbering label.
fn para_text(p: &Para) -> String {
    let text = p.text.trim_matches(|c: char| c == ' ' || c == '\n');
    match &p.label {
        Some((label, suffix)) if !text.is_empty() => format!("{label}{suffix}{text}"),
        _ => text.to_string(),
    }
}

/// The lines of a table: one per row (more when cells hold several paragraphs).
pub fn table_lines(t: &Table) -> Vec<String> {
    let mut out = Vec::new();
    for row in t.rows.iter().filter(|r| !r.deleted) {
        let mut cells: Vec<Vec<String>> = row.cells.iter().map(cell_lines).collect();
        let mut height = cells.iter().map(Vec::len).max().unwrap_or(0);
        // Lining up paragraphs copies a tab per cell per line: on a crafted row (one tall
        // cell among thousands) that would multiply the text, so such a row joins each
        // cell's paragraphs with spaces instead.
        let lines: usize = cells.iter().map(Vec::len).sum();
        if crate::ingest::zip_would_multiply(height, cells.len(), lines) {
            for c in &mut cells {
                let joined = c.join(" ");
                *c = if joined.is_empty() { Vec::new() } else { vec![joined] };
            }
            height = 1;
        }
        for i in 0..height {
            let line: Vec<&str> =
                cells.iter().map(|c| c.get(i).map(String::as_str).unwrap_or("")).collect();
            let line = line.join("\t");
            let line = line.trim_matches('\t');
            if !line.trim().is_empty() {
                out.push(line.to_string());
            }
        }
    }
    out
}

/// The non-empty lines of a cell.
fn cell_lines(c: &Cell) -> Vec<String> {
    if c.vmerge == VMerge::Continue {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for block in &c.blocks {
        match block {
            Block::Para(p) => {
                for line in para_text(p).split('\n') {
                    let line = line.replace('\t', " ");
                    let line = line.trim();
                    if !line.is_empty() {
                        lines.push(line.to_string());
                    }
                }
            }
            Block::Table(t) => lines.extend(table_lines(t)),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::super::body::parse;
    use super::*;

    fn text(body: &str) -> String {
        let xml = format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#);
        render(&parse(&xml).blocks)
    }

    fn p(t: &str) -> String {
        format!("<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>")
    }

    fn tc(content: &str, props: &str) -> String {
        format!("<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>")
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines() {
        assert_eq!(text(&format!("{}<w:p/>{}{}", p("One"), p("  "), p("Two"))), "One\n\nTwo");
    }

    #[test]
    fn rows_zip_cell_paragraphs() {
        let row = format!(
            "<w:tr>{}{}</w:tr>",
            tc(&(p("Maureen Huddleston") + &p("Jenny Donnelly")), ""),
            tc(&(p("CCG") + &p("CCG")), "")
        );
        let span = format!("<w:tr>{}</w:tr>", tc(&p("Members"), "<w:gridSpan w:val=\"2\"/>"));
        let empty = format!("<w:tr>{}{}</w:tr>", tc("<w:p/>", ""), tc("<w:p/>", ""));
        let merged = format!(
            "<w:tr>{}{}</w:tr><w:tr>{}{}</w:tr>",
            tc(&p("Group"), "<w:vMerge w:val=\"restart\"/>"),
            tc(&p("A\tB"), ""),
            tc(&p("Group"), "<w:vMerge/>"),
            tc(&p("C"), "")
        );
        let t = text(&format!(
            "{}<w:tbl>{span}{empty}{row}{merged}</w:tbl>{}",
            p("Present:"),
            p("After")
        ));
        assert_eq!(
            t,
            "Present:\n\nMembers\nMaureen Huddleston\tCCG\nJenny Donnelly\tCCG\nGroup\tA B\nC\n\nAfter"
        );
    }

    #[test]
    fn a_tall_cell_among_many_does_not_multiply_the_text() {
        let tall: String = (0..200).map(|i| p(&format!("line {i}"))).collect();
        let row =
            format!("<w:tr>{}{}</w:tr>", tc(&tall, ""), "<w:tc/>".repeat(500) + &tc(&p("end"), ""));
        let t = text(&format!("<w:tbl>{row}</w:tbl>"));
        assert!(t.len() < 4000, "{} bytes", t.len());
        assert!(t.starts_with("line 0 line 1"));
    }

    #[test]
    fn nested_tables_flatten_into_rows() {
        let inner =
            format!("<w:tbl><w:tr>{}{}</w:tr></w:tbl>", tc(&p("1."), ""), tc(&p("Apologies"), ""));
        let t = text(&format!("<w:tbl><w:tr>{}</w:tr></w:tbl>", tc(&(inner + "<w:p/>"), "")));
        assert_eq!(t, "1.\tApologies");
    }
}
