//! Decisions and actions.
use crate::model::{Action, Decision};
use crate::segment::ItemSpan;
use crate::text::Text;
/// Extracts decisions and actions of one item.
pub fn extract(_text: &Text, _item: &ItemSpan) -> (Vec<Decision>, Vec<Action>) {
    (Vec::new(), Vec::new())
}
