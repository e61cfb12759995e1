//! Meeting metadata.
use crate::model::Meeting;
use crate::segment::Segments;
use crate::text::Text;
/// Extracts the meeting.
pub fn extract(_text: &Text, _segments: &Segments) -> Meeting {
    Meeting::default()
}
