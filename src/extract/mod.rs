//! Extract: one module per field, each reading the segmented text. Extractors never see
//! formats, only [`crate::text::Text`] and [`crate::segment::Segments`].

pub mod attendance;
pub mod decisions;
pub mod kind;
pub mod meeting;
pub mod names;
pub mod notes;
pub mod percentages;

use crate::ingest::Document;
use crate::model::{Attendee, Item, Kind, Meeting, Percentage, Record, Warning};
use crate::segment;
use crate::text::Text;

/// Everything extracted from one document.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// Document kind.
    pub kind: Kind,
    /// Meeting metadata.
    pub meeting: Meeting,
    /// Attendance.
    pub attendance: Vec<Attendee>,
    /// Items with their decisions and actions.
    pub items: Vec<Item>,
    /// Percentages.
    pub percentages: Vec<Percentage>,
    /// Warnings about the extraction.
    pub warnings: Vec<Warning>,
    /// Attendance entries folded together while merging (not part of the record).
    pub merged: Vec<attendance::Merged>,
}

impl Extraction {
    /// Moves the extraction into `record`.
    pub fn fill(self, record: &mut Record) {
        record.kind = self.kind;
        record.meeting = self.meeting;
        record.attendance = self.attendance;
        record.items = self.items;
        record.percentages = self.percentages;
        record.warnings.extend(self.warnings);
    }
}

/// Runs every extractor over `doc`.
pub fn extract(doc: &Document) -> Extraction {
    let text = Text::new(doc);
    let segments = segment::segment(&text);
    let kind = kind::classify(&text, &segments);
    let meeting = meeting::extract(&text, &segments);
    let is_minutes = matches!(kind, Kind::Minutes | Kind::Unknown);
    let (attendance, merged) = if is_minutes {
        attendance::extract_with_merges(&text, &segments)
    } else {
        (Vec::new(), Vec::new())
    };
    let formal = decisions::is_formal(text.src);
    let mut items = Vec::with_capacity(segments.items.len());
    for (i, seg) in segments.items.iter().enumerate() {
        let (decisions, actions) = if is_minutes {
            decisions::extract(&text, seg, formal)
        } else {
            (Vec::new(), Vec::new())
        };
        items.push(Item {
            id: String::new(), // set from the record's id by `process_bytes`
            order: i as u32 + 1,
            number: seg.number.clone(),
            title: seg.title.clone(),
            text: paragraphs(&text.src[seg.body.clone()]),
            decisions,
            actions,
            evidence: text.evidence(seg.heading.clone()),
        });
    }
    let percentages = percentages::extract(&text, &segments);
    let mut warnings = Vec::new();
    if meeting.date.is_none() {
        warnings.push(Warning::new("no_date", "no meeting date was found"));
    }
    if meeting.body.is_none() {
        warnings.push(Warning::new("no_body", "no committee or body name was found"));
    }
    if kind == Kind::Minutes && attendance.is_empty() {
        warnings.push(Warning::new("no_attendance", "no attendance list was found"));
    }
    if kind == Kind::Minutes && items.is_empty() {
        warnings.push(Warning::new("no_items", "no agenda items were found"));
    }
    Extraction { kind, meeting, attendance, items, percentages, warnings, merged }
}

/// Reflows each paragraph (blocks separated by blank lines) and joins them with a blank line.
pub fn paragraphs(s: &str) -> String {
    crate::text::join_words(s, true)
}
