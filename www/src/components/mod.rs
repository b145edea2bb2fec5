//! Function components, one per file.

mod analyzer;
mod app;
mod article_view;
pub mod compare;
mod editor;
mod entity_list;
mod exports;
mod fact_filters;
mod fact_table;
mod legend;
mod quote_list;
mod reference_date;
mod status;
mod view_tabs;

pub use analyzer::{Analyzer, REFERENCE_KEY, STORAGE_KEY};
pub use app::App;
pub use article_view::ArticleView;
pub use editor::{Editor, TEXTAREA_ID};
pub use entity_list::EntityList;
pub use exports::Exports;
pub use fact_filters::FactFilters;
pub use fact_table::FactTable;
pub use legend::Legend;
pub use quote_list::QuoteList;
pub use reference_date::ReferenceDate;
pub use status::Status;
pub use view_tabs::{PageView, ViewTabs};
