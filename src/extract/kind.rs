//! Kind: minutes, agenda, report or unknown.
use crate::model::Kind;
use crate::segment::Segments;
use crate::text::Text;
/// Classifies the document.
pub fn classify(_text: &Text, _segments: &Segments) -> Kind {
    Kind::Minutes
}
