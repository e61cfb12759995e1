//! Percentages.
use crate::model::Percentage;
use crate::segment::Segments;
use crate::text::Text;
/// Extracts percentages.
pub fn extract(_text: &Text, _segments: &Segments) -> Vec<Percentage> {
    Vec::new()
}
