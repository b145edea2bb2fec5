//! The "Compare sources" view: several articles on one story side by side.
//! Function components, one per file; state in [`crate::compare_state`],
//! worker round trips in [`crate::hooks`].

mod compare_sources;
mod compare_status;
mod entity_matrix;
mod export_bar;
mod fact_matrix;
mod matrix;
mod overlap_matrix;
mod overlap_passages;
mod quote_matrix;
mod source_card;
mod source_intake;
mod source_list;

pub use compare_sources::CompareSources;
pub use compare_status::CompareStatus;
pub use entity_matrix::EntityMatrix;
pub use export_bar::ExportBar;
pub use fact_matrix::FactMatrix;
pub use overlap_matrix::OverlapMatrix;
pub use overlap_passages::OverlapPassages;
pub use quote_matrix::QuoteMatrix;
pub use source_card::SourceCard;
pub use source_intake::SourceIntake;
pub use source_list::SourceList;

use std::rc::Rc;

/// The column headers of a comparison: each compared source's current name.
pub type ColumnNames = Rc<Vec<Rc<str>>>;

/// A similarity as a whole percentage: `0.873` → `87%`.
pub fn percent(x: f64) -> String {
    format!("{:.0}%", (x * 100.0).clamp(0.0, 100.0))
}

/// `s` on one line, runs of whitespace as one space (for tooltips).
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
