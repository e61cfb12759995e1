//! Layout: positioned glyphs become lines in reading order. Glyphs are grouped by baseline
//! (superscripts stay on their line), fake bold is de-duplicated, words are split by
//! geometric gaps and shown spaces, and large gaps split a line into cells (table cells,
//! joined by a tab). Two-column runs are read column by column, table cells that wrap onto
//! the next line stay in their cell (a bordered cell's paragraphs become lines, as the Word
//! reader gives them), and paragraph gaps become blank lines.

use super::content::{Glyph, PageContent};

/// A gap wider than this many font sizes (em) separates words.
const WORD_GAP: f32 = 0.12;
/// A gap wider than this many em separates cells (table columns, tab stops, columns).
const CELL_GAP: f32 = 1.0;

/// A run of words on a line with no cell gap inside.
#[derive(Clone, Debug)]
pub(crate) struct Cell {
    /// Left edge.
    pub x0: f32,
    /// Right edge.
    pub x1: f32,
    /// Right edge of the first word (as drawn: the glyphs' own extent).
    pub first_x1: f32,
    /// The words, separated by single spaces.
    pub text: String,
}

impl Cell {
    /// A cell of one piece of text from `x0` to `x1`, measured as one word.
    pub(crate) fn new(x0: f32, x1: f32, text: String) -> Cell {
        Cell { x0, x1, first_x1: x1, text }
    }

    /// Width of the first word: measured where the cell came from glyphs; for a cell
    /// put together from text, the cell's average character width times the word's length.
    fn first_word_width(&self) -> f32 {
        let first = self.text.split(' ').next().unwrap_or("");
        if first.len() < self.text.len() && self.first_x1 < self.x1 {
            return self.first_x1 - self.x0;
        }
        let chars = self.text.chars().count().max(1) as f32;
        (self.x1 - self.x0) / chars * first.chars().count() as f32
    }
}

/// One visual line.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    /// Baseline (device space, y up).
    pub y: f32,
    /// Largest font size on the line.
    pub size: f32,
    /// Cells, left to right.
    pub cells: Vec<Cell>,
    /// A paragraph gap comes before this line.
    pub gap_before: bool,
    /// Baseline of the last visual line merged into this one (table cells that wrap).
    pub bottom: f32,
}

impl Line {
    /// Left edge of the line.
    pub(crate) fn x0(&self) -> f32 {
        self.cells.first().map_or(0.0, |c| c.x0)
    }
    /// Right edge of the line.
    pub(crate) fn x1(&self) -> f32 {
        self.cells.last().map_or(0.0, |c| c.x1)
    }
    /// The line's text, cells joined by tabs.
    pub(crate) fn text(&self) -> String {
        let mut s = String::new();
        for (i, c) in self.cells.iter().enumerate() {
            if i > 0 {
                s.push('\t');
            }
            s.push_str(&c.text);
        }
        s
    }
}

/// Groups a page's glyphs into lines, top to bottom, in reading order.
pub(crate) fn lines(page: &PageContent) -> Vec<Line> {
    let glyphs = &page.glyphs;
    if glyphs.is_empty() {
        return Vec::new();
    }
    let mut order: Vec<u32> = (0..glyphs.len() as u32).collect();
    order.sort_by(|&a, &b| {
        let (ga, gb) = (&glyphs[a as usize], &glyphs[b as usize]);
        gb.y.total_cmp(&ga.y).then(ga.x0.total_cmp(&gb.x0))
    });
    // Baseline clusters.
    let mut clusters: Vec<Vec<u32>> = Vec::new();
    let mut ref_y = f32::NAN;
    let mut ref_size = 0.0f32;
    for &i in &order {
        let g = &glyphs[i as usize];
        let tol = 0.4 * ref_size.max(g.size).max(0.5);
        if let Some(cur) = clusters.last_mut()
            && (ref_y - g.y).abs() <= tol
        {
            cur.push(i);
            if g.size > ref_size * 1.05 {
                ref_y = g.y;
                ref_size = g.size;
            }
            continue;
        }
        clusters.push(vec![i]);
        ref_y = g.y;
        ref_size = g.size;
    }
    let mut out = Vec::with_capacity(clusters.len());
    for mut cluster in clusters {
        cluster.sort_by(|&a, &b| {
            let (ga, gb) = (&glyphs[a as usize], &glyphs[b as usize]);
            ga.x0.total_cmp(&gb.x0).then(ga.seq.cmp(&gb.seq))
        });
        if let Some(line) = build_line(page, &cluster) {
            out.push(line);
        }
    }
    out
}

fn build_line(page: &PageContent, idx: &[u32]) -> Option<Line> {
    let glyphs = &page.glyphs;
    let mut cells: Vec<Cell> = Vec::new();
    let mut prev: Option<&Glyph> = None;
    let mut size = 0.0f32;
    let mut y = 0.0f32;
    for &i in idx {
        let g = &glyphs[i as usize];
        let text = page.glyph_text(g);
        if let Some(p) = prev {
            // Fake bold: the same glyph drawn again at almost the same place.
            let tol = (0.3 * (p.x1 - p.x0)).max(0.05 * p.size);
            if (g.x0 - p.x0).abs() < tol
                && (g.y - p.y).abs() < 0.2 * p.size
                && page.glyph_text(p) == text
            {
                continue;
            }
        }
        if g.size > size {
            size = g.size;
            y = g.y;
        }
        match prev {
            None => cells.push(Cell::new(g.x0, g.x1, text.to_string())),
            Some(p) => {
                let em = p.size.max(g.size).max(0.1);
                let gap = g.x0 - p.x1;
                let cell = cells.last_mut()?;
                if gap > CELL_GAP * em {
                    cells.push(Cell::new(g.x0, g.x1, text.to_string()));
                } else {
                    let spaced = g.space_before && (p.seq + 1 == g.seq || gap > 0.0);
                    if gap > WORD_GAP * em || spaced || gap < -em {
                        if !cell.text.contains(' ') {
                            cell.first_x1 = cell.x1;
                        }
                        cell.text.push(' ');
                    }
                    cell.text.push_str(text);
                    cell.x1 = cell.x1.max(g.x1);
                }
            }
        }
        prev = Some(g);
    }
    for c in &mut cells {
        let t = c.text.trim();
        if t.len() != c.text.len() {
            c.text = t.to_string();
        }
    }
    cells.retain(|c| !c.text.is_empty());
    if cells.is_empty() {
        return None;
    }
    Some(Line { y, size, cells, gap_before: false, bottom: y })
}

/// The usual distance between baselines of consecutive lines on a page, in em.
fn usual_pitch(lines: &[Line]) -> f32 {
    let mut pitches: Vec<f32> = lines
        .windows(2)
        .map(|w| (w[0].y - w[1].y) / w[0].size.max(w[1].size).max(0.1))
        .filter(|p| *p > 0.5 && *p < 3.0)
        .collect();
    if pitches.is_empty() {
        return 1.2;
    }
    pitches.sort_by(f32::total_cmp);
    // The median: body text dominates; paragraph gaps only make some pitches larger.
    pitches[pitches.len() / 2].max(0.9)
}

/// Orders lines for reading: two-column runs column by column, table cell continuations
/// merged into their row, and paragraph gaps marked.
pub(crate) fn arrange(
    lines: Vec<Line>,
    rules: &[(f32, f32, f32)],
    vrules: &[(f32, f32, f32)],
) -> Vec<Line> {
    let mut rules = rules.to_vec();
    rules.sort_by(|a, b| a.0.total_cmp(&b.0));
    let rules = &rules[..];
    let lines = columns(lines, 0);
    let pitch = usual_pitch(&lines);
    let lines = attach_centred_markers(lines, pitch);
    let lines = ruled_rows(lines, rules, vrules);
    let lines = merge_wrapped_cells(lines, pitch, rules);
    let lines = mark_gaps(lines, pitch);
    if REFLOW { reflow(lines, pitch) } else { lines }
}

/// Whether lines wrapped inside a paragraph are joined into one line (as DOCX gives them),
/// rather than kept one line per visual line (the convention the extractors are written
/// for). Off: joining by word fit cannot tell a wrapped line from a new paragraph in a
/// full-width list, and pdfTeX breaks lines early (its line breaking is not greedy).
const REFLOW: bool = false;

/// Joins a line onto the one before when it continues the same paragraph: no paragraph
/// gap, same size, normal spacing, starting under the previous line's last cell (or a
/// little left of it: a first-line indent), not a list item, and its first word too wide
/// to have fitted at the end of the previous line (so the line was wrapped there).
fn reflow(lines: Vec<Line>, pitch: f32) -> Vec<Line> {
    let right_edge = lines.iter().map(Line::x1).fold(f32::NEG_INFINITY, f32::max);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut tail_x1 = 0.0f32;
    for line in lines {
        if let Some(prev) = out.last_mut() {
            let em = prev.size.max(line.size).max(0.1);
            let d = prev.bottom - line.y;
            let last = prev.cells.len() - 1;
            let cell_x0 = prev.cells[last].x0;
            let c = &line.cells[0];
            let aligned = c.x0 > cell_x0 - 3.0 * em && c.x0 < cell_x0 + 0.6 * em;
            let first = c.text.split(' ').next().unwrap_or("");
            let word_w = c.first_word_width();
            let wrapped = tail_x1 + 0.25 * em + word_w > right_edge - 0.5 * em;
            if !line.gap_before
                && line.cells.len() == 1
                && (prev.size - line.size).abs() <= 0.15 * em
                && d > 0.0
                && d <= pitch * 1.5 * em
                && aligned
                && wrapped
                && !is_marker(first)
                && !first.starts_with(['•', '\u{F0B7}', '-', '–', '*'])
            {
                let cell = &mut prev.cells[last];
                append_wrapped(&mut cell.text, &c.text);
                cell.x1 = cell.x1.max(c.x1);
                prev.bottom = line.y;
                tail_x1 = c.x1;
                continue;
            }
        }
        tail_x1 = line.x1();
        out.push(line);
    }
    out
}

fn mark_gaps(mut lines: Vec<Line>, pitch: f32) -> Vec<Line> {
    for i in 1..lines.len() {
        let (a, b) = (&lines[i - 1], &lines[i]);
        let em = a.size.max(b.size).max(0.1);
        let d = a.bottom - b.y;
        // Consecutive table rows are one block, however padded.
        // (Numbered paragraphs, "3.1<TAB>text", keep their gaps.)
        let row = |l: &Line| l.cells.len() >= 2 && !is_marker(&l.cells[0].text);
        let rows = row(a) && row(b);
        // Larger than normal spacing, or moving up (a new column).
        if !rows && (d > (pitch * 1.35).max(pitch + 0.3) * em || d < -em) {
            lines[i].gap_before = true;
        }
    }
    lines
}

/// Merges a line into the table row above when it continues cells of that row: at normal
/// line spacing, each of its cells within a cell of the row, and its first word too wide to
/// have fitted at the end of that cell's previous line (so it was wrapped there, rather than
/// being a new row or a heading with one cell). A table cell that wraps stays in its cell.
fn merge_wrapped_cells(lines: Vec<Line>, pitch: f32, rules: &[(f32, f32, f32)]) -> Vec<Line> {
    let right_edge = lines.iter().map(Line::x1).fold(f32::NEG_INFINITY, f32::max);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // For the last row: the right edge of each cell's last visual line.
    let mut tails: Vec<f32> = Vec::new();
    for line in lines {
        let mut merged = false;
        if let Some(row) = out.last_mut() {
            let em = line.size.max(row.size).max(0.1);
            let d = row.bottom - line.y;
            let close = d > 0.0 && d <= pitch * 1.15 * em;
            if close && row.cells.len() >= 2 && line.cells.len() < row.cells.len() {
                let targets: Option<Vec<usize>> = line
                    .cells
                    .iter()
                    .map(|c| {
                        row.cells.iter().enumerate().position(|(k, r)| {
                            let limit = row.cells.get(k + 1).map_or(right_edge, |n| n.x0);
                            c.x0 >= r.x0 - 0.6 * em && c.x0 < limit && c.x1 <= limit + 0.6 * em
                        })
                    })
                    .collect();
                if let Some(targets) = targets {
                    let wrapped = line.cells.iter().zip(&targets).all(|(c, &t)| {
                        // A number or marker ("7", "9.1", "(a)") does not wrap: text under
                        // an item's number is the item's text ("7<TAB>PETITIONS" / "Nil.").
                        if is_number_cell(&row.cells[t].text) {
                            return false;
                        }
                        // The cell's inner right edge: short of the next column by its
                        // padding.
                        // The last column ends at the text's right edge, known less exactly
                        // (indents, justification): allow more slack there.
                        let limit =
                            row.cells.get(t + 1).map_or(right_edge - 2.5 * em, |n| n.x0 - em);
                        let word_w = c.first_word_width();
                        tails
                            .get(t)
                            .is_some_and(|&tail| tail + 0.25 * em + word_w > limit - 0.2 * em)
                    });
                    // A rule (table border) between the two lines separates rows.
                    let from = rules.partition_point(|r| r.0 <= line.y);
                    let ruled = rules[from..]
                        .iter()
                        .take_while(|r| r.0 < row.bottom - 0.25 * em)
                        .any(|&(_, rx0, rx1)| rx0 < line.x1() && rx1 > line.x0());
                    if wrapped && !ruled && targets.windows(2).all(|w| w[0] < w[1]) {
                        for (c, t) in line.cells.iter().zip(targets) {
                            let cell = &mut row.cells[t];
                            cell.text.push('\n');
                            cell.text.push_str(&c.text);
                            cell.x1 = cell.x1.max(c.x1);
                            tails[t] = c.x1;
                        }
                        row.bottom = line.y;
                        merged = true;
                    }
                }
            }
        }
        if !merged {
            tails = line.cells.iter().map(|c| c.x1).collect();
            out.push(line);
        }
    }
    for line in &mut out {
        for c in &mut line.cells {
            if c.text.contains('\n') {
                c.text = join_wrapped(&c.text);
            }
        }
    }
    out
}

/// The horizontal rules just above and below a line (within its x extent), if any.
fn band(line: &Line, rules: &[(f32, f32, f32)]) -> Option<(f32, f32)> {
    let (x0, x1, em) = (line.x0(), line.x1(), line.size.max(0.1));
    let over = |r: &&(f32, f32, f32)| r.1 < x1 && r.2 > x0;
    let from = rules.partition_point(|r| r.0 <= line.y + 0.2 * em);
    let above = rules[from..].iter().find(over)?.0;
    let to = rules.partition_point(|r| r.0 < line.y - 0.1 * em);
    let below = rules[..to].iter().rev().find(over)?.0;
    Some((above, below))
}

/// Rows of bordered tables: consecutive lines between the same two horizontal rules, in a
/// band that vertical rules split into columns, become one row; each column's wrapped lines
/// are joined into one cell. A column of several paragraphs (a line ending short of the
/// cell's edge starts a new one) gives a line per paragraph, the row's line taking each
/// column's first, as the Word reader renders such cells.
fn ruled_rows(
    lines: Vec<Line>,
    rules: &[(f32, f32, f32)],
    vrules: &[(f32, f32, f32)],
) -> Vec<Line> {
    // Bounded work: pathological pages (tens of thousands of lines and rules) skip this.
    if rules.len() < 2
        || vrules.is_empty()
        || lines.len() * (rules.len() + vrules.len()) > 50_000_000
    {
        return lines;
    }
    let bands: Vec<Option<(f32, f32)>> = lines.iter().map(|l| band(l, rules)).collect();
    let same = |a: Option<(f32, f32)>, b: Option<(f32, f32)>| match (a, b) {
        (Some(a), Some(b)) => (a.0 - b.0).abs() < 1.0 && (a.1 - b.1).abs() < 1.0,
        _ => false,
    };
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut lines = lines.into_iter().enumerate().peekable();
    while let Some((i, first)) = lines.next() {
        let Some((top, bottom)) = bands[i] else {
            out.push(first);
            continue;
        };
        let mut group = vec![first];
        while let Some((j, _)) = lines.peek() {
            if !same(bands[i], bands[*j]) {
                break;
            }
            if let Some((_, l)) = lines.next() {
                group.push(l);
            }
        }
        let gx0 = group.iter().map(Line::x0).fold(f32::INFINITY, f32::min);
        let gx1 = group.iter().map(Line::x1).fold(f32::NEG_INFINITY, f32::max);
        // Column separators: vertical rules spanning the band, inside the text's extent.
        let mut seps: Vec<f32> = vrules
            .iter()
            .filter(|v| v.1 <= bottom + 1.5 && v.2 >= top - 1.5 && v.0 > gx0 && v.0 < gx1)
            .map(|v| v.0)
            .collect();
        seps.sort_by(f32::total_cmp);
        seps.dedup_by(|a, b| (*a - *b).abs() < 2.0);
        if seps.is_empty() || seps.len() > 32 {
            out.extend(group);
            continue;
        }
        // The right border: the first vertical rule at or past the text's right edge.
        let right = vrules
            .iter()
            .filter(|v| v.1 <= bottom + 1.5 && v.2 >= top - 1.5 && v.0 >= gx1)
            .map(|v| v.0)
            .fold(f32::INFINITY, f32::min);
        let right = if right.is_finite() { right } else { gx1 };
        // Each column's paragraphs: its visual lines, a new paragraph where the line above
        // ended short (the next line's first word would have fitted after it: a paragraph
        // or a line break, not a wrap).
        let mut cols: Vec<Vec<Cell>> = vec![Vec::new(); seps.len() + 1];
        let mut tails: Vec<f32> = vec![f32::NEG_INFINITY; seps.len() + 1];
        for line in &group {
            let em = line.size.max(0.1);
            for c in &line.cells {
                let k = seps.partition_point(|&x| x < c.x0);
                // The cell's inner right edge: short of the rule by the cell's padding.
                let limit = seps.get(k).copied().unwrap_or(right) - 0.5 * em;
                let word_w = c.first_word_width();
                let ended_short = tails[k] + 0.25 * em + word_w <= limit - 0.2 * em;
                tails[k] = c.x1;
                match cols[k].last_mut() {
                    Some(cell) if !ended_short => {
                        cell.text.push('\n');
                        cell.text.push_str(&c.text);
                        cell.x0 = cell.x0.min(c.x0);
                        cell.x1 = cell.x1.max(c.x1);
                    }
                    _ => cols[k].push(c.clone()),
                }
            }
        }
        for col in &mut cols {
            for c in col.iter_mut().filter(|c| c.text.contains('\n')) {
                c.text = join_wrapped(&c.text);
            }
        }
        // As the Word reader gives a cell of several paragraphs: row line i takes paragraph
        // i of every column. A row where that would multiply the text (one tall cell among
        // many) joins each column's paragraphs instead.
        let height = cols.iter().map(Vec::len).max().unwrap_or(0);
        let pieces: usize = cols.iter().map(Vec::len).sum();
        if crate::ingest::zip_would_multiply(height, cols.len(), pieces) {
            for col in &mut cols {
                if col.len() > 1 {
                    let mut cell = col[0].clone();
                    for c in &col[1..] {
                        append_wrapped(&mut cell.text, &c.text);
                        cell.x0 = cell.x0.min(c.x0);
                        cell.x1 = cell.x1.max(c.x1);
                    }
                    *col = vec![cell];
                }
            }
        }
        let height = cols.iter().map(Vec::len).max().unwrap_or(0);
        let size = group.iter().map(|l| l.size).fold(0.0, f32::max);
        let y = group.first().map_or(0.0, |l| l.y);
        let last = group.last().map_or(y, |l| l.bottom);
        for i in 0..height {
            let first_col = cols.iter().position(|c| c.len() > i).unwrap_or(0);
            let last_col = cols.iter().rposition(|c| c.len() > i).unwrap_or(0);
            let cells: Vec<Cell> = cols[first_col..=last_col]
                .iter()
                .map(|c| c.get(i).cloned().unwrap_or(Cell::new(0.0, 0.0, String::new())))
                .collect();
            let bottom = if i + 1 == height { last } else { y };
            out.push(Line { y, size, cells, gap_before: false, bottom });
        }
    }
    out
}

/// A cell that holds only a number or a marker: "7", "9.1", "9.1.1", "3.", "(a)", a bullet.
fn is_number_cell(text: &str) -> bool {
    let t = text.trim();
    is_marker(t)
        || (1..=8).contains(&t.len())
            && t.starts_with(|c: char| c.is_ascii_digit())
            && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// A list or item marker: "3.", "12)", "(a)", "iv.", a bullet.
fn is_marker(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > 5 {
        return false;
    }
    let core = t.trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ':'));
    t.chars().all(|c| !c.is_alphanumeric())
        || (!core.is_empty()
            && t != core
            && core.chars().all(|c| c.is_ascii_digit() || c.is_ascii_lowercase()))
}

/// An item number drawn vertically centred beside a heading of one to three lines sits
/// below the heading's first baseline: put it in front of that first line, as a cell.
fn attach_centred_markers(mut lines: Vec<Line>, pitch: f32) -> Vec<Line> {
    let mut i = 1;
    while i < lines.len() {
        let b = &lines[i];
        if b.cells.len() != 1 || !is_marker(&b.cells[0].text) {
            i += 1;
            continue;
        }
        let (bx1, by) = (b.x1(), b.y);
        let em = b.size.max(0.1);
        // The heading block: lines just above, all starting right of the marker.
        let mut top = None;
        let mut j = i;
        while j > 0 && i - j < 3 {
            let a = &lines[j - 1];
            let below = if j == i { by } else { lines[j].y };
            let d = a.y - below;
            if a.x0() <= bx1 + 0.5 * em
                || d <= 0.0
                || d > pitch * 1.2 * a.size.max(em)
                || a.y - by > 3.0 * pitch * em
            {
                break;
            }
            top = Some(j - 1);
            j -= 1;
        }
        match top {
            // Only when the marker is below the first line's baseline (centred), not on it.
            Some(t) if lines[t].y - by > 0.3 * em => {
                let marker = lines.remove(i);
                let line = &mut lines[t];
                line.cells.insert(
                    0,
                    marker.cells.into_iter().next().unwrap_or(Cell::new(0.0, 0.0, String::new())),
                );
            }
            _ => i += 1,
        }
    }
    lines
}

/// Joins the lines of a wrapped cell with spaces (a line-break hyphen joins directly).
fn join_wrapped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split('\n').enumerate() {
        if i == 0 {
            out.push_str(part);
        } else {
            append_wrapped(&mut out, part);
        }
    }
    out
}

/// Appends the next line of a wrapped paragraph or cell: a line-break hyphen is removed, a
/// real hyphen ("age-" / "related") joins without a space, otherwise a space.
fn append_wrapped(out: &mut String, part: &str) {
    if super::furniture::is_break_hyphen(out, part) {
        out.pop();
    } else if !(out.ends_with('-')
        && out[..out.len() - 1].chars().last().is_some_and(char::is_alphanumeric)
        && part.chars().next().is_some_and(char::is_alphanumeric))
    {
        out.push(' ');
    }
    out.push_str(part);
}

/// Finds runs of lines set in two columns and reads them column by column.
///
/// A gutter is an x position no line crosses, with text on both sides of it on most lines
/// of a run. Tables have such gutters too; columns differ in that the left column's lines
/// mostly run up to the gutter (filled lines), while table cells are ragged and short.
fn columns(lines: Vec<Line>, depth: usize) -> Vec<Line> {
    if lines.len() < 8 || depth > 16 {
        return lines;
    }
    let left = lines.iter().map(Line::x0).fold(f32::INFINITY, f32::min);
    let right = lines.iter().map(Line::x1).fold(f32::NEG_INFINITY, f32::max);
    let width = right - left;
    if width.is_nan() || width <= 0.0 {
        return lines;
    }
    // Candidate gutters: gaps between cells, in the middle half of the text width.
    let mut best: Option<(f32, usize, usize)> = None; // (gutter x, start, end)
    let mut candidates: Vec<f32> = Vec::new();
    for l in &lines {
        for w in l.cells.windows(2) {
            let mid = (w[0].x1 + w[1].x0) / 2.0;
            if mid > left + width * 0.25 && mid < left + width * 0.75 {
                candidates.push(mid);
            }
        }
        // Just left of a line starting mid-page (a right column whose baselines do not
        // line up with the left column's).
        let x = l.x0() - 2.0;
        if x > left + width * 0.25 && x < left + width * 0.75 {
            candidates.push(x);
        }
    }
    candidates.sort_by(f32::total_cmp);
    candidates.dedup_by(|a, b| (*a - *b).abs() < 4.0);
    for &gx in candidates.iter().take(40) {
        // Runs of consecutive lines not crossing gx.
        let mut start = 0;
        for i in 0..=lines.len() {
            let crosses = i == lines.len() || lines[i].cells.iter().any(|c| c.x0 < gx && c.x1 > gx);
            if crosses {
                let len = i - start;
                if len >= 6 && best.is_none_or(|b| len > b.2 - b.1) {
                    best = Some((gx, start, i));
                }
                start = i + 1;
            }
        }
    }
    let Some((gx, start, end)) = best else { return lines };
    let run = &lines[start..end];
    let on_left = run.iter().filter(|l| l.x0() < gx).count();
    let on_right = run.iter().filter(|l| l.x1() > gx).count();
    if on_left < 3 || on_right < 3 || on_left * 4 < run.len() || on_right * 4 < run.len() {
        return lines;
    }
    // Left column lines should mostly reach close to the gutter.
    let lefts: Vec<f32> =
        run.iter().flat_map(|l| l.cells.iter().filter(|c| c.x1 < gx).map(|c| c.x1)).collect();
    let lmax = lefts.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let col_w = gx - left;
    let filled = lefts.iter().filter(|&&x| x > lmax - 0.15 * col_w).count();
    if filled * 10 < lefts.len() * 7 {
        return lines;
    }
    // The right column holds lines of text too: a table's marks or figures ("X" under
    // "Present") are short cells, twelve characters a line or fewer on average.
    let right_chars: usize = run
        .iter()
        .flat_map(|l| l.cells.iter().filter(|c| c.x0 >= gx))
        .map(|c| c.text.chars().count())
        .sum();
    if right_chars < on_right * 12 {
        return lines;
    }
    // A table's rows hold several cells right of the gap ("Director, Zone 2" then an "X"
    // under Present): where most lines on the right do, the run is a table, read row by
    // row. A column of running text is one cell a line.
    let several = run.iter().filter(|l| l.cells.iter().filter(|c| c.x0 >= gx).count() >= 2).count();
    if several * 2 > on_right {
        return lines;
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len() + 8);
    let mut rest = lines;
    let tail = rest.split_off(end);
    let run: Vec<Line> = rest.split_off(start);
    out.extend(rest);
    let mut right_col = Vec::new();
    for l in run {
        let (y, size, bottom) = (l.y, l.size, l.bottom);
        let (lc, rc): (Vec<Cell>, Vec<Cell>) = l.cells.into_iter().partition(|c| c.x1 <= gx);
        if !lc.is_empty() {
            out.push(Line { y, size, cells: lc, gap_before: false, bottom });
        }
        if !rc.is_empty() {
            right_col.push(Line { y, size, cells: rc, gap_before: false, bottom });
        }
    }
    out.extend(right_col);
    out.extend(columns(tail, depth + 1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(y: f32, cells: &[(f32, f32, &str)]) -> Line {
        Line {
            y,
            size: 10.0,
            cells: cells.iter().map(|&(x0, x1, t)| Cell::new(x0, x1, t.into())).collect(),
            gap_before: false,
            bottom: y,
        }
    }

    #[test]
    fn a_table_of_marks_is_no_second_column() {
        // A roll call: names, then an "X" under Present; the names reach near the gap, as
        // a left column's lines would.
        let names = [
            "Member",
            "Mayor Linda Okamoto Lee",
            "Mayor Pro Tem Gregory Haskell",
            "Councilmember Rita Delgado",
            "Councilmember Marcus Feeney",
            "Councilmember Jenna Albright",
            "Councilmember Howard Pettibone",
            "Councilmember Ann Pettigrew",
        ];
        let roll: Vec<Line> = names
            .iter()
            .enumerate()
            .map(|(k, n)| {
                let y = 700.0 - 12.0 * k as f32;
                let x1 = 200.0 - 3.0 * (k % 3) as f32;
                if k == 0 {
                    line(y, &[(60.0, 95.0, n), (230.0, 270.0, "Present"), (380.0, 420.0, "Absent")])
                } else {
                    line(y, &[(60.0, x1, n), (240.0, 248.0, "X")])
                }
            })
            .collect();
        let out = columns(roll.clone(), 0);
        assert_eq!(out.len(), roll.len());
        assert_eq!(out[1].cells.len(), 2);
        // A name column beside a position column and the marks: each row has two cells
        // right of the names, so the rows stay rows.
        let positions: Vec<Line> = names
            .iter()
            .enumerate()
            .map(|(k, n)| {
                let y = 700.0 - 12.0 * k as f32;
                let x1 = 200.0 - 3.0 * (k % 3) as f32;
                line(
                    y,
                    &[
                        (60.0, x1, n),
                        (230.0, 330.0, "Director, At-Large Zone"),
                        (380.0, 388.0, "X"),
                    ],
                )
            })
            .collect();
        let out = columns(positions.clone(), 0);
        assert_eq!(out.len(), positions.len());
        assert_eq!(out[3].cells.len(), 3);
        // Two columns of text lines are read column by column.
        let prose: Vec<Line> = (0..8)
            .map(|k| {
                let y = 700.0 - 12.0 * k as f32;
                line(
                    y,
                    &[
                        (60.0, 250.0, "the left column runs on with its text here"),
                        (270.0, 460.0, "and the right column runs on with its own"),
                    ],
                )
            })
            .collect();
        let out = columns(prose, 0);
        assert_eq!(out.len(), 16);
        assert_eq!(out[0].cells.len(), 1);
    }

    #[test]
    fn markers() {
        for t in ["1.", "12)", "(a)", "iv.", "•", "-"] {
            assert!(is_marker(t), "{t}");
        }
        for t in ["Item", "2020", "Mr", "a", "Council."] {
            assert!(!is_marker(t), "{t}");
        }
    }

    #[test]
    fn wrapped_text_joins() {
        assert_eq!(join_wrapped("Lancashire County\nCouncil"), "Lancashire County Council");
        assert_eq!(join_wrapped("the Coun-\ncil"), "the Council");
        assert_eq!(join_wrapped("age-\nrelated"), "age-related");
    }

    #[test]
    fn centred_number_goes_before_its_heading() {
        let lines = vec![
            line(700.0, &[(100.0, 300.0, "Introductions and Apologies")]),
            line(692.0, &[(60.0, 70.0, "1.")]),
        ];
        let out = attach_centred_markers(lines, 1.2);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].text(), "1.\tIntroductions and Apologies");
    }

    /// A page of one line of glyphs: (x0, x1, text, space shown before it).
    fn page_of(glyphs: &[(f32, f32, &str, bool)]) -> PageContent {
        let mut page = PageContent::default();
        for (seq, &(x0, x1, t, space_before)) in glyphs.iter().enumerate() {
            let start = page.text.len() as u32;
            page.text.push_str(t);
            page.glyphs.push(Glyph {
                x0,
                x1,
                y: 700.0,
                size: 10.0,
                start,
                len: t.len() as u16,
                space_before,
                seq: seq as u32,
            });
        }
        page
    }

    #[test]
    fn a_cell_measures_its_first_word() {
        // "WM iii": a wide first word, then narrow letters; the cell's average character
        // width would put the first word's edge at 62, the glyphs put it at 76.
        let page = page_of(&[
            (50.0, 63.0, "W", false),
            (63.0, 76.0, "M", false),
            (79.0, 82.0, "i", true),
            (82.0, 85.0, "i", false),
            (85.0, 88.0, "i", false),
        ]);
        let lines = lines(&page);
        let cell = &lines[0].cells[0];
        assert_eq!(cell.text, "WM iii");
        assert_eq!(cell.first_word_width(), 26.0);
        // A one-word cell is its own first word; a cell made from text is estimated.
        assert_eq!(lines_of_one_word().first_word_width(), 30.0);
        assert_eq!(Cell::new(0.0, 60.0, "ab cdef".into()).first_word_width(), 60.0 / 7.0 * 2.0);
    }

    fn lines_of_one_word() -> Cell {
        let page = page_of(&[(10.0, 25.0, "W", false), (25.0, 40.0, "M", false)]);
        lines(&page).remove(0).cells.remove(0)
    }

    #[test]
    fn cell_continuation_merges_only_when_wrapped() {
        let lines = vec![
            line(
                700.0,
                &[
                    (50.0, 160.0, "County Councillor Phillippa"),
                    (200.0, 300.0, "Lancashire County Council"),
                ],
            ),
            line(688.0, &[(50.0, 100.0, "Williamson")]),
            line(676.0, &[(50.0, 80.0, "Kaci"), (200.0, 300.0, "LINX Representative")]),
            line(664.0, &[(50.0, 120.0, "Co-opted members")]),
        ];
        let out = merge_wrapped_cells(lines, 1.2, &[]);
        let text: Vec<String> = out.iter().map(Line::text).collect();
        assert_eq!(
            text,
            [
                "County Councillor Phillippa Williamson\tLancashire County Council",
                "Kaci\tLINX Representative",
                "Co-opted members"
            ]
        );
    }

    /// "7<TAB>PETITIONS AND JOINT LETTERS" over "Nil.": a line under an item's number is the
    /// item's text, not the number wrapped.
    #[test]
    fn nothing_wraps_into_a_number_cell() {
        let heading =
            |n: &str| line(700.0, &[(50.0, 56.0, n), (86.0, 260.0, "PETITIONS AND JOINT LETTERS")]);
        let lines = vec![heading("7"), line(688.0, &[(50.0, 68.0, "Nil.")])];
        let text: Vec<String> =
            merge_wrapped_cells(lines, 1.2, &[]).iter().map(Line::text).collect();
        assert_eq!(text, ["7\tPETITIONS AND JOINT LETTERS", "Nil."]);
        assert!(is_number_cell("9.1.1") && is_number_cell("(a)") && is_number_cell("12"));
        // Trap: a first cell of words still takes its wrapped end.
        let lines = vec![heading("County Cllr"), line(688.0, &[(50.0, 68.0, "Lee")])];
        let text: Vec<String> =
            merge_wrapped_cells(lines, 1.2, &[]).iter().map(Line::text).collect();
        assert_eq!(text, ["County Cllr Lee\tPETITIONS AND JOINT LETTERS"]);
        assert!(!is_number_cell("2025/26") && !is_number_cell("$1,200"));
    }
}
