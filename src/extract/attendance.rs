//! Attendance.
use crate::model::Attendee;
use crate::segment::Segments;
use crate::text::Text;
/// Extracts attendance.
pub fn extract(_text: &Text, _segments: &Segments) -> Vec<Attendee> {
    Vec::new()
}
